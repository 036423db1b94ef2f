/**
 * kill -9 in the middle of a batched ingest whose committed transactions are
 * still only in Kuzu's write-ahead log: the store checkpoints at
 * KUZU_CHECKPOINT_MB (256 by default), so a long ingest leaves tens of
 * megabytes of log that only the next open replays, and the kill tears the
 * transaction being written. The store must open, keep what was committed,
 * and a re-run must give the graph of a clean run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seededRandom } from '../../core/random.js';
import { ARTICLES_PER_TRANSACTION } from '../../core/store/writes.js';
import { wireArticles } from '../../bench/wire-articles.js';
import { graphDump, ingest, startIngest } from '../support/cli-run.js';

/**
 * Generated wire reports (invented names); about 40 KB of log each (their invented states, "the defence minister
 * of Krakiia", are no longer misread as people with roles, which made them 150 KB).
 */
const ARTICLES = 8 * ARTICLES_PER_TRANSACTION;
/** Transactions committed before the kill: their log is what the next open replays. */
const COMMITTED = 6;
/** Less than this much log at the kill would not be the risk this file is about. */
const MIN_LOG_BYTES = 4 * 2 ** 20;
const MAX_DELAY_MS = 300;
const TIMEOUT_MS = 900_000;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-checkpoint-'));
const corpus = path.join(tmp, 'corpus');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  fs.mkdirSync(corpus);
  for (const a of wireArticles(ARTICLES)) fs.writeFileSync(path.join(corpus, a.file), a.raw);
});

/** The articles loaded so far, by the command's progress lines on stderr. */
function loaded(stderr: string): number {
  const done = [...stderr.matchAll(/"msg":"load (\d+)\//g)].map((m) => Number(m[1]));
  return done.length === 0 ? 0 : Math.max(...done);
}

describe('a batched ingest killed while its log is not checkpointed', () => {
  it(
    `kill -9 after ${COMMITTED} transactions of ${ARTICLES_PER_TRANSACTION} articles: the store opens, keeps them, and a re-run equals a clean run`,
    async () => {
      const dataDir = path.join(tmp, 'killed');
      const delayMs = Math.round(seededRandom(77)() * MAX_DELAY_MS);
      const killed = async () => {
        const run = startIngest([corpus], { DATA_DIR: dataDir, KUZU_CHECKPOINT_MB: '256' }, { progress: true });
        let ended = false;
        void run.done.then(() => (ended = true));
        while (!ended && loaded(run.stderr()) < COMMITTED * ARTICLES_PER_TRANSACTION) await sleep(5);
        await sleep(delayMs);
        const logBytes = fs.statSync(path.join(dataDir, 'kuzu.wal'), { throwIfNoEntry: false })?.size ?? 0;
        run.child.kill('SIGKILL');
        const stopped = await run.done;
        return { stopped, logBytes, loadedBefore: loaded(stopped.stderr) };
      };
      const [clean, trial] = await Promise.all([ingest([corpus], { DATA_DIR: path.join(tmp, 'clean') }), killed()]);
      expect(clean.code).toBe(0);
      expect(trial.stopped.signal).toBe('SIGKILL');
      // Killed inside the ingest, with its committed transactions still in the log.
      expect(trial.loadedBefore).toBeGreaterThanOrEqual(COMMITTED * ARTICLES_PER_TRANSACTION);
      expect(trial.loadedBefore).toBeLessThan(ARTICLES);
      expect(trial.logBytes).toBeGreaterThan(MIN_LOG_BYTES);

      // The store opens and holds every committed transaction (the log replayed), none of the torn one.
      const afterKill = await graphDump(dataDir);
      expect(afterKill.articles.length).toBe(trial.loadedBefore);

      const rerun = await ingest([corpus], { DATA_DIR: dataDir });
      expect({ code: rerun.code, stderr: rerun.stderr }).toEqual({ code: 0, stderr: '' });
      const expected = await graphDump(path.join(tmp, 'clean'));
      const dump = await graphDump(dataDir);
      expect(expected.articles.length).toBe(ARTICLES);
      // Name the parts that differ, so a failure says what the killed run changed.
      const differing = (Object.keys(expected) as Array<keyof typeof expected>).filter(
        (k) => !isDeepStrictEqual(dump[k], expected[k]),
      );
      expect(differing).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
