/**
 * Cytoscape JSON: the `elements` shape Cytoscape.js loads and Cytoscape
 * desktop imports as .cyjs, with each node's `position` from the screen
 * (Cytoscape's own coordinates, y down), so the layout opens as it was.
 * `interaction` is Cytoscape desktop's column for an edge's type; `name` is
 * the column it shows as a node's label. Colours and sizes are data columns
 * (`color`, `size`, `width`) that a style can map.
 */
import { RELATIONS } from '../../core/ontology.js';
import { edgeLabel } from '../../core/relation-label.js';
import { exportRows, type ExportDocument } from './document.js';

export function writeCyjs(doc: ExportDocument): string {
  const rows = exportRows(doc);
  const document = {
    format_version: '1.0',
    generated_by: 'newsgraph',
    target_cytoscapejs_version: '~3.34',
    data: { name: 'Newsgraph export' },
    elements: {
      nodes: rows.nodes.map(({ node, view }) => ({
        data: {
          id: node.id,
          name: node.name,
          kind: node.kind,
          aliases: node.aliases,
          roles: node.roles,
          degree: node.degree,
          articleCount: node.articleCount,
          ...(view
            ? {
                size: view.size,
                color: view.color,
                ...(view.community !== undefined ? { community: view.community } : {}),
              }
            : {}),
        },
        ...(view ? { position: { x: view.x, y: view.y } } : {}),
      })),
      edges: rows.edges.map(({ edge, view, evidence }) => ({
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          interaction: edge.type,
          name: `${edge.source} (${edge.type}) ${edge.target}`,
          label: edgeLabel(edge),
          directed: !RELATIONS[edge.type].symmetric,
          ...edge.properties,
          claim: edge.claim,
          firstReported: edge.firstReported,
          lastReported: edge.lastReported,
          corroboration: edge.corroboration,
          evidenceCount: edge.evidenceCount,
          articles: edge.articles,
          evidence: evidence?.sentence ?? null,
          evidenceArticle: evidence?.articleTitle ?? evidence?.articleId ?? null,
          ...(view ? { color: view.color, width: view.width } : {}),
        },
      })),
    },
  };
  return `${JSON.stringify(document, null, 1)}\n`;
}
