/**
 * A stand-in for the ingest pipeline in API tests: it finds entities of a
 * fixed lexicon in each uploaded text (with the article factory) and links
 * the first two named in a sentence with MENTIONED_WITH. Enough to prove that
 * what the route accepts reaches the store; the real extraction is tested
 * with the pipeline.
 */
import type { GraphStore } from '../../../core/store/port.js';
import type { IngestPort } from '../../../server/context.js';
import { articleGraph, type EntityFact, type RelationFact } from '../../support/article-factory.js';

function articleId(file: string): string {
  return file
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function lexiconIngestor(store: GraphStore, lexicon: EntityFact[]): IngestPort {
  const decoder = new TextDecoder();
  return async (uploads) => {
    const results: Awaited<ReturnType<IngestPort>> = [];
    for (const upload of uploads) {
      const text = decoder.decode(upload.bytes);
      const found = lexicon.filter((e) => (e.forms ?? [e.name]).some((form) => text.includes(form)));
      if (found.length === 0) {
        results.push({ file: upload.file, status: 'skipped', reason: 'no known entity in the text' });
        continue;
      }
      const relations: RelationFact[] = [];
      for (const sentence of text.split(/(?<=[.!?])\s+/)) {
        const named = found.filter((e) => (e.forms ?? [e.name]).some((form) => sentence.includes(form)));
        const [first, second] = named;
        if (first && second) {
          relations.push({ subject: first.id, type: 'MENTIONED_WITH', object: second.id, sentence });
        }
      }
      const graph = articleGraph(articleId(upload.file), text, found, relations, { title: upload.file });
      const summary = await store.loadArticle(graph);
      results.push({ file: upload.file, status: summary.changed ? 'loaded' : 'unchanged', ...summary });
    }
    return results;
  };
}
