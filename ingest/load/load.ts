/**
 * The load stage: extracted articles into the graph store, one transaction
 * per article, with one result per article. Shared by the `ingest` command
 * and the server's upload endpoint.
 */
import type { IngestResponse } from '../../core/api.js';
import type { ArticleGraph } from '../../core/domain.js';
import { errorMessage, isAppError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import type { GraphStore } from '../../core/store/port.js';
import { extractArticle, knownEntitiesOf } from '../extract.js';
import { articleIdOf } from '../clean/index.js';
import { KnownIndex } from '../link/link.js';
import { decodeArticle } from '../read/read.js';
import { sourceHashOf } from '../read/source-hash.js';

export type LoadResult = IngestResponse['results'][number];

/** Why an article could not be loaded, in words for the report. */
function reasonOf(error: unknown): string {
  return isAppError(error) ? error.message : `store error: ${errorMessage(error)}`;
}

/**
 * Loads each graph in its own transaction. A failing article is reported and
 * the others still load: nothing of it is written (its transaction rolls back).
 */
export async function loadGraphs(
  store: GraphStore,
  graphs: Array<{ file: string; graph: ArticleGraph }>,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const [i, { file, graph }] of graphs.entries()) {
    try {
      results.push({ file, status: 'loaded', ...(await store.loadArticle(graph)) });
    } catch (error) {
      results.push({ file, status: 'skipped', reason: reasonOf(error) });
    }
    onProgress(i + 1, graphs.length);
  }
  return results;
}

/**
 * The server's ingest port: uploaded bytes are checked and decoded like files,
 * extracted against the entities already stored (so new articles reuse their
 * ids), and loaded. One result per upload, in upload order.
 */
export function createUploadIngestor(
  store: GraphStore,
  logger: Logger,
): (uploads: Array<{ file: string; bytes: Uint8Array }>) => Promise<LoadResult[]> {
  return async (uploads) => {
    const known = new KnownIndex(await store.knownEntities());
    const stored = new Map((await store.articles()).map((a) => [a.id, a]));
    const results: LoadResult[] = [];
    for (const upload of uploads) {
      const read = decodeArticle(upload.file, upload.bytes);
      if (!read.ok) {
        results.push({ file: upload.file, status: 'skipped', reason: read.reason });
        continue;
      }
      // The same file again: nothing to extract, nothing changes (as with `npm run ingest`).
      const same = stored.get(articleIdOf(read.article.file));
      if (same?.sourceHash && same.sourceHash === sourceHashOf(read.article)) {
        results.push({
          file: upload.file,
          status: 'loaded',
          articleId: same.id,
          entities: same.entityCount,
          relations: same.relationCount,
          evidence: 0,
          dropped: 0,
          changed: false,
        });
        continue;
      }
      let graph: ArticleGraph;
      try {
        graph = extractArticle(read.article, known.entities());
      } catch (error) {
        logger.error({ err: error, file: upload.file }, 'extraction failed');
        results.push({ file: upload.file, status: 'skipped', reason: `extraction failed: ${reasonOf(error)}` });
        continue;
      }
      const [result] = await loadGraphs(store, [{ file: upload.file, graph }]);
      if (result?.status === 'loaded') for (const e of knownEntitiesOf(graph)) known.add(e);
      results.push(result!);
    }
    return results;
  };
}
