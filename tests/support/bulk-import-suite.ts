/**
 * The bulk import into an empty embedded store (COPY FROM), run by each engine's test file.
 */
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { EmbeddedEngine } from '../../core/config.js';
import { silentLogger } from '../../core/logger.js';
import { CypherGraphStore } from '../../core/store/graph-store.js';
import { KuzuRunner } from '../../core/store/kuzu/runner.js';
import type { BulkCopy, CypherRunner } from '../../core/store/runner.js';
import { ALL_CLAIM_GRAPHS } from './claim-graphs.js';
import { ALL_SAMPLE_GRAPHS } from './sample-graphs.js';
import { comparableStats } from './store-suite.js';

/** A runner on the embedded database `name` of an engine under `dir`, its schema in place. */
export const openOn = async (engine: EmbeddedEngine, dir: string, name: string) => {
  const runner = await KuzuRunner.open({
    engine,
    directory: path.join(dir, engine, name),
    readConnections: 1,
    logger: silentLogger(),
  });
  await runner.ensureSchema();
  return runner;
};
/** The store over a runner, as the tests of the embedded store use it. */
export const storeOn = (runner: CypherRunner) =>
  new CypherGraphStore(runner, silentLogger(), { consoleTimeoutMs: 2000, consoleRowCap: 50 });

/**
 * Bulk import into an empty store must build what loading the articles one by one builds. Kuzu copies from JSON
 * files, LadybugDB from the rows as a parameter. Each engine runs it in its own test file: one process with both
 * engines loaded crashed (SIGSEGV) running this suite and the older-database tests together.
 */
