/**
 * Starts the server on the configured store. `npm start`.
 *
 * SIGINT / SIGTERM: stop accepting, let requests in flight finish (an upload
 * finishes the article it is writing; the rest of it is answered as not
 * processed), stop the extraction workers and the console sandbox, close the
 * store, then exit 130 / 143.
 */
import { ConfigError, loadConfig, loadEnvFile } from '../core/config.js';
import { isAppError } from '../core/errors.js';
import { createLogger } from '../core/logger.js';
import { listenForStop } from '../core/shutdown.js';
import { openStore } from '../core/store/index.js';
import type { UploadIngestor } from '../ingest/load/load.js';
import type { IngestUpload } from './context.js';
import { createApp } from './app.js';
import { listen } from './http/listen.js';

async function main(): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  const logger = createLogger(config.logLevel, { name: 'newsgraph-server' });
  let shutdown: (() => Promise<void>) | null = null;
  const stop = listenForStop(
    (signal) => {
      logger.info(`${signal}: finishing requests in flight, then closing the store`);
      void shutdown?.();
    },
    (signal) => logger.warn(`${signal} again: still closing the store`),
  );
  const store = await openStore(config, logger);
  if (stop.signal.aborted) {
    await store.close();
    process.exit(stop.exitCode());
  }
  // The extraction pipeline (its worker pool, compromise and the lexicon) loads with the first upload, not at start.
  let ingestor: Promise<UploadIngestor> | undefined;
  const ingest = Object.assign(
    async (uploads: IngestUpload[]) => {
      ingestor ??= import('../ingest/load/load.js').then((m) =>
        m.createUploadIngestor(store, logger, {
          signal: stop.signal,
          budget: { timeoutMs: config.ingest.fileTimeoutMs, memoryMb: config.ingest.workerMemoryMb },
        }),
      );
      return (await ingestor)(uploads);
    },
    { close: async () => (await ingestor)?.close() },
  );
  const app = createApp({ config, store, logger, ingest });
  const running = await listen(app, config.port, config.host);
  const where = config.store.kind === 'kuzu' ? config.store.directory : config.store.uri;
  logger.info(`Newsgraph on ${running.url} (store: ${store.dialect} at ${where})`);
  shutdown = async () => {
    await running.close();
    await ingest.close();
    await store.close();
    logger.info('store closed');
    process.exit(stop.exitCode());
  };
  if (stop.signal.aborted) await shutdown();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || isAppError(error)) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
