/**
 * Claims and time over HTTP, on a real embedded Kuzu store holding the
 * invented story plus three articles that allege, deny and plan: statuses
 * and ranges as query parameters and body fields, disputes, the timeline,
 * and their OpenAPI entries.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  CurationOutcomeResponse,
  DisputesResponse,
  ErrorResponse,
  NeighbourhoodResponse,
  OverviewResponse,
  PathsResponse,
  RelationResponse,
  TimelineResponse,
} from '../../core/api.js';
import { ALL_CLAIM_GRAPHS } from '../support/claim-graphs.js';
import { ALL_SAMPLE_GRAPHS } from '../support/sample-graphs.js';
import { schemaErrors } from '../support/xml-schemas.js';
import { exportRequest } from './api-support/export-request.js';
import { readGexfSpells } from './api-support/networkx.js';
import { startTestApp, type TestApp } from './api-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ articles: [...ALL_SAMPLE_GRAPHS, ...ALL_CLAIM_GRAPHS] });
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string) => request(t.app).get(`/api${url}`);
const edgeIds = (g: { edges: Array<{ id: string }> }) => g.edges.map((e) => e.id).sort();
const relation = (id: string, query = '') => get(`/relations/${encodeURIComponent(id)}${query}`);

describe('claims and time over HTTP', () => {
  it('gives every sentence its certainty and source, and counts them per period', async () => {
    const res = await relation('freedonia|SUPPORTS|sylvania');
    expect(res.status).toBe(200);
    const body = res.body as RelationResponse;
    expect(body.edge).toMatchObject({ claim: 'disputed', firstReported: '2024-04-10', lastReported: '2024-05-20' });
    expect(body.evidence.map((e) => [e.certainty, e.attribution?.text ?? null, e.source])).toEqual([
      ['planned', null, 'Delta Post'],
      ['denied', 'a Freedonian official', 'Epsilon Times'],
    ]);
    expect(body.periods).toEqual([
      { period: '2024-04', count: 1 },
      { period: '2024-05', count: 1 },
    ]);
    const weekly = (await relation('freedonia|SUPPORTS|sylvania', '?period=week')).body as RelationResponse;
    expect(weekly.periods.map((p) => p.period)).toEqual(['2024-04-08', '2024-05-20']);
  });

  it('lists disputes with both sides, within a range when asked', async () => {
    const all = (await get('/disputes')).body as DisputesResponse;
    expect(all.disputes.map((d) => d.edge.id)).toEqual(['freedonia|SUPPORTS|sylvania', 'sylvania|ACQUIRED|skyshield']);
    expect(all.disputes[1]?.against[0]?.attribution).toEqual({ entity: 'sylvania', text: 'Sylvania' });
    const april = (await get('/disputes?until=2024-04-30')).body as DisputesResponse;
    expect(april.disputes.map((d) => d.edge.id)).toEqual(['sylvania|ACQUIRED|skyshield']);
    const typed = (await get('/disputes?types=ACQUIRED')).body as DisputesResponse;
    expect(typed.disputes.map((d) => d.edge.id)).toEqual(['sylvania|ACQUIRED|skyshield']);
    const page = (await get('/disputes?offset=1&limit=1')).body as DisputesResponse;
    expect([page.total, page.offset, page.limit, page.disputes.map((d) => d.edge.id)]).toEqual([
      2,
      1,
      1,
      ['sylvania|ACQUIRED|skyshield'],
    ]);
  });

  it('filters the overview, neighbourhoods and paths by status and range', async () => {
    const disputed = (await get('/graph/overview?limit=50&claims=disputed')).body as OverviewResponse;
    expect(edgeIds(disputed)).toEqual(['freedonia|SUPPORTS|sylvania', 'sylvania|ACQUIRED|skyshield']);
    const march = (await get('/entities/sylvania/neighbourhood?until=2024-03-31')).body as NeighbourhoodResponse;
    expect(edgeIds(march)).not.toContain('sylvania|ACQUIRED|skyshield');
    expect(edgeIds(march)).toContain('sylvania|SEEKS|skyshield');
    const posted = await request(t.app)
      .post('/api/graph/neighbourhood')
      .send({ ids: ['sylvania'], claimView: { since: '2024-04-01', until: '2024-04-30', claims: ['planned'] } });
    expect(posted.status).toBe(200);
    expect((posted.body as NeighbourhoodResponse).edges.map((e) => [e.id, e.claim])).toEqual([
      ['freedonia|SUPPORTS|sylvania', 'planned'],
    ]);
    const paths = (await get('/paths?from=freedonia&to=sylvania&k=1&until=2024-03-31')).body as PathsResponse;
    expect(paths.paths[0]?.edges.map((e) => e.id)).not.toContain('freedonia|SUPPORTS|sylvania');
  });

  it('counts evidence per period over the whole store', async () => {
    const body = (await get('/timeline?period=month')).body as TimelineResponse;
    expect(body).toMatchObject({ period: 'month', first: '2024-03-04', last: '2024-05-20', undated: { articles: 1 } });
    expect(body.periods.map((p) => p.period)).toEqual(['2024-03', '2024-04', '2024-05']);
  });

  it('exports a dynamic GEXF whose spells are the report dates, within the range when asked', async () => {
    // Reported in March, April and May, one of them also in an undated article.
    const ids = ['freedonia', 'sylvania', 'skyshield', 'marxonia', 'red-front'];
    const edges = [
      'freedonia|SUPPORTS|sylvania',
      'sylvania|ACQUIRED|skyshield',
      'sylvania|SEEKS|skyshield',
      'marxonia|SUPPORTS|red-front',
    ];
    const all = await exportRequest(t.app, { format: 'gexf', ids, edges });
    expect(all.status).toBe(200);
    const text = all.body as string;
    expect(schemaErrors('gexf', text)).toEqual([]);
    const times = readGexfSpells(text);
    expect(times.mode).toBe('dynamic');
    expect(times.edges['freedonia|SUPPORTS|sylvania']).toEqual({
      claim: 'disputed',
      spells: [
        ['2024-04-10', '2024-04-10'],
        ['2024-05-20', '2024-05-20'],
      ],
    });
    expect(times.edges['sylvania|SEEKS|skyshield']?.spells).toEqual([
      ['2024-03-04', '2024-03-04'],
      ['2024-03-05', '2024-03-05'],
    ]);
    // Reported once in a dated article and once in an undated one: the undated report gives no spell.
    expect(times.edges['marxonia|SUPPORTS|red-front']?.spells).toEqual([['2024-03-05', '2024-03-05']]);
    expect(times.nodes['freedonia']).toEqual([
      ['2024-04-10', '2024-04-10'],
      ['2024-05-20', '2024-05-20'],
    ]);
    // The timeline's range: what was reported only outside it is left out, the rest is seen within it.
    const april = await exportRequest(t.app, { format: 'gexf', ids, edges, claimView: { until: '2024-04-30' } });
    const inApril = readGexfSpells(april.body as string);
    expect(Object.keys(inApril.edges).sort()).toEqual([
      'freedonia|SUPPORTS|sylvania',
      'marxonia|SUPPORTS|red-front',
      'sylvania|ACQUIRED|skyshield',
      'sylvania|SEEKS|skyshield',
    ]);
    expect(inApril.edges['freedonia|SUPPORTS|sylvania']).toEqual({
      claim: 'planned',
      spells: [['2024-04-10', '2024-04-10']],
    });
    const march = await exportRequest(t.app, { format: 'gexf', ids, edges, claimView: { until: '2024-03-31' } });
    expect(Object.keys(readGexfSpells(march.body as string).edges).sort()).toEqual([
      'marxonia|SUPPORTS|red-front',
      'sylvania|SEEKS|skyshield',
    ]);
  });

  it('refuses bad dates, reversed ranges and unknown statuses with a 400 naming the field', async () => {
    for (const [url, field] of [
      ['/graph/overview?since=2024-02-30', 'since'],
      ['/disputes?since=2024-05-01&until=2024-04-01', 'since'],
      ['/graph/overview?claims=rumoured', 'claims'],
      ['/timeline?period=year', 'period'],
      ['/disputes?limit=100000', 'limit'],
    ] as const) {
      const res = await get(url);
      expect([url, res.status]).toEqual([url, 400]);
      expect((res.body as ErrorResponse).message.startsWith(field)).toBe(true);
    }
    const reversed = await request(t.app)
      .post('/api/graph/subgraph')
      .send({ ids: ['sylvania'], claimView: { since: '2024-05-01', until: '2024-04-01' } });
    expect(reversed.status).toBe(400);
  });

  it('documents statuses, ranges and the typed responses in the OpenAPI document', async () => {
    const doc = (await get('/openapi.json')).body as {
      paths: Record<
        string,
        Record<string, { parameters?: Array<{ name: string }>; responses: Record<string, unknown> }>
      >;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.paths['/disputes']?.get?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['since', 'until', 'undated', 'types', 'offset', 'limit']),
    );
    expect(doc.paths['/graph/overview']?.get?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['claims', 'since', 'until']),
    );
    expect(JSON.stringify(doc.paths['/disputes']?.get?.responses['200'])).toContain(
      '#/components/schemas/DisputesResponse',
    );
    expect(Object.keys(doc.components.schemas.GraphEdge?.properties ?? {})).toEqual(
      expect.arrayContaining(['claim', 'firstReported', 'lastReported', 'reports']),
    );
    expect(Object.keys(doc.components.schemas.Evidence?.properties ?? {})).toEqual(
      expect.arrayContaining(['certainty', 'attribution', 'rule']),
    );
    expect(doc.components.schemas.ClaimView).toBeDefined();
  });

  it('corrects an article’s date and outlet with a curation edit, and its relations move in time with it', async () => {
    const TOKEN = 'claims-test-token';
    const editor = t.variant({ INGEST_TOKEN: TOKEN });
    const correct = (app: typeof t.app, changes: object, token: string | null = TOKEN, article = 'epsilon-report') => {
      const req = request(app)
        .post('/api/curation/edits')
        .send({ edit: { action: 'article', article, changes }, reason: 'the print edition' });
      return token ? req.set('authorization', `Bearer ${token}`) : req;
    };
    const undo = (entry: string) =>
      request(editor)
        .post('/api/curation/undo')
        .set('authorization', `Bearer ${TOKEN}`)
        .send({ entry, reason: 'the online date was right' });
    // Off without a configured token, refused without the right one.
    expect((await correct(t.app, { date: '2024-03-01' })).status).toBe(403);
    expect((await correct(editor, { date: '2024-03-01' }, null)).status).toBe(401);
    expect((await correct(editor, { date: '2024-03-01' }, 'wrong')).status).toBe(401);
    for (const [changes, field] of [
      [{ date: '2024-02-30' }, 'date'],
      [{}, 'changes'],
      [{ source: '' }, 'source'],
      [{ outlet: 'x' }, 'outlet'],
    ] as const) {
      const res = await correct(editor, changes);
      expect([JSON.stringify(changes), res.status, (res.body as ErrorResponse).message]).toEqual([
        JSON.stringify(changes),
        400,
        expect.stringContaining(field),
      ]);
    }
    expect((await correct(editor, { date: '2024-03-01' }, TOKEN, 'no-such-article')).status).toBe(404);
    // The one way to correct an article is the logged edit: no second route writes around the log.
    const doc = (await get('/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/articles/{id}'] ?? {})).toEqual(['get']);

    const ARMS = 'freedonia|SUPPORTS|sylvania';
    const inMarch = () => get('/graph/overview?until=2024-03-31').then((r) => r.body as OverviewResponse);
    expect(edgeIds(await inMarch())).not.toContain(ARMS);
    // The denial was published in March after all, by another outlet: the relation's reports move with it.
    const res = await correct(editor, { date: '2024-03-01', source: 'Zeta Gazette' });
    expect(res.status).toBe(200);
    const { entry } = res.body as CurationOutcomeResponse;
    expect(entry).toMatchObject({
      author: 'ingest',
      facts: { previous: { date: '2024-05-20', source: 'Epsilon Times' } },
    });
    expect((await get('/articles/epsilon-report')).body).toMatchObject({ date: '2024-03-01', source: 'Zeta Gazette' });
    const march = (await inMarch()).edges.find((e) => e.id === ARMS);
    expect(march).toMatchObject({ claim: 'denied', firstReported: '2024-03-01', lastReported: '2024-03-01' });
    const evidence = ((await relation(ARMS)).body as RelationResponse).evidence;
    expect(evidence.map((e) => [e.date, e.source])).toEqual(expect.arrayContaining([['2024-03-01', 'Zeta Gazette']]));
    // null clears: the date is unknown again, not guessed; the outlet stays as it was.
    const cleared = (await correct(editor, { date: null })).body as CurationOutcomeResponse;
    const articles = (await get('/articles')).body as { articles: Array<{ id: string; date: string | null }> };
    expect(articles.articles.find((a) => a.id === 'epsilon-report')).toMatchObject({
      date: null,
      source: 'Zeta Gazette',
    });
    // Undo, newest first, gives the article its own date and outlet back.
    expect((await undo(cleared.entry.id)).status).toBe(200);
    expect((await undo(entry.id)).status).toBe(200);
    expect((await get('/articles/epsilon-report')).body).toMatchObject({ date: '2024-05-20', source: 'Epsilon Times' });
    expect(edgeIds(await inMarch())).not.toContain(ARMS);
  });
});
