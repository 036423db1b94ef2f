/**
 * Extraction time against text length: one article of generated name-dense
 * prose (a cast that grows with the text, so every new name meets more names
 * already seen) at 4k, 8k, 16k and 32k words, extracted as a worker does,
 * next to a bare compromise parse of the same text. Linear extraction keeps
 * both its time per word and its ratio to the parse flat as the text doubles;
 * a quadratic stage doubles them.
 *
 * Run: `tsx bench/scaling.ts [--words 4000,8000,16000,32000] [--repeat 3]`.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { extractUnlinked } from '../ingest/extract.js';
import { getNlp } from '../ingest/parse/nlp.js';
import { nameDenseText } from '../tests/support/name-dense.js';

export interface ScalingRow {
  words: number;
  people: number;
  parseMs: number;
  extractMs: number;
}

/** One person in the cast per this many words. */
const WORDS_PER_PERSON = 25;

/** The fastest of `repeat` runs: the one least disturbed by other processes on the machine. */
function fastest(repeat: number, run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Runs the benchmark and returns one row per text length. */
export function runScalingBench(options: { words?: readonly number[]; repeat?: number } = {}): ScalingRow[] {
  const sizes = options.words ?? [4000, 8000, 16000, 32000];
  const repeat = options.repeat ?? 3;
  const nlp = getNlp();
  // Warm both paths so JIT compilation is not timed.
  const warm = nameDenseText(2000, 1, 80);
  nlp(warm);
  extractUnlinked({ file: 'warm.txt', raw: warm });
  return sizes.map((words) => {
    const people = Math.round(words / WORDS_PER_PERSON);
    const text = nameDenseText(words, 7, people);
    return {
      words: text.split(/\s+/).length,
      people,
      parseMs: fastest(repeat, () => nlp(text)),
      extractMs: fastest(repeat, () => extractUnlinked({ file: `dense-${words}.txt`, raw: text })),
    };
  });
}

/** Prints the rows, with time per 1,000 words and the ratio to the parse, each also relative to the first row. */
export function printScalingBench(rows: readonly ScalingRow[]): void {
  const first = rows[0];
  if (!first) return;
  const perK = (ms: number, words: number) => (ms / words) * 1000;
  const lines = [
    '\n# Extraction against text length: name-dense text, one article',
    '| words | people | bare nlp ms | extraction ms | extraction ms/1k words | vs first | ratio to nlp | vs first |',
    '| ----: | -----: | ----------: | ------------: | ---------------------: | -------: | -----------: | -------: |',
  ];
  for (const r of rows) {
    const ratio = r.extractMs / r.parseMs;
    const firstRatio = first.extractMs / first.parseMs;
    lines.push(
      `| ${r.words} | ${r.people} | ${r.parseMs.toFixed(0)} | ${r.extractMs.toFixed(0)} | ${perK(r.extractMs, r.words).toFixed(1)} | ` +
        `${(perK(r.extractMs, r.words) / perK(first.extractMs, first.words)).toFixed(2)} | ${ratio.toFixed(2)} | ${(ratio / firstRatio).toFixed(2)} |`,
    );
  }
  console.log(lines.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { words: { type: 'string', default: '4000,8000,16000,32000' }, repeat: { type: 'string', default: '3' } },
  });
  printScalingBench(runScalingBench({ words: values.words.split(',').map(Number), repeat: Number(values.repeat) }));
}
