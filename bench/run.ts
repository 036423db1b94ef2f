/**
 * `npm run bench [-- --only store,ingest,scaling,api,client,start] [--entities N --relations N --samples N --articles N --ingest-sizes 100,1000,10000]`:
 * runs the benchmarks and prints their tables. Benchmarks measure; they
 * assert nothing. Each one also runs alone: `npx tsx bench/<name>.ts`.
 */
import { parseArgs } from 'node:util';
import { runApiBench } from './api.js';
import { runClientBench } from './client.js';
import { printIngestBench, runIngestBench, runIngestScale } from './ingest.js';
import { printScalingBench, runScalingBench } from './scaling.js';
import { runStartBench } from './start.js';
import { runStoreBench } from './store.js';

const BENCHES = ['store', 'ingest', 'scaling', 'api', 'client', 'start'] as const;

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: BENCHES.join(',') },
    entities: { type: 'string', default: '100000' },
    relations: { type: 'string', default: '300000' },
    samples: { type: 'string', default: '200' },
    articles: { type: 'string', default: '1000' },
    'ingest-sizes': { type: 'string', default: '100,1000,10000' },
  },
});
const only = new Set(values.only.split(',').map((s) => s.trim()));
for (const name of only) {
  if (!(BENCHES as readonly string[]).includes(name))
    throw new Error(`Unknown benchmark "${name}" (${BENCHES.join(', ')})`);
}
const scale = {
  entities: Number(values.entities),
  relations: Number(values.relations),
  samples: Number(values.samples),
};

if (only.has('store')) await runStoreBench(scale);
if (only.has('ingest')) {
  printIngestBench(await runIngestBench({ articles: Number(values.articles), workers: 2 }));
  await runIngestScale({ sizes: values['ingest-sizes'].split(',').map(Number), workers: 2 });
}
if (only.has('scaling')) printScalingBench(runScalingBench());
if (only.has('api')) await runApiBench(scale);
if (only.has('client')) await runClientBench();
if (only.has('start')) await runStartBench();
