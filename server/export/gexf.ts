/**
 * GEXF 1.2 (https://gexf.net), Gephi's own format; networkx reads it with
 * `read_gexf`. Written here rather than with graphology-gexf, whose writer
 * declares a malformed viz namespace and emits `<attvalue>` without a value
 * for empty attributes. The edge weight is the corroboration, so that Gephi
 * draws better-supported relations thicker.
 */
import type { Subgraph } from '../../core/domain.js';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column, type ColumnType } from './columns.js';
import { XML_DECLARATION, xmlEscape } from './xml.js';

const GEXF_TYPE: Record<ColumnType, string> = { string: 'string', int: 'integer' };

function attributeDeclarations<T>(scope: 'node' | 'edge', columns: ReadonlyArray<Column<T>>): string[] {
  return [
    `    <attributes class="${scope}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${c.name}" title="${c.name}" type="${GEXF_TYPE[c.type]}"/>`),
    '    </attributes>',
  ];
}

function attributeValues<T>(columns: ReadonlyArray<Column<T>>, item: T): string {
  const values = columns.flatMap((c) => {
    const value = c.value(item);
    return value === null ? [] : [`<attvalue for="${c.name}" value="${xmlEscape(value)}"/>`];
  });
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

export function writeGexf(graph: Subgraph): string {
  const lines = [
    XML_DECLARATION,
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    '  <meta><creator>Newsgraph</creator><description>Entities and the relations news articles state between them</description></meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...attributeDeclarations('node', NODE_COLUMNS),
    ...attributeDeclarations('edge', EDGE_COLUMNS),
    '    <nodes>',
    ...graph.nodes.map(
      (n) =>
        `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.name)}">${attributeValues(NODE_COLUMNS, n)}</node>`,
    ),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.map(
      (e) =>
        `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" ` +
        `label="${xmlEscape(e.type)}" weight="${e.corroboration}">${attributeValues(EDGE_COLUMNS, e)}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ];
  return lines.join('\n');
}
