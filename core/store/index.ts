/**
 * Opens the configured graph store: Neo4j when `NEO4J_URI` is set, else the
 * embedded Kuzu database under `DATA_DIR`. The only module that picks an
 * adapter; everything else sees the {@link GraphStore} port. Each adapter
 * (and its driver) is imported only when chosen: a quick start loads one.
 */
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { CypherGraphStore } from './graph-store.js';
import type { GraphStore } from './port.js';
import type { CypherRunner } from './runner.js';

export type { GraphStore } from './port.js';
export type * from './port.js';

export async function openStore(config: Pick<AppConfig, 'store' | 'console'>, logger: Logger): Promise<GraphStore> {
  const runner = await openRunner(config, logger);
  return new CypherGraphStore(runner, logger, {
    consoleTimeoutMs: config.console.timeoutMs,
    consoleRowCap: config.console.rowCap,
    consoleWorkers: config.console.workers,
    consoleQueue: config.console.queue,
    consoleMemoryMb: config.console.memoryMb,
  });
}

/** The configured database's adapter, its schema in place (for tests and tools that run catalogue queries). */
export async function openRunner(config: Pick<AppConfig, 'store'>, logger: Logger): Promise<CypherRunner> {
  const { store } = config;
  const runner: CypherRunner =
    store.kind === 'neo4j'
      ? await (await import('./neo4j/runner.js')).Neo4jRunner.open({ ...store, logger })
      : await (
          await import('./kuzu/runner.js')
        ).KuzuRunner.open({
          engine: store.engine,
          directory: store.directory,
          readConnections: store.readConnections,
          checkpointBytes: store.checkpointBytes,
          logger,
        });
  try {
    await runner.ensureSchema();
  } catch (error) {
    await runner.close();
    throw error;
  }
  return runner;
}
