/**
 * The Neo4j Cypher export re-imports into an emptied Neo4j database and reads
 * back as the same graph: exported over HTTP, run statement by statement as
 * cypher-shell would, compared through the store port. Report dates and
 * outlets are read from the articles, which the script carries. The Kuzu side
 * of the same round trip is in tests/integration/api.export.test.ts.
 */
import neo4j from 'neo4j-driver';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../core/config.js';
import { silentLogger } from '../../core/logger.js';
import { openStore } from '../../core/store/index.js';
import { exportRequest } from '../integration/api-support/export-request.js';
import { startTestApp, type TestApp } from '../integration/api-support/test-app.js';
import { runNeo4jScript, scriptStatements } from '../support/cypher-script.js';
import { freshStoreEnv, TEST_STORE } from '../support/test-store.js';

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

describe('Cypher export round trip on Neo4j', () => {
  if (TEST_STORE !== 'neo4j') {
    it.skip('runs in the neo4j tier only', () => undefined);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-roundtrip-'));
  let source: TestApp;
  beforeAll(async () => {
    source = await startTestApp();
  });
  afterAll(async () => {
    await source?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('re-imports into an empty database as the same entities, relations, dates, evidence, articles and search', async () => {
    const ids = (await source.store.knownEntities()).map((e) => e.id);
    const script = (await exportRequest(source.app, { format: 'cypher', ids }).expect(200)).body as string;
    // What the store reads before the database is emptied: the copy must read the same.
    const original = await source.store.subgraph(ids);
    const edgeIds = original.edges.map((e) => e.id);
    const evidence = await source.store.evidence(edgeIds);
    const articles = await source.store.articles();
    expect(original.edges.some((e) => e.firstReported !== null)).toBe(true);

    // The tier's database, emptied; a fresh store first (constraints, indexes), as the app would make it.
    const env = await freshStoreEnv(path.join(dir, 'unused'));
    const config = loadConfig(env);
    await (await openStore(config, silentLogger())).close();
    const driver = neo4j.driver(env.NEO4J_URI!, neo4j.auth.basic(env.NEO4J_USER!, env.NEO4J_PASSWORD!));
    try {
      expect(await runNeo4jScript(driver, env.NEO4J_DATABASE || undefined, script)).toBe(
        scriptStatements(script).length,
      );
    } finally {
      await driver.close();
    }
    const copy = await openStore(config, silentLogger());
    try {
      const again = await copy.subgraph(ids);
      expect(byId(again.nodes)).toEqual(byId(original.nodes));
      expect(byId(again.edges)).toEqual(byId(original.edges));
      const after = await copy.evidence(edgeIds);
      for (const id of edgeIds) {
        expect(after.get(id)?.map((e) => [e.sentence, e.date, e.source])).toEqual(
          evidence.get(id)?.map((e) => [e.sentence, e.date, e.source]),
        );
      }
      const metadata = articles.map(({ id, title, source: outlet, date, url }) => ({ id, title, outlet, date, url }));
      expect(
        byId(
          (await copy.articles()).map(({ id, title, source: outlet, date, url }) => ({ id, title, outlet, date, url })),
        ),
      ).toEqual(byId(metadata));
      expect((await copy.search({ query: 'Firefly' })).hits.map((h) => h.id)).toContain('rufus-firefly');
    } finally {
      await copy.close();
    }
  });
});
