/**
 * File-level pipeline shared by the CLI commands: discovery, reading and
 * validation, extraction on the worker pool (never on the calling thread, each
 * file within a time and memory budget) and cross-article linking. Returns one
 * outcome per file so a caller (`extract`, `ingest`) can load what succeeded
 * and report what did not. Stops between files when `signal` aborts.
 */
import { basename } from 'node:path';
import type { ArticleGraph, KnownEntity } from '../../core/domain.js';
import { discoverArticleFiles, type DiscoverOptions } from '../read/discover.js';
import { knownEntitiesOf, linkSequentially, type ArticleInput } from '../extract.js';
import { KnownPeople } from '../entities/known-people.js';
import { KnownIndex, linkToKnown } from '../link/link.js';
import { DEFAULT_POOL_OPTIONS, ExtractionBudgetError, ExtractionPool, type PoolOptions } from './pool.js';
import type { Logger } from '../../core/logger.js';
import { articleIdOf } from '../clean/index.js';
import { readArticleFile, type RawArticle } from '../read/read.js';
import { sourceHashOf } from '../read/source-hash.js';

export type FileOutcome =
  | { status: 'ok'; path: string; file: string; graph: ArticleGraph }
  | { status: 'unchanged'; path: string; file: string }
  | { status: 'skipped'; path: string; file: string; reason: string };

export type Stage = 'read' | 'extract';

export interface ExtractFilesOptions extends DiscoverOptions {
  /** Entities already stored: matching entities keep their ids. */
  known?: readonly KnownEntity[];
  /**
   * Worker threads for extraction. 0 or 1: one worker, articles in order,
   * each resolved against the ones before it; more: in parallel, linked in
   * order afterwards.
   */
  workers?: number;
  /** Time and memory budget of one file. */
  budget?: PoolOptions;
  /**
   * Source hashes of stored articles by article id: a file whose hash is
   * stored already is reported `unchanged` and not extracted again.
   */
  stored?: ReadonlyMap<string, string | null>;
  /** Called after each file is read, and after each is extracted, with its name. */
  onProgress?: (stage: Stage, done: number, total: number, file: string) => void;
  /** Aborted by SIGINT / SIGTERM: files not extracted yet are reported as not processed. */
  signal?: AbortSignal;
  /** Where the details of internal failures go (the report says only that one happened). */
  logger?: Logger;
}

function skipped(path: string, reason: string): FileOutcome {
  return { status: 'skipped', path, file: basename(path), reason };
}

/** Why the files left were not processed, in the words of the abort. */
export function stoppedReason(signal: AbortSignal): string {
  return `not processed: ${signal.reason instanceof Error ? signal.reason.message : 'stopped'}`;
}

/** An article whose cleaning left no text is reported, not stored empty. */
function checkGraph(path: string, graph: ArticleGraph): FileOutcome {
  if (graph.article.text.trim().length === 0)
    return skipped(path, 'no article text left after removing page boilerplate');
  return { status: 'ok', path, file: graph.article.file, graph };
}

interface Pending {
  path: string;
  input: ArticleInput;
}

/**
 * Extracts in order on one worker: each article is resolved against `known`
 * and every article before it, as if extracted in this thread, but within
 * the budget. Returns one outcome per article, in order.
 */
export async function extractInOrder(
  pool: ExtractionPool,
  articles: readonly Pending[],
  known: readonly KnownEntity[],
  onEach: (done: number, path: string) => void = () => undefined,
  signal?: AbortSignal,
  logger?: Logger,
): Promise<FileOutcome[]> {
  const index = new KnownIndex(known);
  const people = KnownPeople.of(index.entities());
  const outcomes: FileOutcome[] = [];
  for (const [i, { path, input }] of articles.entries()) {
    if (signal?.aborted) {
      outcomes.push(skipped(path, stoppedReason(signal)));
      continue;
    }
    try {
      const graph = linkToKnown(await pool.extract(input, people), index);
      for (const e of knownEntitiesOf(graph)) people.learn(index.add(e));
      outcomes.push(checkGraph(path, graph));
    } catch (error) {
      outcomes.push(skipped(path, signal?.aborted ? stoppedReason(signal) : extractionReason(error, logger, path)));
    }
    onEach(i + 1, path);
  }
  return outcomes;
}

/**
 * A skip reason for a failed extraction: the budget's own words, or a plain
 * statement; a library's or the pipeline's internal message goes to the log
 * (with the file), not into the report.
 */
export function extractionReason(error: unknown, logger?: Logger, file?: string): string {
  if (error instanceof ExtractionBudgetError) return error.message;
  logger?.error({ err: error, file }, 'extraction failed');
  return 'extraction failed with an internal error (the log has the details)';
}

/** Reads, validates and extracts every article under `paths`, in a stable order. */
export async function extractFiles(
  paths: readonly string[],
  options: ExtractFilesOptions = {},
): Promise<FileOutcome[]> {
  const { files, problems } = await discoverArticleFiles(paths, options);
  const outcomes = new Map<string, FileOutcome>();
  for (const p of problems) outcomes.set(p.path, skipped(p.path, p.reason));
  const articles: Array<{ path: string; article: RawArticle }> = [];
  for (const [i, path] of files.entries()) {
    if (options.signal?.aborted) {
      outcomes.set(path, skipped(path, stoppedReason(options.signal)));
      continue;
    }
    const read = await readArticleFile(path);
    if (!read.ok) outcomes.set(path, skipped(path, read.reason));
    else if (options.stored?.get(articleIdOf(read.article.file)) === sourceHashOf(read.article)) {
      outcomes.set(path, { status: 'unchanged', path, file: read.article.file });
    } else articles.push({ path, article: read.article });
    options.onProgress?.('read', i + 1, files.length, basename(path));
  }

  const known = options.known ?? [];
  const workers = Math.max(1, options.workers ?? 0);
  const pending = articles.map(({ path, article }) => ({
    path,
    input: { file: article.file, raw: article.raw, format: article.format },
  }));
  if (pending.length === 0) return [...outcomes.values()].sort((a, b) => a.path.localeCompare(b.path));
  const pool = new ExtractionPool(Math.min(workers, pending.length), options.budget ?? DEFAULT_POOL_OPTIONS);
  const stop = () => void pool.close();
  options.signal?.addEventListener('abort', stop);
  try {
    if (workers === 1) {
      const done = await extractInOrder(
        pool,
        pending,
        known,
        (n, path) => options.onProgress?.('extract', n, pending.length, basename(path)),
        options.signal,
        options.logger,
      );
      for (const o of done) outcomes.set(o.path, o);
    } else {
      const people = KnownPeople.of(known);
      let done = 0;
      const results = await Promise.allSettled(
        pending.map(({ path, input }) =>
          pool
            .extract(input, people)
            .finally(() => options.onProgress?.('extract', ++done, pending.length, basename(path))),
        ),
      );
      const graphs: ArticleGraph[] = [];
      const order: string[] = [];
      results.forEach((r, i) => {
        const { path } = pending[i]!;
        if (r.status === 'fulfilled') {
          graphs.push(r.value);
          order.push(path);
        } else {
          const reason = options.signal?.aborted
            ? stoppedReason(options.signal)
            : extractionReason(r.reason, options.logger, path);
          outcomes.set(path, skipped(path, reason));
        }
      });
      linkSequentially(graphs, known).forEach((g, i) => outcomes.set(order[i]!, checkGraph(order[i]!, g)));
    }
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await pool.close();
  }
  return [...outcomes.values()].sort((a, b) => a.path.localeCompare(b.path));
}
