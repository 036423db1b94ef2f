/**
 * Relations by id with their evidence: each supporting sentence joined with
 * the summary of the article it comes from.
 */
import type { Evidence, GraphEdge } from '../domain.js';
import { errors } from '../errors.js';
import { parseRelationId } from '../relation-id.js';
import { articleSummaries } from './articles.js';
import type { StoreContext } from './context.js';
import { storedEvidence, toEvidence, toGraphEdge, withDates, type StoredEvidence } from './records.js';
import type { Row } from './values.js';

/** A relation with every sentence that supports it; not-found when unknown. */
export async function relation(ctx: StoreContext, id: string): Promise<{ edge: GraphEdge; evidence: Evidence[] }> {
  const found = await relationRow(ctx, id);
  if (!found) throw errors.notFound('relation', id);
  const entries = storedEvidence(found.row);
  const articles = await articleSummaries(ctx, [...new Set(entries.map((e) => e.article))]);
  const edge = withDates(found.edge, (articleId) => articles.get(articleId)?.date ?? null);
  return { edge, evidence: toEvidence(id, entries, articles) };
}

/** The supporting sentences of many relations at once (unknown ids are left out). */
export async function evidence(ctx: StoreContext, relationIds: string[]): Promise<Map<string, Evidence[]>> {
  const rows = new Map<string, StoredEvidence[]>();
  await Promise.all(
    [...new Set(relationIds)].map(async (id) => {
      const found = await relationRow(ctx, id).catch(() => null);
      if (found) rows.set(id, storedEvidence(found.row));
    }),
  );
  const articles = await articleSummaries(ctx, [...new Set([...rows.values()].flat().map((e) => e.article))]);
  return new Map([...rows].map(([id, entries]) => [id, toEvidence(id, entries, articles)]));
}

/** The stored row of one relation (edge and evidence lists), or null when there is none. */
export async function relationRow(ctx: StoreContext, id: string): Promise<{ edge: GraphEdge; row: Row } | null> {
  const key = parseRelationId(id);
  if (!key) throw errors.validation(`"${id}" is not a relation id (expected subject|TYPE|object).`);
  const kinds = await ctx.locate([key.source, key.target]);
  const from = kinds.get(key.source);
  const to = kinds.get(key.target);
  if (!from || !to) return null;
  const [row] = await ctx.runner.run(
    'relation-get',
    { source: key.source, target: key.target },
    { from, type: key.type, to },
  );
  const edge = row ? toGraphEdge(row.edge) : null;
  return row && edge ? { edge, row } : null;
}
