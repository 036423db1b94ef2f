/**
 * Kuzu only: the bulk import (Kuzu's COPY FROM) into an empty embedded store.
 * Neo4j has no bulk loader behind the port and imports article by article,
 * which the store suite covers on both databases.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { silentLogger } from '../../core/logger.js';
import { CypherGraphStore } from '../../core/store/graph-store.js';
import { KuzuRunner } from '../../core/store/kuzu/runner.js';
import type { BulkCopy, CypherRunner } from '../../core/store/runner.js';
import kuzu, { type Connection, type KuzuValue } from 'kuzu';
import { RELATION_TYPES, endpointPairs } from '../../core/ontology.js';
import { evidenceColumns, storedEvidence } from '../../core/store/records.js';
import { EVIDENCE_LIST_PROPERTIES } from '../../core/store/schema.js';
import type { Row } from '../../core/store/values.js';
import type { Subgraph } from '../../core/domain.js';
import { ALL_CLAIM_GRAPHS } from '../support/claim-graphs.js';
import { articleGraph } from '../support/article-factory.js';
import { ALL_SAMPLE_GRAPHS } from '../support/sample-graphs.js';
import { comparableStats } from '../support/store-suite.js';

// On-disk, not :memory:: Kuzu does not roll back failed writes properly in memory.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bulk import into an empty embedded store', () => {
  const open = async (name: string) => {
    const runner = await KuzuRunner.open({
      directory: path.join(dir, name),
      readConnections: 1,
      logger: silentLogger(),
    });
    await runner.ensureSchema();
    return runner;
  };
  const storeOn = (runner: CypherRunner) =>
    new CypherGraphStore(runner, silentLogger(), { consoleTimeoutMs: 2000, consoleRowCap: 50 });

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
    const rejection = { edit: { action: 'reject', relation: 'sylvania|SEEKS|skyshield' } as const, reason: 'a rumour' };
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
    expect(stored.filter((s) => s.heldIds !== null).map((s) => s.heldIds)).toContainEqual(['sylvania|SEEKS|skyshield']);
    expect(stored.some((s) => s.heldIds === null)).toBe(true);
    await oneByOne.close();
    await bulk.close();
  });

  it('packs the evidence lists of a database made by an older version, keeping its graph', async () => {
    const directory = path.join(dir, 'older');
    const first = storeOn(await open('older'));
    for (const g of ALL_SAMPLE_GRAPHS) await first.loadArticle(g);
    const ids = ['rufus-firefly|SIGNED|freedonia-sylvania-arms-pact', 'sylvania|SEEKS|skyshield'];
    const before = await Promise.all(ids.map((id) => first.relation(id)));
    // In id order: a neighbourhood's order is the database's, and rewriting the tables changes it.
    const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
    const ordered = (g: Subgraph) => ({ ...g, nodes: byId(g.nodes), edges: byId(g.edges) });
    const neighbourhood = ordered(await first.neighbourhood({ ids: ['sylvania'], depth: 2 }));
    await first.close();
    await withLegacyEvidence(directory);
    const upgraded = storeOn(await open('older'));
    expect(await Promise.all(ids.map((id) => upgraded.relation(id)))).toEqual(before);
    expect(ordered(await upgraded.neighbourhood({ ids: ['sylvania'], depth: 2 }))).toEqual(neighbourhood);
    await upgraded.loadArticle(ALL_CLAIM_GRAPHS[0]!);
    expect((await upgraded.disputes()).disputes.map((d) => d.edge.id)).toEqual(['sylvania|ACQUIRED|skyshield']);
    await upgraded.close();
    const db = new kuzu.Database(directory);
    const conn = new kuzu.Connection(db);
    const columns = await rowsOf(conn, "CALL table_info('SIGNED') RETURN name");
    expect(columns.map((c) => c.name)).toContain('evidence');
    expect(columns.map((c) => c.name)).not.toContain('evArticle');
    await conn.close();
    await db.close();
  });

  it('reads a database older still, whose lists give no certainty, source or rule, as asserted', async () => {
    const directory = path.join(dir, 'oldest');
    const first = storeOn(await open('oldest'));
    await first.loadArticle(ALL_SAMPLE_GRAPHS[0]!);
    await first.close();
    // No statuses or per-sentence certainties yet.
    await withLegacyEvidence(directory, ['claim', 'evCertainty', 'evSourceEntity', 'evSourceText', 'evRule']);
    const upgraded = storeOn(await open('oldest'));
    const { edge, evidence } = await upgraded.relation('rufus-firefly|SIGNED|freedonia-sylvania-arms-pact');
    expect(edge.claim).toBe('asserted');
    expect(evidence[0]).toMatchObject({ certainty: 'asserted', attribution: null, rule: null, date: '2024-03-04' });
    await upgraded.close();
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

describe('rows whose list columns are empty in some rows only', () => {
  // Kuzu types a batch of rows from its first row; an empty list there used to fail the whole batch.
  it('stores people with and without roles, in either order, in one article and across two', async () => {
    const runner = await KuzuRunner.open({
      directory: path.join(dir, 'mixed-lists'),
      readConnections: 1,
      logger: silentLogger(),
    });
    await runner.ensureSchema();
    const store = new CypherGraphStore(runner, silentLogger(), { consoleTimeoutMs: 2000, consoleRowCap: 50 });
    const text = 'Ada Brook met Governor Cole Marsh and Dina Vale in Port Ellis. Marsh thanked Vale.';
    const people = [
      { id: 'ada-brook', name: 'Ada Brook', kind: 'Person' as const },
      { id: 'cole-marsh', name: 'Cole Marsh', kind: 'Person' as const, roles: ['Governor'] },
      { id: 'dina-vale', name: 'Dina Vale', kind: 'Person' as const },
    ];
    const meeting = {
      subject: 'ada-brook',
      type: 'MET_WITH' as const,
      object: 'cole-marsh',
      sentence: text.split('. ')[0]! + '.',
    };
    await store.loadArticle(articleGraph('roles-last', text, people, [meeting]));
    // The second article updates the same people with the roles the other way round.
    const later = people.map((p) => (p.roles ? { ...p, roles: [] } : { ...p, roles: ['Envoy'] }));
    await store.loadArticle(articleGraph('roles-first', text, later.reverse(), [meeting]));
    expect((await store.entity('cole-marsh')).roles).toEqual(['Governor']);
    expect((await store.entity('ada-brook')).roles).toEqual(['Envoy']);
    expect((await store.stats()).articles).toBe(2);
    await store.close();
  });
});

describe('reads of every row', () => {
  it('returns more rows than a call may take arguments (a million-entity directory)', async () => {
    const catalogueDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-catalogue-'));
    fs.writeFileSync(
      path.join(catalogueDir, 'many-rows.cypher'),
      '// name: many-rows\n// returns: x, one row per number\nUNWIND range(1, 400000) AS x RETURN x\n',
    );
    const runner = await KuzuRunner.open({
      directory: path.join(dir, 'many-rows'),
      readConnections: 1,
      logger: silentLogger(),
      catalogueDir,
    });
    try {
      const rows = await runner.run('many-rows');
      expect(rows).toHaveLength(400_000);
      expect(rows.at(-1)).toEqual({ x: 400_000 });
    } finally {
      await runner.close();
      fs.rmSync(catalogueDir, { recursive: true, force: true });
    }
  });
});

async function rowsOf(conn: Connection, query: string): Promise<Array<Record<string, KuzuValue>>> {
  const result = await conn.query(query);
  const single = Array.isArray(result) ? result[result.length - 1]! : result;
  const rows = await single.getAll();
  single.close();
  return rows;
}

/**
 * Rewrites a database this version made as one made before the evidence was
 * packed: every relation's evidence in the parallel lists (Neo4j's shape, which
 * the embedded store had too), the `evidence` column gone; without `dropped`
 * (what a version older still lacked) on every relation table.
 */
