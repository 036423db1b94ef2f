import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from '@jest/globals';
import { silentLogger } from '../../core/logger.js';
import { KuzuRunner } from '../../core/store/kuzu/runner.js';
import { describeBulkImport } from '../support/bulk-import-suite.js';
import { describeStoreSuite } from '../support/store-suite.js';

// The maintained fork of Kuzu: the same suite, so the store is not tied to an archived engine.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ladybug-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeStoreSuite('embedded LadybugDB', {
  // Run only when a batch restates a dozen stored relations of one table, or states two dozen new ones
  // (store.batches.kuzu.test.ts, on both engines).
  optionalQueries: ['relations-get-many', 'relations-create-many'],
  async openRunner() {
    const runner = await KuzuRunner.open({
      engine: 'ladybug',
      directory: path.join(dir, 'db'),
      readConnections: 2,
      logger: silentLogger(),
    });
    await runner.ensureSchema();
    return runner;
  },
});

describeBulkImport('ladybug', dir);
