/**
 * Start benchmark: time from launching the server to its first answer that
 * needs the store (a search), on a store holding the sample corpus. The
 * built server (`npm start`: plain Node on dist/) next to the same server
 * compiled from TypeScript at start (tsx), and a bare Node HTTP server as the
 * floor. Needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../core/logger.js';
import { openStore } from '../core/store/index.js';
import { sampleCorpusGraphs } from '../tests/support/corpus-store.js';
import { printTable, summarise } from './stats.js';

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Milliseconds from spawn to the first 200 of `url` (polled every 10 ms). */
async function timeToAnswer(args: string[], env: NodeJS.ProcessEnv, pathname: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}${pathname}`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) return performance.now() - started;
      if (performance.now() - started > 60_000) throw new Error(`${args.join(' ')} did not answer in 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}

const BARE_SERVER = "require('http').createServer((q, s) => s.end('{}')).listen(Number(process.env.PORT), '127.0.0.1')";

export async function runStartBench(options: { runs?: number } = {}): Promise<void> {
  const runs = options.runs ?? 5;
  if (!fs.existsSync('dist/server/main.js')) throw new Error('Run `npm run build` first (dist/server/main.js).');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-start-'));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'production' };
  const store = await openStore(
    {
      store: { kind: 'kuzu', engine: 'kuzu', directory: path.join(dataDir, 'kuzu'), readConnections: 1 },
      console: { timeoutMs: 1000, rowCap: 10, workers: 1, queue: 1, memoryMb: 256 },
    },
    silentLogger(),
  );
  await store.loadArticles(await sampleCorpusGraphs());
  await store.close();
  const variants: Array<[string, string[], string]> = [
    ['npm start (node dist/)', ['dist/server/main.js'], '/api/search?q=minister'],
    ['from source (tsx)', ['--import', 'tsx', 'server/main.ts'], '/api/search?q=minister'],
    ['bare node http (floor)', ['-e', BARE_SERVER], '/'],
  ];
  const times = new Map<string, number[]>(variants.map(([name]) => [name, []]));
  // Interleaved, so the machine's load falls on every variant alike.
  for (let i = 0; i < runs; i++) {
    for (const [name, args, pathname] of variants) times.get(name)!.push(await timeToAnswer(args, env, pathname));
  }
  const bare = summarise(times.get(variants[2]![0])!).p50;
  printTable(
    `Server start until the first search answers (sample corpus, ${runs} runs each)`,
    ['server', 'p50 ms', 'max ms', 'ratio to bare p50'],
    variants.map(([name]) => {
      const s = summarise(times.get(name)!);
      return [name, s.p50, Math.max(...times.get(name)!), s.p50 / bare];
    }),
  );
  fs.rmSync(dataDir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await runStartBench();