export function describeBulkImport(engine: EmbeddedEngine, dir: string): void {
  describe(`bulk import into an empty embedded store (${engine})`, () => {
    const open = (name: string) => openOn(engine, dir, name);

    it('builds the same graph as loading the articles one by one', async () => {
      const oneByOne = storeOn(await open('one-by-one'));
      for (const g of ALL_SAMPLE_GRAPHS) await oneByOne.loadArticle(g);
      const bulk = storeOn(await open('bulk'));
      const steps: number[] = [];
      const summaries = await bulk.importArticles(ALL_SAMPLE_GRAPHS, (done) => steps.push(done));
      expect(summaries.map((s) => s.articleId)).toEqual(ALL_SAMPLE_GRAPHS.map((g) => g.article.id));
      expect(steps.at(-1)).toBeGreaterThan(3);
      expect(comparableStats(await bulk.stats())).toEqual(comparableStats(await oneByOne.stats()));
      for (const id of ['sylvania', 'rufus-firefly', 'marxonia']) {
        expect(await bulk.entity(id)).toEqual(await oneByOne.entity(id));
      }
      expect(await bulk.relation('sylvania|SEEKS|skyshield')).toEqual(
        await oneByOne.relation('sylvania|SEEKS|skyshield'),
      );
      // Every read answers the same on both layouts of the data (Kuzu plans differ on bulk-loaded tables).
      const sorted = (g: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> }) => ({
        nodes: g.nodes.map((n) => n.id).sort(),
        edges: g.edges.map((e) => e.id).sort(),
      });
      const ids = ['sylvania', 'skyshield', 'freedonia-sylvania-arms-pact', 'rufus-firefly', 'marxonia'];
      expect(sorted(await bulk.subgraph(ids))).toEqual(sorted(await oneByOne.subgraph(ids)));
      expect(sorted(await bulk.subgraph(ids)).edges).toHaveLength(3);
      for (const depth of [1, 2, 3]) {
        const spec = { ids: ['sylvania'], depth };
        expect(sorted(await bulk.neighbourhood(spec))).toEqual(sorted(await oneByOne.neighbourhood(spec)));
      }
      const paths = { from: 'marxonia', to: 'rufus-firefly', maxLength: 5, k: 3 };
      expect((await bulk.paths(paths)).map((p) => p.edges.map((e) => e.id))).toEqual(
        (await oneByOne.paths(paths)).map((p) => p.edges.map((e) => e.id)),
      );
      expect((await bulk.search({ query: 'Fierfly' })).hits[0]?.id).toBe('rufus-firefly');
      // A second import into the now non-empty store goes article by article, and changes nothing.
      const again = await bulk.importArticles(ALL_SAMPLE_GRAPHS);
      expect(again.every((s) => !s.changed)).toBe(true);
      await oneByOne.close();
      await bulk.close();
    });

    it('keeps certainties, sources and statuses in a bulk import', async () => {
      const graphs = [...ALL_SAMPLE_GRAPHS, ...ALL_CLAIM_GRAPHS];
      const oneByOne = storeOn(await open('claims-one-by-one'));
      for (const g of graphs) await oneByOne.loadArticle(g);
      const bulk = storeOn(await open('claims-bulk'));
      await bulk.importArticles(graphs);
      for (const id of ['sylvania|ACQUIRED|skyshield', 'freedonia|SUPPORTS|sylvania', 'marxonia|SUPPORTS|red-front']) {
        expect(await bulk.relation(id)).toEqual(await oneByOne.relation(id));
      }
      expect((await bulk.disputes()).disputes.map((d) => d.edge.id)).toEqual(
        (await oneByOne.disputes()).disputes.map((d) => d.edge.id),
      );
      await oneByOne.close();
      await bulk.close();
    });

    it('keeps the extracted source of each article as loading one by one does, an article listed twice too', async () => {
      const retitled = { ...ALL_SAMPLE_GRAPHS[0]!, article: { ...ALL_SAMPLE_GRAPHS[0]!.article, title: 'Retitled' } };
      const graphs = [...ALL_SAMPLE_GRAPHS, retitled];
      // A rejected relation is held back from the graph in the sources of the articles that state it, and only those.
      const edited = storeOn(await open('sources-log'));
      for (const g of ALL_SAMPLE_GRAPHS) await edited.loadArticle(g);
      const rejection = {
        edit: { action: 'reject', relation: 'sylvania|SEEKS|skyshield' } as const,
        reason: 'a rumour',
      };
      await edited.curation.apply({ ...rejection, author: 'analyst' });
      const log = await edited.curation.entries();
      await edited.close();
      const oneByOneRunner = await open('sources-one-by-one');
      const oneByOne = storeOn(oneByOneRunner);
      await oneByOne.curation.importLog(log);
      for (const g of graphs) await oneByOne.loadArticle(g);
      const bulkRunner = await open('sources-bulk');
      const bulk = storeOn(bulkRunner);
      await bulk.curation.importLog(log);
      await bulk.importArticles(graphs);
      const sources = async (runner: CypherRunner) =>
        (
          await runner.runReadOnly(
            'MATCH (s:ArticleSource) RETURN s.id AS id, s.loadSeq AS loadSeq, s.graph AS graph, s.heldIds AS heldIds, s.held AS held ORDER BY id',
            {},
            { timeoutMs: 5000, rowCap: 100 },
          )
        ).rows;
      const stored = await sources(bulkRunner);
      expect(stored).toHaveLength(ALL_SAMPLE_GRAPHS.length);
      expect(stored).toEqual(await sources(oneByOneRunner));
      expect(stored.find((s) => s.id === retitled.article.id)?.graph).toContain('"title":"Retitled"');
      expect(stored.filter((s) => s.heldIds !== null).map((s) => s.heldIds)).toContainEqual([
        'sylvania|SEEKS|skyshield',
      ]);
      expect(stored.some((s) => s.heldIds === null)).toBe(true);
      await oneByOne.close();
      await bulk.close();
    });

    // The ninth table fails as its rows are written (while the eighth is copied), or in its COPY.
    const failures: Record<string, (copy: BulkCopy) => BulkCopy> = {
      'writing its rows': (copy) => ({
        ...copy,
        rows: {
          [Symbol.iterator]: () => {
            throw new Error('disk full');
          },
        },
      }),
      // The ninth is the first relation table: a relation from an entity that is not there fails its COPY.
      'copying them': (copy) => ({ ...copy, rows: [...copy.rows].map((row) => ({ ...row, from: 'no-such-entity' })) }),
    };
    it.each(Object.keys(failures))('leaves the store empty when a copy fails half-way, in %s', async (how) => {
      const runner = await open(`failing-${how.split(' ')[0]}`);
      const failing = new Proxy(runner, {
        get(target, prop, receiver) {
          if (prop === 'bulkCopy') {
            return async (copies: readonly BulkCopy[], onCopied?: (done: number) => void) => {
              const broken = copies.map((copy, i) => (i === 8 ? failures[how]!(copy) : copy));
              return target.bulkCopy!(broken, onCopied);
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const store = storeOn(failing);
      await expect(store.importArticles(ALL_SAMPLE_GRAPHS)).rejects.toThrow(
        how === 'writing its rows' ? 'disk full' : 'no-such-entity',
      );
      const stats = await store.stats();
      expect(stats.entities).toBe(0);
      expect(stats.articles).toBe(0);
      expect(stats.relations).toBe(0);
      await store.close();
    });
  });
}
