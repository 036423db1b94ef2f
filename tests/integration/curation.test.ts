/**
 * The curation suite on this tier's database: embedded Kuzu in the
 * integration tier, the Neo4j server (emptied for each store) in the neo4j tier.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from '@jest/globals';
import { loadConfig } from '../../core/config.js';
import { silentLogger } from '../../core/logger.js';
import { openRunner } from '../../core/store/index.js';
import { describeCurationSuite } from '../support/curation-suite.js';
import { freshStoreEnv, TEST_STORE } from '../support/test-store.js';

// On-disk, not :memory:: Kuzu does not roll back failed writes properly in memory.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-curation-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let databases = 0;

describeCurationSuite(TEST_STORE === 'kuzu' ? 'embedded Kuzu' : 'Neo4j', {
  async openRunner() {
    return openRunner(loadConfig(await freshStoreEnv(path.join(dir, `db-${++databases}`))), silentLogger());
  },
});
