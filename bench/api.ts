/**
 * API benchmark: on a synthetic graph (100k entities, 300k relations by
 * default) in Kuzu, search, neighbourhood (depth 1 and 2) and paths through
 * the real server on loopback (autocannon, in a worker thread so that the load
 * generator does not share the server's event loop), each next to the same
 * store call made directly at the same concurrency (the ratio is what the
 * HTTP layer costs) and to a bare node:http server answering the same bytes
 * (what loopback and the load generator cost alone); the response cache is
 * off for those rows. One more row, a depth-1 neighbourhood over 50
 * recurring entities with the cache on, shows what the cache saves.
 * `tsx bench/api.ts [--entities N --relations N --samples N --concurrency 1,8,32]`.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { loadConfig } from '../core/config.js';
import { silentLogger } from '../core/logger.js';
import { openStore } from '../core/store/index.js';
import type { GraphStore } from '../core/store/port.js';
import { createApp } from '../server/app.js';
import { printTable, summarise, type Timing } from './stats.js';
import { buildSyntheticKuzu } from './synthetic.js';

export interface ApiBenchOptions {
  entities: number;
  relations: number;
  /** Requests per operation and concurrency (paths take a third: they are the slow ones). */
  samples: number;
  concurrency?: number[];
  /** Data directory to build the database in and keep (default: a temp directory, removed after). */
  dir?: string;
}

interface Operation {
  name: string;
  /** Share of `samples` to run: slow operations run fewer. */
  share: number;
  path: (i: number) => string;
  direct: (store: GraphStore, i: number) => Promise<unknown>;
  /** Served by the app with its response cache on (the others have it off). */
  cached?: boolean;
}

/** Entities a "hot" workload keeps coming back to, as analysts do with the story of the day. */
const HOT_ENTITIES = 50;

/** Raw samples of one run: response times, the run's wall time, failures. */
interface Run {
  times: number[];
  elapsedMs: number;
  failed: number;
}

interface Measured {
  timing: Timing;
  perSecond: number;
  failed: number;
}

function measured(runs: Run[]): Measured {
  const times = runs.flatMap((r) => r.times);
  const elapsedMs = runs.reduce((sum, r) => sum + r.elapsedMs, 0);
  return {
    timing: summarise(times),
    perSecond: times.length / (elapsedMs / 1000),
    failed: runs.reduce((n, r) => n + r.failed, 0),
  };
}

/**
 * Direct and HTTP runs alternate in this many rounds, so that whatever else
 * the machine does at the time weighs on both alike.
 */
const ROUNDS = 3;

