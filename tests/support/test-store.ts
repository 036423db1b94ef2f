/**
 * The database a test tier runs its stores on. The integration and e2e tiers
 * use embedded Kuzu in temporary directories; the neo4j tier runs the same
 * files on the Neo4j server that NEO4J_TEST_URI names (jest.config.js sets
 * NEWSGRAPH_TEST_STORE for it). Every test that opens a store, in-process or
 * through a child process, takes its settings from here, so that one file
 * runs on either database unchanged.
 *
 * The tests empty that database, so they never read the app's own NEO4J_URI:
 * a developer's graph named there is safe from `npm test`.
 */
import neo4j from 'neo4j-driver';

export type TestStoreKind = 'kuzu' | 'neo4j';

export const TEST_STORE: TestStoreKind = process.env.NEWSGRAPH_TEST_STORE === 'neo4j' ? 'neo4j' : 'kuzu';

function required(name: string): string {
  const value = process.env[name]?.trim();
  if (!value)
    throw new Error(`The neo4j tier needs ${name} (npm run neo4j -- start; eval "$(npm run -s neo4j -- env)").`);
  return value;
}

/**
 * Settings that point the app's config (or a CLI child process) at this
 * tier's database. On Kuzu, NEO4J_URI is set empty, which the config reads as
 * unset: a Neo4j named in the environment does not leak into the Kuzu tiers.
 * (Empty NEO4J_DATABASE likewise means the server's default database.)
 */
export function storeEnv(dataDir: string): Record<string, string> {
  if (TEST_STORE === 'kuzu') return { DATA_DIR: dataDir, NEO4J_URI: '' };
  return {
    DATA_DIR: dataDir,
    NEO4J_URI: required('NEO4J_TEST_URI'),
    NEO4J_USER: process.env.NEO4J_TEST_USER?.trim() || 'neo4j',
    NEO4J_PASSWORD: required('NEO4J_TEST_PASSWORD'),
    NEO4J_DATABASE: process.env.NEO4J_TEST_DATABASE?.trim() ?? '',
  };
}

/**
 * Settings for an empty store: a Kuzu directory that does not exist yet, or
 * the Neo4j database emptied (Neo4j Community has one database, so the neo4j
 * tier runs one file at a time).
 */
export async function freshStoreEnv(dataDir: string): Promise<Record<string, string>> {
  const env = storeEnv(dataDir);
  if (TEST_STORE === 'neo4j') await emptyNeo4j(env);
  return env;
}

async function emptyNeo4j(env: Record<string, string>): Promise<void> {
  const driver = neo4j.driver(env.NEO4J_URI!, neo4j.auth.basic(env.NEO4J_USER!, env.NEO4J_PASSWORD!));
  const session = driver.session({ database: env.NEO4J_DATABASE || undefined });
  try {
    // In batches: one transaction for a large graph would need more memory than the server allows a transaction.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}
