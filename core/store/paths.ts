/**
 * Paths between two entities: every shortest path first, then the next
 * lengths up (without revisiting a node) until k paths are found, each edge
 * with its evidence.
 */
import type { GraphEdge, GraphNode, GraphPath } from '../domain.js';
import { errors } from '../errors.js';
import { LIMITS, TYPED_RELATION_TYPES } from '../ontology.js';
import type { StoreContext } from './context.js';
import { nodes } from './entities.js';
import type { PathSpec } from './port.js';
import { evidence, relationRow } from './relations.js';
import { strList, type Row } from './values.js';

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
  const found = new Map<string, { nodeIds: string[]; edgeIds: string[] }>();
  const add = (rows: Row[]) => {
    for (const r of rows) {
      const nodeIds = strList(r, 'nodeIds');
      const edgeIds = strList(r, 'edgeIds');
      const key = edgeIds.join('>');
      if (!found.has(key) && found.size < k) found.set(key, { nodeIds, edgeIds });
    }
  };
  add(await ctx.runner.run('paths-shortest', params, template));
  const shortest = Math.min(...[...found.values()].map((p) => p.edgeIds.length));
  // Fewer than k shortest paths: the next lengths up, without revisiting a node.
  for (let length = shortest + 1; found.size > 0 && found.size < k && length <= maxLength; length++) {
    add(
      await ctx.runner.run(
        'paths-of-length',
        { ...params, k: k * 4 },
        { ...template, minLength: length, maxLength: length },
      ),
    );
  }
  const chosen = [...found.values()];
  const allNodes = new Map((await nodes(ctx, [...new Set(chosen.flatMap((p) => p.nodeIds))])).map((n) => [n.id, n]));
  const allEdgeIds = [...new Set(chosen.flatMap((p) => p.edgeIds))];
  const allEdges = new Map<string, GraphEdge>();
  await Promise.all(
    allEdgeIds.map(async (id) => {
      const row = await relationRow(ctx, id);
      if (row) allEdges.set(id, row.edge);
    }),
  );
  const allEvidence = await evidence(ctx, allEdgeIds);
  return chosen.map((p) => ({
    nodes: p.nodeIds.map((id) => allNodes.get(id)).filter((n): n is GraphNode => n !== undefined),
    edges: p.edgeIds.map((id) => allEdges.get(id)).filter((e): e is GraphEdge => e !== undefined),
    evidence: Object.fromEntries(p.edgeIds.map((id) => [id, allEvidence.get(id) ?? []])),
  }));
}
