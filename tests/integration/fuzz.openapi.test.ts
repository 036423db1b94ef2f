/**
 * The API fuzzed from its own OpenAPI document by schemathesis (PyPI, in the
 * project's virtualenv: scripts/fuzz-venv.sh), against a real server on
 * 127.0.0.1 over a real store, with ingest enabled and its token: no request
 * it generates may get a server error. Bounded in examples per operation and
 * in time; seeded, so a failure replays (`st replay` with the printed id).
 */
import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { silentLogger } from '../../core/logger.js';
import { createUploadIngestor, type UploadIngestor } from '../../ingest/load/load.js';
import { listen, type Listening } from '../../server/http/listen.js';
import { REPO_ROOT } from '../support/corpus.js';
import { startTestApp, type TestApp } from './api-support/test-app.js';

const run = promisify(execFile);
const TOKEN = 'fuzz-token';
const EXAMPLES = 10;
const SEED = 1;
const TEST_TIMEOUT_MS = 900_000;

let t: TestApp;
let server: Listening;
let ingestor: UploadIngestor | undefined;
let schemathesis: string;

beforeAll(async () => {
  schemathesis = execFileSync(path.join(REPO_ROOT, 'scripts/fuzz-venv.sh'), { encoding: 'utf8' }).trim();
  t = await startTestApp({
    env: { INGEST_TOKEN: TOKEN, QUERY_TIMEOUT_MS: '2000', RATE_LIMIT_PER_MINUTE: '100000' },
    ingest: (store) => (ingestor = createUploadIngestor(store, silentLogger())),
  });
  server = await listen(t.app, 0, '127.0.0.1');
}, TEST_TIMEOUT_MS);

afterAll(async () => {
  await server?.close(1000);
  await ingestor?.close();
  await t?.close();
});

describe('the API under schemathesis', () => {
  it(
    `answers ${EXAMPLES} generated requests per operation and phase without a server error`,
    async () => {
      const args = [
        'run',
        `${server.url}/api/openapi.json`,
        '--url',
        `${server.url}/api`,
        '--checks',
        'not_a_server_error',
        '--max-examples',
        String(EXAMPLES),
        '--seed',
        String(SEED),
        '--phases',
        'examples,fuzzing',
        '--request-timeout',
        '60',
        '--workers',
        '1',
        '--header',
        `Authorization: Bearer ${TOKEN}`,
        '--no-color',
      ];
      let output: string;
      let code = 0;
      try {
        output = (await run(schemathesis, args, { maxBuffer: 64 * 1024 * 1024, timeout: TEST_TIMEOUT_MS - 60_000 }))
          .stdout;
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        code = e.code;
        output = `${e.stdout}\n${e.stderr}`;
      }
      const summary = output.split('\n').slice(-40).join('\n');
      console.info(summary);
      expect(output).not.toMatch(/Server error/);
      expect(output).toMatch(/Test cases:\s*\n\s*\d+ generated/);
      expect(code).toBe(0);
      await fetch(`${server.url}/api/health`).then((r) => expect(r.status).toBe(200));
    },
    TEST_TIMEOUT_MS,
  );
});