async function withLegacyEvidence(directory: string, dropped: string[] = []): Promise<void> {
  const db = new kuzu.Database(directory);
  const conn = new kuzu.Connection(db);
  for (const type of RELATION_TYPES) {
    for (const [name, kind] of Object.entries(EVIDENCE_LIST_PROPERTIES)) {
      await rowsOf(conn, `ALTER TABLE ${type} ADD ${name} ${kind}`);
    }
    for (const [from, to] of endpointPairs(type)) {
      const rows = await rowsOf(
        conn,
        `MATCH (a:${from})-[r:${type}]->(b:${to}) RETURN a.id AS source, b.id AS target, r.evidence AS evidence`,
      );
      const names = Object.keys(EVIDENCE_LIST_PROPERTIES);
      const set = await conn.prepare(
        `MATCH (a:${from} {id: $source})-[r:${type}]->(b:${to} {id: $target}) SET ${names.map((n) => `r.${n} = $${n}`).join(', ')}`,
      );
      for (const row of rows) {
        const lists = evidenceColumns(storedEvidence(row as Row), 'neo4j') as Record<string, KuzuValue>;
        // A result left open crashes the process at exit, once its database is closed.
        const result = await conn.execute(set, { source: row.source!, target: row.target!, ...lists });
        for (const r of Array.isArray(result) ? result : [result]) r.close();
      }
    }
    // Kuzu 0.11.3 crashes checkpointing a dropped column whose table has updates not yet checkpointed.
    await rowsOf(conn, 'CHECKPOINT');
    for (const column of ['evidence', ...dropped]) await rowsOf(conn, `ALTER TABLE ${type} DROP ${column}`);
  }
  await conn.close();
  await db.close();
}
