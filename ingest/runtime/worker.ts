/**
 * Worker-thread entry of the extraction pool: warms up, says it is ready,
 * then extracts the articles it is sent and posts their graphs back. It keeps
 * the known people's names it has been sent, so each article brings only the
 * names learnt since the one before.
 */
import { parentPort } from 'node:worker_threads';
import { extractUnlinked } from '../extract.js';
import type { ExtractionJob, KnownPeopleUpdate, WorkerReply } from './worker-messages.js';

let people = { set: -1, names: new Set<string>() };

function update({ set, from, names }: KnownPeopleUpdate): ReadonlySet<string> {
  if (set !== people.set || from === 0) people = { set, names: new Set() };
  for (const name of names) people.names.add(name);
  return people.names;
}

const reply = (message: WorkerReply) => parentPort?.postMessage(message);

parentPort?.on('message', (job: ExtractionJob) => {
  try {
    reply({ id: job.id, graph: extractUnlinked(job.input, update(job.people)) });
  } catch (error) {
    reply({ id: job.id, error: (error as Error).message });
  }
});

// Load the parser and the lexicon before saying ready: an article's time budget is for the article.
extractUnlinked({ file: 'warm-up.txt', raw: 'The minister met the ambassador in the capital.' });
reply({ ready: true });
