/**
 * The ingest command as a child process, the way a user runs it, for tests
 * that feed it hostile files or stop it with signals; the moments of a run a
 * test can stop it at; and a dump of a stored graph to compare two stores by.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../core/config.js';
import { silentLogger } from '../../core/logger.js';
import { openStore } from '../../core/store/index.js';
import { REPO_ROOT } from './corpus.js';

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunningIngest {
  child: ChildProcess;
  done: Promise<CliResult>;
  /** Standard error so far. */
  stderr(): string;
}

/**
 * Starts `npm run ingest -- <args>` (without npm in between, so signals reach
 * it). With `progress`, it logs a line per file and stage on stderr (it is not
 * a terminal), which `reached` waits for.
 */
export function startIngest(
  args: string[],
  env: Record<string, string>,
  options: { progress?: boolean } = {},
): RunningIngest {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'ingest/commands/main.ts', 'ingest', ...(options.progress ? [] : ['--no-progress']), ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: options.progress ? 'info' : 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started })),
  );
  return { child, done, stderr: () => stderr };
}

export function ingest(args: string[], env: Record<string, string>): Promise<CliResult> {
  return startIngest(args, env).done;
}

/**
 * Moments of an ingest into a new embedded store, in the order they come:
 * its modules are loading (Kuzu's native library is mapped into the process,
 * before the command has started); the database file exists; the schema is
 * being built (its staging copy exists); the first article is extracted. (Not
 * "first article loaded": articles are written 32 to a transaction, so a small
 * run may be over by the time its first load is reported.)
 */
export const INGEST_MOMENTS = ['loading', 'store', 'schema', 'extracted'] as const;
export type IngestMoment = (typeof INGEST_MOMENTS)[number];

/** True when the process has mapped Kuzu's native library (Linux: /proc/<pid>/maps). */
function kuzuLoaded(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/maps`, 'utf8').includes('kuzujs');
  } catch {
    return false;
  }
}

function isAt(run: RunningIngest, dataDir: string, moment: IngestMoment): boolean {
  switch (moment) {
    case 'loading':
      return kuzuLoaded(run.child.pid!);
    case 'store':
      return fs.existsSync(path.join(dataDir, 'kuzu'));
    case 'schema':
      return fs.existsSync(dataDir) && fs.readdirSync(dataDir).some((f) => f.startsWith('kuzu.staging-'));
    case 'extracted':
      return /"msg":"extract 1\//.test(run.stderr());
  }
}

/**
 * Resolves when a run started with `progress` reaches `moment` (polled every
 * few milliseconds), with false when the process ended first.
 */
export async function reached(run: RunningIngest, dataDir: string, moment: IngestMoment): Promise<boolean> {
  let ended = false;
  void run.done.then(() => (ended = true));
  while (!ended) {
    if (isAt(run, dataDir, moment)) return true;
    await sleep(3);
  }
  return false;
}

/** Everything a store holds that an analyst can read, in a stable order (PageRank left out: derived, float sums). */
export async function graphDump(dataDir: string) {
  const store = await openStore(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), silentLogger());
  try {
    const entities = (await store.knownEntities()).sort((a, b) => a.id.localeCompare(b.id));
    const ids = entities.map((e) => e.id);
    const { nodes, edges } = await store.subgraph(ids);
    const evidence = await store.evidence(edges.map((e) => e.id));
    const articles = await store.articles();
    const { mostCentral: _derived, ...stats } = await store.stats({ top: 1000 });
    return {
      stats,
      entities,
      nodes: nodes.sort((a, b) => a.id.localeCompare(b.id)),
      edges: edges.sort((a, b) => a.id.localeCompare(b.id)),
      evidence: [...evidence.entries()].sort(([a], [b]) => a.localeCompare(b)),
      articles: await Promise.all(articles.map((a) => store.article(a.id))),
    };
  } finally {
    await store.close();
  }
}
