/**
 * `npm run bench [-- --only store,directory,ingest,scaling,api,client,start,stores] [--scale 100k|1m] [--entities N --relations N --samples N --articles N --ingest-sizes 100,1000,10000] [--engine kuzu|ladybug]`:
 * runs the benchmarks and prints their tables (`stores`: Kuzu and Neo4j side by side,
 * on a twentieth of the scale unless --scale or --entities/--relations are given; it needs Java and Maven;
 * `--engine` is the embedded engine of `store`).
 * `--scale 1m` is 1M entities and 3M relations (100k: 100k and 300k, the default); --entities/--relations
 * win over it. Benchmarks measure; they assert nothing. Each one also runs alone: `npx tsx bench/<name>.ts`.
 * A graph too large for Node's default heap reruns the command with a larger one (see {@link HEAP_MB_PER_MILLION}).
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { EMBEDDED_ENGINES, type EmbeddedEngine } from '../core/config.js';
import { runApiBench } from './api.js';
import { runClientBench } from './client.js';
import { runDirectoryBench } from './directory.js';
import { printIngestBench, runIngestAgainstStore, runIngestBench, runIngestScale } from './ingest.js';
import { printScalingBench, runScalingBench } from './scaling.js';
import { runStartBench } from './start.js';
import { runStoreBench } from './store.js';
import { runStoresBench } from './stores.js';

const BENCHES = ['store', 'directory', 'ingest', 'scaling', 'api', 'client', 'start', 'stores'] as const;

/** Graph sizes by name: entities, and three relations to an entity as in the measurements. */
const SCALES: Record<string, { entities: number; relations: number }> = {
  '100k': { entities: 100_000, relations: 300_000 },
  '1m': { entities: 1_000_000, relations: 3_000_000 },
};

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: BENCHES.join(',') },
    scale: { type: 'string' },
    entities: { type: 'string' },
    relations: { type: 'string' },
    samples: { type: 'string', default: '200' },
    articles: { type: 'string', default: '1000' },
    'ingest-sizes': { type: 'string', default: '100,1000,10000' },
    engine: { type: 'string', default: 'kuzu' },
  },
});
const only = new Set(values.only.split(',').map((s) => s.trim()));
for (const name of only) {
  if (!(BENCHES as readonly string[]).includes(name))
    throw new Error(`Unknown benchmark "${name}" (${BENCHES.join(', ')})`);
}
const named = values.scale === undefined ? undefined : SCALES[values.scale.toLowerCase()];
if (values.scale !== undefined && !named)
  throw new Error(`Unknown scale "${values.scale}" (${Object.keys(SCALES).join(', ')})`);
if (!(EMBEDDED_ENGINES as readonly string[]).includes(values.engine))
  throw new Error(`Unknown engine "${values.engine}" (${EMBEDDED_ENGINES.join(', ')})`);
const engine = values.engine as EmbeddedEngine;
const scale = {
  entities: Number(values.entities ?? named?.entities ?? SCALES['100k']!.entities),
  relations: Number(values.relations ?? named?.relations ?? SCALES['100k']!.relations),
  samples: Number(values.samples),
};

/**
 * Heap the synthetic corpus of a million entities and three million relations needs, in MB (it
 * is built in memory before the store sees it); measured: 4 GB runs out, 14 GB is enough.
 */
const HEAP_MB_PER_MILLION = 14_336;
const heapMb = Math.ceil((Math.max(scale.entities, scale.relations / 3) / 1e6) * HEAP_MB_PER_MILLION);
if (heapMb > v8.getHeapStatistics().heap_size_limit / 2 ** 20 && process.env.NEWSGRAPH_BENCH_HEAP === undefined) {
  console.log(`Rerunning with a ${heapMb} MB heap for a graph of ${scale.entities} entities ...`);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${heapMb}`, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...process.env, NEWSGRAPH_BENCH_HEAP: String(heapMb) },
    },
  );
  process.exit(child.status ?? 1);
}

if (only.has('store')) await runStoreBench({ ...scale, engine });
if (only.has('directory')) runDirectoryBench(scale);
if (only.has('ingest')) {
  printIngestBench(await runIngestBench({ articles: Number(values.articles), workers: 2 }));
  await runIngestScale({ sizes: values['ingest-sizes'].split(',').map(Number), workers: 2 });
  await runIngestAgainstStore({ storeSizes: [0, scale.entities / 10, scale.entities], articles: 200, workers: 2 });
}
if (only.has('scaling')) printScalingBench(runScalingBench());
if (only.has('api')) await runApiBench(scale);
if (only.has('client')) await runClientBench();
if (only.has('start')) await runStartBench();
// Neo4j loads article by article: the side-by-side graph is a twentieth of the others unless the scale is given.
const given = named !== undefined || values.entities !== undefined || values.relations !== undefined;
if (only.has('stores'))
  await runStoresBench({
    entities: given ? scale.entities : 5_000,
    relations: given ? scale.relations : 15_000,
    samples: Math.min(scale.samples, 50),
  });
