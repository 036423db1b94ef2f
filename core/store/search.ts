/**
 * Search by name and alias, and its ranking: candidates come from the
 * database's full-text index, then every hit is scored by how well one of its
 * names answers the query (exact word, start of a word, typo), with the
 * index's own score and the entity's degree breaking ties.
 */
import type { EntityKind, SearchHit, SearchPage } from '../domain.js';
import { ENTITY_KINDS, LIMITS } from '../ontology.js';
import type { StoreContext } from './context.js';
import type { SearchSpec } from './port.js';
import { toGraphNode } from './records.js';
import { luceneQuery, nameMatcher, queryTerms } from './search-terms.js';
import { num } from './values.js';

/** Matches fetched per kind from the full-text index before ranking. */
const SEARCH_CANDIDATES = 50;
/** A name-match score this high (a word exact, or the start of one: someone typing) needs no typo round. */
const GOOD_MATCH = 0.5;

export async function search(ctx: StoreContext, spec: SearchSpec): Promise<SearchPage> {
  const offset = spec.offset ?? 0;
  const limit = Math.min(spec.limit ?? LIMITS.searchPageSize, LIMITS.maxSearchPageSize);
  if (!queryTerms(spec.query)) return { hits: [], total: 0, offset, limit };
  const kinds = spec.kinds?.length ? spec.kinds : ENTITY_KINDS;
  const top = Math.max(SEARCH_CANDIDATES, offset + limit);
  // Words and prefixes first; the one-edit variants (many more index terms) only when nothing matched well.
  let hits = await searchOnce(ctx, spec.query, kinds, top, false);
  if (!hits.some((h) => h.score >= GOOD_MATCH)) {
    const fuzzy = await searchOnce(ctx, spec.query, kinds, top, true);
    const seen = new Set(hits.map((h) => h.id));
    hits = [...hits, ...fuzzy.filter((h) => !seen.has(h.id))];
  }
  hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return { hits: hits.slice(offset, offset + limit), total: hits.length, offset, limit };
}

/** One round of full-text matching over every kind asked for, ranked by how well a name or alias answers. */
async function searchOnce(
  ctx: StoreContext,
  query: string,
  kinds: readonly EntityKind[],
  top: number,
  fuzzy: boolean,
): Promise<SearchHit[]> {
  const params = { terms: queryTerms(query, { fuzzy }), lucene: luceneQuery(query, { fuzzy }), top };
  const perKind = await Promise.all(kinds.map((kind) => ctx.runner.run('search-fulltext', params, { kind })));
  const score = nameMatcher(query);
  const hits: SearchHit[] = [];
  for (const row of perKind.flat()) {
    const node = toGraphNode(row.node);
    if (!node) continue;
    let best = 0;
    let matched = node.name;
    for (const n of [node.name, ...node.aliases]) {
      const s = score(n);
      if (s > best) [best, matched] = [s, n];
    }
    if (best === 0) continue;
    ctx.kinds.remember(node.id, node.kind);
    hits.push({
      id: node.id,
      name: node.name,
      kind: node.kind,
      aliases: node.aliases,
      matched,
      // Name match first; the index's own score and then connectedness break ties.
      score: best + Math.min(num(row, 'score'), 10) / 1000 + Math.min(node.degree, 1000) / 1e6,
    });
  }
  return hits;
}
