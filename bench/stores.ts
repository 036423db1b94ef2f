/**
 * Kuzu and Neo4j side by side on the same synthetic graph: the load, the
 * reads through the store, and the same reads through the API on loopback
 * (one client, the response cache off). Each cell is measured in this run;
 * the ratios are Neo4j over Kuzu, and HTTP over the direct store call of the
 * same database (what the API layer costs on each).
 *
 * Neo4j: the server named by NEO4J_BENCH_URI / NEO4J_BENCH_PASSWORD (its
 * database is emptied), else a local Neo4j of the benchmark's own
 * (scripts/neo4j-local.sh with NEO4J_LOCAL_DIR=.cache/neo4j-bench, so a
 * developer's local graph is left alone), started empty and stopped after.
 * `npm run bench -- --only stores [--entities N --relations N --samples N]`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { ArticleGraph } from '../core/domain.js';
import { loadConfig } from '../core/config.js';
import { silentLogger } from '../core/logger.js';
import { CypherGraphStore } from '../core/store/graph-store.js';
import { openRunner, type GraphStore } from '../core/store/index.js';
import type { CypherRunner } from '../core/store/runner.js';
import type { Call } from './bare-kuzu.js';
import { recording } from './recording.js';
import { createApp } from '../server/app.js';
import { printTable, summarise, type Timing } from './stats.js';
import { syntheticCorpus } from './synthetic.js';

export interface StoresBenchOptions {
  entities: number;
  relations: number;
  samples: number;
}

type StoreName = 'kuzu' | 'neo4j';

interface Operation {
  name: string;
  direct: (store: GraphStore, i: number) => Promise<unknown>;
  /** The same read as an API request (path and query, or a JSON body to POST). */
  http: (i: number) => { path: string; body?: object };
}

interface Measured {
  load: { ms: number; articles: number };
  incremental: Timing;
  /** The same single loads' transactions replayed through the database's runner alone (see replayOnFresh). */
  incrementalReplayed: Timing;
  batch: { ms: number; replayedMs: number; articles: number; transactions: number };
  direct: Map<string, Timing>;
  http: Map<string, Timing>;
}

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const NEO4J_SCRIPT = path.join(REPO_ROOT, 'scripts/neo4j-local.sh');

