/**
 * The read API over a real embedded Kuzu store holding the invented
 * three-article story: every read endpoint, its filters and its errors.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  ArticleResponse,
  ArticlesResponse,
  EntityResponse,
  ErrorResponse,
  HealthResponse,
  NeighbourhoodResponse,
  OverviewResponse,
  PathsResponse,
  RelationResponse,
  SchemaResponse,
  SearchResponse,
  StatsResponse,
  SubgraphResponse,
} from '../../core/api.js';
import { ENTITY_KINDS, RELATION_TYPES, TYPED_RELATION_TYPES } from '../../core/ontology.js';
import { openApiPath } from '../../server/http/api-routes.js';
import { SAMPLE_GRAPHS } from '../support/sample-graphs.js';
import { TEST_STORE } from '../support/test-store.js';
import { startTestApp, type TestApp } from './api-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string) => request(t.app).get(`/api${url}`);
const post = (url: string, body: unknown) =>
  request(t.app)
    .post(`/api${url}`)
    .send(body as object);
const ids = (graph: { nodes: Array<{ id: string }> }) => graph.nodes.map((n) => n.id).sort();

/** An error answer: the stable id, a message, and nothing that looks like a stack trace. */
async function expectError(
  response: request.Test | Promise<request.Response>,
  status: number,
  error: string,
): Promise<ErrorResponse> {
  const res = await response;
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.body as ErrorResponse;
  expect(body.error).toBe(error);
  expect(typeof body.message).toBe('string');
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at |\.ts:\d+/);
  return body;
}

describe('health and schema', () => {
  it('reports the store, its generation and that ingest is off', async () => {
    const res = await get('/health').expect(200);
    const body = res.body as HealthResponse;
    expect(body).toMatchObject({ status: 'ok', store: TEST_STORE, ingestEnabled: false });
    // Only the embedded store sees every write (this process is its one writer); Neo4j has other clients.
    if (TEST_STORE === 'kuzu') expect(body.generation).toBeGreaterThan(0);
    else expect(body.generation).toBeNull();
  });

  it('describes kinds, relation specs, stored properties, limits and console examples', async () => {
    const body = (await get('/schema').expect(200)).body as SchemaResponse;
    expect(body.dialect).toBe(TEST_STORE);
    expect(body.kinds).toEqual([...ENTITY_KINDS]);
    expect(Object.keys(body.relations).sort()).toEqual([...RELATION_TYPES].sort());
    expect(body.relations.SEEKS).toEqual({
      label: 'seeks',
      from: ['Country', 'Organization'],
      to: ['System'],
      symmetric: false,
    });
    expect(body.labels.Country).toContain('name');
    expect(body.labels.Article).toContain('title');
    expect(body.relationships.SEEKS).toContain('corroboration');
    expect(body.limits).toMatchObject({
      maxDepth: 3,
      exportMaxNodes: 20000,
      consoleTimeoutMs: t.config.console.timeoutMs,
    });
    expect(body.examples.length).toBeGreaterThan(5);
  });
});

describe('stats and overview', () => {
  it('counts what the three articles state and ranks the best connected', async () => {
    const body = (await get('/stats').expect(200)).body as StatsResponse;
    expect(body).toMatchObject({ articles: 3, entities: 10, relations: 11 });
    expect(body.byKind).toMatchObject({ Person: 2, Country: 3 });
    expect(body.mostConnected[0]).toMatchObject({ id: 'rufus-firefly', score: 4 });
    expect(body.mostCentral.length).toBeGreaterThan(0);
    expect((await get('/stats?top=2').expect(200)).body.mostConnected).toHaveLength(2);
    await expectError(get('/stats?top=1000'), 400, 'validation_failed');
  });

  it('draws the most connected entities and the typed relations among them', async () => {
    const top = ((await get('/stats?top=4').expect(200)).body as StatsResponse).mostConnected.map((e) => e.id);
    const overview = (await get('/graph/overview?limit=4').expect(200)).body as OverviewResponse;
    expect(ids(overview)).toEqual([...top].sort());
    expect(overview.edges.length).toBeGreaterThan(0);
    for (const e of overview.edges) {
      expect(top).toContain(e.source);
      expect(top).toContain(e.target);
      expect(TYPED_RELATION_TYPES).toContain(e.type);
    }
    const onlyRoles = (await get('/graph/overview?limit=4&types=HOLDS_ROLE').expect(200)).body as OverviewResponse;
    expect(onlyRoles.edges.map((e) => e.id)).toEqual(['rufus-firefly|HOLDS_ROLE|freedonia']);
    await expectError(get('/graph/overview?limit=100000'), 400, 'validation_failed');
  });
});

