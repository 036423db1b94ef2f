/**
 * GraphML (http://graphml.graphdrawing.org), typed keys, one directed graph.
 * Read by Gephi, Cytoscape desktop, yEd and networkx (`read_graphml`).
 * `label` duplicates the name because Gephi takes node and edge labels from a
 * key of that name.
 */
import type { Subgraph } from '../../core/domain.js';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column, type ColumnType } from './columns.js';
import { XML_DECLARATION, xmlEscape } from './xml.js';

const GRAPHML_TYPE: Record<ColumnType, string> = { string: 'string', int: 'int' };

function keys<T>(scope: 'node' | 'edge', columns: ReadonlyArray<Column<T>>): string[] {
  return columns.map(
    (c) =>
      `  <key id="${scope[0]}_${c.name}" for="${scope}" attr.name="${c.name}" attr.type="${GRAPHML_TYPE[c.type]}"/>`,
  );
}

function data<T>(scope: 'node' | 'edge', columns: ReadonlyArray<Column<T>>, item: T): string {
  return columns
    .map((c) => {
      const value = c.value(item);
      return value === null ? '' : `<data key="${scope[0]}_${c.name}">${xmlEscape(value)}</data>`;
    })
    .join('');
}

export function writeGraphml(graph: Subgraph): string {
  const lines = [
    XML_DECLARATION,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    ...keys('node', NODE_COLUMNS),
    '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>',
    '  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>',
    ...keys('edge', EDGE_COLUMNS),
    '  <graph id="newsgraph" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    lines.push(
      `    <node id="${xmlEscape(node.id)}"><data key="n_label">${xmlEscape(node.name)}</data>${data('node', NODE_COLUMNS, node)}</node>`,
    );
  }
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">` +
        `<data key="e_label">${xmlEscape(edge.type)}</data><data key="e_weight">${edge.corroboration}</data>` +
        `${data('edge', EDGE_COLUMNS, edge)}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
