/**
 * The graph-store suite on this tier's database: embedded Kuzu in the
 * integration tier, the Neo4j server in the neo4j tier.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from '@jest/globals';
import { loadConfig } from '../../core/config.js';
import { silentLogger } from '../../core/logger.js';
import { openRunner } from '../../core/store/index.js';
import { describeStoreSuite } from '../support/store-suite.js';
import { freshStoreEnv, TEST_STORE } from '../support/test-store.js';

// On-disk, not :memory:: Kuzu does not roll back failed writes properly in memory.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeStoreSuite(TEST_STORE === 'kuzu' ? 'embedded Kuzu' : 'Neo4j', {
  // Kuzu reads stored relations in one join only when a batch restates a dozen of one table, and creates them in one
  // when it states two dozen new ones: store.batches.kuzu.test.ts.
  optionalQueries: ['relations-get-many', 'relations-create-many'],
  async openRunner() {
    return openRunner(loadConfig(await freshStoreEnv(path.join(dir, 'db'))), silentLogger());
  },
});