describe('search', () => {
  it('finds by alias, by prefix and despite a typo, best first', async () => {
    const typo = (await get('/search?q=Fierfly').expect(200)).body as SearchResponse;
    expect(typo.hits[0]).toMatchObject({ id: 'rufus-firefly', kind: 'Person' });
    const prefix = (await get('/search?q=sylv').expect(200)).body as SearchResponse;
    expect(prefix.hits[0]?.id).toBe('sylvania');
    const none = (await get('/search?q=Zanzibar').expect(200)).body as SearchResponse;
    expect(none).toMatchObject({ hits: [], total: 0 });
  });

  it('filters by kind, as a list or the parameter repeated, and pages', async () => {
    const systems = (await get('/search?q=Sylvania&kinds=System').expect(200)).body as SearchResponse;
    expect(systems.hits.every((h) => h.kind === 'System')).toBe(true);
    const fr = (await get('/search?q=fr').expect(200)).body as SearchResponse;
    expect(fr.hits.map((h) => h.kind).sort()).toEqual(['Agreement', 'Country', 'Organization']);
    const listed = (await get('/search?q=fr&kinds=Country,Agreement').expect(200)).body as SearchResponse;
    const repeated = (await get('/search?q=fr&kinds=Country&kinds=Agreement').expect(200)).body as SearchResponse;
    expect(listed.hits.map((h) => h.id).sort()).toEqual(['freedonia', 'freedonia-sylvania-arms-pact']);
    expect(repeated.hits).toEqual(listed.hits);
    const second = (await get('/search?q=fr&limit=1&offset=1').expect(200)).body as SearchResponse;
    expect(second).toMatchObject({ offset: 1, limit: 1, total: fr.total });
    expect(second.hits).toEqual(fr.hits.slice(1, 2));
  });

  it('refuses a missing query, an unknown kind and out-of-range paging', async () => {
    expect((await expectError(get('/search'), 400, 'validation_failed')).message).toMatch(/^q:/);
    expect((await expectError(get('/search?q=x&kinds=Country,Planet'), 400, 'validation_failed')).message).toMatch(
      /kinds/,
    );
    await expectError(get('/search?q=x&limit=100000'), 400, 'validation_failed');
    await expectError(get('/search?q=x&limit=abc'), 400, 'validation_failed');
    await expectError(get('/search?q=x&offset=-1'), 400, 'validation_failed');
    await expectError(get(`/search?q=${'x'.repeat(500)}`), 400, 'validation_failed');
  });
});

describe('entities', () => {
  it('returns an entity with its articles and relations grouped by type, with corroboration', async () => {
    const body = (await get('/entities/sylvania').expect(200)).body as EntityResponse;
    expect(body).toMatchObject({ id: 'sylvania', name: 'Sylvania', kind: 'Country', degree: 3, articleCount: 2 });
    expect(body.articles.map((a) => a.id).sort()).toEqual(['alpha-report', 'beta-report']);
    expect(body.relations.SEEKS?.[0]).toMatchObject({
      direction: 'out',
      other: { id: 'skyshield' },
      edge: { corroboration: 2 },
    });
    expect(body.relations.OPPOSES?.[0]).toMatchObject({ direction: 'in', other: { id: 'red-front' } });
    const firefly = (await get('/entities/rufus-firefly').expect(200)).body as EntityResponse;
    expect(firefly.aliases).toEqual(expect.arrayContaining(['Rufus Firefly', 'Firefly']));
    expect(firefly.roles).toEqual(['Defence Minister']);
  });

  it('answers 404 for an unknown id', async () => {
    const body = await expectError(get('/entities/no-such-entity'), 404, 'not_found');
    expect(body.message).toContain('no-such-entity');
    await expectError(get('/entities/no-such-entity/neighbourhood'), 404, 'not_found');
  });
});

