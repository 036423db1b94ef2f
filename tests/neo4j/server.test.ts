/**
 * The neo4j tier runs the integration and e2e files on a Neo4j server (see
 * jest.config.js). This file checks that server, and without NEO4J_TEST_URI
 * it is all the tier runs: skipped with a message on a machine without
 * Neo4j (npm test without Java), failed where Neo4j is required (.ci/run
 * sets NEWSGRAPH_REQUIRE_NEO4J=1).
 */
import { describe, expect, it } from '@jest/globals';
import neo4j from 'neo4j-driver';
import { storeEnv } from '../support/test-store.js';

const configured = Boolean(process.env.NEO4J_TEST_URI?.trim());
const required = process.env.NEWSGRAPH_REQUIRE_NEO4J === '1';
const HOW =
  '`npm run test:neo4j` starts a local Neo4j when Java 17 or 21 and Maven are installed; or set NEO4J_TEST_URI and NEO4J_TEST_PASSWORD (that database is emptied)';

describe('the Neo4j server of the neo4j tier', () => {
  if (!configured && !required) {
    console.warn(`[neo4j] no Neo4j server: the neo4j tier is skipped. ${HOW}.`);
    it.skip(`needs a Neo4j server (${HOW})`, () => undefined);
    return;
  }

  it('answers on Bolt with the password, as Neo4j 5', async () => {
    expect({ NEO4J_TEST_URI: process.env.NEO4J_TEST_URI?.trim() || `not set: ${HOW}` }).toEqual({
      NEO4J_TEST_URI: expect.stringMatching(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//),
    });
    const env = storeEnv('unused');
    const driver = neo4j.driver(env.NEO4J_URI!, neo4j.auth.basic(env.NEO4J_USER!, env.NEO4J_PASSWORD!));
    try {
      const { records } = await driver.executeQuery(
        'CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version',
      );
      expect(records[0]?.get('name')).toBe('Neo4j Kernel');
      expect(String(records[0]?.get('version'))).toMatch(/^5\./);
    } finally {
      await driver.close();
    }
  });
});
