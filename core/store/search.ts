/**
 * Search by name and alias, and its ranking. Candidates come from the
 * embedded store's in-process index ({@link EntityDirectory}) or, on Neo4j,
 * from one Lucene full-text query over every kind; then every candidate is
 * scored by how well one of its names answers the query (same words, start
 * of a word, typo), with the index's own score and the entity's degree
 * breaking ties.
 */
import type { EntityKind, SearchHit, SearchPage } from '../domain.js';
import { ENTITY_KINDS, LIMITS } from '../ontology.js';
import type { StoreContext } from './context.js';
import type { SearchSpec } from './port.js';
import { toGraphNode } from './records.js';
import { luceneQuery, nameMatcher, tokens, type NameMatch } from './search-terms.js';
import { num } from './values.js';

/** Candidates fetched from the index before ranking. */
const SEARCH_CANDIDATES = 50;

interface Candidate {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  degree: number;
  /** The index's own relevance. */
  score: number;
}

export async function search(ctx: StoreContext, spec: SearchSpec): Promise<SearchPage> {
  const offset = spec.offset ?? 0;
  const limit = Math.min(spec.limit ?? LIMITS.searchPageSize, LIMITS.maxSearchPageSize);
  if (tokens(spec.query).length === 0) return { hits: [], total: 0, offset, limit };
  const kinds = spec.kinds?.length ? spec.kinds : ENTITY_KINDS;
  const top = Math.max(SEARCH_CANDIDATES, offset + limit);
  // Words and prefixes first; typo tolerance (many more candidates) only when no name has every word as typed.
  const first = rank(spec.query, await candidates(ctx, spec.query, kinds, top, false));
  let hits = first.hits;
  if (!first.typed) {
    const fuzzy = rank(spec.query, await candidates(ctx, spec.query, kinds, top, true)).hits;
    const seen = new Set(hits.map((h) => h.id));
    hits = [...hits, ...fuzzy.filter((h) => !seen.has(h.id))];
  }
  hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return { hits: hits.slice(offset, offset + limit), total: hits.length, offset, limit };
}

/** One round of matching: the in-process index of an embedded store, or one full-text query on Neo4j. */
async function candidates(
  ctx: StoreContext,
  query: string,
  kinds: readonly EntityKind[],
  top: number,
  fuzzy: boolean,
): Promise<Candidate[]> {
  const directory = ctx.directory();
  if (directory) {
    const matches = (await directory).match(query, { kinds: new Set(kinds), fuzzy, top });
    return matches.map(({ entry, score }) => ({ ...entry, score }));
  }
  const rows = await ctx.runner.run('search-fulltext', { lucene: luceneQuery(query, { fuzzy }), kinds, top });
  return rows.flatMap((row) => {
    const node = toGraphNode(row.node);
    if (!node) return [];
    ctx.remember(node.id, node.kind);
    return [{ ...node, score: num(row, 'score') }];
  });
}

/**
 * Candidates scored by their best-matching name; those no name answers are dropped. `typed`: some hit's
 * best name has every query word as typed.
 */
function rank(query: string, found: Candidate[]): { hits: SearchHit[]; typed: boolean } {
  const match = nameMatcher(query);
  const hits: SearchHit[] = [];
  let typed = false;
  for (const c of found) {
    let best: NameMatch = { score: 0, typed: false };
    let matched = c.name;
    for (const n of [c.name, ...c.aliases]) {
      const m = match(n);
      if (m.score > best.score) [best, matched] = [m, n];
    }
    if (best.score === 0) continue;
    typed ||= best.typed;
    hits.push({
      id: c.id,
      name: c.name,
      kind: c.kind,
      aliases: c.aliases,
      matched,
      // Name match first; connectedness and then the index's own score break ties.
      score: best.score + Math.min(c.degree, 1000) / 1e5 + Math.min(c.score, 10) / 1e7,
    });
  }
  return { hits, typed };
}