describe('neighbourhood', () => {
  it('walks one hop by default, typed relations only', async () => {
    const one = (await get('/entities/sylvania/neighbourhood').expect(200)).body as NeighbourhoodResponse;
    expect(ids(one)).toEqual(['freedonia-sylvania-arms-pact', 'red-front', 'skyshield', 'sylvania']);
    expect(one.omitted).toBe(0);
    expect(one.edges.every((e) => e.type !== 'MENTIONED_WITH')).toBe(true);
    for (const e of one.edges) expect(e.articles.length).toBe(e.corroboration);
  });

  it('filters by kind, type, article and corroboration', async () => {
    const n = async (query: string) =>
      ids((await get(`/entities/sylvania/neighbourhood?${query}`).expect(200)).body as NeighbourhoodResponse);
    expect(await n('kinds=System')).toEqual(['skyshield', 'sylvania']);
    expect(await n('types=MENTIONED_WITH')).toEqual(['acme-dynamics', 'sylvania']);
    expect(await n('minCorroboration=2')).toEqual(['skyshield', 'sylvania']);
    expect(await n('articles=beta-report')).toEqual(['red-front', 'skyshield', 'sylvania']);
  });

  it('cuts to the node limit, seeds first, and counts what it left out', async () => {
    const two = (await get('/entities/sylvania/neighbourhood?depth=2').expect(200)).body as NeighbourhoodResponse;
    expect(ids(two)).toEqual(expect.arrayContaining(['marxonia', 'acme-dynamics']));
    const limited = (await get('/entities/sylvania/neighbourhood?depth=2&limit=3').expect(200))
      .body as NeighbourhoodResponse;
    expect(limited.nodes).toHaveLength(3);
    expect(limited.nodes[0]?.id).toBe('sylvania');
    expect(limited.omitted).toBe(two.nodes.length - 3);
    const kept = new Set(ids(limited));
    for (const e of limited.edges) expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
  });

  it('starts from several seeds with POST and the same filters', async () => {
    const body = (await post('/graph/neighbourhood', { ids: ['marxonia', 'vinci'], depth: 1 }).expect(200))
      .body as NeighbourhoodResponse;
    expect(ids(body)).toEqual(['freedonia', 'marxonia', 'red-front', 'rufus-firefly', 'vinci']);
    const filtered = (
      await post('/graph/neighbourhood', {
        ids: ['sylvania'],
        kinds: ['System'],
        types: ['SEEKS'],
        minCorroboration: 2,
      }).expect(200)
    ).body as NeighbourhoodResponse;
    expect(ids(filtered)).toEqual(['skyshield', 'sylvania']);
  });

  it('refuses bad depths, limits, kinds, types and shapes with a 400 naming the field', async () => {
    const bad: Array<[unknown, RegExp]> = [
      [{ ids: ['sylvania'], depth: 4 }, /^depth:/],
      [{ ids: ['sylvania'], depth: 0 }, /^depth:/],
      [{ ids: ['sylvania'], limit: 1e9 }, /^limit:/],
      [{ ids: ['sylvania'], kinds: ['Planet'] }, /^kinds\.0:/],
      [{ ids: ['sylvania'], types: ['LOVES'] }, /^types\.0:/],
      [{ ids: 'sylvania' }, /^ids:/],
      [{ ids: [] }, /^ids:/],
      [{ ids: [42] }, /^ids\.0:/],
      [{ ids: ['sylvania'], depth: '2' }, /^depth:/],
      [{ ids: ['sylvania'], articles: ['alpha-report'] }, /articles/],
      [[], /./],
    ];
    for (const [body, field] of bad) {
      const error = await expectError(post('/graph/neighbourhood', body), 400, 'validation_failed');
      expect(error.message).toMatch(field);
    }
    await expectError(get('/entities/sylvania/neighbourhood?depth=9'), 400, 'validation_failed');
    await expectError(get('/entities/sylvania/neighbourhood?types=SEEKS,LOVES'), 400, 'validation_failed');
    await expectError(post('/graph/neighbourhood', { ids: ['nobody'] }), 404, 'not_found');
  });
});

