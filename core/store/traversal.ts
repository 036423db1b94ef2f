/**
 * Walking the graph: the neighbourhood of seed entities (hop by hop, with
 * kind, type, article and corroboration filters, ranked and cut to a node
 * limit) and the subgraph among given entities.
 */
import type { ClaimView } from '../claims.js';
import type { EntityKind, GraphEdge, GraphNode, RelationType, Subgraph } from '../domain.js';
import { errors } from '../errors.js';
import { ENTITY_KINDS, LIMITS, RELATION_TYPES, TYPED_RELATION_TYPES, WEAK_RELATION } from '../ontology.js';
import { EdgeDating } from './claims.js';
import type { StoreContext } from './context.js';
import { nodes } from './entities.js';
import { groupByKind } from './kind-index.js';
import type { NeighbourhoodSpec } from './port.js';
import { toGraphEdge, toGraphNode } from './records.js';
import { str } from './values.js';

/** Most nodes a neighbourhood walk visits before it stops counting (hubs at depth 3). */
const MAX_VISITED = 20_000;

export async function neighbourhood(ctx: StoreContext, spec: NeighbourhoodSpec): Promise<Subgraph> {
  const depth = spec.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > LIMITS.maxDepth) {
    throw errors.validation(`depth must be 1..${LIMITS.maxDepth}`);
  }
  const limit = Math.min(spec.limit ?? LIMITS.defaultNodeLimit, LIMITS.maxNodeLimit);
  const types = spec.types?.length ? spec.types : TYPED_RELATION_TYPES;
  const kinds = new Set<EntityKind>(spec.kinds?.length ? spec.kinds : ENTITY_KINDS);
  const articleFilter = spec.articleIds?.length ? new Set(spec.articleIds) : null;
  // No default filter: a relation an analyst added without a source has no article, and still belongs in the graph.
  const minCorroboration = spec.minCorroboration ?? 0;
  const keepEdge = (edge: GraphEdge) =>
    edge.corroboration >= minCorroboration && (!articleFilter || edge.articles.some((a) => articleFilter.has(a)));

  const seedKinds = await ctx.locate(spec.ids);
  const seeds = spec.ids.filter((id) => seedKinds.has(id));
  if (seeds.length === 0) throw errors.notFound('entity', spec.ids.join(', '));

  const distance = new Map<string, number>(seeds.map((id) => [id, 0]));
  const relevance = new Map<string, number>();
  const found = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const kindOf = new Map(seedKinds);
  const dating = new EdgeDating(ctx, spec.claimView);
  let frontier = seeds;
  for (let hop = 1; hop <= depth && frontier.length > 0 && distance.size < MAX_VISITED; hop++) {
    const next: string[] = [];
    const rows = (await hopOnce(ctx, frontier, kindOf, types)).map((row) => ({
      seed: toGraphNode(row.seed),
      edge: toGraphEdge(row.edge),
      node: toGraphNode(row.node),
      dates: row.dates,
    }));
    // The view (time range, statuses) decides which relations the walk may follow; the rows carry their articles' dates.
    const hopEdges: GraphEdge[] = [];
    for (const row of rows) {
      if (row.seed && distance.get(row.seed.id) === 0) found.set(row.seed.id, row.seed);
      if (row.edge) {
        dating.learn(row.edge, row.dates);
        hopEdges.push(row.edge);
      }
    }
    const viewed = new Map((await dating.apply(hopEdges)).map((e) => [e.id, e]));
    for (const row of rows) {
      const edge = row.edge ? viewed.get(row.edge.id) : undefined;
      const node = row.node;
      if (!edge || !node || !kinds.has(node.kind) || !keepEdge(edge)) continue;
      edges.set(edge.id, edge);
      found.set(node.id, node);
      kindOf.set(node.id, node.kind);
      ctx.remember(node.id, node.kind);
      relevance.set(
        node.id,
        (relevance.get(node.id) ?? 0) + edge.corroboration * (edge.type === WEAK_RELATION ? 1 : 3),
      );
      if (!distance.has(node.id)) {
        distance.set(node.id, hop);
        next.push(node.id);
      }
    }
    frontier = next;
  }
  for (const node of await nodes(
    ctx,
    seeds.filter((id) => !found.has(id)),
  ))
    found.set(node.id, node);

  // Seeds first, then the closest, most corroborated, best connected.
  const ranked = [...distance.keys()].sort(
    (a, b) =>
      distance.get(a)! - distance.get(b)! ||
      (relevance.get(b) ?? 0) - (relevance.get(a) ?? 0) ||
      (found.get(b)?.degree ?? 0) - (found.get(a)?.degree ?? 0) ||
      a.localeCompare(b),
  );
  const kept = new Set(ranked.slice(0, Math.max(limit, seeds.length)));
  // Relations among the outermost ring the walk did not cross (two neighbours linked to each other).
  // Its relations to nodes further in were all met on the last hop, so one node alone has none to add.
  const ring = [...kept].filter((id) => distance.get(id) === depth);
  if (ring.length > 1) {
    for (const edge of await dating.apply(await edgesAmong(ctx, ring, [...kept], kindOf, types, dating))) {
      if (keepEdge(edge)) edges.set(edge.id, edge);
    }
  }
  return {
    nodes: [...kept].map((id) => found.get(id)).filter((n): n is GraphNode => n !== undefined),
    edges: [...edges.values()].filter((e) => kept.has(e.source) && kept.has(e.target)),
    omitted: distance.size - kept.size,
  };
}