/** A Neo4j to benchmark on, and how to let go of it. */
async function benchNeo4j(): Promise<{ env: Record<string, string>; release: () => void } | null> {
  if (process.env.NEO4J_BENCH_URI) {
    const env = {
      NEO4J_URI: process.env.NEO4J_BENCH_URI,
      NEO4J_USER: process.env.NEO4J_BENCH_USER || 'neo4j',
      NEO4J_PASSWORD: process.env.NEO4J_BENCH_PASSWORD ?? '',
    };
    await emptyNeo4j(env);
    return { env, release: () => undefined };
  }
  const dir = path.join(REPO_ROOT, '.cache/neo4j-bench');
  const scriptEnv = { ...process.env, NEO4J_LOCAL_DIR: dir };
  const script = (command: string) =>
    execFileSync(NEO4J_SCRIPT, [command], { env: scriptEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    script('check');
  } catch {
    return null;
  }
  script('stop');
  // An empty database each run: the same starting point as Kuzu's fresh directory.
  fs.rmSync(path.join(dir, 'home'), { recursive: true, force: true });
  script('start');
  const env = Object.fromEntries(
    script('env')
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { env, release: () => void script('stop') };
}

async function emptyNeo4j(env: Record<string, string>): Promise<void> {
  const driver = neo4j.driver(env.NEO4J_URI!, neo4j.auth.basic(env.NEO4J_USER!, env.NEO4J_PASSWORD!));
  // CALL ... IN TRANSACTIONS runs only in an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

async function listen(store: GraphStore, config: ReturnType<typeof loadConfig>) {
  const server = createApp({ config, store, logger: silentLogger() }, { responseCacheBytes: 0 }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function time(samples: number, run: (i: number) => Promise<unknown>): Promise<Timing> {
  await run(0);
  const times: number[] = [];
  for (let i = 1; i <= samples; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  return summarise(times);
}

/** Runs each transaction's recorded statements through `runner` alone, each in its transaction; the time of each. */
async function replay(runner: CypherRunner, transactions: Call[][]): Promise<number[]> {
  const times: number[] = [];
  for (const calls of transactions) {
    const started = performance.now();
    await runner.write(async (tx) => {
      for (const c of calls) await tx.run(c.name, c.params, c.template);
    });
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * The bare side of the loads: a fresh database given the same import, then
 * the store's recorded load transactions replayed on it, so each statement
 * meets the state it met in the store.
 */
async function replayOnFresh(
  env: Record<string, string>,
  corpus: ReturnType<typeof syntheticCorpus>,
  singles: Call[][],
  batched: Call[][],
): Promise<{ singles: Timing; batchMs: number }> {
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'production', ...env });
  const runner = await openRunner(config, silentLogger());
  const store = new CypherGraphStore(runner, silentLogger(), {
    consoleTimeoutMs: config.console.timeoutMs,
    consoleRowCap: config.console.rowCap,
  });
  try {
    await store.importArticles(corpus.graphs);
    const single = summarise(await replay(runner, singles));
    const batchMs = (await replay(runner, batched)).reduce((x, y) => x + y, 0);
    return { singles: single, batchMs };
  } finally {
    await store.close();
  }
}

async function measure(
  fresh: () => Promise<Record<string, string>>,
  corpus: ReturnType<typeof syntheticCorpus>,
  extra: { singles: ArticleGraph[]; batch: ArticleGraph[] },
  operations: Operation[],
  samples: number,
): Promise<Measured> {
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'production', ...(await fresh()) });
  const runner = await openRunner(config, silentLogger());
  const sink = { calls: [] as Call[], transactions: [] as Call[][] };
  const store = new CypherGraphStore(recording(runner, sink), silentLogger(), {
    consoleTimeoutMs: config.console.timeoutMs,
    consoleRowCap: config.console.rowCap,
  });
  const server = await listen(store, config);
  let open = true;
  const closeAll = async () => {
    if (!open) return;
    open = false;
    await server.close();
    await store.close();
  };
  try {
    const t = performance.now();
    await store.importArticles(corpus.graphs);
    const load = { ms: performance.now() - t, articles: corpus.graphs.length };
    const loads: number[] = [];
    sink.transactions = [];
    for (const graph of extra.singles) {
      const started = performance.now();
      await store.loadArticle(graph);
      loads.push(performance.now() - started);
    }
    const singles = sink.transactions;
    sink.transactions = [];
    const batchStarted = performance.now();
    await store.loadArticles(extra.batch);
    const batchMs = performance.now() - batchStarted;
    const batched = sink.transactions;
    const direct = new Map<string, Timing>();
    const http = new Map<string, Timing>();
    for (const op of operations) {
      direct.set(op.name, await time(samples, (i) => op.direct(store, i)));
      http.set(
        op.name,
        await time(samples, async (i) => {
          const request = op.http(i);
          const response = await fetch(
            server.url + request.path,
            request.body
              ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body) }
              : {},
          );
          if (!response.ok) throw new Error(`${request.path}: ${response.status} ${await response.text()}`);
          await response.arrayBuffer();
        }),
      );
    }
    await closeAll();
    const bare = await replayOnFresh(await fresh(), corpus, singles, batched);
    const batch = { ms: batchMs, replayedMs: bare.batchMs, articles: extra.batch.length, transactions: batched.length };
    return { load, incremental: summarise(loads), incrementalReplayed: bare.singles, batch, direct, http };
  } finally {
    await closeAll();
  }
}

export async function runStoresBench(options: StoresBenchOptions): Promise<void> {
  console.log(
    `\n# Kuzu and Neo4j side by side: ${options.entities} entities, ${options.relations} relations, ${options.samples} samples per read`,
  );
  const corpus = syntheticCorpus({ entities: options.entities, relations: options.relations });
  const generated = syntheticCorpus({ entities: options.entities, relations: 74 * 150, seed: 99 }).graphs.map(
    (g, i) => ({
      ...g,
      article: { ...g.article, id: `incremental-${i}` },
    }),
  );
  const extra = { singles: generated.slice(0, 10), batch: generated.slice(10) };
  const pick = (i: number) => corpus.ids[(i * 7919) % corpus.ids.length]!;
  const name = (i: number) => corpus.names[(i * 7919) % corpus.names.length]!;
  const operations: Operation[] = [
    {
      name: 'neighbourhood d1',
      direct: (s, i) => s.neighbourhood({ ids: [pick(i)], depth: 1 }),
      http: (i) => ({ path: '/graph/neighbourhood', body: { ids: [pick(i)], depth: 1 } }),
    },
    {
      name: 'neighbourhood d2',
      direct: (s, i) => s.neighbourhood({ ids: [pick(i)], depth: 2, limit: 150 }),
      http: (i) => ({ path: '/graph/neighbourhood', body: { ids: [pick(i)], depth: 2, limit: 150 } }),
    },
    {
      name: 'search exact',
      direct: (s, i) => s.search({ query: name(i) }),
      http: (i) => ({ path: `/search?q=${encodeURIComponent(name(i))}` }),
    },
    {
      name: 'search prefix',
      direct: (s, i) => s.search({ query: name(i).slice(0, 4) }),
      http: (i) => ({ path: `/search?q=${encodeURIComponent(name(i).slice(0, 4))}` }),
    },
    {
      name: 'paths k=3 ≤4',
      direct: (s, i) => s.paths({ from: pick(i), to: pick(i + 1), maxLength: 4, k: 3 }),
      http: (i) => ({ path: `/paths?from=${pick(i)}&to=${pick(i + 1)}&maxLength=4&k=3` }),
    },
    {
      name: 'entity',
      direct: (s, i) => s.entity(pick(i)),
      http: (i) => ({ path: `/entities/${pick(i)}` }),
    },
    { name: 'stats top 20', direct: (s) => s.stats({ top: 20 }), http: () => ({ path: '/stats?top=20' }) },
  ];

  const server = await benchNeo4j();
  if (!server) {
    console.log('Skipped: no NEO4J_BENCH_URI, and no Java 17/21 with Maven to start a local Neo4j.');
    return;
  }
  const kuzuDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-stores-'));
  const results = new Map<StoreName, Measured>();
  try {
    const freshKuzu = async () => ({ DATA_DIR: fs.mkdtempSync(path.join(kuzuDir, 'data-')), NEO4J_URI: '' });
    results.set('kuzu', await measure(freshKuzu, corpus, extra, operations, options.samples));
    // The first use finds the database empty already (benchNeo4j); the bare side empties it again.
    let used = false;
    const freshNeo4j = async () => {
      if (used) await emptyNeo4j(server.env);
      used = true;
      return server.env;
    };
    results.set('neo4j', await measure(freshNeo4j, corpus, extra, operations, options.samples));
  } finally {
    server.release();
    fs.rmSync(kuzuDir, { recursive: true, force: true });
  }

  const kuzu = results.get('kuzu')!;
  const neo = results.get('neo4j')!;
  printTable(
    `Writes: importArticles of ${kuzu.load.articles} articles into an empty store, then loadArticle of ${extra.singles.length} more, then loadArticles of ${extra.batch.length} more; "replayed": the same transactions through the database's runner alone, on a fresh database given the same import (Kuzu's checkpoint is not in these figures: see the store benchmark)`,
    [
      'store',
      'import ms',
      'relations/s',
      'load p50 ms',
      'load p95 ms',
      'replayed p50 ms',
      'ratio p50',
      'batch articles/s',
      'transactions',
      'replayed articles/s',
      'ratio',
    ],
    (['kuzu', 'neo4j'] as const).map((store) => {
      const m = results.get(store)!;
      return [
        store,
        m.load.ms,
        options.relations / (m.load.ms / 1000),
        m.incremental.p50,
        m.incremental.p95,
        m.incrementalReplayed.p50,
        m.incremental.p50 / m.incrementalReplayed.p50,
        m.batch.articles / (m.batch.ms / 1000),
        m.batch.transactions,
        m.batch.articles / (m.batch.replayedMs / 1000),
        m.batch.ms / m.batch.replayedMs,
      ];
    }),
  );
  printTable(
    'Writes, Neo4j / Kuzu (time)',
    ['import', 'load p50', 'load p95', 'batch'],
    [
      [
        neo.load.ms / kuzu.load.ms,
        neo.incremental.p50 / kuzu.incremental.p50,
        neo.incremental.p95 / kuzu.incremental.p95,
        neo.batch.ms / kuzu.batch.ms,
      ],
    ],
  );
  printTable(
    'Reads, one client, p50 ms (p95 in the ratios): store call and the same read over HTTP, on each database',
    [
      'operation',
      'kuzu store',
      'neo4j store',
      'neo4j/kuzu p50',
      'neo4j/kuzu p95',
      'kuzu http',
      'neo4j http',
      'http/store kuzu',
      'http/store neo4j',
    ],
    operations.map(({ name: op }) => {
      const [kd, nd, kh, nh] = [kuzu.direct, neo.direct, kuzu.http, neo.http].map((m) => m.get(op)!);
      return [
        op,
        kd!.p50,
        nd!.p50,
        nd!.p50 / kd!.p50,
        nd!.p95 / kd!.p95,
        kh!.p50,
        nh!.p50,
        kh!.p50 / kd!.p50,
        nh!.p50 / nd!.p50,
      ];
    }),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await runStoresBench({ entities: 5_000, relations: 15_000, samples: 50 });
}
