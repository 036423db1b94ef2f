/**
 * The ingest command as a child process, the way a user runs it, for tests
 * that feed it hostile files or stop it with signals; and a dump of a stored
 * graph to compare two stores by.
 */
import { spawn, type ChildProcess } from 'node:child_process';
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

/** Starts `npm run ingest -- <args>` (without npm in between, so signals reach it). */
export function startIngest(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; done: Promise<CliResult> } {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'ingest/commands/cli.ts', 'ingest', '--no-progress', ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
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
  return { child, done };
}

export function ingest(args: string[], env: Record<string, string>): Promise<CliResult> {
  return startIngest(args, env).done;
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
