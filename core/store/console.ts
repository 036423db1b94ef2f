/**
 * The analyst's Cypher console over the store: lexical limits here, before
 * any parser sees the text; then, in a sandbox process, the parse in the
 * database's own grammar, the read-only decision on its tree and the
 * database's own read-only execution with a time-out and a row cap (see
 * console/). The rows come back as JSON for the table and as drawable nodes
 * and edges.
 */
import type { GraphEdge, GraphNode, JsonValue, QueryRunResult } from '../domain.js';
import { EdgeDating } from './claims.js';
import type { StoreContext } from './context.js';
import { assertWithinLexicalLimits } from './console/lexical-limits.js';
import type { ConsoleSandbox } from './console/sandbox.js';
import { nodes } from './entities.js';
import type { ReadOnlyQuerySpec } from './port.js';
import { toGraphEdge, toGraphNode } from './records.js';
import { StoreNode, StorePath, StoreRelationship, type StoreValue } from './values.js';

export interface ConsoleLimits {
  consoleTimeoutMs: number;
  consoleRowCap: number;
}

export async function runReadOnly(
  ctx: StoreContext,
  sandbox: ConsoleSandbox,
  limits: ConsoleLimits,
  spec: ReadOnlyQuerySpec,
): Promise<QueryRunResult> {
  assertWithinLexicalLimits(spec.query);
  const timeoutMs = Math.min(spec.timeoutMs ?? limits.consoleTimeoutMs, limits.consoleTimeoutMs);
  const rowCap = Math.min(spec.rowCap ?? limits.consoleRowCap, limits.consoleRowCap);
  const started = performance.now();
  const result = await sandbox.run(spec.query, spec.params ?? {}, { timeoutMs, rowCap });
  const elapsedMs = performance.now() - started;
  const found = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const visit = (v: StoreValue): void => {
    if (v instanceof StoreNode) {
      const node = toGraphNode(v.properties);
      if (node) found.set(node.id, node);
    } else if (v instanceof StoreRelationship) {
      const edge = toGraphEdge(v.properties);
      if (edge) edges.set(edge.id, edge);
    } else if (v instanceof StorePath) {
      v.nodes.forEach(visit);
      v.relationships.forEach(visit);
    } else if (Array.isArray(v)) {
      v.forEach(visit);
    } else if (v && typeof v === 'object') {
      Object.values(v).forEach(visit);
    }
  };
  result.rows.forEach((row) => Object.values(row).forEach(visit));
  // Edges whose ends the query did not return still need their nodes to be drawn.
  const missing = [...edges.values()].flatMap((e) => [e.source, e.target]).filter((id) => !found.has(id));
  for (const n of await nodes(ctx, [...new Set(missing)])) found.set(n.id, n);
  return {
    columns: result.columns,
    rows: result.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toJson(v)]))),
    elements: { nodes: [...found.values()], edges: await new EdgeDating(ctx).apply([...edges.values()]), omitted: 0 },
    truncated: result.truncated,
    elapsedMs,
  };
}

/** Properties that are internal plumbing, not something an analyst reads (left by older embedded stores). */
const HIDDEN_PROPERTIES = new Set(['searchTerms']);

/** A store value as plain JSON for the console's table. */
function toJson(v: StoreValue): JsonValue {
  if (v instanceof StoreNode) {
    return { label: v.label, properties: jsonProperties(v.properties) };
  }
  if (v instanceof StoreRelationship) {
    return { type: v.type, start: v.startId, end: v.endId, properties: jsonProperties(v.properties) };
  }
  if (v instanceof StorePath) {
    return { nodes: v.nodes.map(toJson), relationships: v.relationships.map(toJson) };
  }
  if (Array.isArray(v)) return v.map(toJson);
  if (v && typeof v === 'object') return jsonProperties(v);
  return v;
}

function jsonProperties(props: Record<string, StoreValue>): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(props)) if (!HIDDEN_PROPERTIES.has(k)) out[k] = toJson(v);
  return out;
}