describe('subgraph and paths', () => {
  it('returns the given entities and every relation among them, unknown ids left out', async () => {
    const body = (
      await post('/graph/subgraph', { ids: ['sylvania', 'skyshield', 'acme-dynamics', 'nobody'] }).expect(200)
    ).body as SubgraphResponse;
    expect(ids(body)).toEqual(['acme-dynamics', 'skyshield', 'sylvania']);
    expect(body.edges.map((e) => e.id).sort()).toEqual(
      [
        'acme-dynamics|MENTIONED_WITH|sylvania',
        'skyshield|DEVELOPED_BY|acme-dynamics',
        'sylvania|SEEKS|skyshield',
      ].sort(),
    );
    const typed = (
      await post('/graph/subgraph', { ids: ['sylvania', 'skyshield', 'acme-dynamics'], types: ['SEEKS'] }).expect(200)
    ).body as SubgraphResponse;
    expect(typed.edges.map((e) => e.id)).toEqual(['sylvania|SEEKS|skyshield']);
    await expectError(
      post('/graph/subgraph', { ids: Array.from({ length: 2001 }, (_, i) => `e${i}`) }),
      400,
      'validation_failed',
    );
  });

  it('finds the shortest path first, then a longer one, each edge with its evidence', async () => {
    const body = (await get('/paths?from=marxonia&to=rufus-firefly&maxLength=5&k=2').expect(200)).body as PathsResponse;
    expect(body.paths).toHaveLength(2);
    const [shortest, longer] = body.paths;
    expect(shortest!.nodes.map((n) => n.id)).toEqual(['marxonia', 'freedonia', 'rufus-firefly']);
    expect(shortest!.edges.map((e) => e.type)).toEqual(['OPPOSES', 'HOLDS_ROLE']);
    expect(shortest!.evidence[shortest!.edges[0]!.id]?.[0]?.sentence).toBe('Marxonia denounced Freedonia.');
    expect(longer!.edges.length).toBeGreaterThan(2);
    const none = (await get('/paths?from=marxonia&to=rufus-firefly&maxLength=1').expect(200)).body as PathsResponse;
    expect(none.paths).toEqual([]);
  });

  it('refuses a path to itself, unknown ends and out-of-range lengths', async () => {
    await expectError(get('/paths?from=marxonia&to=marxonia'), 400, 'validation_failed');
    await expectError(get('/paths?from=marxonia&to=nobody'), 404, 'not_found');
    await expectError(get('/paths?from=marxonia&to=rufus-firefly&maxLength=7'), 400, 'validation_failed');
    await expectError(get('/paths?from=marxonia&to=rufus-firefly&k=11'), 400, 'validation_failed');
    await expectError(get('/paths?from=marxonia'), 400, 'validation_failed');
  });
});

describe('relations and articles', () => {
  it('returns a relation with every supporting sentence, its article and the mention offsets', async () => {
    const body = (await get(`/relations/${encodeURIComponent('sylvania|SEEKS|skyshield')}`).expect(200))
      .body as RelationResponse;
    expect(body.edge).toMatchObject({
      source: 'sylvania',
      target: 'skyshield',
      type: 'SEEKS',
      corroboration: 2,
      evidenceCount: 2,
    });
    expect(body.evidence.map((e) => e.articleId).sort()).toEqual(['alpha-report', 'beta-report']);
    const beta = body.evidence.find((e) => e.articleId === 'beta-report')!;
    expect(beta).toMatchObject({ articleTitle: 'Envoys meet again', source: 'Beta Daily', date: '2024-03-05' });
    const text = SAMPLE_GRAPHS.beta.article.text;
    expect(text.slice(beta.start, beta.end)).toBe(beta.sentence);
    expect(text.slice(beta.subject!.start, beta.subject!.end)).toBe('Sylvania');
    expect(text.slice(beta.object!.start, beta.object!.end)).toBe('Skyshield');
  });

  it('answers 404 for a relation that is not stored and 400 for one that is not a relation id', async () => {
    await expectError(get(`/relations/${encodeURIComponent('sylvania|OPPOSES|skyshield')}`), 404, 'not_found');
    await expectError(get(`/relations/${encodeURIComponent('sylvania|SEEKS|acme-dynamics')}`), 404, 'not_found');
    await expectError(get('/relations/sylvania'), 400, 'validation_failed');
    await expectError(get(`/relations/${encodeURIComponent('a|LOVES|b')}`), 400, 'validation_failed');
  });

  it('lists articles newest first and returns one with its text and mention spans', async () => {
    const list = (await get('/articles').expect(200)).body as ArticlesResponse;
    expect(list.articles.map((a) => a.id)).toEqual(['gamma-report', 'beta-report', 'alpha-report']);
    const alpha = (await get('/articles/alpha-report').expect(200)).body as ArticleResponse;
    expect(alpha).toMatchObject({
      title: 'Freedonia and Sylvania sign arms pact',
      source: 'Alpha News',
      date: '2024-03-04',
    });
    expect(alpha.text).toBe(SAMPLE_GRAPHS.alpha.article.text);
    const firefly = alpha.mentions.filter((m) => m.entityId === 'rufus-firefly');
    expect(firefly.map((m) => alpha.text.slice(m.start, m.end))).toEqual(['Rufus Firefly', 'Firefly', 'Firefly']);
    await expectError(get('/articles/nope'), 404, 'not_found');
  });
});

