/**
 * The load stage: extracted articles into the graph store, one transaction
 * per article, with one result per article. Shared by the `ingest` command
 * and the server's upload endpoint, whose extraction runs on the same worker
 * pool as the CLI's, within the same per-file budgets.
 */
import type { IngestResponse } from '../../core/api.js';
import type { ArticleGraph } from '../../core/domain.js';
import { isAppError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import type { GraphStore } from '../../core/store/port.js';
import { articleIdOf } from '../clean/index.js';
import { extractInOrder, stoppedReason } from '../runtime/pipeline.js';
import { DEFAULT_POOL_OPTIONS, ExtractionPool, type PoolOptions } from '../runtime/pool.js';
import { decodeArticle } from '../read/read.js';
import { sourceHashOf } from '../read/source-hash.js';

export type LoadResult = IngestResponse['results'][number];

/**
 * Why an article could not be loaded, in words for the report. Our errors say
 * it themselves; a database's own message is for the log, not the analyst.
 */
function reasonOf(error: unknown, logger?: Logger, file?: string): string {
  if (isAppError(error)) return error.message;
  logger?.error({ err: error, file }, 'store error while loading an article');
  return 'the store could not save it (the server log has the details); nothing of it was written';
}

/**
 * Loads the graphs, a few dozen to a transaction (see `GraphStore.loadArticles`).
 * A failing article is reported and the others still load: nothing of it is
 * written. Stops between transactions when `signal` aborts: the one being
 * written is finished first.
 */
export async function loadGraphs(
  store: GraphStore,
  graphs: Array<{ file: string; graph: ArticleGraph }>,
  onProgress: (done: number, total: number, file: string) => void = () => undefined,
  options: { signal?: AbortSignal; logger?: Logger } = {},
): Promise<LoadResult[]> {
  const outcomes = await store.loadArticles(
    graphs.map((g) => g.graph),
    (done, total, index) => onProgress(done, total, graphs[index ?? done - 1]!.file),
    { signal: options.signal },
  );
  return outcomes.map((outcome, i): LoadResult => {
    const { file } = graphs[i]!;
    if (outcome.status === 'loaded') {
      return { file, status: outcome.summary.changed ? 'loaded' : 'unchanged', ...outcome.summary };
    }
    // Only a signal stops a load.
    const reason =
      outcome.status === 'failed' ? reasonOf(outcome.error, options.logger, file) : stoppedReason(options.signal!);
    return { file, status: 'skipped', reason };
  });
}

export interface UploadIngestor {
  (uploads: Array<{ file: string; bytes: Uint8Array }>): Promise<LoadResult[]>;
  /** Stops the extraction workers (uploads in flight are answered as not processed). */
  close(): Promise<void>;
}

/**
 * The server's ingest port: uploaded bytes are checked and decoded like files,
 * extracted on a worker (never on the server's event loop) against the
 * entities already stored (so new articles reuse their ids), within the
 * per-file budgets, and loaded. One result per upload, in upload order.
 */
export function createUploadIngestor(
  store: GraphStore,
  logger: Logger,
  options: { budget?: PoolOptions; signal?: AbortSignal } = {},
): UploadIngestor {
  const pool = new ExtractionPool(1, options.budget ?? DEFAULT_POOL_OPTIONS);
  const ingest = async (uploads: Array<{ file: string; bytes: Uint8Array }>): Promise<LoadResult[]> => {
    const stored = new Map((await store.articles()).map((a) => [a.id, a]));
    const results = new Map<number, LoadResult>();
    const pending: Array<{ path: string; input: { file: string; raw: string; format: 'text' | 'markdown' | 'html' } }> =
      [];
    uploads.forEach((upload, i) => {
      const read = decodeArticle(upload.file, upload.bytes);
      if (!read.ok) {
        results.set(i, { file: upload.file, status: 'skipped', reason: read.reason });
        return;
      }
      // The same file again: nothing to extract, nothing changes (as with `npm run ingest`).
      const same = stored.get(articleIdOf(read.article.file));
      if (same?.sourceHash && same.sourceHash === sourceHashOf(read.article)) {
        results.set(i, {
          file: upload.file,
          status: 'unchanged',
          articleId: same.id,
          entities: same.entityCount,
          relations: same.relationCount,
          evidence: 0,
          dropped: 0,
          changed: false,
        });
        return;
      }
      pending.push({ path: String(i), input: read.article });
    });
    const extracted = await extractInOrder(
      pool,
      pending,
      await store.knownEntities(),
      undefined,
      options.signal,
      logger,
    );
    for (const outcome of extracted) {
      const i = Number(outcome.path);
      const file = uploads[i]!.file;
      if (outcome.status !== 'ok') {
        if (outcome.status === 'skipped') logger.warn({ file, reason: outcome.reason }, 'upload skipped');
        results.set(i, { file, status: 'skipped', reason: outcome.status === 'skipped' ? outcome.reason : '' });
        continue;
      }
      const [result] = await loadGraphs(store, [{ file, graph: outcome.graph }], undefined, {
        signal: options.signal,
        logger,
      });
      results.set(i, result!);
    }
    return uploads.map((_, i) => results.get(i)!);
  };
  return Object.assign(ingest, { close: () => pool.close() });
}
