// Exit 0 when Neo4j answers on Bolt at NEO4J_URI and accepts NEO4J_USER/NEO4J_PASSWORD, 1 otherwise.
// A real Bolt handshake and login through the driver the app uses, not a port probe.
import neo4j from 'neo4j-driver';

const driver = neo4j.driver(
  process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  { connectionTimeout: 2000, maxConnectionPoolSize: 1 },
);
try {
  await driver.executeQuery('RETURN 1');
  process.exitCode = 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await driver.close();
}
