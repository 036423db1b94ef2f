/**
 * `npm run ingest -- <paths...>`: articles into the configured graph store,
 * one transaction per article, with progress and a report per file.
 *
 * Kuzu lets one process open a database directory. When a running server
 * holds it, the articles go through that server instead (`--server`, or
 * NEWSGRAPH_SERVER, with an editor's token: NEWSGRAPH_TOKEN, or the server's
 * INGEST_TOKEN); without one, the command
 * says so and stops, touching nothing.
 */
import type { IngestResponse } from '../../core/api.js';
import type { AppConfig } from '../../core/config.js';
import { errors, isAppError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { LIMITS } from '../../core/ontology.js';
import { openStore } from '../../core/store/index.js';
import type { GraphStore } from '../../core/store/port.js';
import { discoverArticleFiles } from '../read/discover.js';
import { loadGraphs, type LoadResult } from '../load/load.js';
import { extractFiles, stoppedReason, type FileOutcome } from '../runtime/pipeline.js';
import { readArticleFile } from '../read/read.js';
import type { PoolOptions } from '../runtime/pool.js';

export interface IngestOptions {
  server?: string;
  /** Extract every file again, even those stored from the same content. */
  force: boolean;
  bulk: boolean;
  dryRun: boolean;
  workers: number;
  /** Follow symbolic links that lead outside the given paths. */
  followLinks: boolean;
  onProgress: (stage: string, done: number, total: number, file?: string) => void;
  /** Aborted by SIGINT / SIGTERM: the article being written is finished, the rest is reported as not processed. */
  signal?: AbortSignal;
  logger?: Logger;
  /** Time and memory budget of one file's extraction. */
  budget?: PoolOptions;
}

export interface FileReport {
  file: string;
  status: 'loaded' | 'unchanged' | 'would load' | 'skipped';
  detail: string;
}

function describe(result: LoadResult): FileReport {
  if (result.status === 'skipped') return { file: result.file, status: 'skipped', detail: result.reason };
  const dropped = result.dropped > 0 ? `, ${result.dropped} dropped by the ontology` : '';
  return {
    file: result.file,
    status: result.changed ? 'loaded' : 'unchanged',
    detail: `${result.entities} entities, ${result.relations} relations, ${result.evidence} evidence sentences${dropped}`,
  };
}

/** Reports of the files that were not extracted: skipped with a reason, or unchanged since the last ingest. */
function notExtracted(outcomes: FileOutcome[]): FileReport[] {
  return outcomes.flatMap((o): FileReport[] => {
    if (o.status === 'skipped') return [{ file: o.file, status: 'skipped', detail: o.reason }];
    if (o.status === 'unchanged')
      return [{ file: o.file, status: 'unchanged', detail: 'same file as stored: not extracted again' }];
    return [];
  });
}

/** Extracts and loads into a store this process opened. */
async function ingestLocally(store: GraphStore, paths: string[], options: IngestOptions): Promise<FileReport[]> {
  const known = await store.knownEntities();
  const stored = options.force ? undefined : new Map((await store.articles()).map((a) => [a.id, a.sourceHash ?? null]));
  const outcomes = await extractFiles(paths, {
    known,
    stored,
    workers: options.workers,
    followLinks: options.followLinks,
    onProgress: options.onProgress,
    signal: options.signal,
    logger: options.logger,
    budget: options.budget,
  });
  const ok = outcomes.flatMap((o) => (o.status === 'ok' ? [{ file: o.file, graph: o.graph }] : []));
  if (options.dryRun) {
    return [
      ...ok.map(({ file, graph }) => ({
        file,
        status: 'would load' as const,
        detail: `${graph.entities.length} entities, ${graph.relations.length} relations`,
      })),
      ...notExtracted(outcomes),
    ];
  }
  let results: LoadResult[];
  if (options.bulk) {
    const summaries = await store.importArticles(
      ok.map((o) => o.graph),
      (done, total) => options.onProgress('load', done, total),
    );
    results = summaries.map((s, i) => ({ file: ok[i]!.file, status: 'loaded' as const, ...s }));
  } else {
    results = await loadGraphs(store, ok, (done, total, file) => options.onProgress('load', done, total, file), {
      signal: options.signal,
      logger: options.logger,
    });
  }
  return [...results.map(describe), ...notExtracted(outcomes)];
}

/** Reads the files here and sends them to a running server, which extracts and loads them. */
async function ingestThroughServer(
  server: string,
  token: string | undefined,
  paths: string[],
  options: IngestOptions,
): Promise<FileReport[]> {
  if (!token) {
    throw errors.validation(
      'Sending articles to a server needs an editor’s token: set NEWSGRAPH_TOKEN (or INGEST_TOKEN to the server’s value).',
    );
  }
  const { files, problems } = await discoverArticleFiles(paths, { followLinks: options.followLinks });
  const reports: FileReport[] = problems.map((p) => ({ file: p.path, status: 'skipped', detail: p.reason }));
  const articles: Array<{ file: string; text: string }> = [];
  for (const path of files) {
    const read = await readArticleFile(path);
    if (read.ok) articles.push({ file: read.article.file, text: read.article.raw });
    else reports.push({ file: path, status: 'skipped', detail: read.reason });
  }
  if (options.dryRun)
    return [
      ...articles.map((a) => ({ file: a.file, status: 'would load' as const, detail: 'sent to the server' })),
      ...reports,
    ];
  const url = new URL('/api/ingest', server);
  for (let i = 0; i < articles.length; i += LIMITS.ingestFilesPerRequest) {
    const batch = articles.slice(i, i + LIMITS.ingestFilesPerRequest);
    if (options.signal?.aborted) {
      reports.push(
        ...batch.map((a) => ({ file: a.file, status: 'skipped' as const, detail: stoppedReason(options.signal!) })),
      );
      continue;
    }
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ articles: batch }),
    }).catch((error: unknown) => {
      throw errors.storeUnavailable(`Cannot reach the server at ${server}: ${(error as Error).message}`);
    });
    const body = (await response.json().catch(() => ({}))) as Partial<IngestResponse> & { message?: string };
    if (!response.ok || !body.results) {
      throw errors.storeUnavailable(
        `The server refused the articles (${response.status}): ${body.message ?? response.statusText}`,
      );
    }
    reports.push(...body.results.map(describe));
    options.onProgress('load', Math.min(i + batch.length, articles.length), articles.length);
  }
  return reports;
}

