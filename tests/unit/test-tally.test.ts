/**
 * The closing line of `npm test` (scripts/test-tally): real nested jest runs
 * with the tally reporter on throw-away test files, then the printing step, as
 * `npm test` and `.ci/run` call it. The nested runs write to their own tally
 * directory (TEST_TALLY_DIR), so they never count in the run that runs this file.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../support/corpus.js';

const run = promisify(execFile);
const JEST = path.join(REPO_ROOT, 'node_modules/jest/bin/jest.js');
const CLI = path.join(REPO_ROOT, 'scripts/test-tally/cli.mjs');
const REPORTER = path.join(REPO_ROOT, 'scripts/test-tally/reporter.mjs');

/** The closing line CI reads: the bare `N passed, N failed` alone on a line; the last one counts. */
const CLOSING = /^(\d+) passed, (\d+) failed$/;

let root: string;
let tally: string;
const env = () => ({ ...process.env, TEST_TALLY_DIR: tally });

/** A jest run over the given test files (plain ES modules, jest's injected globals), like one tier of `npm test`. */
async function jestRun(name: string, files: Record<string, string>): Promise<number> {
  const dir = path.join(root, name);
  fs.mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  const config = { rootDir: dir, testMatch: ['<rootDir>/*.test.mjs'], transform: {}, reporters: [REPORTER] };
  try {
    await run(
      process.execPath,
      ['--experimental-vm-modules', '--no-warnings', JEST, '--config', JSON.stringify(config), '--runInBand'],
      { cwd: dir, env: env() },
    );
    return 0;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'number' ? code : -1;
  }
}

async function printLine(status: number) {
  const { stdout, stderr } = await run(process.execPath, [CLI, 'print', String(status)], { env: env() });
  return { stdout, stderr };
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-tally-'));
  tally = path.join(root, 'tally');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the closing line of npm test', () => {
  it('prints nothing on stdout when no jest run happened', async () => {
    await run(process.execPath, [CLI, 'clear'], { env: env() });
    const { stdout, stderr } = await printLine(0);
    expect({ stdout, stderr }).toEqual({ stdout: '', stderr: expect.stringContaining('no jest run') });
  });

  it('sums every run: passed, failed (a file that cannot run is one), skipped and todo', async () => {
    const failing = await jestRun('first', {
      'a.test.mjs': "it('one', () => {}); it('two', () => {}); it.skip('three', () => {}); it.todo('four');",
      'b.test.mjs': "it('five', () => { expect(1).toBe(2); }); it('six', () => {});",
      'c.test.mjs': "throw new Error('broken at load');",
    });
    const passing = await jestRun('second', { 'd.test.mjs': "it('seven', () => {}); it.skip('eight', () => {});" });
    expect({ failing, passing }).toEqual({ failing: 1, passing: 0 });

    const { stdout, stderr } = await printLine(1);
    expect(stdout).toBe('tests skipped: 3\n4 passed, 2 failed\n');
    expect(stdout.trim().split('\n').at(-1)).toMatch(CLOSING);
    expect(stderr).toContain('c.test.mjs could not run');
  });

  it('counts a jest run killed before its summary, and a red exit outside any test, as failures', async () => {
    await run(process.execPath, [CLI, 'clear'], { env: env() });
    const killed = await jestRun('killed', {
      'e.test.mjs': "it('nine', () => {}); it('ten', () => { process.kill(process.pid, 'SIGKILL'); });",
    });
    expect(killed).not.toBe(0);
    expect((await printLine(1)).stdout).toBe('tests skipped: 0\n0 passed, 1 failed\n');

    await run(process.execPath, [CLI, 'clear'], { env: env() });
    await jestRun('green', { 'f.test.mjs': "it('eleven', () => {});" });
    expect((await printLine(0)).stdout).toBe('tests skipped: 0\n1 passed, 0 failed\n');
    const red = await printLine(3);
    expect(red.stdout).toBe('tests skipped: 0\n1 passed, 1 failed\n');
    expect(red.stderr).toContain('exited with 3 outside any test');
  });
});
