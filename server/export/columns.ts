/**
 * The flat attribute table of an exported node and edge, shared by the
 * GraphML, GEXF and CSV writers so that every tabular format carries the same
 * columns. Lists become one string (GraphML has no list type, and Gephi and
 * Cytoscape read GEXF list types differently).
 *
 * Positions are written with y pointing up, as Gephi, networkx's drawing and
 * spreadsheets' charts draw them (the screen's y points down): the picture
 * opens the right way up. Cytoscape JSON keeps Cytoscape's own coordinates.
 */
import { RELATIONS } from '../../core/ontology.js';
import { edgeLabel } from '../../core/relation-label.js';
import { hasCommunities, hasView, type EdgeRow, type ExportDocument, type NodeRow } from './document.js';

export const LIST_SEPARATOR = '; ';

export type ColumnType = 'string' | 'int' | 'double' | 'boolean';

export type CellValue = string | number | boolean | null;

export interface Column<T> {
  name: string;
  type: ColumnType;
  /** null: no value (left out of XML formats, empty in CSV). */
  value: (row: T) => CellValue;
}

/** An empty list is no value, as networkx reads an empty GraphML value as none. */
const list = (values: readonly string[]): string | null => (values.length ? values.join(LIST_SEPARATOR) : null);

/** Two decimals: sub-pixel precision is noise in a file, and keeps positions short. */
const round = (value: number): number => Math.round(value * 100) / 100;

export const NODE_ATTRIBUTES: ReadonlyArray<Column<NodeRow>> = [
  { name: 'name', type: 'string', value: (r) => r.node.name },
  { name: 'kind', type: 'string', value: (r) => r.node.kind },
  { name: 'aliases', type: 'string', value: (r) => list(r.node.aliases) },
  { name: 'roles', type: 'string', value: (r) => list(r.node.roles) },
  { name: 'degree', type: 'int', value: (r) => r.node.degree },
  { name: 'articleCount', type: 'int', value: (r) => r.node.articleCount },
];

/** The screen's drawing of a node, for formats without their own place for it (GEXF has viz elements). */
export const NODE_VIEW_COLUMNS: ReadonlyArray<Column<NodeRow>> = [
  { name: 'x', type: 'double', value: (r) => (r.view ? round(r.view.x) : null) },
  { name: 'y', type: 'double', value: (r) => (r.view ? round(-r.view.y) : null) },
  { name: 'size', type: 'double', value: (r) => (r.view ? round(r.view.size) : null) },
  { name: 'color', type: 'string', value: (r) => r.view?.color ?? null },
];

export const COMMUNITY_COLUMN: Column<NodeRow> = {
  name: 'community',
  type: 'int',
  value: (r) => r.view?.community ?? null,
};

export const EDGE_ATTRIBUTES: ReadonlyArray<Column<EdgeRow>> = [
  { name: 'relation', type: 'string', value: (r) => r.edge.type },
  { name: 'label', type: 'string', value: (r) => edgeLabel(r.edge) },
  // Symmetric relations (met with, opposes) have no direction: the order of the ends is a storage convention.
  { name: 'directed', type: 'boolean', value: (r) => !RELATIONS[r.edge.type].symmetric },
  { name: 'role', type: 'string', value: (r) => r.edge.properties.role ?? null },
  { name: 'status', type: 'string', value: (r) => r.edge.properties.status ?? null },
  { name: 'what', type: 'string', value: (r) => r.edge.properties.what ?? null },
  { name: 'certainty', type: 'string', value: (r) => r.edge.properties.certainty ?? null },
  // What the evidence says taken together, and when it was reported (core/claims.ts).
  { name: 'claim', type: 'string', value: (r) => r.edge.claim },
  { name: 'firstReported', type: 'string', value: (r) => r.edge.firstReported },
  { name: 'lastReported', type: 'string', value: (r) => r.edge.lastReported },
  { name: 'corroboration', type: 'int', value: (r) => r.edge.corroboration },
  { name: 'evidenceCount', type: 'int', value: (r) => r.edge.evidenceCount },
  { name: 'articles', type: 'string', value: (r) => list(r.edge.articles) },
  { name: 'evidence', type: 'string', value: (r) => r.evidence?.sentence ?? null },
  { name: 'evidenceArticle', type: 'string', value: (r) => r.evidence?.articleTitle ?? r.evidence?.articleId ?? null },
];

export const EDGE_VIEW_COLUMNS: ReadonlyArray<Column<EdgeRow>> = [
  { name: 'color', type: 'string', value: (r) => r.view?.color ?? null },
  { name: 'width', type: 'double', value: (r) => (r.view ? round(r.view.width) : null) },
];

/** The node columns a document fills: the drawing only when it has one, communities only when shown. */
export function nodeColumns(doc: ExportDocument, { withView = true } = {}): Array<Column<NodeRow>> {
  return [
    ...NODE_ATTRIBUTES,
    ...(withView && hasView(doc) ? NODE_VIEW_COLUMNS : []),
    ...(hasCommunities(doc) ? [COMMUNITY_COLUMN] : []),
  ];
}

export function edgeColumns(doc: ExportDocument, { withView = true } = {}): Array<Column<EdgeRow>> {
  const drawn = withView && doc.view?.edges !== undefined && doc.edges.some((e) => doc.view!.edges![e.id]);
  return [...EDGE_ATTRIBUTES, ...(drawn ? EDGE_VIEW_COLUMNS : [])];
}
