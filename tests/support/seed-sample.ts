/**
 * Loads the invented three-article story of the tests into a store, for
 * trying the server and client before (or without) the ingest pipeline:
 * `DATA_DIR=./data-dev npx tsx tests/support/seed-sample.ts`.
 */
import { loadConfig } from '../../core/config.js';
import { createLogger } from '../../core/logger.js';
import { openStore } from '../../core/store/index.js';
import { ALL_SAMPLE_GRAPHS } from './sample-graphs.js';

const config = loadConfig();
const store = await openStore(config, createLogger('warn', { stream: 'stderr' }));
for (const graph of ALL_SAMPLE_GRAPHS) {
  const summary = await store.loadArticle(graph);
  console.log(
    `${summary.articleId}: ${summary.entities} entities, ${summary.relations} relations${summary.changed ? '' : ' (unchanged)'}`,
  );
}
await store.close();
