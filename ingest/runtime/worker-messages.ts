/**
 * What the extraction pool and its workers say to each other, defined once
 * for both sides.
 */
import type { ArticleGraph } from '../../core/domain.js';
import type { ArticleInput } from '../extract.js';

/**
 * The known people's names a worker lacks for an article: from position
 * `from` of set `set` on (`from` 0: the worker drops what it held and starts
 * this set afresh).
 */
export interface KnownPeopleUpdate {
  set: number;
  from: number;
  names: string[];
}

export interface ExtractionJob {
  id: number;
  input: ArticleInput;
  people: KnownPeopleUpdate;
}

export type WorkerReply = { ready: true } | { id: number; graph: ArticleGraph } | { id: number; error: string };
