/** Small helpers for the ingest tests: extract a text and look things up in the graph. */
import type { ArticleGraph, ExtractedEntity, KnownEntity } from '../../../core/domain.js';
import { extractArticle } from '../../../ingest/extract.js';

export function extract(text: string, known: KnownEntity[] = [], file = 'test.txt'): ArticleGraph {
  return extractArticle({ file, raw: text }, known);
}

export function entity(graph: ArticleGraph, name: string): ExtractedEntity | undefined {
  return graph.entities.find((e) => e.name === name);
}

export function surfaces(graph: ArticleGraph, name: string): string[] {
  return [...new Set(entity(graph, name)?.mentions.map((m) => m.text) ?? [])];
}

/** Typed relations as "subject TYPE object" lines, by entity name. */
export function facts(graph: ArticleGraph): string[] {
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  return graph.relations
    .filter((r) => r.type !== 'MENTIONED_WITH')
    .map((r) => `${names.get(r.subject)} ${r.type} ${names.get(r.object)}`);
}
