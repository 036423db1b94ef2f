/**
 * Worker-thread entry of the extraction pool: warms up, says it is ready,
 * then extracts the articles it is sent and posts their graphs back.
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

// Load the parser and the lexicon before saying ready: an article's time budget is for the article.
extractUnlinked({ file: 'warm-up.txt', raw: 'The minister met the ambassador in the capital.' }, []);
parentPort?.postMessage({ ready: true });
