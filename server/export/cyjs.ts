/**
 * Cytoscape JSON: the `elements` shape Cytoscape.js loads and Cytoscape
 * desktop imports as .cyjs. `interaction` is Cytoscape desktop's column for
 * an edge's type; `name` is the column it shows as a node's label.
 */
import type { Subgraph } from '../../core/domain.js';

export function writeCyjs(graph: Subgraph): string {
  const document = {
    format_version: '1.0',
    generated_by: 'newsgraph',
    target_cytoscapejs_version: '~3.34',
    data: { name: 'Newsgraph export' },
    elements: {
      nodes: graph.nodes.map((n) => ({
        data: {
          id: n.id,
          name: n.name,
          kind: n.kind,
          aliases: n.aliases,
          roles: n.roles,
          degree: n.degree,
          articleCount: n.articleCount,
        },
      })),
      edges: graph.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          interaction: e.type,
          name: `${e.source} (${e.type}) ${e.target}`,
          ...e.properties,
          corroboration: e.corroboration,
          evidenceCount: e.evidenceCount,
          articles: e.articles,
        },
      })),
    },
  };
  return `${JSON.stringify(document, null, 1)}\n`;
}