describe('HTTP behaviour', () => {
  it('answers unknown routes and methods with a JSON 404', async () => {
    await expectError(get('/nowhere'), 404, 'not_found');
    await expectError(request(t.app).delete('/api/entities/sylvania'), 404, 'not_found');
  });

  it('answers malformed JSON and unknown fields with a 400, a body that is not JSON with a 415', async () => {
    await expectError(
      request(t.app).post('/api/graph/neighbourhood').set('Content-Type', 'application/json').send('{"ids": ['),
      400,
      'bad_request',
    );
    await expectError(
      request(t.app).post('/api/graph/neighbourhood').set('Content-Type', 'text/plain').send('sylvania'),
      415,
      'unsupported_media_type',
    );
    const extra = await expectError(post('/graph/subgraph', { ids: ['sylvania'], depth: 2 }), 400, 'validation_failed');
    expect(extra.message).toMatch(/depth/);
  });

  it('refuses a body over the size limit with a 413', async () => {
    await expectError(post('/graph/subgraph', { ids: ['x'.repeat(6 * 1024 * 1024)] }), 413, 'too_large');
  });

  it('sends security headers and compresses large answers', async () => {
    const res = await get('/schema').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('serves repeated reads from the cache until the store changes (embedded store)', async () => {
    if (TEST_STORE === 'neo4j') {
      // Other clients write to a Neo4j server unseen by this process: every read goes to the database.
      const reads = [await get('/entities/skyshield').expect(200), await get('/entities/skyshield').expect(200)];
      expect(reads.map((r) => r.headers['x-cache'])).toEqual([undefined, undefined]);
      expect(reads[1]!.body).toEqual(reads[0]!.body);
      return;
    }
    const first = await get('/entities/skyshield').expect(200);
    const second = await get('/entities/skyshield').expect(200);
    expect(first.headers['x-cache']).toBe('miss');
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toEqual(first.body);
    const a = await post('/graph/neighbourhood', { ids: ['skyshield'] }).expect(200);
    const b = await post('/graph/neighbourhood', { ids: ['skyshield'], depth: 2 }).expect(200);
    const c = await post('/graph/neighbourhood', { ids: ['skyshield'] }).expect(200);
    expect([a.headers['x-cache'], b.headers['x-cache'], c.headers['x-cache']]).toEqual(['miss', 'miss', 'hit']);
    expect(c.body).toEqual(a.body);
    expect(b.body).not.toEqual(a.body);
  });
});

/**
 * Every `METHOD /path` mounted in an Express app, found by walking its router
 * stack. Pattern routes are the client's fallback (its own URLs), not API.
 */
function mountedRoutes(stack: unknown[]): string[] {
  const out: string[] = [];
  for (const layer of stack as Array<{
    route?: { path: unknown; methods: Record<string, boolean> };
    handle?: { stack?: unknown[] };
  }>) {
    if (layer.route && typeof layer.route.path === 'string') {
      for (const method of Object.keys(layer.route.methods)) out.push(`${method} ${layer.route.path}`);
    } else if (layer.handle?.stack) out.push(...mountedRoutes(layer.handle.stack));
  }
  return out;
}

describe('OpenAPI document', () => {
  it('documents every mounted route with its parameters', async () => {
    const doc = (await get('/openapi.json').expect(200)).body as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { parameters?: Array<{ name: string; in: string }>; requestBody?: unknown }>
      >;
    };
    expect(doc.openapi).toMatch(/^3\./);
    const routes = mountedRoutes((t.app as unknown as { router: { stack: unknown[] } }).router.stack);
    expect(routes.length).toBeGreaterThan(15);
    const undocumented = routes.filter((route) => {
      const [method, path] = route.split(' ') as [string, string];
      return doc.paths[openApiPath(path)]?.[method] === undefined;
    });
    expect(undocumented).toEqual([]);
    const search = doc.paths['/search']!.get!;
    expect(search.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual([
      'query:q',
      'query:kinds',
      'query:offset',
      'query:limit',
    ]);
    expect(doc.paths['/entities/{id}']!.get!.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id']);
    expect(doc.paths['/graph/neighbourhood']!.post!.requestBody).toBeDefined();
    expect(JSON.stringify(doc.paths['/ingest']!.post!.requestBody)).toContain('multipart/form-data');
  });
});

describe('the built client', () => {
  it('serves the app for its own URLs and leaves /api alone', async () => {
    const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-client-'));
    try {
      fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Newsgraph</title>');
      const app = t.variant({}, { clientDir });
      expect((await request(app).get('/').expect(200)).text).toContain('<title>Newsgraph</title>');
      expect((await request(app).get('/view/sylvania').expect(200)).text).toContain('<title>Newsgraph</title>');
      await expectError(request(app).get('/api/nowhere'), 404, 'not_found');
      expect((await request(app).get('/api/health').expect(200)).body.status).toBe('ok');
    } finally {
      fs.rmSync(clientDir, { recursive: true, force: true });
    }
  });
});
