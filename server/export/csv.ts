/**
 * CSV (RFC 4180: comma, CRLF, double quotes) in two files, nodes and edges,
 * the shape Gephi's spreadsheet import, Cytoscape's table import and pandas
 * expect. Text cells that a spreadsheet would run as a formula get a leading
 * apostrophe (OWASP's advice against CSV injection): a name in a news article
 * is data, never a formula.
 */
import type { Subgraph } from '../../core/domain.js';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from './columns.js';

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table<T>(leading: ReadonlyArray<Column<T>>, columns: ReadonlyArray<Column<T>>, items: readonly T[]): string {
  const all = [...leading, ...columns];
  const rows = [
    all.map((c) => c.name).join(','),
    ...items.map((item) => all.map((c) => cell(c.value(item))).join(',')),
  ];
  return `${rows.join('\r\n')}\r\n`;
}

export function writeNodesCsv(graph: Subgraph): string {
  return table([{ name: 'id', type: 'string', value: (n) => n.id }], NODE_COLUMNS, graph.nodes);
}

export function writeEdgesCsv(graph: Subgraph): string {
  return table(
    [
      { name: 'id', type: 'string', value: (e) => e.id },
      { name: 'source', type: 'string', value: (e) => e.source },
      { name: 'target', type: 'string', value: (e) => e.target },
    ],
    EDGE_COLUMNS,
    graph.edges,
  );
}
