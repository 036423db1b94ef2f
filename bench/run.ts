/**
 * `npm run bench [-- --only store,ingest,api,client] [--entities N --relations N --samples N]`:
 * runs the benchmarks and prints their tables. Benchmarks measure; they
 * assert nothing.
 */
import { parseArgs } from 'node:util';
import { runStoreBench } from './store.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    entities: { type: 'string', default: '100000' },
    relations: { type: 'string', default: '300000' },
    samples: { type: 'string', default: '200' },
  },
});
const only = new Set((values.only ?? 'store').split(',').map((s) => s.trim()));
const entities = Number(values.entities);
const relations = Number(values.relations);
const samples = Number(values.samples);

if (only.has('store')) await runStoreBench({ entities, relations, samples });
