/**
 * Entities by id: graph nodes for a set of ids, one entity with its articles
 * and relations, the most connected, and every entity for the ingest resolver.
 */
import type { EntityDetail, GraphNode, KnownEntity, RelationOfEntity } from '../domain.js';
import { errors } from '../errors.js';
import { RELATION_TYPES, isEntityKind } from '../ontology.js';
import { EdgeDating } from './claims.js';
import type { StoreContext } from './context.js';
import { groupByKind } from './kind-index.js';
import { toArticleSummary, toGraphEdge, toGraphNode } from './records.js';
import { num, str, strList } from './values.js';

/** The stored entities among `ids`, in no particular order. */
export async function nodes(ctx: StoreContext, ids: string[]): Promise<GraphNode[]> {
  const kinds = await ctx.locate(ids);
  const out: GraphNode[] = [];
  for (const [kind, group] of groupByKind(ids, kinds)) {
    for (const row of await ctx.runner.run('entity-nodes', { ids: group }, { kind })) {
      const node = toGraphNode(row.node);
      if (node) out.push(node);
    }
  }
  return out;
}

/** One entity with the articles that mention it and its relations grouped by type; not-found when unknown. */
export async function entity(ctx: StoreContext, id: string, retried = false): Promise<EntityDetail> {
  const kind = (await ctx.locate([id])).get(id);
  const [row] = kind ? await ctx.runner.run('entity-nodes', { ids: [id] }, { kind }) : [];
  const node = row ? toGraphNode(row.node) : null;
  if (kind && !node && !retried) {
    // Another writer (a shared Neo4j) may have deleted and re-created the id under another kind.
    ctx.kinds.forget([id]);
    return entity(ctx, id, true);
  }
  if (!kind || !node) throw errors.notFound('entity', id);
  const [articleRows, relationRows] = await Promise.all([
    ctx.runner.run('entity-articles', { id }, { kind }),
    ctx.runner.run('entity-relations', { id }, { kind, types: RELATION_TYPES }),
  ]);
  const relations: EntityDetail['relations'] = {};
  const dated = new Map(
    (await new EdgeDating(ctx).apply(relationRows.flatMap((r) => toGraphEdge(r.edge) ?? []))).map((e) => [e.id, e]),
  );
  for (const r of relationRows) {
    const edge = dated.get(toGraphEdge(r.edge)?.id ?? '');
    const other = toGraphNode(r.node);
    if (!edge || !other) continue;
    const entry: RelationOfEntity = {
      edge,
      other: { id: other.id, name: other.name, kind: other.kind, aliases: other.aliases },
      direction: edge.source === id ? 'out' : 'in',
    };
    (relations[edge.type] ??= []).push(entry);
  }
  return {
    ...node,
    articles: articleRows.map((r) => ({ ...toArticleSummary(r.article), mentions: num(r, 'mentions') })),
    relations,
  };
}

/** The entities with the most typed relations. */
export async function mostConnected(ctx: StoreContext, limit: number): Promise<GraphNode[]> {
  const rows = await ctx.runner.run('stats-most-connected', { limit });
  return rows.map((r) => toGraphNode(r.node)).filter((n): n is GraphNode => n !== null);
}

/** Every stored entity with its aliases, for the ingest resolver. */
export async function knownEntities(ctx: StoreContext): Promise<KnownEntity[]> {
  const rows = await ctx.runner.run('entities-all');
  return rows.flatMap((r) =>
    isEntityKind(r.kind)
      ? [{ id: str(r, 'id'), name: str(r, 'name'), kind: r.kind, aliases: strList(r, 'aliases') }]
      : [],
  );
}
