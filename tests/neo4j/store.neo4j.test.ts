/**
 * The store suite against a real Neo4j, whenever NEO4J_URI is set (for
 * example `docker compose up neo4j` and NEO4J_URI=bolt://localhost:7687).
 * It empties the database it is given: point it at a scratch database.
 */
import neo4j from 'neo4j-driver';
import { describe, it } from '@jest/globals';
import { loadConfig } from '../../core/config.js';
import { silentLogger } from '../../core/logger.js';
import { Neo4jRunner } from '../../core/store/neo4j/runner.js';
import { describeCurationSuite } from '../support/curation-suite.js';
import { describeStoreSuite } from '../support/store-suite.js';

const config = loadConfig();

if (config.store.kind === 'neo4j') {
  const store = config.store;
  // Both suites empty the one database: they run one after the other in this file.
  const openRunner = async () => {
    const driver = neo4j.driver(store.uri, neo4j.auth.basic(store.user, store.password));
    try {
      await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: store.database });
    } finally {
      await driver.close();
    }
    const runner = await Neo4jRunner.open({ ...store, logger: silentLogger() });
    await runner.ensureSchema();
    return runner;
  };
  describeStoreSuite(`Neo4j at ${store.uri}`, { optionalQueries: [], openRunner });
  describeCurationSuite(`Neo4j at ${store.uri}`, { openRunner });
} else {
  describe('graph store on Neo4j', () => {
    it.skip('needs NEO4J_URI (and NEO4J_PASSWORD) to run against a Neo4j server: skipped', () => undefined);
  });
  console.warn('[neo4j] NEO4J_URI is not set: the store suite ran on Kuzu only; set it to run it on Neo4j too.');
}
