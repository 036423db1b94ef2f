/**
 * `npm run eval`: extracts the sample corpus and scores it against the gold
 * annotations with the reference scorer (`score.mjs --verbose`), printing
 * precision, recall and F1 for typed entities, relation pairs and typed
 * relations, then the misses. Paths default to ../shared/{corpus,gold} beside
 * the repository; override with --corpus/--gold or NEWSGRAPH_CORPUS/NEWSGRAPH_GOLD.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { toExtractionDocument } from './output.js';
import { extractFiles } from '../runtime/pipeline.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Score {
  P: number;
  R: number;
  F1: number;
  tp: number;
  pred: number;
  gold: number;
}

/** Extracts `corpus`, scores it against `gold`, and returns the scorer's output. */
export async function runEval(
  corpus: string,
  gold: string,
): Promise<{ report: string; scores: Record<string, Score | number | null> }> {
  const outcomes = await extractFiles([corpus]);
  const graphs = outcomes.flatMap((o) => (o.status === 'ok' ? [o.graph] : []));
  const predFile = join(mkdtempSync(join(tmpdir(), 'newsgraph-eval-')), 'extract.json');
  writeFileSync(predFile, JSON.stringify(toExtractionDocument(graphs)));
  const report = execFileSync(process.execPath, [join(gold, 'score.mjs'), gold, predFile, '--verbose'], {
    encoding: 'utf8',
  });
  const json = report.slice(report.indexOf('\n{') + 1, report.lastIndexOf('}') + 1);
  return { report, scores: JSON.parse(json) as Record<string, Score | number | null> };
}

function row(label: string, s: Score): string {
  return `${label.padEnd(18)} P ${s.P.toFixed(3)}  R ${s.R.toFixed(3)}  F1 ${s.F1.toFixed(3)}  (tp ${s.tp}, predicted ${s.pred}, gold ${s.gold})`;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}` || process.argv[1]?.endsWith('eval.ts')) {
  const program = new Command('eval')
    .option(
      '--corpus <dir>',
      'articles to extract',
      process.env.NEWSGRAPH_CORPUS ?? resolve(REPO_ROOT, '../shared/corpus'),
    )
    .option(
      '--gold <dir>',
      'gold annotations with score.mjs',
      process.env.NEWSGRAPH_GOLD ?? resolve(REPO_ROOT, '../shared/gold'),
    )
    .option('--quiet', 'only the scores, not the misses')
    .parse(process.argv);
  const opts = program.opts<{ corpus: string; gold: string; quiet?: boolean }>();
  const { report, scores } = await runEval(opts.corpus, opts.gold);
  if (!opts.quiet) process.stdout.write(report.slice(0, report.indexOf('\n{') + 1));
  process.stdout.write(
    `\n${row('typed entities', scores.entities_with_kind as Score)}\n${row('entities (any kind)', scores.entities as Score)}\n${row('relation pairs', scores.relation_pairs as Score)}\n${row('typed relations', scores.typed_relations as Score)}\nevidence match     ${String(scores.evidence_match)}\n`,
  );
}
