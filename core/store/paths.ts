/**
 * Paths between two entities: every shortest path first, then the next
 * lengths up (without revisiting a node) until k paths are found, each edge
 * with its evidence. With a view (time range, statuses), only paths whose
 * every edge the view keeps. The path rows carry their entities and
 * relations (evidence lists included), so besides the path queries a read
 * asks only for the dates and summaries of the articles cited.
 */
import type { GraphEdge, GraphNode, GraphPath } from '../domain.js';
import { errors } from '../errors.js';
import { LIMITS, TYPED_RELATION_TYPES } from '../ontology.js';
import { articleSummaries } from './articles.js';
import { EdgeDating } from './claims.js';
import type { StoreContext } from './context.js';
import type { PathSpec } from './port.js';
import { storedEvidence, toEvidence, toGraphEdge, toGraphNode, type StoredEvidence } from './records.js';
import { StoreRelationship, strList, type Row, type StoreValue } from './values.js';

export async function paths(ctx: StoreContext, spec: PathSpec): Promise<GraphPath[]> {
  const maxLength = spec.maxLength ?? 4;
  const k = Math.min(spec.k ?? 3, LIMITS.maxPaths);
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > LIMITS.maxPathLength) {
    throw errors.validation(`maxLength must be 1..${LIMITS.maxPathLength}`);
  }
  if (spec.from === spec.to) throw errors.validation('A path needs two different entities.');
  const kinds = await ctx.locate([spec.from, spec.to]);
  for (const id of [spec.from, spec.to]) if (!kinds.has(id)) throw errors.notFound('entity', id);
  const template = {
    from: kinds.get(spec.from)!,
    to: kinds.get(spec.to)!,
    types: spec.types?.length ? spec.types : TYPED_RELATION_TYPES,
    maxLength,
  };
  const params = { source: spec.from, target: spec.to, k };
  const dating = new EdgeDating(ctx, spec.claimView);
  /** Each edge met so far as the view sees it (null: the view leaves it out). */
  const viewed = new Map<string, GraphEdge | null>();
  const evidenceOf = new Map<string, StoredEvidence[]>();
  const nodeOf = new Map<string, GraphNode>();
  const found = new Map<string, { nodeIds: string[]; edgeIds: string[] }>();
  const add = async (rows: Row[]) => {
    const candidates = rows.map((r) => ({ nodeIds: strList(r, 'nodeIds'), edgeIds: strList(r, 'edgeIds') }));
    const unseen = new Map<string, GraphEdge>();
    for (const row of rows) {
      for (const value of listOf(row.nodes)) {
        const node = toGraphNode(value);
        if (node) nodeOf.set(node.id, node);
      }
      for (const value of listOf(row.rels)) {
        const edge = value instanceof StoreRelationship ? toGraphEdge(value) : null;
        if (!edge || viewed.has(edge.id) || unseen.has(edge.id)) continue;
        unseen.set(edge.id, edge);
        evidenceOf.set(edge.id, storedEvidence((value as StoreRelationship).properties));
      }
    }
    const kept = new Set((await dating.apply([...unseen.values()])).map((e) => e.id));
    for (const [id, edge] of unseen) viewed.set(id, kept.has(id) ? edge : null);
    for (const c of candidates) {
      const key = c.edgeIds.join('>');
      if (found.size < k && !found.has(key) && c.edgeIds.every((id) => viewed.get(id))) found.set(key, c);
    }
  };
  const shortestRows = await ctx.runner.run('paths-shortest', params, template);
  await add(shortestRows);
  const shortest = Math.min(...shortestRows.map((r) => strList(r, 'edgeIds').length));
  // Fewer than k shortest paths: the next lengths up, without revisiting a node. When the view
  // left out some shortest paths, others of the same length may still pass it.
  const from = found.size < shortestRows.length ? shortest : shortest + 1;
  for (let length = from; shortestRows.length > 0 && found.size < k && length <= maxLength; length++) {
    await add(
      await ctx.runner.run(
        'paths-of-length',
        { ...params, k: k * 4 },
        { ...template, minLength: length, maxLength: length },
      ),
    );
  }
  const chosen = [...found.values()];
  const cited = chosen.flatMap((p) => p.edgeIds.flatMap((id) => evidenceOf.get(id) ?? []));
  const articles = await articleSummaries(ctx, [...new Set(cited.map((e) => e.article))]);
  return chosen.map((p) => ({
    nodes: p.nodeIds.map((id) => nodeOf.get(id)).filter((n): n is GraphNode => n !== undefined),
    edges: p.edgeIds.map((id) => viewed.get(id)).filter((e): e is GraphEdge => e !== undefined && e !== null),
    evidence: Object.fromEntries(p.edgeIds.map((id) => [id, toEvidence(id, evidenceOf.get(id) ?? [], articles)])),
  }));
}

function listOf(value: StoreValue | undefined): StoreValue[] {
  return Array.isArray(value) ? value : [];
}
