/**
 * Store benchmark: bulk-loads a synthetic graph (100k entities, 300k
 * relations by default) into Kuzu, times incremental article loads, then
 * times neighbourhood, search and path reads through the store next to the
 * very same Cypher replayed directly on a Kuzu connection: the ratio is what
 * the store layer costs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import kuzu, { type KuzuValue, type PreparedStatement } from 'kuzu';
import { silentLogger } from '../core/logger.js';
import { Catalogue, type TemplateArgs } from '../core/store/catalogue.js';
import { CypherGraphStore } from '../core/store/graph-store.js';
import { KuzuRunner } from '../core/store/kuzu/runner.js';
import type { GraphStore } from '../core/store/port.js';
import type { CypherRunner, Params, QueryExecutor } from '../core/store/runner.js';
import { printTable, summarise } from './stats.js';
import { buildSyntheticKuzu, syntheticCorpus } from './synthetic.js';

export interface StoreBenchOptions {
  entities: number;
  relations: number;
  samples: number;
  dir?: string;
}

interface Call {
  name: string;
  params: Params;
  template: TemplateArgs;
}

/** Records every catalogue call a store operation makes, to replay them bare. */
function recording(runner: CypherRunner, sink: { calls: Call[] }): CypherRunner {
  const record =
    (executor: QueryExecutor): QueryExecutor['run'] =>
    (name, params = {}, template = {}) => {
      sink.calls.push({ name, params, template });
      return executor.run(name, params, template);
    };
  return new Proxy(runner, {
    get(target, prop, receiver) {
      if (prop === 'run') return record(target);
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function typo(name: string, i: number): string {
  const word = name.split(' ').at(-1)!.toLowerCase();
  const at = 1 + (i % Math.max(1, word.length - 2));
  return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
}

export async function runStoreBench(options: StoreBenchOptions): Promise<void> {
  const dir = options.dir ?? path.join(os.tmpdir(), `newsgraph-bench-store-${process.pid}`);
  console.log(`\n# Store benchmark: ${options.entities} entities, ${options.relations} relations (Kuzu at ${dir})`);
  const built = await buildSyntheticKuzu(dir, { entities: options.entities, relations: options.relations });
  printTable(
    'Bulk load (importArticles into an empty store: COPY FROM per table)',
    ['articles', 'generate ms', 'load ms', 'entities/s', 'relations/s'],
    [
      [
        built.articles,
        built.generateMs,
        built.loadMs,
        options.entities / (built.loadMs / 1000),
        options.relations / (built.loadMs / 1000),
      ],
    ],
  );

  const runner = await KuzuRunner.open({ directory: dir, readConnections: 4, logger: silentLogger() });
  const sink = { calls: [] as Call[] };
  const store: GraphStore = new CypherGraphStore(recording(runner, sink), silentLogger(), {
    consoleTimeoutMs: 5000,
    consoleRowCap: 1000,
  });

  // Incremental loads: one transaction per article into the big graph.
  const extra = syntheticCorpus({ entities: options.entities, relations: 20 * 150, seed: 99 }).graphs.map((g, i) => ({
    ...g,
    article: { ...g.article, id: `incremental-${i}` },
  }));
  const loadTimes: number[] = [];
  for (const g of extra) {
    const t = performance.now();
    await store.loadArticle(g);
    loadTimes.push(performance.now() - t);
  }
  const load = summarise(loadTimes);
  printTable(
    'Incremental load (loadArticle, one transaction per article of 150 relations)',
    ['articles', 'p50 ms', 'p95 ms', 'articles/s'],
    [[extra.length, load.p50, load.p95, 1000 / load.mean]],
  );

  const pick = (i: number) => built.ids[(i * 7919) % built.ids.length]!;
  const operations: Array<{ name: string; run: (i: number) => Promise<unknown> }> = [
    { name: 'neighbourhood d1', run: (i) => store.neighbourhood({ ids: [pick(i)], depth: 1 }) },
    { name: 'neighbourhood d2', run: (i) => store.neighbourhood({ ids: [pick(i)], depth: 2, limit: 150 }) },
    { name: 'search exact', run: (i) => store.search({ query: built.names[(i * 7919) % built.names.length]! }) },
    {
      name: 'search prefix',
      run: (i) => store.search({ query: built.names[(i * 7919) % built.names.length]!.slice(0, 4) }),
    },
    {
      name: 'search typo',
      run: (i) => store.search({ query: typo(built.names[(i * 7919) % built.names.length]!, i) }),
    },
    { name: 'paths k=3 ≤4', run: (i) => store.paths({ from: pick(i), to: pick(i + 1), maxLength: 4, k: 3 }) },
    { name: 'paths k=1 ≤4', run: (i) => store.paths({ from: pick(i), to: pick(i + 1), maxLength: 4, k: 1 }) },
  ];
  const recorded = new Map<string, Call[][]>();
  const storeTimes = new Map<string, number[]>();
  for (const op of operations) {
    await op.run(0);
    const times: number[] = [];
    const calls: Call[][] = [];
    for (let i = 1; i <= options.samples; i++) {
      sink.calls = [];
      const t = performance.now();
      await op.run(i);
      times.push(performance.now() - t);
      calls.push(sink.calls);
    }
    storeTimes.set(op.name, times);
    recorded.set(op.name, calls);
  }
  await store.close();

  // The same queries, straight on a Kuzu connection (prepared once, as the store does).
  const catalogue = Catalogue.load('kuzu');
  const db = new kuzu.Database(dir);
  const connections = await Promise.all(
    [0, 1, 2, 3].map(async () => {
      const c = new kuzu.Connection(db);
      await c.init();
      return { c, prepared: new Map<string, PreparedStatement>() };
    }),
  );
  const perQuery = new Map<string, number[]>();
  const bare = async (call: Call, slot: number) => {
    const started = performance.now();
    const { text, params } = catalogue.bind(call.name, call.params, call.template);
    const conn = connections[slot % connections.length]!;
    let ps = conn.prepared.get(text);
    if (!ps) {
      ps = await conn.c.prepare(text);
      conn.prepared.set(text, ps);
    }
    const result = await conn.c.execute(ps, params as Record<string, KuzuValue>);
    const last = Array.isArray(result) ? result.at(-1)! : result;
    await last.getAll();
    last.close();
    const list = perQuery.get(call.name) ?? [];
    list.push(performance.now() - started);
    perQuery.set(call.name, list);
  };
  const rows: Array<Array<string | number>> = [];
  for (const op of operations) {
    const times: number[] = [];
    for (const calls of recorded.get(op.name)!) {
      const t = performance.now();
      // Search asks every kind at once; the rest is sequential, as in the store.
      if (op.name.startsWith('search')) await Promise.all(calls.map((c, i) => bare(c, i)));
      else for (const c of calls) await bare(c, 0);
      times.push(performance.now() - t);
    }
    const s = summarise(storeTimes.get(op.name)!);
    const b = summarise(times);
    const queries = recorded.get(op.name)!.reduce((n, c) => n + c.length, 0) / options.samples;
    rows.push([op.name, queries, s.p50, s.p95, b.p50, b.p95, s.p50 / b.p50, s.p95 / b.p95]);
  }
  printTable(
    'Bare time per catalogue query (all operations above)',
    ['query', 'calls', 'p50 ms', 'p95 ms'],
    [...perQuery].map(([name, t]) => {
      const s = summarise(t);
      return [name, s.n, s.p50, s.p95];
    }),
  );
  for (const conn of connections) {
    conn.prepared.clear();
    await conn.c.close();
  }
  await db.close();
  printTable(
    `Reads, one client, ${options.samples} samples each: store vs the same Cypher on a bare Kuzu connection`,
    ['operation', 'queries', 'store p50', 'store p95', 'bare p50', 'bare p95', 'ratio p50', 'ratio p95'],
    rows,
  );
  if (!options.dir) fs.rmSync(dir, { recursive: true, force: true });
}
