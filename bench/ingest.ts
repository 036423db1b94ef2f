/**
 * Extraction benchmark: the sample corpus repeated to ~1,000 articles (file
 * names varied so each is a new article while resolution still links them),
 * timed single-threaded and on a worker pool, against bare compromise parsing
 * of the same cleaned texts. Prints articles/s and the pipeline/parse ratio.
 *
 * Run: `tsx bench/ingest.ts [--articles N] [--workers N]` (corpus from
 * NEWSGRAPH_CORPUS or ../shared/corpus).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cleanArticle } from '../ingest/clean/index.js';
import { extractCorpus, linkSequentially, type ArticleInput } from '../ingest/extract.js';
import { KnownPeople } from '../ingest/entities/known-people.js';
import { getNlp } from '../ingest/parse/nlp.js';
import { ExtractionPool } from '../ingest/runtime/pool.js';
import { formatOf } from '../ingest/read/read.js';
import type { KnownEntity } from '../core/domain.js';
import { printTable } from './stats.js';
import { syntheticEntities } from './synthetic.js';
import { wireArticles } from './wire-articles.js';

export interface IngestBenchResult {
  articles: number;
  parseMsPerArticle: number;
  singleThread: { articlesPerSecond: number; msPerArticle: number; ratioToParse: number };
  workers: { count: number; articlesPerSecond: number; msPerArticle: number; ratioToParse: number } | null;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function loadInputs(corpus: string, count: number): ArticleInput[] {
  const files = readdirSync(corpus)
    .filter((f) => formatOf(f))
    .sort();
  if (files.length === 0) throw new Error(`no articles in ${corpus}`);
  const raws = files.map((f) => ({ file: f, raw: readFileSync(join(corpus, f), 'utf8') }));
  return Array.from({ length: count }, (_, i) => {
    const source = raws[i % raws.length] as { file: string; raw: string };
    return { file: `copy${String(i).padStart(4, '0')}_${source.file}`, raw: source.raw };
  });
}

/** Runs the benchmark and returns its numbers. */
export async function runIngestBench(
  options: { articles?: number; workers?: number; corpus?: string } = {},
): Promise<IngestBenchResult> {
  const count = options.articles ?? 1000;
  const corpus = options.corpus ?? process.env.NEWSGRAPH_CORPUS ?? resolve(REPO_ROOT, '../shared/corpus');
  const inputs = loadInputs(corpus, count);
  const texts = inputs.map((i) => cleanArticle({ file: i.file, format: formatOf(i.file) ?? 'text', raw: i.raw }).text);
  const nlp = getNlp();

  // Warm both paths so JIT compilation is not timed.
  for (const t of texts.slice(0, 10)) nlp(t);
  extractCorpus(inputs.slice(0, 10));

  let start = performance.now();
  for (const t of texts) nlp(t);
  const parseMs = performance.now() - start;

  start = performance.now();
  extractCorpus(inputs);
  const singleMs = performance.now() - start;

  const workerCount = options.workers ?? Math.min(2, availableParallelism());
  let workers: IngestBenchResult['workers'] = null;
  if (workerCount > 1) {
    const pool = new ExtractionPool(workerCount);
    try {
      await Promise.all(inputs.slice(0, workerCount * 4).map((i) => pool.extract(i)));
      start = performance.now();
      const graphs = await Promise.all(inputs.map((i) => pool.extract(i)));
      linkSequentially(graphs);
      const ms = performance.now() - start;
      workers = {
        count: workerCount,
        articlesPerSecond: (count / ms) * 1000,
        msPerArticle: ms / count,
        ratioToParse: ms / parseMs,
      };
    } finally {
      await pool.close();
    }
  }
  return {
    articles: count,
    parseMsPerArticle: parseMs / count,
    singleThread: {
      articlesPerSecond: (count / singleMs) * 1000,
      msPerArticle: singleMs / count,
      ratioToParse: singleMs / parseMs,
    },
    workers,
  };
}

/**
 * Ingest at scale: generated wire articles whose cast grows with the batch,
 * at each size extracted on the worker pool and linked in order (the path
 * `npm run ingest` takes), next to a bare `nlp(text)` of the same texts.
 * Per-article time that grows with the size is work that grows with the batch.
 */
