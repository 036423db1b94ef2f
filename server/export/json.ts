/**
 * Our own JSON: the subgraph as the API serves it, every edge with its
 * supporting sentences, so that the file stands on its own as a record of
 * what the articles said.
 */
import type { Evidence, GraphEdge, Subgraph } from '../../core/domain.js';

export interface SubgraphWithEvidence extends Subgraph {
  evidence: ReadonlyMap<string, Evidence[]>;
}

export interface JsonExport {
  generatedBy: 'newsgraph';
  nodes: Subgraph['nodes'];
  edges: Array<GraphEdge & { evidence: Evidence[] }>;
  omitted: number;
}

export function writeJsonWithEvidence(graph: SubgraphWithEvidence): string {
  const document: JsonExport = {
    generatedBy: 'newsgraph',
    nodes: graph.nodes,
    edges: graph.edges.map((e) => ({ ...e, evidence: graph.evidence.get(e.id) ?? [] })),
    omitted: graph.omitted,
  };
  return `${JSON.stringify(document, null, 1)}\n`;
}
