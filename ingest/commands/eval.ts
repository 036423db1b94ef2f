/**
 * `npm run eval`: extracts the sample corpus and every development story
 * beside the repository (`../shared`), scores each with the reference scorers
 * and prints tables per story, entity kind, relation type and rule, with macro
 * averages over the dev stories; writes the same report as JSON.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { evaluate, type EvalReport } from './eval/report.js';
import { discoverStories } from './eval/stories.js';
import { formatReport } from './eval/tables.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface EvalOptions {
  /** The folder holding corpus/, gold/ (with score.mjs, breakdown.mjs) and devset/. */
  shared: string;
  /** Only these stories ("sample" or a dev story's folder name); all when empty. */
  stories?: readonly string[];
}

/** Extracts and scores the chosen stories. */
export async function runEval(options: EvalOptions): Promise<EvalReport> {
  const all = discoverStories(options.shared);
  const chosen = options.stories?.length ? all.filter((s) => options.stories?.includes(s.name)) : all;
  const unknown = (options.stories ?? []).filter((n) => !all.some((s) => s.name === n));
  if (unknown.length > 0)
    throw new Error(
      `unknown stor${unknown.length > 1 ? 'ies' : 'y'} ${unknown.join(', ')}: ${all.map((s) => s.name).join(', ')}`,
    );
  const gold = join(options.shared, 'gold');
  return evaluate(chosen, { score: join(gold, 'score.mjs'), breakdown: join(gold, 'breakdown.mjs') });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const program = new Command('eval')
    .description('extract and score the sample corpus and every dev story against their gold annotations')
    .option('--shared <dir>', 'the shared folder', process.env.NEWSGRAPH_SHARED ?? resolve(REPO_ROOT, '../shared'))
    .option('--story <names...>', 'only these stories ("sample" or a devset folder name)')
    .option('-o, --out <file>', 'where to write the report as JSON', 'eval-report.json')
    .option('-v, --verbose', 'also list, per story, the misses, the spurious relations and the wrong kinds')
    .parse(process.argv);
  const opts = program.opts<{ shared: string; story?: string[]; out: string; verbose?: boolean }>();
  try {
    const report = await runEval({ shared: opts.shared, stories: opts.story });
    process.stdout.write(formatReport(report, { verbose: opts.verbose }));
    writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
    process.stderr.write(`report written to ${opts.out}\n`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
  }
}
