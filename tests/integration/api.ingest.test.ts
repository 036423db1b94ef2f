/**
 * POST /ingest with a stand-in pipeline (a lexicon over the article
 * factory): enabling, bearer authentication before the body is read, JSON
 * and multipart uploads, size and count caps, and that what is loaded becomes
 * searchable at once, past the response cache.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityResponse, HealthResponse, IngestResponse, SearchResponse } from '../../core/api.js';
import { LIMITS } from '../../core/ontology.js';
import { MAX_INGEST_FILES } from '../../core/requests.js';
import type { EntityFact } from '../support/article-factory.js';
import { lexiconIngestor } from './api-support/lexicon-ingestor.js';
import { startTestApp, type TestApp } from './api-support/test-app.js';
import { TEST_STORE } from '../support/test-store.js';

const TOKEN = 'correct-horse-battery-staple';
const LEXICON: EntityFact[] = [
  { id: 'zenobia-quill', name: 'Zenobia Quill', kind: 'Person', forms: ['Zenobia Quill', 'Quill'] },
  { id: 'glimmer-isles', name: 'Glimmer Isles', kind: 'Country', forms: ['Glimmer Isles'] },
  { id: 'orrin-vale', name: 'Orrin Vale', kind: 'Person', forms: ['Orrin Vale'] },
  { id: 'hollow-crown', name: 'Hollow Crown', kind: 'Organization', forms: ['Hollow Crown'] },
];
const QUILL = 'Zenobia Quill toured the Glimmer Isles on Friday. Quill was cheered.';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { INGEST_TOKEN: TOKEN }, ingest: (store) => lexiconIngestor(store, LEXICON) });
});
afterAll(async () => {
  await t?.close();
});

const ingest = () => request(t.app).post('/api/ingest').set('Authorization', `Bearer ${TOKEN}`);
const article = (file: string, text: string) => ({ articles: [{ file, text }] });

describe('enabling and authentication', () => {
  it('is on only with both a token and a pipeline', async () => {
    expect(((await request(t.app).get('/api/health').expect(200)).body as HealthResponse).ingestEnabled).toBe(true);
    const withoutToken = t.variant({ INGEST_TOKEN: '' }, { ingest: lexiconIngestor(t.store, LEXICON) });
    const res = await request(withoutToken)
      .post('/api/ingest')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send(article('a.txt', QUILL));
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('disabled');
    expect(((await request(withoutToken).get('/api/health')).body as HealthResponse).ingestEnabled).toBe(false);
    const withoutPipeline = t.variant({ INGEST_TOKEN: TOKEN });
    await request(withoutPipeline)
      .post('/api/ingest')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send(article('a.txt', QUILL))
      .expect(403);
  });

  it('answers 401 without the right bearer token, before reading the body', async () => {
    for (const authorization of [
      undefined,
      'Bearer wrong',
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Bearer ${TOKEN}x`,
      `Basic ${TOKEN}`,
      TOKEN,
      'Bearer ',
    ]) {
      const req = request(t.app).post('/api/ingest');
      if (authorization !== undefined) req.set('Authorization', authorization);
      const res = await req.send(article('a.txt', QUILL));
      expect({ authorization, status: res.status }).toEqual({ authorization, status: 401 });
      expect(res.body.error).toBe('unauthorized');
      expect(res.headers['www-authenticate']).toBe('Bearer');
    }
    // An oversized upload without the token is refused for the token, not read.
    const big = Buffer.alloc(LIMITS.maxArticleBytes + 1, 'a');
    await request(t.app).post('/api/ingest').attach('files', big, 'big.txt').expect(401);
    expect((await t.store.search({ query: 'Zenobia' })).hits).toEqual([]);
  });
});

describe('uploads', () => {
  it('loads a JSON article, answers what was added, and makes it searchable past the cache', async () => {
    const before = await request(t.app).get('/api/search?q=Zenobia').expect(200);
    const cached = await request(t.app).get('/api/search?q=Zenobia').expect(200);
    expect((before.body as SearchResponse).hits).toEqual([]);
    // The embedded store caches reads until its next write; on Neo4j (other writers) nothing is cached.
    const caches = TEST_STORE === 'kuzu';
    expect(cached.headers['x-cache']).toBe(caches ? 'hit' : undefined);
    const generation = t.store.generation();

    const res = await ingest().send(article('quill.txt', QUILL)).expect(200);
    const [result] = (res.body as IngestResponse).results;
    expect(result).toMatchObject({
      file: 'quill.txt',
      status: 'loaded',
      articleId: 'quill',
      entities: 2,
      relations: 1,
      changed: true,
    });
    if (caches) expect(t.store.generation()).not.toBe(generation);
    else expect(t.store.generation()).toBeNull();

    const after = await request(t.app).get('/api/search?q=Zenobia').expect(200);
    expect(after.headers['x-cache']).toBe(caches ? 'miss' : undefined);
    expect((after.body as SearchResponse).hits[0]).toMatchObject({ id: 'zenobia-quill', kind: 'Person' });
    const entity = (await request(t.app).get('/api/entities/glimmer-isles').expect(200)).body as EntityResponse;
    expect(entity.articles.map((a) => a.id)).toEqual(['quill']);
  });

  it('loads multipart files in upload order, keeping only their base names', async () => {
    const res = await ingest()
      .attach('files', Buffer.from('Orrin Vale leads the Hollow Crown.'), 'reports/vale.txt')
      .attach('files', Buffer.from('Nothing anyone here has heard of.'), 'empty.txt')
      .expect(200);
    const results = (res.body as IngestResponse).results;
    expect(results.map((r) => [r.file, r.status])).toEqual([
      ['vale.txt', 'loaded'],
      ['empty.txt', 'skipped'],
    ]);
    expect(results[1]).toMatchObject({ reason: expect.any(String) });
    expect((await t.store.search({ query: 'Orrin' })).hits[0]?.id).toBe('orrin-vale');
  });

  it('answers an identical re-upload as unchanged', async () => {
    const res = await ingest().send(article('quill.txt', QUILL)).expect(200);
    expect((res.body as IngestResponse).results[0]).toMatchObject({ status: 'unchanged', changed: false });
  });
});

describe('limits and malformed uploads', () => {
  const tooBig = 'a'.repeat(LIMITS.maxArticleBytes) + ' Quill';

  it(`refuses an article over ${LIMITS.maxArticleBytes} bytes with a 413 naming it`, async () => {
    const multipart = await ingest().attach('files', Buffer.from(tooBig), 'huge.txt').expect(413);
    expect(multipart.body).toMatchObject({ error: 'too_large', message: expect.stringContaining('huge.txt') });
    const json = await ingest().send(article('huge.txt', tooBig)).expect(413);
    expect(json.body).toMatchObject({ error: 'too_large', message: expect.stringContaining('huge.txt') });
    // Multi-byte characters count as bytes, not as characters.
    const wide = '€'.repeat(Math.ceil(LIMITS.maxArticleBytes / 3) + 1);
    await ingest().send(article('wide.txt', wide)).expect(413);
  });

  it(`refuses more than ${MAX_INGEST_FILES} articles per request with a 413`, async () => {
    let req = ingest();
    for (let i = 0; i <= MAX_INGEST_FILES; i++) req = req.attach('files', Buffer.from(QUILL), `q${i}.txt`);
    expect((await req.expect(413)).body.error).toBe('too_large');
    const many = {
      articles: Array.from({ length: MAX_INGEST_FILES + 1 }, (_, i) => ({ file: `q${i}.txt`, text: QUILL })),
    };
    expect((await ingest().send(many).expect(413)).body.error).toBe('too_large');
  });

  it('answers malformed uploads with a 400, and a body neither multipart nor JSON with a 415', async () => {
    const cases: Array<[string, request.Test, number?]> = [
      ['wrong multipart field', ingest().attach('file', Buffer.from(QUILL), 'q.txt')],
      ['multipart without files', ingest().field('note', 'hello')],
      ['plain text body', ingest().set('Content-Type', 'text/plain').send(QUILL), 415],
      ['malformed JSON', ingest().set('Content-Type', 'application/json').send('{"articles": [')],
      ['no articles', ingest().send({ articles: [] })],
      ['missing text', ingest().send({ articles: [{ file: 'q.txt' }] })],
      ['a path as file name', ingest().send(article('../../etc/passwd', QUILL))],
      ['an unknown field', ingest().send({ ...article('q.txt', QUILL), dryRun: true })],
    ];
    const answers = [];
    for (const [what, req] of cases) {
      const res = await req;
      answers.push({ what, status: res.status, body: res.body as unknown });
    }
    expect(answers).toMatchObject(
      cases.map(([what, , status]) => ({ what, status: status ?? 400, body: { error: expect.any(String) } })),
    );
  });
});
