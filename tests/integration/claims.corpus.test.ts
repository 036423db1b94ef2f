/**
 * Claims on the real sample corpus (read from ../shared at run time,
 * extracted by the real pipeline, loaded into a real embedded store): an
 * acquisition one article reports on a watchdog's word and then has the
 * buyer deny, arms sales that one article says a deal opens the way to and
 * another rules out, and an alleged act of opposition that the accused
 * denies (OPPOSES is symmetric: stored once, ends in id order). The
 * assertions name entities and statuses, never the articles' sentences.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DisputesResponse, RelationResponse } from '../../core/api.js';
import { canonicalRelation, relationId } from '../../core/relation-id.js';
import { sampleCorpusGraphs } from '../support/corpus-store.js';
import { startTestApp, type TestApp } from './api-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ articles: await sampleCorpusGraphs() });
});
afterAll(async () => {
  await t?.close();
});

const relation = async (id: string): Promise<RelationResponse> => {
  const res = await request(t.app).get(`/api/relations/${encodeURIComponent(id)}`);
  expect({ id, status: res.status }).toEqual({ id, status: 200 });
  return res.body as RelationResponse;
};

/** The id an undirected relation is stored under. */
const OPPOSITION = relationId(canonicalRelation({ source: 'morocco', type: 'OPPOSES', target: 'emmanuel-macron' }));

/** Each sentence's certainty with the entity it is attributed to, in a stable order. */
const sides = (body: RelationResponse) =>
  [...new Set(body.evidence.map((e) => `${e.certainty}:${e.attribution?.entity ?? '-'}`))].sort();

describe('claims read from the sample corpus', () => {
  it('reports Morocco acquiring Pegasus on Amnesty International’s word, and Morocco denying it', async () => {
    const body = await relation('morocco|ACQUIRED|pegasus');
    expect(body.edge.claim).toBe('disputed');
    expect(sides(body)).toEqual(expect.arrayContaining(['reported:amnesty-international', 'denied:morocco']));
    expect(body.evidence.some((e) => e.certainty === 'asserted')).toBe(false);
  });

  it('keeps the arms sales the MOU opens the way to and the ones ruled out as one disputed relation', async () => {
    const body = await relation('israel|SUPPORTS|morocco');
    expect(body.edge.claim).toBe('disputed');
    const denied = body.evidence.filter((e) => e.certainty === 'denied');
    expect(denied.length).toBeGreaterThan(0);
    // The denial is said by unnamed officials: attributed, but to no entity of the graph.
    expect(denied.every((e) => e.attribution !== null && e.attribution.entity === null)).toBe(true);
  });

  it('reads an alleged act of opposition that the accused denies as disputed, not as a plain stance', async () => {
    const body = await relation(OPPOSITION);
    expect(body.edge.claim).toBe('disputed');
    expect(sides(body)).toEqual(expect.arrayContaining(['alleged:-', 'denied:morocco']));
  });

  it('lists these relations among the disputes', async () => {
    const res = await request(t.app).get('/api/disputes');
    expect(res.status).toBe(200);
    const ids = (res.body as DisputesResponse).disputes.map((d) => d.edge.id);
    expect(ids).toEqual(expect.arrayContaining(['morocco|ACQUIRED|pegasus', 'israel|SUPPORTS|morocco', OPPOSITION]));
  });
});
