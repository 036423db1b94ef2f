/**
 * CSV (RFC 4180: comma, CRLF, double quotes) in two files, nodes and edges,
 * in the shape Gephi's spreadsheet import reads (Data Laboratory → Import
 * spreadsheet): nodes `Id`, `Label`, then attributes; edges `Source`,
 * `Target`, `Type` (Directed / Undirected: Gephi's name for the direction),
 * `Kind` (what keeps Gephi from merging two relations between the same
 * entities), `Id`, `Label`, `Weight` (the corroboration), then attributes,
 * `relation` among them. Cytoscape's table import and pandas read it too.
 *
 * Text cells that a spreadsheet would run as a formula get a leading
 * apostrophe (OWASP's advice against CSV injection): a name in a news
 * article is data, never a formula. With `bom`, the file starts with a UTF-8
 * byte-order mark, without which Excel reads accents as mojibake.
 */
import { RELATIONS } from '../../core/ontology.js';
import { edgeLabel } from '../../core/relation-label.js';
import { edgeColumns, nodeColumns, type CellValue, type Column } from './columns.js';
import { exportRows, type EdgeRow, type ExportDocument, type NodeRow } from './document.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const BOM = '\uFEFF';

function cell(value: CellValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table<T>(columns: ReadonlyArray<Column<T>>, rows: readonly T[], bom: boolean): string {
  const lines = [
    columns.map((c) => c.name).join(','),
    ...rows.map((row) => columns.map((c) => cell(c.value(row))).join(',')),
  ];
  return `${bom ? BOM : ''}${lines.join('\r\n')}\r\n`;
}

export function writeNodesCsv(doc: ExportDocument): string {
  const leading: Array<Column<NodeRow>> = [
    { name: 'Id', type: 'string', value: (r) => r.node.id },
    { name: 'Label', type: 'string', value: (r) => r.node.name },
  ];
  return table([...leading, ...nodeColumns(doc)], exportRows(doc).nodes, doc.bom);
}

export function writeEdgesCsv(doc: ExportDocument): string {
  const leading: Array<Column<EdgeRow>> = [
    { name: 'Source', type: 'string', value: (r) => r.edge.source },
    { name: 'Target', type: 'string', value: (r) => r.edge.target },
    { name: 'Type', type: 'string', value: (r) => (RELATIONS[r.edge.type].symmetric ? 'Undirected' : 'Directed') },
    { name: 'Kind', type: 'string', value: (r) => r.edge.type },
    { name: 'Id', type: 'string', value: (r) => r.edge.id },
    { name: 'Label', type: 'string', value: (r) => edgeLabel(r.edge) },
    { name: 'Weight', type: 'int', value: (r) => r.edge.corroboration },
  ];
  // `Label` is Gephi's own column; a second `label` would clash with it (Gephi matches names case-blind).
  const attributes = edgeColumns(doc).filter((c) => c.name !== 'label');
  return table([...leading, ...attributes], exportRows(doc).edges, doc.bom);
}
