/**
 * PageRank computed in this process (graphology's implementation) over the
 * typed relations read in one query: no database extension needed, so it runs
 * the same on Kuzu, its fork and Neo4j without Graph Data Science.
 */
import { MultiDirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { TYPED_RELATION_TYPES } from '../ontology.js';
import type { QueryExecutor } from './runner.js';
import { str } from './values.js';

export async function pageRankInProcess(
  executor: QueryExecutor,
  limit: number,
): Promise<Array<{ id: string; score: number }>> {
  const rows = await executor.run('rank-edges', {}, { types: TYPED_RELATION_TYPES });
  const graph = new MultiDirectedGraph();
  for (const r of rows) {
    const source = str(r, 'source');
    const target = str(r, 'target');
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.addEdge(source, target);
  }
  if (graph.order === 0) return [];
  const scores = pagerank(graph, { getEdgeWeight: null });
  return Object.entries(scores)
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
}
