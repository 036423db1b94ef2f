/**
 * GEXF 1.3 (https://gexf.net), Gephi's own format, valid against its XSD.
 * Written here rather than with graphology-gexf, whose writer declares a
 * malformed viz namespace and emits `<attvalue>` without a value for empty
 * attributes.
 *
 * - Every edge has its relation type as `kind` and its reading as `label`:
 *   Gephi keeps parallel edges of different kinds apart (two relations
 *   between the same entities would otherwise merge into one).
 * - Symmetric relations are `type="undirected"` in a directed graph (Gephi
 *   opens it as a mixed graph: no arrowheads where direction means nothing).
 * - The screen's positions, colours and sizes go into the viz elements, which
 *   the 1.3 schema declares in the GEXF namespace itself; Gephi reads them by
 *   local name. y points up, as Gephi draws.
 * - The weight is the corroboration: better-supported relations draw thicker.
 * - A dynamic graph (`timeformat="date"`): each relation has one spell per
 *   date it was reported on (its articles' dates), each entity one per date
 *   one of its relations was, so Gephi's timeline shows what was reported in
 *   a window. Undated reports give no spell: Gephi then keeps the element at
 *   every time, as an unknown date may be any.
 */
import type { GraphEdge } from '../../core/domain.js';
import { RELATIONS } from '../../core/ontology.js';
import { edgeLabel } from '../../core/relation-label.js';
import { COMMUNITY_COLUMN, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type Column, type ColumnType } from './columns.js';
import { exportRows, hasCommunities, type EdgeRow, type ExportDocument, type NodeRow } from './document.js';
import { XML_DECLARATION, xmlEscape } from './xml.js';

const GEXF_TYPE: Record<ColumnType, string> = {
  string: 'string',
  int: 'integer',
  double: 'double',
  boolean: 'boolean',
};

function attributeDeclarations<T>(scope: 'node' | 'edge', columns: ReadonlyArray<Column<T>>): string[] {
  return [
    `    <attributes class="${scope}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${c.name}" title="${c.name}" type="${GEXF_TYPE[c.type]}"/>`),
    '    </attributes>',
  ];
}

function attributeValues<T>(columns: ReadonlyArray<Column<T>>, row: T): string {
  const values = columns.flatMap((c) => {
    const value = c.value(row);
    return value === null ? [] : [`<attvalue for="${c.name}" value="${xmlEscape(String(value))}"/>`];
  });
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

/** `#rrggbb` as GEXF's r, g, b channels. */
function color(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `<color r="${(value >> 16) & 255}" g="${(value >> 8) & 255}" b="${value & 255}"/>`;
}

const num = (value: number) => String(Math.round(value * 100) / 100);

function nodeViz(row: NodeRow): string {
  if (!row.view) return '';
  const { x, y, size } = row.view;
  return `${color(row.view.color)}<position x="${num(x)}" y="${num(-y)}" z="0"/><size value="${num(size)}"/>`;
}

function edgeViz(row: EdgeRow): string {
  return row.view ? `${color(row.view.color)}<thickness value="${num(row.view.width)}"/>` : '';
}

/** The distinct dates an edge was reported on, oldest first. */
function reportDates(edge: GraphEdge): string[] {
  return [...new Set(edge.reports.flatMap((r) => (r.date ? [r.date] : [])))].sort();
}

/** One one-day spell per date. */
function spells(dates: readonly string[]): string {
  return dates.length ? `<spells>${dates.map((d) => `<spell start="${d}" end="${d}"/>`).join('')}</spells>` : '';
}

export function writeGexf(doc: ExportDocument): string {
  const rows = exportRows(doc);
  const edgeDates = new Map(doc.edges.map((e) => [e.id, reportDates(e)]));
  const nodeDates = new Map<string, Set<string>>();
  for (const e of doc.edges) {
    for (const end of [e.source, e.target]) {
      const dates = nodeDates.get(end) ?? new Set<string>();
      for (const d of edgeDates.get(e.id) ?? []) dates.add(d);
      nodeDates.set(end, dates);
    }
  }
  const all = [...new Set([...edgeDates.values()].flat())].sort();
  const nodeCols = [...NODE_ATTRIBUTES, ...(hasCommunities(doc) ? [COMMUNITY_COLUMN] : [])];
  const lines = [
    XML_DECLARATION,
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta><creator>Newsgraph</creator><description>Entities and the relations news articles state between them</description></meta>',
    `  <graph mode="dynamic" timeformat="date"${all.length ? ` start="${all[0]}" end="${all[all.length - 1]}"` : ''} defaultedgetype="directed">`,
    ...attributeDeclarations('node', nodeCols),
    ...attributeDeclarations('edge', EDGE_ATTRIBUTES),
    `    <nodes count="${rows.nodes.length}">`,
    ...rows.nodes.map(
      (r) =>
        `      <node id="${xmlEscape(r.node.id)}" label="${xmlEscape(r.node.name)}">` +
        `${spells([...(nodeDates.get(r.node.id) ?? [])].sort())}${nodeViz(r)}${attributeValues(nodeCols, r)}</node>`,
    ),
    '    </nodes>',
    `    <edges count="${rows.edges.length}">`,
    ...rows.edges.map((r) => {
      const { edge } = r;
      const type = RELATIONS[edge.type].symmetric ? 'undirected' : 'directed';
      return (
        `      <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" ` +
        `type="${type}" kind="${edge.type}" label="${xmlEscape(edgeLabel(edge))}" weight="${edge.corroboration}">` +
        `${spells(edgeDates.get(edge.id) ?? [])}${edgeViz(r)}${attributeValues(EDGE_ATTRIBUTES, r)}</edge>`
      );
    }),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ];
  return lines.join('\n');
}
