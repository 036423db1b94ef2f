/**
 * Relations by id with their evidence: each supporting sentence joined with
 * the summary of the article it comes from.
 */
import type { Evidence, GraphEdge } from '../domain.js';
import { errors } from '../errors.js';
import { parseRelationId, type RelationKey } from '../relation-id.js';
import { articleSummaries } from './articles.js';
import type { StoreContext } from './context.js';
import { groupByTable } from './kind-index.js';
import { storedEvidence, toEvidence, toGraphEdge, withDates } from './records.js';
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
  const rows = new Map(
    [...(await relationRows(ctx, relationIds))].map(([id, found]) => [id, storedEvidence(found.row)]),
  );
  const articles = await articleSummaries(ctx, [...new Set([...rows.values()].flat().map((e) => e.article))]);
  return new Map([...rows].map(([id, entries]) => [id, toEvidence(id, entries, articles)]));
}

/** The stored row of one relation (edge and evidence lists), or null when there is none. */
export async function relationRow(ctx: StoreContext, id: string): Promise<{ edge: GraphEdge; row: Row } | null> {
  if (!parseRelationId(id)) throw errors.validation(`"${id}" is not a relation id (expected subject|TYPE|object).`);
  return (await relationRows(ctx, [id])).get(id) ?? null;
}

/**
 * The stored rows of many relations, one query per relation table (type
 * between two kinds); ids that are malformed or not stored are absent.
 */
export async function relationRows(
  ctx: StoreContext,
  ids: string[],
): Promise<Map<string, { edge: GraphEdge; row: Row }>> {
  const keys = [...new Set(ids)].map(parseRelationId).filter((k): k is RelationKey => k !== null);
  const kinds = await ctx.locate(keys.flatMap((k) => [k.source, k.target]));
  const results = await Promise.all(
    groupByTable(keys, (id) => kinds.get(id)).map(({ table, relations }) =>
      ctx.runner.run('relations-get', { rows: relations.map((k) => ({ source: k.source, target: k.target })) }, table),
    ),
  );
  const found = new Map<string, { edge: GraphEdge; row: Row }>();
  for (const row of results.flat()) {
    const edge = toGraphEdge(row.edge);
    if (edge) found.set(edge.id, { edge, row });
  }
  return found;
}