export async function runIngestScale(options: { sizes: number[]; workers?: number }): Promise<void> {
  const workers = options.workers ?? Math.min(2, availableParallelism());
  const nlp = getNlp();
  const rows: Array<Array<string | number>> = [];
  let first: number | null = null;
  const pool = new ExtractionPool(workers);
  try {
    const warm = wireArticles(workers * 4, 1);
    await Promise.all(warm.map((i) => pool.extract(i)));
    for (const size of options.sizes) {
      const inputs = wireArticles(size);
      const texts = inputs.map((i) => cleanArticle({ file: i.file, format: 'text', raw: i.raw }).text);
      let start = performance.now();
      for (const t of texts) nlp(t);
      const parseMs = (performance.now() - start) / size;
      start = performance.now();
      const graphs = await Promise.all(inputs.map((i) => pool.extract(i)));
      const extractMs = (performance.now() - start) / size;
      start = performance.now();
      const linked = linkSequentially(graphs);
      const linkMs = (performance.now() - start) / size;
      const perArticle = extractMs + linkMs;
      first ??= perArticle;
      const entities = new Set(linked.flatMap((g) => g.entities.map((e) => e.id))).size;
      rows.push([size, entities, parseMs, extractMs, linkMs, perArticle, perArticle / parseMs, perArticle / first]);
    }
  } finally {
    await pool.close();
  }
  printTable(
    `Ingest at scale: generated wire articles, extracted on ${workers} workers and linked in order, vs bare nlp(text) on one thread (ms per article)`,
    ['articles', 'entities', 'bare parse', 'extract', 'link', 'total', 'ratio to parse', 'vs smallest'],
    rows,
  );
}

/**
 * Ingest into a store that already knows many entities: the same generated
 * articles extracted on the worker pool and linked against `known` entities
 * read from the store (as `npm run ingest` does), for each store size. Time
 * per article that grows with the store is work done per known entity.
 */
export async function runIngestAgainstStore(options: {
  storeSizes: number[];
  articles: number;
  workers?: number;
}): Promise<void> {
  const workers = options.workers ?? Math.min(2, availableParallelism());
  const inputs = wireArticles(options.articles, 3);
  const rows: Array<Array<string | number>> = [];
  let first: number | null = null;
  const pool = new ExtractionPool(workers);
  try {
    await Promise.all(wireArticles(workers * 4, 1).map((i) => pool.extract(i)));
    for (const size of options.storeSizes) {
      const { ids, names, kinds } = syntheticEntities(size);
      const known: KnownEntity[] = ids.map((id, i) => ({ id, name: names[i]!, kind: kinds[i]!, aliases: [names[i]!] }));
      let start = performance.now();
      const people = KnownPeople.of(known);
      const graphs = await Promise.all(inputs.map((i) => pool.extract(i, people)));
      const extractMs = (performance.now() - start) / inputs.length;
      start = performance.now();
      linkSequentially(graphs, known);
      const linkMs = (performance.now() - start) / inputs.length;
      first ??= extractMs + linkMs;
      rows.push([size, extractMs, linkMs, extractMs + linkMs, (extractMs + linkMs) / first]);
    }
  } finally {
    await pool.close();
  }
  printTable(
    `Ingest into a store that knows N entities: ${options.articles} generated wire articles extracted on ${workers} workers and linked against them (ms per article)`,
    ['known entities', 'extract', 'link', 'total', 'vs empty store'],
    rows,
  );
}

function flag(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}

/** Prints the benchmark's numbers. */
export function printIngestBench(r: IngestBenchResult): void {
  const lines = [
    `\n# Ingest benchmark: the sample corpus repeated to ${r.articles} articles`,
    `bare nlp(text):           ${r.parseMsPerArticle.toFixed(1)} ms/article`,
    `pipeline, 1 thread:       ${r.singleThread.msPerArticle.toFixed(1)} ms/article, ${r.singleThread.articlesPerSecond.toFixed(1)} articles/s, ratio to parse ${r.singleThread.ratioToParse.toFixed(2)}`,
  ];
  if (r.workers)
    lines.push(
      `pipeline, ${r.workers.count} workers:     ${r.workers.msPerArticle.toFixed(1)} ms/article, ${r.workers.articlesPerSecond.toFixed(1)} articles/s, ratio to parse ${r.workers.ratioToParse.toFixed(2)}`,
    );
  console.log(lines.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printIngestBench(await runIngestBench({ articles: flag('--articles'), workers: flag('--workers') }));
  await runIngestScale({ sizes: [100, 1000, 10000], workers: flag('--workers') });
}
