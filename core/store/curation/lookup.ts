/**
 * Lookups by id that curation makes inside and outside its transactions,
 * one entity kind at a time: on Kuzu 0.11 a lookup over every entity table
 * at once (`n:Country:Person:…` with an id filter) returns rows of the wrong
 * table once tables were bulk-loaded, while one table at a time is exact.
 */
import type { GraphNode } from '../../domain.js';
import { ENTITY_KINDS } from '../../ontology.js';
import { toGraphNode } from '../records.js';
import type { QueryExecutor } from '../runner.js';
import { str } from '../values.js';

/** The stored entities among `ids`, by id. */
export async function entitiesIn(executor: QueryExecutor, ids: Iterable<string>): Promise<Map<string, GraphNode>> {
  const list = [...new Set(ids)];
  const found = new Map<string, GraphNode>();
  if (list.length === 0) return found;
  for (const kind of ENTITY_KINDS) {
    for (const row of await executor.run('entity-nodes', { ids: list }, { kind })) {
      const node = toGraphNode(row.node);
      if (node) found.set(node.id, node);
    }
  }
  return found;
}

/** For each stored article that mentions an entity among `ids`: which of them it mentions. */
export async function articlesMentioning(
  executor: QueryExecutor,
  ids: Iterable<string>,
): Promise<Map<string, Set<string>>> {
  const list = [...new Set(ids)];
  const out = new Map<string, Set<string>>();
  if (list.length === 0) return out;
  for (const kind of ENTITY_KINDS) {
    for (const row of await executor.run('curation-articles-mentioning', { ids: list }, { kind })) {
      const article = str(row, 'id');
      const set = out.get(article) ?? new Set<string>();
      set.add(str(row, 'entity'));
      out.set(article, set);
    }
  }
  return out;
}
