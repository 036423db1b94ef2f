/**
 * The flat attribute table of an exported node and edge, shared by the
 * GraphML, GEXF and CSV writers so that every tabular format carries the same
 * columns. Lists become one string (GraphML has no list type, and Gephi and
 * Cytoscape read GEXF list types differently).
 */
import type { GraphEdge, GraphNode } from '../../core/domain.js';

export const LIST_SEPARATOR = '; ';

export type ColumnType = 'string' | 'int';

export interface Column<T> {
  name: string;
  type: ColumnType;
  /** null: no value (left out of XML formats, empty in CSV). */
  value: (item: T) => string | number | null;
}

/** An empty list is no value, as networkx reads an empty GraphML value as none. */
const list = (values: readonly string[]): string | null => (values.length ? values.join(LIST_SEPARATOR) : null);

export const NODE_COLUMNS: ReadonlyArray<Column<GraphNode>> = [
  { name: 'name', type: 'string', value: (n) => n.name },
  { name: 'kind', type: 'string', value: (n) => n.kind },
  { name: 'aliases', type: 'string', value: (n) => list(n.aliases) },
  { name: 'roles', type: 'string', value: (n) => list(n.roles) },
  { name: 'degree', type: 'int', value: (n) => n.degree },
  { name: 'articleCount', type: 'int', value: (n) => n.articleCount },
];

export const EDGE_COLUMNS: ReadonlyArray<Column<GraphEdge>> = [
  { name: 'type', type: 'string', value: (e) => e.type },
  { name: 'role', type: 'string', value: (e) => e.properties.role ?? null },
  { name: 'status', type: 'string', value: (e) => e.properties.status ?? null },
  { name: 'what', type: 'string', value: (e) => e.properties.what ?? null },
  { name: 'certainty', type: 'string', value: (e) => e.properties.certainty ?? null },
  { name: 'corroboration', type: 'int', value: (e) => e.corroboration },
  { name: 'evidenceCount', type: 'int', value: (e) => e.evidenceCount },
  { name: 'articles', type: 'string', value: (e) => list(e.articles) },
];
