/**
 * Uploads through the real pipeline (the extraction worker pool behind
 * POST /ingest) on a real store, over real HTTP:
 * - an article's link is kept only when it is http(s): a `javascript:`,
 *   `data:` or other canonical link is neither stored nor answered, even when
 *   a write bypasses extraction;
 * - a 1.99 MB upload of name-dense text does not freeze the API: health and
 *   search answer while it is being extracted, and how fast they answer is
 *   measured and printed, not asserted against a clock.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { ArticleResponse, IngestResponse } from '../../core/api.js';
import { silentLogger } from '../../core/logger.js';
import { LIMITS } from '../../core/ontology.js';
import { cleanArticle } from '../../ingest/clean/index.js';
import { createUploadIngestor } from '../../ingest/load/load.js';
import { DEFAULT_POOL_OPTIONS } from '../../ingest/runtime/pool.js';
import { listen, type Listening } from '../../server/http/listen.js';
import { articleGraph } from '../support/article-factory.js';
import { nameDenseText } from '../support/name-dense.js';
import { startTestApp, type TestApp } from './api-support/test-app.js';

const TOKEN = 'correct-horse-battery-staple';
/** A time budget far above what the probes need, so the upload is certainly still in flight while they run. */
const BUDGET_MS = 30_000;

/** Canonical links an article may declare that must never become its link. */
const HOSTILE_LINKS = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  ' java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://files.example.org/a.txt',
  '//evil.example.org/a',
  '/relative/path',
];
const SAFE_LINK = 'https://news.example.org/2026/harbour-talks';

/** An invented HTML article declaring `href` as its canonical link. */
function page(href: string): string {
  const attr = href.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<html><head><title>Harbour talks</title><link rel="canonical" href="${attr}"></head><body><article>
<h1>Harbour talks resume</h1>
<p>Maria Okafor, the trade minister of Portugal, met officials from Norway in Lisbon on Tuesday.</p>
<p>Okafor said both governments would sign a fisheries agreement next year.</p>
</article></body></html>`;
}

let t: TestApp;
let ingestor: ReturnType<typeof createUploadIngestor>;
let server: Listening;

beforeAll(async () => {
  t = await startTestApp({
    env: { INGEST_TOKEN: TOKEN },
    ingest: (store) =>
      (ingestor = createUploadIngestor(store, silentLogger(), {
        budget: { ...DEFAULT_POOL_OPTIONS, timeoutMs: BUDGET_MS },
      })),
  });
  server = await listen(t.app, 0, '127.0.0.1');
}, 120_000);
afterAll(async () => {
  await server?.close();
  await ingestor?.close();
  await t?.close();
});

/**
 * One request on a connection of its own: a pooled keep-alive connection can be closed by the server
 * just as it is reused, after the test's own work kept this process busy (ECONNRESET, not a finding).
 */
function send(method: string, path: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${server.url}/api${path}`,
      {
        method,
        agent: false,
        headers: body === undefined ? {} : { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
const upload = async (articles: Array<{ file: string; text: string }>) => {
  const res = await send('POST', '/ingest', JSON.stringify({ articles }));
  return { status: res.status, results: res.status === 200 ? (JSON.parse(res.body) as IngestResponse).results : [] };
};
const get = async <T>(path: string): Promise<T> => {
  const res = await send('GET', path);
  expect({ path, status: res.status }).toEqual({ path, status: 200 });
  return JSON.parse(res.body) as T;
};

describe('article links', () => {
  it('keeps a canonical link only when it is http(s), from the cleaned article to the API', async () => {
    const cleaned = [...HOSTILE_LINKS, SAFE_LINK].map(
      (href) => cleanArticle({ file: 'a.html', format: 'html', raw: page(href) }).url,
    );
    expect(cleaned).toEqual([...HOSTILE_LINKS.map(() => null), SAFE_LINK]);

    const files = [...HOSTILE_LINKS, SAFE_LINK].map((href, i) => ({ file: `link-${i}.html`, text: page(href) }));
    const res = await upload(files);
    expect(res.status).toBe(200);
    expect(res.results.map((r) => r.status)).toEqual(files.map(() => 'loaded'));
    const answered = await Promise.all(files.map((_, i) => get<ArticleResponse>(`/articles/link-${i}`)));
    expect(answered.map((a) => a.url)).toEqual([...HOSTILE_LINKS.map(() => null), SAFE_LINK]);
  }, 300_000);

  it('answers no link for a hostile one written past extraction (an import, an older store)', async () => {
    const graph = articleGraph('imported-link', 'Maria Okafor visited Norway.', [], []);
    await t.store.loadArticle({ ...graph, article: { ...graph.article, url: 'javascript:alert(1)' } });
    expect((await get<ArticleResponse>('/articles/imported-link')).url).toBeNull();
  });
});

describe(`an upload of name-dense text just under the ${LIMITS.maxArticleBytes / 1e6} MB article limit`, () => {
  it('leaves health and search answering while it is extracted', async () => {
    let text = nameDenseText(400_000, 11, 2000);
    text = text.slice(0, text.lastIndexOf('.', LIMITS.maxArticleBytes - 20_000) + 1);
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_900_000);
    expect(Buffer.byteLength(text)).toBeLessThan(LIMITS.maxArticleBytes);

    let inFlight = true;
    const started = performance.now();
    const uploaded = upload([{ file: 'dense.txt', text }]).then((res) => {
      inFlight = false;
      return { ...res, ms: performance.now() - started };
    });
    // Probe once the upload has been read and handed to the worker pool.
    const probes: Array<{ path: string; ms: number; status: number; duringUpload: boolean }> = [];
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (let round = 0; round < 5; round++) {
      for (const path of ['/health', '/search?q=Portugal']) {
        const t0 = performance.now();
        const res = await send('GET', path);
        probes.push({ path, ms: Math.round(performance.now() - t0), status: res.status, duringUpload: inFlight });
      }
    }
    const done = await uploaded;
    console.log(
      `upload of ${Buffer.byteLength(text)} bytes answered in ${Math.round(done.ms)} ms (${done.results[0]?.status}); ` +
        `probes while it ran (ms): ${probes.map((p) => `${p.path} ${p.ms}`).join(', ')}`,
    );
    expect(probes.map((p) => [p.path, p.status, p.duringUpload])).toEqual(probes.map((p) => [p.path, 200, true]));
    expect(done.status).toBe(200);
  }, 300_000);
});