/** Runs the command; returns one report per file. */
export async function runIngest(
  paths: string[],
  options: IngestOptions,
  config: AppConfig,
  log: Logger,
): Promise<FileReport[]> {
  if (options.server) return ingestThroughServer(options.server, config.clientToken, paths, options);
  let store: GraphStore;
  try {
    store = await openStore(config, log);
  } catch (error) {
    if (isAppError(error) && error.id === 'store_locked' && config.serverUrl) {
      log.info(`the store is held by a running server: sending the articles to ${config.serverUrl}`);
      return ingestThroughServer(config.serverUrl, config.clientToken, paths, options);
    }
    throw error;
  }
  try {
    return await ingestLocally(store, paths, options);
  } finally {
    await store.close();
  }
}

/** The end-of-run report, one line per file, then totals. */
export function formatReport(reports: FileReport[]): string {
  const width = Math.max(4, ...reports.map((r) => r.file.length));
  const lines = reports.map((r) => `${r.status.padEnd(10)} ${r.file.padEnd(width)}  ${r.detail}`);
  const count = (s: FileReport['status']) => reports.filter((r) => r.status === s).length;
  lines.push(
    `${reports.length} file(s): ${count('loaded')} loaded, ${count('unchanged')} unchanged, ` +
      `${count('would load')} would load, ${count('skipped')} skipped`,
  );
  return lines.join('\n');
}
