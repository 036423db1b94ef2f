/**
 * Kuzu only: the bulk import (COPY FROM) into an empty embedded store (the
 * same suite runs on LadybugDB in its own file), older databases converted at
 * open, and rows Kuzu's binding types from the first one.
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
import kuzu, { type Connection, type KuzuValue } from 'kuzu';
import { RELATION_TYPES, endpointPairs } from '../../core/ontology.js';
import { evidenceColumns, storedEvidence } from '../../core/store/records.js';
import { EVIDENCE_LIST_PROPERTIES } from '../../core/store/schema.js';
import type { Row } from '../../core/store/values.js';
import type { Subgraph } from '../../core/domain.js';
import { ALL_CLAIM_GRAPHS } from '../support/claim-graphs.js';
import { articleGraph } from '../support/article-factory.js';
import { ALL_SAMPLE_GRAPHS } from '../support/sample-graphs.js';
import { describeBulkImport, openOn, storeOn } from '../support/bulk-import-suite.js';

// On-disk, not :memory:: Kuzu does not roll back failed writes properly in memory.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Databases written before the evidence was packed into one column, by Kuzu 0.11 (the tests rewrite one with it).
describeBulkImport('kuzu', dir);

describe('an older embedded database', () => {
  const open = (name: string) => openOn('kuzu', dir, name);

  it('packs the evidence lists of a database made by an older version, keeping its graph', async () => {
    const directory = path.join(dir, 'kuzu', 'older');
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
    const directory = path.join(dir, 'kuzu', 'oldest');
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
