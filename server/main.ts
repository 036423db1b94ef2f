/**
 * Starts the server on the configured store. `npm start`.
 */
import { ConfigError, loadConfig } from '../core/config.js';
import { isAppError } from '../core/errors.js';
import { createLogger } from '../core/logger.js';
import { openStore } from '../core/store/index.js';
import { createUploadIngestor } from '../ingest/load/load.js';
import { createApp } from './app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, { name: 'newsgraph-server' });
  const store = await openStore(config, logger);
  const app = createApp({ config, store, logger, ingest: createUploadIngestor(store, logger) });
  const server = app.listen(config.port, config.host, () => {
    const where = config.store.kind === 'kuzu' ? config.store.directory : config.store.uri;
    logger.info(`Newsgraph on http://${config.host}:${config.port} (store: ${store.dialect} at ${where})`);
  });
  const shutdown = (signal: string) => {
    logger.info(`${signal}: shutting down`);
    server.close(() => {
      store.close().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || isAppError(error)) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
