/**
 * The API on the real sample corpus, extracted by the real pipeline: the
 * questions an analyst of this story asks first. Assertions hold on facts
 * the articles state plainly, not on exact counts the pipeline may refine.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  ArticleResponse,
  EntityResponse,
  NeighbourhoodResponse,
  PathsResponse,
  RelationResponse,
  SearchResponse,
} from '../../core/api.js';
import { sampleCorpusGraphs } from '../support/corpus-store.js';
import { exportRequest } from './api-support/export-request.js';
import { readWithNetworkx } from './api-support/networkx.js';
import { startTestApp, type TestApp } from './api-support/test-app.js';

let t: TestApp;
const MOU = 'israel-morocco-defense-mou';

beforeAll(async () => {
  t = await startTestApp({ articles: await sampleCorpusGraphs() });
});
afterAll(async () => {
  await t?.close();
});

const get = <T>(url: string) =>
  request(t.app)
    .get(url)
    .expect(200)
    .then((r) => r.body as T);

describe('the sample corpus through the API', () => {
  it('finds Benny Gantz by name, by surname prefix and misspelt', async () => {
    const top: Record<string, string | undefined> = {};
    for (const q of ['Benny Gantz', 'Gan', 'Gnatz']) {
      top[q] = (await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`)).hits[0]?.id;
    }
    expect(top).toEqual({ 'Benny Gantz': 'benny-gantz', Gan: 'benny-gantz', Gnatz: 'benny-gantz' });
  });

  it('shows Gantz with the articles that name him and what he signed', async () => {
    const gantz = await get<EntityResponse>('/api/entities/benny-gantz');
    expect(gantz.kind).toBe('Person');
    expect(gantz.articles).toHaveLength(5);
    expect(gantz.relations.SIGNED?.map((r) => r.other.id)).toContain(MOU);
    expect(gantz.relations.HOLDS_ROLE?.map((r) => r.other.id)).toContain('israel');
  });

  it('backs the MOU signature with sentences that name both ends, at the right offsets', async () => {
    const { edge, evidence } = await get<RelationResponse>(
      `/api/relations/${encodeURIComponent(`benny-gantz|SIGNED|${MOU}`)}`,
    );
    expect(edge.corroboration).toBeGreaterThanOrEqual(3);
    const articles = new Map<string, ArticleResponse>();
    for (const e of evidence) {
      const article = articles.get(e.articleId) ?? (await get<ArticleResponse>(`/api/articles/${e.articleId}`));
      articles.set(e.articleId, article);
      expect(article.text.slice(e.start, e.end)).toBe(e.sentence);
      // Signing is said with "sign", "ink" or an instrument ("formalize ... with an MOU").
      expect(e.sentence).toMatch(/sign|ink|formali[sz]e/i);
      if (e.subject) expect(article.text.slice(e.subject.start, e.subject.end)).toMatch(/Gantz|defense minister/i);
    }
  });

  it('puts Israel and Algeria in Morocco’s neighbourhood, and links Gantz to Algeria', async () => {
    const n = await get<NeighbourhoodResponse>('/api/entities/morocco/neighbourhood?depth=1');
    const ids = n.nodes.map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['israel', 'algeria', MOU]));
    const { paths } = await get<PathsResponse>('/api/paths?from=benny-gantz&to=algeria&maxLength=4');
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.nodes[0]?.id).toBe('benny-gantz');
      expect(p.nodes.at(-1)?.id).toBe('algeria');
      for (const e of p.edges) expect(p.evidence[e.id]?.length).toBeGreaterThan(0);
    }
  });

  it('highlights mentions that are the entity names in the article text', async () => {
    const { articles } = await get<{ articles: Array<{ id: string }> }>('/api/articles');
    expect(articles).toHaveLength(5);
    for (const { id } of articles) {
      const article = await get<ArticleResponse>(`/api/articles/${id}`);
      expect(article.mentions.length).toBeGreaterThan(10);
      expect(article.text).not.toMatch(/Related Posts|Share this article|All rights reserved/);
      const entity = new Map<string, EntityResponse>();
      for (const m of article.mentions.filter((x) => x.kind === 'Person')) {
        const e = entity.get(m.entityId) ?? (await get<EntityResponse>(`/api/entities/${m.entityId}`));
        entity.set(m.entityId, e);
        expect(e.aliases.map((a) => a.toLowerCase())).toContain(article.text.slice(m.start, m.end).toLowerCase());
      }
    }
  });

  it('exports Gantz’s neighbourhood as GraphML that networkx reads whole', async () => {
    const n = await get<NeighbourhoodResponse>('/api/entities/benny-gantz/neighbourhood?depth=1');
    const res = await exportRequest(t.app, {
      format: 'graphml',
      neighbourhood: { ids: ['benny-gantz'], depth: 1 },
    }).expect(200);
    const g = readWithNetworkx('graphml', res.body as string);
    expect(Object.keys(g.nodes).sort()).toEqual(n.nodes.map((x) => x.id).sort());
    expect(g.edges).toHaveLength(n.edges.length);
  });
});
