/**
 * Curation over HTTP, on a real embedded store: roles (reading open here,
 * editing with an editor's token, the editor named in the log), validation
 * naming the bad field, the edit applied at once past the response cache,
 * undo, redirects of merged ids, export and import of the log, the rate
 * limit, and the OpenAPI entries.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  CurationAccessResponse,
  CurationFile,
  CurationLogResponse,
  CurationMarksResponse,
  CurationOutcomeResponse,
  EntityResponse,
} from '../../core/api.js';
import { CURATION_CORPUS } from '../support/curation-graphs.js';
import { startTestApp, type TestApp } from './api-support/test-app.js';

const ANA = 'ana-0123456789abcdef';
const ROB = 'rob-0123456789abcdef';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    env: { EDITOR_TOKENS: `ana:${ANA}`, READER_TOKENS: `rob:${ROB}` },
    articles: CURATION_CORPUS,
  });
});
afterAll(async () => {
  await t?.close();
});

const edit = (body: object, token = ANA) =>
  request(t.app).post('/api/curation/edits').set('Authorization', `Bearer ${token}`).send(body);

describe('curation over HTTP', () => {
  it('says who the token names and whether edits are on', async () => {
    const anonymous = (await request(t.app).get('/api/curation/access').expect(200)).body as CurationAccessResponse;
    expect(anonymous).toEqual({ name: null, role: null, editsEnabled: true });
    const ana = await request(t.app).get('/api/curation/access').set('Authorization', `Bearer ${ANA}`).expect(200);
    expect(ana.body).toEqual({ name: 'ana', role: 'editor', editsEnabled: true });
  });

  it('needs an editor to edit: 401 without a token, 403 for a reader, 403 on a server without editors', async () => {
    const body = { edit: { action: 'rename', entity: 'zenda', name: 'Zenda Castle' }, reason: 'its name' };
    expect((await request(t.app).post('/api/curation/edits').send(body).expect(401)).body.error).toBe('unauthorized');
    expect((await edit(body, ROB).expect(403)).body.error).toBe('forbidden');
    const closed = t.variant({ EDITOR_TOKENS: '', READER_TOKENS: `rob:${ROB}` });
    expect(
      (await request(closed).post('/api/curation/edits').set('Authorization', `Bearer ${ROB}`).send(body).expect(403))
        .body.error,
    ).toBe('disabled');
    expect((await request(t.app).get('/api/curation/log').expect(200)).body.total).toBe(0);
  });

  it('validates the body with a 400 naming the field, and unknown ids with a 404', async () => {
    const bad = await edit({ edit: { action: 'kind', entity: 'zenda', kind: 'Planet' }, reason: 'x' }).expect(400);
    expect(bad.body.error).toBe('validation_failed');
    expect(bad.body.message).toMatch(/^edit\.kind/);
    const noReason = await edit({ edit: { action: 'rename', entity: 'zenda', name: 'Z' }, reason: ' ' }).expect(400);
    expect(noReason.body.message).toMatch(/^reason/);
    const date = await edit({
      edit: { action: 'article', article: 'elk-shipment', changes: { date: '2025-02-30' } },
      reason: 'x',
    }).expect(400);
    expect(date.body.message).toMatch(/^edit\.changes\.date/);
    await edit({ edit: { action: 'rename', entity: 'atlantis', name: 'Atlantis' }, reason: 'x' }).expect(404);
    const misfit = await edit({
      edit: { action: 'split', entity: 'zenda', alias: 'Nowhere', into: { entity: 'ruritania' } },
      reason: 'x',
    }).expect(400);
    expect(misfit.body.message).toMatch(/^alias:/);
  });

  it('applies an edit at once (past the read cache), logs the editor, marks the entity, and undoes it', async () => {
    await request(t.app).get('/api/entities/ruritania').expect(200);
    const merged = await edit({
      edit: { action: 'merge', survivor: 'ruritania', merged: 'ruritanian-republic' },
      reason: 'the same state',
    }).expect(200);
    const outcome = merged.body as CurationOutcomeResponse;
    expect(outcome.entry).toMatchObject({ author: 'ana', reason: 'the same state', edit: { action: 'merge' } });
    expect(outcome.articles).toBe(1);
    const ruritania = (await request(t.app).get('/api/entities/ruritania').expect(200)).body as EntityResponse;
    expect(ruritania.aliases).toContain('Ruritanian Republic');
    expect(ruritania.relations.SEEKS?.[0]?.other.id).toBe('thunderbolt');
    const marks = (await request(t.app).get('/api/curation/marks').expect(200)).body as CurationMarksResponse;
    expect(marks.entities).toContain('ruritania');

    // The merged id still works as an address.
    const redirected = await request(t.app).get('/api/entities/ruritanian-republic?x=1').expect(308);
    expect(redirected.headers.location).toBe('/api/entities/ruritania?x=1');
    const relation = await request(t.app)
      .get(`/api/relations/${encodeURIComponent('ruritanian-republic|SEEKS|thunderbolt')}`)
      .expect(308);
    expect(relation.headers.location).toBe(`/api/relations/${encodeURIComponent('ruritania|SEEKS|thunderbolt')}`);
    const hood = await request(t.app)
      .post('/api/graph/neighbourhood')
      .send({ ids: ['ruritanian-republic'] })
      .expect(200);
    expect(hood.body.nodes.map((n: { id: string }) => n.id)).toContain('ruritania');

    const log = (await request(t.app).get('/api/curation/log').expect(200)).body as CurationLogResponse;
    expect(log.entries[0]).toMatchObject({ id: outcome.entry.id, author: 'ana', active: true, undoneBy: null });
    const undone = await request(t.app)
      .post('/api/curation/undo')
      .set('Authorization', `Bearer ${ANA}`)
      .send({ entry: outcome.entry.id, reason: 'they are two' })
      .expect(200);
    expect((undone.body as CurationOutcomeResponse).entry.edit).toEqual({ action: 'undo', entry: outcome.entry.id });
    await request(t.app).get('/api/entities/ruritanian-republic').expect(200);
    const after = (await request(t.app).get('/api/curation/log').expect(200)).body as CurationLogResponse;
    expect(after.entries.map((e) => [e.edit.action, e.active])).toEqual([
      ['undo', true],
      ['merge', false],
    ]);
  });

  it('edits an article’s date and outlet: the evidence says so', async () => {
    await edit({
      edit: {
        action: 'article',
        article: 'thunderbolt-sale',
        changes: { date: '2025-01-11', source: 'Strelsau Post' },
      },
      reason: 'the print edition',
    }).expect(200);
    const res = await request(t.app).get(
      `/api/relations/${encodeURIComponent('ruritanian-republic|SEEKS|thunderbolt')}`,
    );
    expect(res.body.evidence[0]).toMatchObject({ date: '2025-01-11', source: 'Strelsau Post' });
  });

  it('exports the log and imports it into another server’s store', async () => {
    const exported = await request(t.app).get('/api/curation/export').expect(200);
    expect(exported.headers['content-disposition']).toContain('newsgraph-curation.json');
    const file = exported.body as CurationFile;
    expect(file.format).toBe('newsgraph-curation-log');
    expect(file.entries.length).toBeGreaterThanOrEqual(3);
    const other = await startTestApp({ env: { EDITOR_TOKENS: `ana:${ANA}` }, articles: CURATION_CORPUS });
    try {
      const imported = await request(other.app)
        .post('/api/curation/import')
        .set('Authorization', `Bearer ${ANA}`)
        .send(file)
        .expect(200);
      expect(imported.body).toMatchObject({ added: file.entries.length, skipped: 0 });
      const article = await request(other.app).get('/api/articles/thunderbolt-sale').expect(200);
      expect(article.body).toMatchObject({ date: '2025-01-11', source: 'Strelsau Post' });
      await request(other.app)
        .post('/api/curation/import')
        .set('Authorization', `Bearer ${ANA}`)
        .send({ ...file, format: 'something-else' })
        .expect(400);
    } finally {
      await other.close();
    }
  });

  it('rate-limits edits like the other expensive routes', async () => {
    const limited = t.variant({ EDITOR_TOKENS: `ana:${ANA}`, RATE_LIMIT_PER_MINUTE: '2' });
    const body = { edit: { action: 'rename', entity: 'atlantis', name: 'A' }, reason: 'x' };
    const send = () => request(limited).post('/api/curation/edits').set('Authorization', `Bearer ${ANA}`).send(body);
    await send().expect(404);
    await send().expect(404);
    expect((await send().expect(429)).body.error).toBe('rate_limited');
  });

  it('documents every curation route in the OpenAPI document', async () => {
    const doc = (await request(t.app).get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    for (const path of ['/curation/edits', '/curation/undo', '/curation/import']) {
      expect(doc.paths[path]?.post?.security).toEqual([{ bearerToken: [] }]);
    }
    for (const path of ['/curation/log', '/curation/marks', '/curation/export', '/curation/access']) {
      expect(doc.paths[path]?.get).toBeDefined();
    }
  });
});
