/**
 * An API server on a real store, loaded with the invented three-article
 * story: embedded Kuzu in a temp directory (on disk: Kuzu does not roll back
 * failed writes properly in memory), or in the neo4j tier the Neo4j server,
 * emptied first (tests/support/test-store.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import { loadConfig, type AppConfig } from '../../../core/config.js';
import type { ArticleGraph } from '../../../core/domain.js';
import { silentLogger } from '../../../core/logger.js';
import { openStore } from '../../../core/store/index.js';
import type { GraphStore } from '../../../core/store/port.js';
import { createApp, type AppOptions } from '../../../server/app.js';
import type { IngestPort } from '../../../server/context.js';
import { ALL_SAMPLE_GRAPHS } from '../../support/sample-graphs.js';
import { freshStoreEnv } from '../../support/test-store.js';

export interface TestApp {
  app: Express;
  store: GraphStore;
  config: AppConfig;
  /** Another app on the same store, with other settings (e.g. a tight rate limit). */
  variant(env: Record<string, string>, options?: { ingest?: IngestPort } & AppOptions): Express;
  close(): Promise<void>;
}

export interface TestAppOptions extends AppOptions {
  /** Environment on top of the test defaults. */
  env?: Record<string, string>;
  /** Articles to load first (default: the invented story). */
  articles?: ArticleGraph[];
  ingest?: (store: GraphStore) => IngestPort;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-api-'));
  const baseEnv = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ...(await freshStoreEnv(dir)),
    RATE_LIMIT_PER_MINUTE: '100000',
    ...options.env,
  };
  const config = loadConfig(baseEnv);
  const logger = silentLogger();
  const store = await openStore(config, logger);
  for (const graph of options.articles ?? ALL_SAMPLE_GRAPHS) await store.loadArticle(graph);
  const ingest = options.ingest?.(store);
  const app = createApp({ config, store, logger, ...(ingest ? { ingest } : {}) }, options);
  return {
    app,
    store,
    config,
    variant: (env, variantOptions = {}) => {
      const { ingest: variantIngest, ...appOptions } = variantOptions;
      return createApp(
        {
          config: loadConfig({ ...baseEnv, ...env }),
          store,
          logger,
          ...(variantIngest ? { ingest: variantIngest } : {}),
        },
        appOptions,
      );
    },
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
