/**
 * The tally of the jest runs of one `npm test`: each run (one per tier
 * command) leaves a record under .cache/test-tally, and the closing line sums
 * them. CI reads only that line (`N passed, N failed`, the last such line of
 * the output), not jest's own summaries. The skipped count goes on the line
 * before it: CI judged the one-line form `tests: N passed, N failed, N skipped`
 * "ran no test", so the line it reads is the bare form.
 *
 * A run writes a "started" record first and completes it at the end, so a run
 * that crashed before its summary shows up as one failure instead of vanishing.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

// TEST_TALLY_DIR: for the test of the tally itself, whose nested jest runs must not count in the real one.
export const TALLY_DIR = process.env.TEST_TALLY_DIR || path.resolve(import.meta.dirname, '../../.cache/test-tally');

/** @typedef {{ label: string, complete: boolean, passed: number, failed: number, skipped: number, notes: string[] }} RunRecord */

export function clearTally() {
  rmSync(TALLY_DIR, { recursive: true, force: true });
}

/** A file name per run that sorts by start time and cannot collide between concurrent runs. */
export function runFile() {
  return path.join(TALLY_DIR, `${Date.now()}-${process.pid}.json`);
}

/** @param {string} file @param {RunRecord} record */
export function writeRun(file, record) {
  mkdirSync(TALLY_DIR, { recursive: true });
  writeFileSync(file, `${JSON.stringify(record)}\n`);
}

/** @returns {RunRecord[]} the runs recorded since the last clear, oldest first */
export function readRuns() {
  let names;
  try {
    names = readdirSync(TALLY_DIR).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort().map((name) => JSON.parse(readFileSync(path.join(TALLY_DIR, name), 'utf8')));
}

/**
 * Sums the runs. A run that never completed counts as one failure; so does a
 * non-zero exit of the test command when no test failed (a tier that could not
 * start its server), so that the line never says "0 failed" beside a red exit.
 * @param {RunRecord[]} runs @param {number} exitStatus of the test command
 */
export function summarise(runs, exitStatus) {
  const total = { passed: 0, failed: 0, skipped: 0, notes: /** @type {string[]} */ ([]) };
  for (const run of runs) {
    total.passed += run.passed;
    total.skipped += run.skipped;
    total.failed += run.failed;
    total.notes.push(...run.notes.map((note) => `${run.label}: ${note}`));
    if (!run.complete) {
      total.failed += 1;
      total.notes.push(`${run.label}: the jest run ended before its summary (counted as one failure)`);
    }
  }
  if (exitStatus !== 0 && total.failed === 0) {
    total.failed = 1;
    total.notes.push(`the test command exited with ${exitStatus} outside any test (counted as one failure)`);
  }
  return total;
}

/**
 * The two closing lines: the skipped count, then the line CI reads.
 * @param {{ passed: number, failed: number, skipped: number }} total
 */
export function closingLines(total) {
  return [`tests skipped: ${total.skipped}`, `${total.passed} passed, ${total.failed} failed`];
}
