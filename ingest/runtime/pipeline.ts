/**
 * File-level pipeline shared by the CLI commands: discovery, reading and
 * validation, extraction (in this thread or on a worker pool) and
 * cross-article linking. Returns one outcome per file so a caller (`extract`,
 * or the lead's `ingest`) can load what succeeded and report what did not.
 */
import { basename } from 'node:path';
import type { ArticleGraph, KnownEntity } from '../../core/domain.js';
import { discoverArticleFiles } from '../read/discover.js';
import { extractArticle, knownEntitiesOf, linkSequentially } from '../extract.js';
import { KnownIndex } from '../link/link.js';
import { ExtractionPool } from './pool.js';
import { articleIdOf } from '../clean/index.js';
import { readArticleFile, type RawArticle } from '../read/read.js';
import { sourceHashOf } from '../read/source-hash.js';

export type FileOutcome =
  | { status: 'ok'; path: string; file: string; graph: ArticleGraph }
  | { status: 'unchanged'; path: string; file: string }
  | { status: 'skipped'; path: string; file: string; reason: string };

export interface ExtractFilesOptions {
  /** Entities already stored: matching entities keep their ids. */
  known?: readonly KnownEntity[];
  /** Worker threads for extraction; 0 or 1 extracts in this thread. */
  workers?: number;
  /**
   * Source hashes of stored articles by article id: a file whose hash is
   * stored already is reported `unchanged` and not extracted again.
   */
  stored?: ReadonlyMap<string, string | null>;
  /** Called after each file is read, and after each is extracted. */
  onProgress?: (stage: 'read' | 'extract', done: number, total: number) => void;
}

function skipped(path: string, reason: string): FileOutcome {
  return { status: 'skipped', path, file: basename(path), reason };
}

/** An article whose cleaning left no text is reported, not stored empty. */
function checkGraph(path: string, graph: ArticleGraph): FileOutcome {
  if (graph.article.text.trim().length === 0)
    return skipped(path, 'no article text left after removing page boilerplate');
  return { status: 'ok', path, file: graph.article.file, graph };
}

/** Reads, validates and extracts every article under `paths`, in a stable order. */
export async function extractFiles(
  paths: readonly string[],
  options: ExtractFilesOptions = {},
): Promise<FileOutcome[]> {
  const { files, problems } = await discoverArticleFiles(paths);
  const outcomes = new Map<string, FileOutcome>();
  for (const p of problems) outcomes.set(p.path, skipped(p.path, p.reason));
  const articles: Array<{ path: string; article: RawArticle }> = [];
  for (const [i, path] of files.entries()) {
    const read = await readArticleFile(path);
    if (!read.ok) outcomes.set(path, skipped(path, read.reason));
    else if (options.stored?.get(articleIdOf(read.article.file)) === sourceHashOf(read.article)) {
      outcomes.set(path, { status: 'unchanged', path, file: read.article.file });
    } else articles.push({ path, article: read.article });
    options.onProgress?.('read', i + 1, files.length);
  }

  const known = options.known ?? [];
  const workers = options.workers ?? 0;
  if (workers > 1 && articles.length > 1) {
    const pool = new ExtractionPool(workers);
    try {
      let done = 0;
      const results = await Promise.allSettled(
        articles.map(({ article }) =>
          pool
            .extract({ file: article.file, raw: article.raw, format: article.format }, known)
            .finally(() => options.onProgress?.('extract', ++done, articles.length)),
        ),
      );
      const graphs: ArticleGraph[] = [];
      const order: string[] = [];
      results.forEach((r, i) => {
        const { path } = articles[i] as { path: string };
        if (r.status === 'fulfilled') {
          graphs.push(r.value);
          order.push(path);
        } else outcomes.set(path, skipped(path, `extraction failed: ${(r.reason as Error).message}`));
      });
      linkSequentially(graphs, known).forEach((g, i) =>
        outcomes.set(order[i] as string, checkGraph(order[i] as string, g)),
      );
    } finally {
      await pool.close();
    }
  } else {
    const index = new KnownIndex(known);
    for (const [i, { path, article }] of articles.entries()) {
      try {
        const graph = extractArticle(
          { file: article.file, raw: article.raw, format: article.format },
          index.entities(),
        );
        for (const e of knownEntitiesOf(graph)) index.add(e);
        outcomes.set(path, checkGraph(path, graph));
      } catch (error) {
        outcomes.set(path, skipped(path, `extraction failed: ${(error as Error).message}`));
      }
      options.onProgress?.('extract', i + 1, articles.length);
    }
  }
  return [...outcomes.values()].sort((a, b) => a.path.localeCompare(b.path));
}
