/**
 * The Neo4j Cypher export re-imports into a fresh Neo4j store and reads back
 * as the same graph: exported from the embedded store over HTTP, run
 * statement by statement as cypher-shell would, compared through the store
 * port. Runs whenever NEO4J_URI is set; it empties the database it is given.
 * The Kuzu side of the same round trip is in tests/integration/api.export.test.ts.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../core/config.js';
import { silentLogger } from '../../core/logger.js';
import { openStore } from '../../core/store/index.js';
import { exportRequest } from '../integration/api-support/export-request.js';
import { startTestApp, type TestApp } from '../integration/api-support/test-app.js';
import { runNeo4jScript, scriptStatements } from '../support/cypher-script.js';

const config = loadConfig();

if (config.store.kind === 'neo4j') {
  const target = config.store;
  describe(`Cypher export round trip into Neo4j at ${target.uri}`, () => {
    let source: TestApp;
    beforeAll(async () => {
      source = await startTestApp();
    });
    afterAll(async () => {
      await source?.close();
    });

    it('re-imports into an empty database as the same entities, relations, evidence and search', async () => {
      const ids = (await source.store.knownEntities()).map((e) => e.id);
      const script = (await exportRequest(source.app, { format: 'cypher', ids }).expect(200)).body as string;
      const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
      try {
        await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: target.database });
        // A fresh store first (constraints, full-text index), as the app would make it.
        await (await openStore(config, silentLogger())).close();
        expect(await runNeo4jScript(driver, target.database, script)).toBe(scriptStatements(script).length);
      } finally {
        await driver.close();
      }
      const copy = await openStore(config, silentLogger());
      try {
        const original = await source.store.subgraph(ids);
        const again = await copy.subgraph(ids);
        const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
        expect(byId(again.nodes)).toEqual(byId(original.nodes));
        expect(byId(again.edges)).toEqual(byId(original.edges));
        const edgeIds = original.edges.map((e) => e.id);
        const [before, after] = await Promise.all([source.store.evidence(edgeIds), copy.evidence(edgeIds)]);
        for (const id of edgeIds)
          expect(after.get(id)?.map((e) => e.sentence)).toEqual(before.get(id)?.map((e) => e.sentence));
        expect((await copy.search({ query: 'Firefly' })).hits.map((h) => h.id)).toContain('rufus-firefly');
      } finally {
        await copy.close();
      }
    });
  });
} else {
  describe('Cypher export round trip into Neo4j', () => {
    it.skip('needs NEO4J_URI (and NEO4J_PASSWORD) to run against a Neo4j server: skipped', () => undefined);
  });
}
