/**
 * Our own JSON: the subgraph as the API serves it, every edge with all its
 * supporting sentences, and the screen's drawing when the export came from
 * a view, so that the file stands on its own as a record of what the
 * articles said and of what the analyst saw.
 */
import type { ExportView } from '../../core/api.js';
import type { Evidence, GraphEdge, GraphNode } from '../../core/domain.js';
import type { ExportDocument } from './document.js';

export interface JsonExport {
  generatedBy: 'newsgraph';
  nodes: GraphNode[];
  edges: Array<GraphEdge & { evidence: Evidence[] }>;
  omitted: number;
  view: ExportView | null;
}

export function writeJsonWithEvidence(doc: ExportDocument): string {
  const document: JsonExport = {
    generatedBy: 'newsgraph',
    nodes: doc.nodes,
    edges: doc.edges.map((e) => ({ ...e, evidence: doc.evidence.get(e.id) ?? [] })),
    omitted: doc.omitted,
    view: doc.view,
  };
  return `${JSON.stringify(document, null, 1)}\n`;
}
