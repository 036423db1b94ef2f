/**
 * Store benchmark: bulk-loads a synthetic graph (100k entities, 300k
 * relations by default) into the embedded store (Kuzu 0.11, or LadybugDB with
 * `--engine ladybug`), times incremental article loads, then times
 * neighbourhood, search and path reads through the store next to the very
 * same Cypher replayed directly on a connection of the same engine: the ratio
 * is what the store layer costs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type EmbeddedEngine } from '../core/config.js';
import { silentLogger } from '../core/logger.js';
import { Catalogue } from '../core/store/catalogue.js';
import { CypherGraphStore } from '../core/store/graph-store.js';
import { writeJsonRows } from '../core/store/kuzu/json-rows.js';
import { copySlices } from '../core/store/kuzu/list-shapes.js';
import { KuzuRunner } from '../core/store/kuzu/runner.js';
import type { GraphStore } from '../core/store/port.js';
import { bareConnection, bareDatabase, type Call } from './bare-kuzu.js';
import { recording } from './recording.js';
import { printWriteProfile, replayProfiled } from './write-profile.js';
import { printWriteShapes } from './write-shapes.js';
import { formatNumber, printTable, summarise } from './stats.js';
import { kuzuSchemaStatements } from '../core/store/schema.js';
import { buildSyntheticKuzu, syntheticCorpus, type RecordedCopy } from './synthetic.js';

export interface StoreBenchOptions {
  entities: number;
  relations: number;
  samples: number;
  dir?: string;
  /** The embedded engine (default Kuzu 0.11). */
  engine?: EmbeddedEngine;
}

function typo(name: string, i: number): string {
  const word = name.split(' ').at(-1)!.toLowerCase();
  const at = 1 + (i % Math.max(1, word.length - 2));
  return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
}

/**
 * Bare COPY of the rows the store's bulk import loaded, into a fresh database with the same schema: from JSON
 * files on Kuzu, from the rows as a parameter on LadybugDB (which reads JSON only through an extension it
 * downloads), as the store copies on each.
 */
async function bareCopy(engine: EmbeddedEngine, dir: string, copies: RecordedCopy[]): Promise<number> {
  fs.rmSync(dir, { recursive: true, force: true });
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-copy-'));
  const catalogue = Catalogue.load('kuzu', undefined, engine);
  const fromFiles = engine === 'kuzu';
  const texts = fromFiles
    ? copies.map((copy, i) => {
        const file = path.join(files, `rows-${i}.json`);
        writeJsonRows(file, copy.rows);
        return catalogue.text(copy.name, { ...copy.template, file });
      })
    : [];
  const started = performance.now();
  const db = await bareDatabase(engine, dir);
  const c = await bareConnection(db, engine);
  for (const statement of [...kuzuSchemaStatements(), ...texts]) await c.query(statement);
  if (!fromFiles)
    for (const copy of copies)
      for (const rows of copySlices(copy.rows))
        await c.run({ name: copy.name, params: { rows }, template: copy.template });
  await c.close();
  await db.close();
  const ms = performance.now() - started;
  fs.rmSync(files, { recursive: true, force: true });
  return ms;
}

