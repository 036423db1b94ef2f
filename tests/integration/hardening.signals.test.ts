/**
 * `npm run ingest` of a first ingest stopped at seeded random moments:
 * kill -9, SIGINT and SIGTERM, each while the schema is being built and at
 * other moments (modules loading, before the command has started; database
 * file just created; first article extracted), a seeded delay after the
 * moment.
 * SIGINT and SIGTERM must finish or roll back the current article, close the
 * store and exit 130 / 143. Whatever stopped it, the store opens afterwards, a
 * re-run completes, and the graph equals that of a clean run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seededRandom } from '../../core/random.js';
import { INGEST_MOMENTS, graphDump, ingest, reached, startIngest, type IngestMoment } from '../support/cli-run.js';
import { CORPUS_DIR } from '../support/corpus.js';

const SEED = 4242;
/** Articles of the sample corpus ingested: a moment between two articles, and each trial stays short. */
const ARTICLES = 2;
/** The longest delay after a moment before the signal is sent. */
const MAX_DELAY_MS = 150;
const TRIAL_TIMEOUT_MS = 1_200_000;
const EXIT_CODES = { SIGKILL: null, SIGINT: 130, SIGTERM: 143 } as const;
type Stop = keyof typeof EXIT_CODES;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-signals-'));
const corpus = path.join(tmp, 'corpus');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const random = seededRandom(SEED);
/** The moments other than schema creation, in a seeded order: the random trials take different ones. */
const others = INGEST_MOMENTS.filter((m) => m !== 'schema')
  .map((moment) => ({ moment, key: random() }))
  .sort((a, b) => a.key - b.key)
  .map((m) => m.moment);
/**
 * kill -9 and SIGTERM during schema creation (the first ingest's most fragile
 * moment); SIGINT while the modules load (before the command has started: it
 * must still exit 130) and once the first article is extracted; kill -9 at a
 * moment drawn from the seed; every delay drawn from the seed. Every
 * trial is two runs of the command: the count is kept small to keep the suite
 * within minutes on two cores.
 */
const TRIALS: Array<{ stop: Stop; moment: IngestMoment; delayMs: number }> = (
  [
    ['SIGKILL', 'schema'],
    ['SIGKILL', others[0]!],
    ['SIGINT', 'loading'],
    ['SIGINT', 'extracted'],
    ['SIGTERM', 'schema'],
  ] as const
).map(([stop, moment]) => ({ stop, moment, delayMs: Math.round(random() * MAX_DELAY_MS) }));

beforeAll(() => {
  fs.mkdirSync(corpus);
  const files = fs.readdirSync(CORPUS_DIR).sort().slice(0, ARTICLES);
  for (const f of files) fs.copyFileSync(path.join(CORPUS_DIR, f), path.join(corpus, f));
});

/** Stops a first ingest at the trial's moment; then re-runs it. Returns how each run ended. */
async function trial(name: string, t: (typeof TRIALS)[number]) {
  const dataDir = path.join(tmp, name);
  const run = startIngest([corpus], { DATA_DIR: dataDir }, { progress: true });
  const arrived = await reached(run, dataDir, t.moment);
  if (arrived) {
    await sleep(t.delayMs);
    run.child.kill(t.stop);
  }
  const stopped = await run.done;
  const rerun = await ingest([corpus], { DATA_DIR: dataDir });
  return {
    dataDir,
    outcome: {
      ...t,
      arrived,
      code: stopped.code,
      signal: stopped.signal,
      cleanedUp: /the store is closed|nothing was opened/.test(stopped.stderr),
      rerun: rerun.code,
      rerunErrors: rerun.stderr,
    },
  };
}

describe('a first ingest stopped at seeded moments', () => {
  it(
    `${TRIALS.map((t) => `${t.stop} at "${t.moment}" + ${t.delayMs} ms`).join(', ')}: ` +
      'the store opens, a re-run completes and its graph equals a clean run',
    async () => {
      // The trials and the clean run side by side: each is two runs of the command, mostly waiting on loads.
      const [clean, ...trials] = await Promise.all([
        ingest([corpus], { DATA_DIR: path.join(tmp, 'clean') }),
        ...TRIALS.map((t, i) => trial(`trial-${i + 1}`, t)),
      ]);
      expect(clean!.code).toBe(0);
      const expected = await graphDump(path.join(tmp, 'clean'));
      expect(expected.articles.length).toBe(ARTICLES);
      // One labelled record per trial, so a failure names the moment that broke the run.
      expect(trials.map((r) => r.outcome)).toEqual(
        TRIALS.map((t) => ({
          ...t,
          arrived: true,
          code: EXIT_CODES[t.stop],
          signal: t.stop === 'SIGKILL' ? 'SIGKILL' : null,
          cleanedUp: t.stop !== 'SIGKILL',
          rerun: 0,
          rerunErrors: '',
        })),
      );
      const differing: string[] = [];
      for (const [i, r] of trials.entries()) {
        const dump = await graphDump(r.dataDir);
        // Name the parts that differ, so a failure says what the interrupted run changed.
        const parts = (Object.keys(expected) as Array<keyof typeof expected>).filter(
          (k) => !isDeepStrictEqual(dump[k], expected[k]),
        );
        if (parts.length > 0) differing.push(`trial ${i + 1}: ${parts.join(', ')}`);
      }
      expect(differing).toEqual([]);
    },
    TRIAL_TIMEOUT_MS,
  );
});