/** Replays request paths with autocannon and reports every response's time. */
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require(workerData.autocannon);
const { url, paths, connections } = workerData;
const times = [];
let next = 0;
let failed = 0;
// From the first request sent to the last answer: connecting and the worker's start are not load.
let firstSent;
let lastAnswered;
const instance = autocannon({
  url,
  connections,
  amount: paths.length,
  timeout: 60,
  requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
}, (error) => {
  if (error) throw error;
  parentPort.postMessage({ times, failed, elapsedMs: lastAnswered - firstSent });
});
instance.on('response', (_client, status, _bytes, ms) => {
  const now = performance.now();
  firstSent = Math.min(firstSent ?? Infinity, now - ms);
  lastAnswered = now;
  times.push(ms);
  if (status !== 200) failed++;
});
`;

function loadOverHttp(url: string, paths: string[], connections: number): Promise<Run> {
  const worker = new Worker(LOAD_WORKER, {
    eval: true,
    workerData: { autocannon: createRequire(import.meta.url).resolve('autocannon'), url, paths, connections },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (run: Run) => {
      resolve(run);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** The same calls straight on the store, `connections` at a time. */
async function loadDirect(store: GraphStore, op: Operation, indices: number[], connections: number): Promise<Run> {
  const times: number[] = [];
  let next = 0;
  let failed = 0;
  const started = performance.now();
  const client = async (): Promise<void> => {
    for (let k = next++; k < indices.length; k = next++) {
      const t = performance.now();
      await op.direct(store, indices[k]!).catch(() => failed++);
      times.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  return { times, elapsedMs: performance.now() - started, failed };
}

/** A misspelling: two letters of the last word swapped. */
function typo(name: string, i: number): string {
  const word = name.split(' ').at(-1)!.toLowerCase();
  const at = 1 + (i % Math.max(1, word.length - 2));
  return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
}

function operations(ids: string[], names: string[]): Operation[] {
  const id = (i: number) => ids[(i * 7919) % ids.length]!;
  // Exact names, prefixes and misspellings in turn, as people type them.
  const query = (i: number) => {
    const name = names[(i * 7919) % names.length]!;
    return i % 3 === 0 ? name : i % 3 === 1 ? name.slice(0, 4) : typo(name, i);
  };
  return [
    {
      name: 'search',
      share: 1,
      path: (i) => `/api/search?q=${encodeURIComponent(query(i))}`,
      direct: (store, i) => store.search({ query: query(i) }),
    },
    {
      name: 'neighbourhood d1',
      share: 1,
      path: (i) => `/api/entities/${encodeURIComponent(id(i))}/neighbourhood`,
      direct: (store, i) => store.neighbourhood({ ids: [id(i)], depth: 1 }),
    },
    {
      name: 'neighbourhood d2',
      share: 1,
      path: (i) => `/api/entities/${encodeURIComponent(id(i))}/neighbourhood?depth=2&limit=150`,
      direct: (store, i) => store.neighbourhood({ ids: [id(i)], depth: 2, limit: 150 }),
    },
    {
      name: 'neighbourhood d1, hot',
      share: 1,
      cached: true,
      path: (i) => `/api/entities/${encodeURIComponent(id(i % HOT_ENTITIES))}/neighbourhood`,
      direct: (store, i) => store.neighbourhood({ ids: [id(i % HOT_ENTITIES)], depth: 1 }),
    },
    {
      name: 'paths k=3 ≤4',
      share: 1 / 3,
      path: (i) => `/api/paths?from=${encodeURIComponent(id(i))}&to=${encodeURIComponent(id(i + 1))}&maxLength=4&k=3`,
      direct: (store, i) => store.paths({ from: id(i), to: id(i + 1), maxLength: 4, k: 3 }),
    },
  ];
}

/**
 * The floor of the HTTP side: a plain node:http server on the same loopback
 * that answers every request with one recorded answer of the operation (its
 * body, as JSON, no store, no middleware). What loopback, the load generator
 * and the event loop cost at this concurrency, with nothing of ours in it.
 */
async function bareServer(): Promise<{ url: string; answer: (body: Buffer) => void; close: () => Promise<void> }> {
  let body: Buffer = Buffer.from('{}');
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answer: (next) => {
      body = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function listen(app: ReturnType<typeof createApp>): Promise<{ url: string; close: () => Promise<void> }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function runApiBench(options: ApiBenchOptions): Promise<void> {
  const dataDir = options.dir ?? path.join(os.tmpdir(), `newsgraph-bench-api-${process.pid}`);
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'production' });
  if (config.store.kind !== 'kuzu') throw new Error('The API benchmark runs on the embedded store.');
  console.log(
    `\n# API benchmark: ${options.entities} entities, ${options.relations} relations (Kuzu at ${config.store.directory})`,
  );
  const built = await buildSyntheticKuzu(config.store.directory, {
    entities: options.entities,
    relations: options.relations,
  });
  console.log(`built in ${((built.generateMs + built.loadMs) / 1000).toFixed(1)} s`);

  const store = await openStore(config, silentLogger());
  // Without the response cache every request reaches the store, as the direct calls do;
  // the hot workload shows what the cache saves.
  const uncached = await listen(createApp({ config, store, logger: silentLogger() }, { responseCacheBytes: 0 }));
  const cached = await listen(createApp({ config, store, logger: silentLogger() }));
  const bare = await bareServer();

  const rows: Array<Array<string | number>> = [];
  let offset = 1;
  try {
    for (const op of operations(built.ids, built.names)) {
      // Warm up both paths (prepared statements, JIT) on requests not measured.
      await loadDirect(store, op, [0, 1, 2, 3, 4, 5, 6, 7], 4);
      const url = op.cached ? cached.url : uncached.url;
      await loadOverHttp(url, [8, 9, 10, 11, 12, 13, 14, 15].map(op.path), 4);
      bare.answer(Buffer.from(await (await fetch(`${uncached.url}${op.path(8)}`)).arrayBuffer()));
      for (const connections of options.concurrency ?? [1, 8, 32]) {
        const count = Math.max(connections * 4 * ROUNDS, Math.round(options.samples * op.share));
        // The same queries both ways, and fresh ones for every row.
        const indices = Array.from({ length: count }, (_, k) => offset + k);
        offset += count;
        const directRuns: Run[] = [];
        const httpRuns: Run[] = [];
        const bareRuns: Run[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const part = indices.filter((_, k) => k % ROUNDS === round);
          directRuns.push(await loadDirect(store, op, part, connections));
          httpRuns.push(await loadOverHttp(url, part.map(op.path), connections));
          bareRuns.push(await loadOverHttp(bare.url, part.map(op.path), connections));
        }
        const direct = measured(directRuns);
        const http = measured(httpRuns);
        const bareHttp = measured(bareRuns);
        console.error(
          `${op.name}, ${connections} clients: direct p95 ${direct.timing.p95.toFixed(1)} ms, http p95 ${http.timing.p95.toFixed(1)} ms, bare http p95 ${bareHttp.timing.p95.toFixed(1)} ms`,
        );
        rows.push([
          op.name,
          connections,
          direct.timing.p50,
          direct.timing.p95,
          direct.timing.p99,
          direct.perSecond,
          http.timing.p50,
          http.timing.p95,
          http.timing.p99,
          http.perSecond,
          http.timing.p95 / direct.timing.p95,
          http.perSecond / direct.perSecond,
          bareHttp.timing.p95,
          http.timing.p95 / bareHttp.timing.p95,
          direct.failed + http.failed + bareHttp.failed,
        ]);
      }
    }
  } finally {
    await Promise.all([uncached.close(), cached.close(), bare.close()]);
    await store.close();
    if (!options.dir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
  printTable(
    'API over loopback (autocannon) vs the same store calls made directly, at the same concurrency, and vs a bare node:http server answering one recorded response of the same operation (ms, requests/s)',
    [
      'operation',
      'clients',
      'direct p50',
      'p95',
      'p99',
      'req/s',
      'http p50',
      'p95',
      'p99',
      'req/s',
      'p95 ×',
      'req/s ×',
      'bare http p95',
      'http/bare p95 ×',
      'failed',
    ],
    rows,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: '100000' },
      relations: { type: 'string', default: '300000' },
      samples: { type: 'string', default: '300' },
      concurrency: { type: 'string', default: '1,8,32' },
      dir: { type: 'string' },
    },
  });
  await runApiBench({
    entities: Number(values.entities),
    relations: Number(values.relations),
    samples: Number(values.samples),
    concurrency: values.concurrency.split(',').map(Number),
    ...(values.dir ? { dir: values.dir } : {}),
  });
}
