/**
 * The embedded store's in-process search index against the data it mirrors:
 * a write is searchable as soon as it returns, a write that fails leaves the
 * index as it was, and a process killed mid-write leaves nothing the index
 * could be ahead of (the next open rebuilds it from the data).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { silentLogger } from '../../core/logger.js';
import { CypherGraphStore } from '../../core/store/graph-store.js';
import { KuzuRunner } from '../../core/store/kuzu/runner.js';
import type { GraphStore } from '../../core/store/port.js';
import type { CypherRunner, QueryExecutor } from '../../core/store/runner.js';
import { articleGraph } from '../support/article-factory.js';
import { ALL_SAMPLE_GRAPHS } from '../support/sample-graphs.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-search-index-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function openRunner(name: string): Promise<KuzuRunner> {
  const runner = await KuzuRunner.open({ directory: path.join(dir, name), readConnections: 1, logger: silentLogger() });
  await runner.ensureSchema();
  return runner;
}
const storeOn = (runner: CypherRunner): GraphStore =>
  new CypherGraphStore(runner, silentLogger(), { consoleTimeoutMs: 2000, consoleRowCap: 50 });

const newcomer = (id: string, name: string) => {
  const text = `${name} visited Freedonia on Tuesday.`;
  return articleGraph(
    id,
    text,
    [
      { id: name.toLowerCase().replace(/ /g, '-'), name, kind: 'Person' },
      { id: 'freedonia', name: 'Freedonia', kind: 'Country' },
    ],
    [{ subject: name.toLowerCase().replace(/ /g, '-'), type: 'VISITED', object: 'freedonia', sentence: text }],
  );
};

/** A runner whose write transactions fail at `query` (for the article `articleId`, or any), after everything before it ran. */
function failingAt(runner: CypherRunner, query: string, articleId?: string): CypherRunner {
  return new Proxy(runner, {
    get(target, prop, receiver) {
      if (prop === 'write') {
        return <T>(work: (tx: QueryExecutor) => Promise<T>) =>
          target.write((tx) =>
            work({
              dialect: tx.dialect,
              run: (name, params, template) =>
                name === query && (!articleId || params?.id === articleId)
                  ? Promise.reject(new Error('disk full'))
                  : tx.run(name, params, template),
            }),
          );
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('the in-process search index of the embedded store', () => {
  it('answers the start of a long name with the names that start so, and a misspelt name despite the typo', async () => {
    const store = storeOn(await openRunner('typing'));
    await store.loadArticle(newcomer('zorvathenko-visit', 'Ilya Zorvathenko'));
    await store.loadArticle(newcomer('sorv-visit', 'Dara Sorv'));
    const ids = async (query: string) => (await store.search({ query })).hits.map((h) => h.id);
    // Someone typing "zorv" means Zorvathenko: "Sorv", one edit away, is no answer beside it.
    expect(await ids('zorv')).toEqual(['ilya-zorvathenko']);
    expect(await ids('Ilya Zorvath')).toEqual(['ilya-zorvathenko']);
    expect(await ids('Sorv')).toEqual(['dara-sorv']);
    // No name starts so: the typo round finds it.
    expect((await ids('Zorvathenkp'))[0]).toBe('ilya-zorvathenko');
    await store.close();
  });

  it('finds what a write added as soon as the write returns, and forgets what it removed', async () => {
    const store = storeOn(await openRunner('live'));
    for (const g of ALL_SAMPLE_GRAPHS) await store.loadArticle(g);
    expect((await store.search({ query: 'Zorvath' })).hits).toEqual([]);
    await store.loadArticle(newcomer('zorvath-visit', 'Ilya Zorvath'));
    expect((await store.search({ query: 'Zorvath' })).hits[0]).toMatchObject({ id: 'ilya-zorvath', kind: 'Person' });
    expect((await store.search({ query: 'zorv' })).hits[0]?.id).toBe('ilya-zorvath');
    // The same article, changed: the entity it alone mentioned is gone from data and index alike.
    await store.loadArticle(newcomer('zorvath-visit', 'Ilya Brennic'));
    expect((await store.search({ query: 'Zorvath' })).hits).toEqual([]);
    expect((await store.search({ query: 'Brennic' })).hits[0]?.id).toBe('ilya-brennic');
    // Degree moves with the data and ranks ties: Freedonia gained and lost a VISITED relation.
    expect((await store.search({ query: 'Freedonia' })).hits[0]?.id).toBe('freedonia');
    await store.close();
  });

  it('leaves the index as it was when a write fails', async () => {
    const runner = await openRunner('failing');
    const store = storeOn(runner);
    for (const g of ALL_SAMPLE_GRAPHS) await store.loadArticle(g);
    const before = store.generation();
    const failing = storeOn(failingAt(runner, 'article-upsert'));
    // The failing store shares the database, not the directory: check both stores' views.
    await expect(failing.loadArticle(newcomer('kestrel-visit', 'Ana Kestrel'))).rejects.toThrow('disk full');
    expect((await failing.search({ query: 'Kestrel' })).hits).toEqual([]);
    expect((await store.search({ query: 'Kestrel' })).hits).toEqual([]);
    await expect(store.entity('ana-kestrel')).rejects.toThrow();
    expect(store.generation()).toBe(before);
    expect(failing.generation()).toBe(0);
    await store.close();
  });

  it('loads many articles a group to a transaction: a failing one is reported, the others load', async () => {
    const store = storeOn(failingAt(await openRunner('batch'), 'article-upsert', 'visit-7'));
    const names = Array.from({ length: 40 }, (_, i) => `Envoy Quillon${String.fromCharCode(97 + (i % 26))}${i}`);
    const graphs = names.map((name, i) => newcomer(`visit-${i}`, name));
    const steps: number[] = [];
    const outcomes = await store.loadArticles(graphs, (done) => steps.push(done));
    expect(steps.at(-1)).toBe(40);
    expect(outcomes.filter((o) => o.status === 'failed')).toHaveLength(1);
    expect(outcomes[7]).toMatchObject({ status: 'failed', error: new Error('disk full') });
    for (const [i, name] of names.entries()) {
      const hits = (await store.search({ query: name })).hits.map((h) => h.id);
      if (i === 7) expect(hits).not.toContain(graphs[i]!.entities[0]!.id);
      else expect(hits[0]).toBe(graphs[i]!.entities[0]!.id);
    }
    // Freedonia, in every article, was created once and counts each relation that reached the data.
    expect((await store.entity('freedonia')).degree).toBe(39);
    expect((await store.stats()).articles).toBe(39);
    const again = await store.loadArticles(graphs);
    expect(again.filter((o) => o.status === 'loaded' && o.summary.changed)).toHaveLength(0);
    await store.close();
  });

  it('rebuilds the index from the data after a writer is killed mid-write', async () => {
    const database = path.join(dir, 'killed');
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/crash-writer.ts', database], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let committed = 0;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the writer committed nothing in 60 s')), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        committed += chunk.toString().split('\n').filter(Boolean).length;
        // Several commits in: the next write is under way when the kill lands.
        if (committed >= 5) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const store = storeOn(await openRunner('killed'));
    const known = await store.knownEntities();
    const people = known.filter((e) => e.id.startsWith('crashwriter-'));
    expect(people.length).toBeGreaterThanOrEqual(committed);
    // Every stored entity is searchable, and every hit is stored.
    for (const e of people) {
      const hits = (await store.search({ query: e.name })).hits.map((h) => h.id);
      expect(hits).toContain(e.id);
    }
    const all = await store.search({ query: 'Crashwriter', limit: 100 });
    for (const hit of all.hits) await expect(store.entity(hit.id)).resolves.toMatchObject({ id: hit.id });
    expect(all.total).toBe(people.length);
    await store.close();
  });
});
