/**
 * The evaluation on the sample and every dev story of ../shared: it must agree
 * with the reference scorer run as a command, and no story may fall below the
 * floor measured when the floor was last raised. Raise a floor when extraction
 * improves; lowering one needs a stated reason in the commit.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { runEval } from '../../../ingest/commands/eval.js';
import type { EvalReport } from '../../../ingest/commands/eval/report.js';
import { toExtractionDocument } from '../../../ingest/commands/output.js';
import { extractFiles } from '../../../ingest/runtime/pipeline.js';
import { CORPUS_DIR, GOLD_DIR, REPO_ROOT } from '../../support/corpus.js';

const SHARED = path.resolve(REPO_ROOT, '../shared');

/** Typed-relation F1 floors, measured (rounded down) when last raised. */
const TYPED_F1_FLOORS: Record<string, number> = {
  'iran-drones-russia': 0.72,
  'karabakh-2020': 0.72,
  'nato-nordic-2022': 0.74,
  'saudi-iran-2023': 0.75,
  'turkey-s400': 0.73,
  'wagner-mali': 0.73,
};
const MACRO_TYPED_F1_FLOOR = 0.73;
/**
 * The sample stays near solved (the goal: 0.95 / 0.90 / 0.85). Pairs
 * stand at 0.89 since the rules moved onto the clause reader: two list
 * constructions of the sample ("support for proxies (such as A and B)",
 * "visiting Minister X") are not read yet.
 */
const SAMPLE_FLOORS = { entityF1: 0.95, pairF1: 0.88, typedF1: 0.85 };

describe('npm run eval', () => {
  let report: EvalReport;
  beforeAll(async () => {
    report = await runEval({ shared: SHARED });
  }, 900_000); // a loaded machine (several test runs at once) takes minutes

  it('scores the sample and every dev story', () => {
    expect(report.stories.map((s) => s.story)).toEqual(['sample', ...Object.keys(TYPED_F1_FLOORS).sort()]);
    for (const s of report.stories) {
      expect(s.articles).toBeGreaterThan(0);
      expect(Object.keys(s.byType).length).toBeGreaterThan(0);
    }
  });

  it('agrees exactly with score.mjs run as a command', async () => {
    const outcomes = await extractFiles([CORPUS_DIR]);
    const doc = toExtractionDocument(outcomes.flatMap((o) => (o.status === 'ok' ? [o.graph] : [])));
    const pred = path.join(mkdtempSync(path.join(tmpdir(), 'eval-test-')), 'pred.json');
    writeFileSync(pred, JSON.stringify(doc));
    const printed = execFileSync(process.execPath, [path.join(GOLD_DIR, 'score.mjs'), GOLD_DIR, pred], {
      encoding: 'utf8',
    });
    const reference = JSON.parse(printed.slice(printed.indexOf('{'), printed.lastIndexOf('}') + 1));
    expect(report.stories.find((s) => s.story === 'sample')?.scores).toEqual(reference);
  });

  it('splits each story by type and by rule consistently with its totals', () => {
    for (const s of report.stories) {
      const types = Object.values(s.byType);
      expect(types.reduce((n, t) => n + t.tp, 0)).toBe(s.scores.typed_relations.tp);
      expect(types.reduce((n, t) => n + t.gold, 0)).toBe(s.scores.typed_relations.gold);
      // Every matched relation was made by some rule; a relation made by two rules counts for both.
      const matchedByRules = Object.values(s.byRule).reduce((n, r) => n + r.matched, 0);
      expect(matchedByRules).toBeGreaterThanOrEqual(s.scores.typed_relations.tp);
    }
  });

  it('keeps every dev story and the macro average above their floors', () => {
    const below = report.stories
      .filter((s) => s.set === 'dev' && s.scores.typed_relations.F1 < (TYPED_F1_FLOORS[s.story] ?? 1))
      .map((s) => `${s.story}: typed F1 ${s.scores.typed_relations.F1} < ${TYPED_F1_FLOORS[s.story]}`);
    expect(below).toEqual([]);
    expect(report.macro?.typedF1).toBeGreaterThanOrEqual(MACRO_TYPED_F1_FLOOR);
  });

  it('keeps the sample solved', () => {
    const sample = report.stories.find((s) => s.story === 'sample');
    expect(sample?.scores.entities_with_kind.F1).toBeGreaterThanOrEqual(SAMPLE_FLOORS.entityF1);
    expect(sample?.scores.relation_pairs.F1).toBeGreaterThanOrEqual(SAMPLE_FLOORS.pairF1);
    expect(sample?.scores.typed_relations.F1).toBeGreaterThanOrEqual(SAMPLE_FLOORS.typedF1);
  });
});
