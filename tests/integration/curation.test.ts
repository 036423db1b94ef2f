import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from '@jest/globals';
import { silentLogger } from '../../core/logger.js';
import { KuzuRunner } from '../../core/store/kuzu/runner.js';
import { describeCurationSuite } from '../support/curation-suite.js';

// On-disk, not :memory:: Kuzu does not roll back failed writes properly in memory.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-curation-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let databases = 0;

describeCurationSuite('embedded Kuzu', {
  async openRunner() {
    const runner = await KuzuRunner.open({
      directory: path.join(dir, `db-${++databases}`),
      readConnections: 2,
      logger: silentLogger(),
    });
    await runner.ensureSchema();
    return runner;
  },
});
