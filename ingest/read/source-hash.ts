/**
 * What decides that a file needs no new extraction: the hash of its raw
 * content, its format and the pipeline version. Bump the version when a
 * change to the pipeline should re-extract stored articles on the next ingest
 * (or run `ingest --force`).
 */
import { createHash } from 'node:crypto';
import type { RawArticle } from './read.js';

export const PIPELINE_VERSION = '1';

export function sourceHashOf(article: Pick<RawArticle, 'format' | 'raw'>): string {
  return createHash('sha256').update(`${PIPELINE_VERSION}\u0000${article.format}\u0000${article.raw}`).digest('hex');
}
