// Starts the TypeScript worker under tsx's loader when the pool runs from source.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