/** The entities among `ids` and every relation between them that the view keeps. */
export async function subgraph(
  ctx: StoreContext,
  ids: string[],
  types: readonly RelationType[] = [],
  view?: ClaimView,
): Promise<Subgraph> {
  // No types asked for means every type (an empty list would leave the query without a relationship type).
  if (types.length === 0) types = RELATION_TYPES;
  const kinds = await ctx.locate(ids);
  const among = [...kinds.keys()];
  const dating = new EdgeDating(ctx, view);
  const [found, edges] = await Promise.all([nodes(ctx, among), edgesAmong(ctx, among, among, kinds, types, dating)]);
  return { nodes: found, edges: await dating.apply(edges), omitted: 0 };
}

/**
 * One hop out of the frontier, one query per kind, run side by side on the
 * reader pool; each row also carries the node it leaves and its relation's
 * article dates, so a single seed's first hop needs no other query.
 */
async function hopOnce(
  ctx: StoreContext,
  frontier: string[],
  kindOf: Map<string, EntityKind>,
  types: readonly RelationType[],
) {
  const groups = [...groupByKind(frontier, kindOf)];
  const results = await Promise.all(
    groups.map(([kind, ids]) =>
      // One entity (every depth-1 neighbourhood of one seed) is found by its key; many by a list.
      ids.length === 1
        ? ctx.runner.run('neighbour-hop-one', { id: ids[0] }, { kind, types: [...types] })
        : ctx.runner.run('neighbour-hop', { ids }, { kind, types: [...types] }),
    ),
  );
  return results.flat();
}

/** Relations going out of `from` to any entity in `among`; `dating` learns their articles' dates. */
async function edgesAmong(
  ctx: StoreContext,
  from: string[],
  among: string[],
  kindOf: Map<string, EntityKind>,
  types: readonly RelationType[],
  dating: EdgeDating,
): Promise<GraphEdge[]> {
  const groups = [...groupByKind(from, kindOf)];
  const results = await Promise.all(
    groups.map(([kind, ids]) => ctx.runner.run('edges-among', { ids, among }, { kind, types: [...types] })),
  );
  // The embedded store's query leaves the far end to this filter (see edges-among.kuzu.cypher).
  const kept = new Set(among);
  return results.flat().flatMap((row) => {
    if (!kept.has(str(row, 'far'))) return [];
    const edge = toGraphEdge(row.edge);
    if (!edge) return [];
    dating.learn(edge, row.dates);
    return [edge];
  });
}