export async function runStoreBench(options: StoreBenchOptions): Promise<void> {
  const engine = options.engine ?? 'kuzu';
  const dir = options.dir ?? path.join(os.tmpdir(), `newsgraph-bench-store-${process.pid}`);
  const replayDir = `${dir}-bare`;
  console.log(
    `\n# Store benchmark: ${options.entities} entities, ${options.relations} relations (${engine} at ${dir})`,
  );
  const built = await buildSyntheticKuzu(dir, { entities: options.entities, relations: options.relations, engine });
  const copyMs = await bareCopy(engine, replayDir, built.copies);
  built.copies.length = 0;
  printTable(
    'Bulk load: importArticles into an empty store (plan, write rows, COPY per table) vs bare COPY of the same rows into the same schema',
    ['articles', 'store ms', 'bare COPY ms', 'ratio', 'entities/s', 'relations/s'],
    [
      [
        built.articles,
        built.loadMs,
        copyMs,
        built.loadMs / copyMs,
        options.entities / (built.loadMs / 1000),
        options.relations / (built.loadMs / 1000),
      ],
    ],
  );

  // The bare side replays the store's writes on a copy of the same graph.
  fs.rmSync(replayDir, { recursive: true, force: true });
  fs.cpSync(dir, replayDir, { recursive: true });
  // The store's own checkpoint policy, on both sides.
  const { store: defaults } = loadConfig({});
  const checkpointBytes = defaults.kind === 'kuzu' ? (defaults.checkpointBytes ?? -1) : -1;
  const runner = await KuzuRunner.open({
    engine,
    directory: dir,
    readConnections: 4,
    logger: silentLogger(),
    checkpointBytes,
  });
  const sink = { calls: [] as Call[], transactions: [] as Call[][] };
  const store: GraphStore = new CypherGraphStore(recording(runner, sink), silentLogger(), {
    consoleTimeoutMs: 5000,
    consoleRowCap: 1000,
  });
  const openStarted = performance.now();
  await store.search({ query: 'warm' });
  const directoryMs = performance.now() - openStarted;

  // Incremental loads into the big graph: one article per transaction, then many at once.
  const extra = syntheticCorpus({ entities: options.entities, relations: 120 * 150, seed: 99 }).graphs.map((g, i) => ({
    ...g,
    article: { ...g.article, id: `incremental-${i}` },
  }));
  const singles = extra.slice(0, 20);
  const batch = extra.slice(20);
  const loadTimes: number[] = [];
  sink.transactions = [];
  for (const g of singles) {
    const t = performance.now();
    await store.loadArticle(g);
    loadTimes.push(performance.now() - t);
  }
  const singleTransactions = sink.transactions;
  // The batch pays for its own checkpoint below, not for the singles' log.
  await runner.checkpoint();
  sink.transactions = [];
  const batchStarted = performance.now();
  await store.loadArticles(batch);
  const batchMs = performance.now() - batchStarted;
  const batchTransactions = sink.transactions;
  // What the batch leaves in the write-ahead log is merged by a later checkpoint: the batch owes it.
  const checkpointStarted = performance.now();
  await runner.checkpoint();
  const checkpointMs = performance.now() - checkpointStarted;
  const pick = (i: number) => built.ids[(i * 7919) % built.ids.length]!;
  const nameAt = (i: number) => built.names[(i * 7919) % built.names.length]!;
  const searchQuery: Record<string, (i: number) => string> = {
    'search exact': (i) => nameAt(i),
    'search prefix': (i) => nameAt(i).slice(0, 4),
    'search typo': (i) => typo(nameAt(i), i),
  };
  const operations: Array<{ name: string; run: (i: number) => Promise<unknown> }> = [
    { name: 'neighbourhood d1', run: (i) => store.neighbourhood({ ids: [pick(i)], depth: 1 }) },
    { name: 'neighbourhood d2', run: (i) => store.neighbourhood({ ids: [pick(i)], depth: 2, limit: 150 }) },
    ...Object.entries(searchQuery).map(([name, query]) => ({
      name,
      run: (i: number) => store.search({ query: query(i) }),
    })),
    { name: 'paths k=3 ≤4', run: (i) => store.paths({ from: pick(i), to: pick(i + 1), maxLength: 4, k: 3 }) },
    { name: 'paths k=1 ≤4', run: (i) => store.paths({ from: pick(i), to: pick(i + 1), maxLength: 4, k: 1 }) },
  ];
  const recorded = new Map<string, Call[][]>();
  const searchQueries = new Map<string, string[]>();
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
    const query = searchQuery[op.name];
    if (query)
      searchQueries.set(
        op.name,
        Array.from({ length: options.samples }, (_, i) => query(i + 1)),
      );
  }
  await store.close();

  await printWriteShapes(engine, replayDir, singleTransactions[0]!);

  // The same queries, straight on a Kuzu connection (prepared once, as the store does), on the copy.
  const db = await bareDatabase(engine, replayDir, checkpointBytes);
  const writer = await bareConnection(db, engine);
  const singleProfiles = [];
  for (const calls of singleTransactions) singleProfiles.push(await replayProfiled(writer, calls));
  const bareSingles = summarise(singleProfiles.map((p) => p.totalMs));
  await writer.query('CHECKPOINT');
  let bareBatchMs = 0;
  for (const calls of batchTransactions) bareBatchMs += (await replayProfiled(writer, calls)).totalMs;
  const bareCheckpointStarted = performance.now();
  await writer.query('CHECKPOINT');
  const bareCheckpointMs = performance.now() - bareCheckpointStarted;
  const load = summarise(loadTimes);
  printTable(
    `Incremental load into the big graph (articles of 150 relations): the store vs its own statements replayed bare (index: ${formatNumber(directoryMs)} ms to read at open; the first write also reads which relations are stored, first article ${formatNumber(loadTimes[0]!)} ms; checkpoint: merging what the batch left in the log, checkpoint threshold ${formatNumber(checkpointBytes / 2 ** 20)} MB)`,
    [
      'load',
      'articles',
      'transactions',
      'store p50 ms',
      'store p95 ms',
      'bare p50 ms',
      'bare p95 ms',
      'ratio p50',
      'articles/s',
      'checkpoint ms',
      'bare checkpoint ms',
      'articles/s with checkpoint',
      'bare articles/s with checkpoint',
    ],
    [
      [
        'one per transaction',
        singles.length,
        singleTransactions.length,
        load.p50,
        load.p95,
        bareSingles.p50,
        bareSingles.p95,
        load.p50 / bareSingles.p50,
        1000 / load.mean,
        NaN,
        NaN,
        NaN,
        NaN,
      ],
      [
        'loadArticles (batched)',
        batch.length,
        batchTransactions.length,
        batchMs / batch.length,
        NaN,
        bareBatchMs / batch.length,
        NaN,
        batchMs / bareBatchMs,
        batch.length / (batchMs / 1000),
        checkpointMs,
        bareCheckpointMs,
        batch.length / ((batchMs + checkpointMs) / 1000),
        batch.length / ((bareBatchMs + bareCheckpointMs) / 1000),
      ],
    ],
  );

  printWriteProfile(singleProfiles);

  const connections = await Promise.all([0, 1, 2, 3].map(() => bareConnection(db, engine)));
  const perQuery = new Map<string, number[]>();
  const bare = async (call: Call, slot: number) => {
    const started = performance.now();
    await connections[slot % connections.length]!.run(call);
    const list = perQuery.get(call.name) ?? [];
    list.push(performance.now() - started);
    perQuery.set(call.name, list);
  };
  // Search has no query to replay (the index is in process): its bare counterpart is one
  // full-text query over one kind's names on the engine's own index, built here on the copy.
  // LadybugDB's full-text search is an extension it downloads: offline there is no counterpart.
  const ftsStarted = performance.now();
  const hasFts = await writer
    .query("CALL CREATE_FTS_INDEX('Person', 'bare_names', ['name'], stemmer := 'none')")
    .then(() => true)
    .catch(() => false);
  const ftsBuildMs = performance.now() - ftsStarted;
  const bareSearch = async (query: string) => {
    if (!hasFts) return NaN;
    const t = performance.now();
    await connections[0]!.exec(
      "CALL QUERY_FTS_INDEX('Person', 'bare_names', $q, conjunctive := false, TOP := 50) RETURN node.id AS id, score",
      { q: query },
    );
    return performance.now() - t;
  };
  const rows: Array<Array<string | number>> = [];
  for (const op of operations) {
    const times: number[] = [];
    if (op.name.startsWith('search')) {
      for (const q of searchQueries.get(op.name)!) times.push(await bareSearch(q));
    } else {
      for (const calls of recorded.get(op.name)!) {
        const t = performance.now();
        for (const c of calls) await bare(c, 0);
        times.push(performance.now() - t);
      }
    }
    const st = summarise(storeTimes.get(op.name)!);
    const b = summarise(times);
    const queries = recorded.get(op.name)!.reduce((n, c) => n + c.length, 0) / options.samples;
    rows.push([op.name, queries, st.p50, st.p95, b.p50, b.p95, st.p50 / b.p50, st.p95 / b.p95]);
  }
  printTable(
    'Bare time per catalogue query (all operations above)',
    ['query', 'calls', 'p50 ms', 'p95 ms'],
    [...perQuery].map(([name, t]) => {
      const x = summarise(t);
      return [name, x.n, x.p50, x.p95];
    }),
  );
  for (const conn of [writer, ...connections]) await conn.close();
  await db.close();
  printTable(
    `Reads, one client, ${options.samples} samples each: the store vs the same Cypher on a bare ${engine} connection (search: ${hasFts ? `vs one bare full-text query over Person names, index built in ${formatNumber(ftsBuildMs)} ms` : 'no bare counterpart, the engine has no full-text index offline'})`,
    ['operation', 'queries', 'store p50', 'store p95', 'bare p50', 'bare p95', 'ratio p50', 'ratio p95'],
    rows,
  );
  const memory = process.memoryUsage();
  printTable(
    'Memory of the bench process after the reads',
    ['rss MB', 'heap used MB'],
    [[memory.rss / 2 ** 20, memory.heapUsed / 2 ** 20]],
  );
  if (!options.dir) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(replayDir, { recursive: true, force: true });
  }
}
