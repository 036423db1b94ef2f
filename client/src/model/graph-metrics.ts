/**
 * Measures of the graph on screen, computed in the browser with graphology:
 * communities (Louvain, seeded so the same view gives the same groups) and
 * PageRank. Pure: ids and relation pairs in, numbers by id out.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { seededRandom } from '../../../core/random.js';

export interface MetricEdge {
  source: string;
  target: string;
  /** How much the relation counts (its corroboration). */
  weight: number;
}

/** One undirected weighted graph of the given nodes; parallel relations add up. */
function toGraph(nodes: readonly string[], edges: readonly MetricEdge[]): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const id of nodes) graph.mergeNode(id);
  for (const e of edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (graph.hasEdge(e.source, e.target)) {
      graph.updateEdgeAttribute(e.source, e.target, 'weight', (w: number | undefined) => (w ?? 0) + e.weight);
    } else {
      graph.addEdge(e.source, e.target, { weight: e.weight });
    }
  }
  return graph;
}

/**
 * Communities by Louvain, numbered by size (0 is the largest; ties by the
 * smallest member id), so colours stay put when the view barely changes. A
 * node without relations is a community of its own.
 */
export function detectCommunities(nodes: readonly string[], edges: readonly MetricEdge[]): Map<string, number> {
  const graph = toGraph(nodes, edges);
  const raw: Record<string, number> =
    graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(11) }) : {};
  const members = new Map<number, string[]>();
  let lone = -1;
  for (const id of [...nodes].sort()) {
    const key = raw[id] ?? lone--;
    const list = members.get(key);
    if (list) list.push(id);
    else members.set(key, [id]);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const out = new Map<string, number>();
  ordered.forEach((list, i) => list.forEach((id) => out.set(id, i)));
  return out;
}

/** PageRank over the relations on screen (weighted by corroboration); sums to 1. */
export function pageRanks(nodes: readonly string[], edges: readonly MetricEdge[]): Map<string, number> {
  const graph = toGraph(nodes, edges);
  if (graph.order === 0) return new Map();
  const ranks = pagerank(graph, { getEdgeWeight: 'weight' });
  return new Map(Object.entries(ranks));
}
