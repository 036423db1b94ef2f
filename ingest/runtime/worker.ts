/**
 * Worker-thread entry of the extraction pool: extracts the articles it is
 * sent and posts their graphs back.
 */
import { parentPort } from 'node:worker_threads';
import type { KnownEntity } from '../../core/domain.js';
import { extractUnlinked, type ArticleInput } from '../extract.js';

parentPort?.on('message', (job: { id: number; input: ArticleInput; known: KnownEntity[] }) => {
  try {
    parentPort?.postMessage({ id: job.id, graph: extractUnlinked(job.input, job.known) });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: (error as Error).message });
  }
});
