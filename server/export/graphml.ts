/**
 * GraphML 1.1 (http://graphml.graphdrawing.org), valid against its XSD:
 * typed keys, one directed graph. Read by Gephi, Cytoscape desktop, yEd and
 * networkx (`read_graphml`).
 *
 * Every edge is directed in the file, and symmetric relations say so in
 * their `directed` attribute: GraphML's own `directed="false"` on an edge of
 * a directed graph is a mixed graph, which networkx refuses to read at all
 * (GEXF, Gephi's format, carries them as undirected edges).
 *
 * Gephi takes labels, positions (`x`, `y`), `size` and `color` from keys of
 * those names, and the weight from `weight` (the corroboration here).
 */
import type { CellValue, Column, ColumnType } from './columns.js';
import { edgeColumns, nodeColumns } from './columns.js';
import { exportRows, type ExportDocument } from './document.js';
import { XML_DECLARATION, xmlEscape } from './xml.js';

const GRAPHML_TYPE: Record<ColumnType, string> = { string: 'string', int: 'int', double: 'double', boolean: 'boolean' };

/**
 * An id as an XML NMTOKEN, which GraphML requires of node and edge ids:
 * ASCII letters, digits and `-` are kept (our slugs are made of them), any
 * other character becomes `_xHHHH_` (reversible: `_` is escaped too).
 */
export function nmtoken(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/gu, (c) => `_x${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** An edge's GraphML id: its ends and type joined by `.`, which no escaped id contains. */
export function graphmlEdgeId(edge: { source: string; type: string; target: string }): string {
  return `${nmtoken(edge.source)}.${edge.type}.${nmtoken(edge.target)}`;
}

function keys<T>(scope: 'node' | 'edge', columns: ReadonlyArray<Column<T>>): string[] {
  return columns.map(
    (c) =>
      `  <key id="${scope[0]}_${c.name}" for="${scope}" attr.name="${c.name}" attr.type="${GRAPHML_TYPE[c.type]}"/>`,
  );
}

function datum(scope: 'node' | 'edge', name: string, value: CellValue): string {
  return value === null ? '' : `<data key="${scope[0]}_${name}">${xmlEscape(String(value))}</data>`;
}

function data<T>(scope: 'node' | 'edge', columns: ReadonlyArray<Column<T>>, row: T): string {
  return columns.map((c) => datum(scope, c.name, c.value(row))).join('');
}

export function writeGraphml(doc: ExportDocument): string {
  const rows = exportRows(doc);
  const nodeCols = nodeColumns(doc);
  const edgeCols = edgeColumns(doc);
  const lines = [
    XML_DECLARATION,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    ...keys('node', nodeCols),
    '  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="e_relationId" for="edge" attr.name="relationId" attr.type="string"/>',
    ...keys('edge', edgeCols),
    '  <graph id="newsgraph" edgedefault="directed">',
  ];
  for (const row of rows.nodes) {
    lines.push(
      `    <node id="${nmtoken(row.node.id)}">${datum('node', 'label', row.node.name)}${data('node', nodeCols, row)}</node>`,
    );
  }
  for (const row of rows.edges) {
    const { edge } = row;
    lines.push(
      `    <edge id="${graphmlEdgeId(edge)}" source="${nmtoken(edge.source)}" target="${nmtoken(edge.target)}">` +
        `${datum('edge', 'weight', edge.corroboration)}${datum('edge', 'relationId', edge.id)}${data('edge', edgeCols, row)}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
