/**
 * What every export writer receives: the entities and relations to write,
 * every relation's supporting sentences, and how the screen draws them
 * (when the export comes from the explorer). Built once per request; the
 * writers only format it.
 */
import type { ExportEdgeView, ExportNodeView, ExportView } from '../../core/api.js';
import type { ArticleSummary, Evidence, GraphEdge, GraphNode } from '../../core/domain.js';

/** An exported entity one article mentions, with the spans where it does. */
export interface ExportMention {
  entityId: string;
  spanStarts: number[];
  spanEnds: number[];
}

/**
 * An article the exported relations cite, with its metadata (never its text)
 * and its mentions of exported entities: what a re-import needs so that
 * report dates, outlets and an entity's articles read back as they were.
 */
export interface ExportArticle {
  article: ArticleSummary;
  mentions: ExportMention[];
}

export interface ExportDocument {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Entities a neighbourhood's node limit left out. */
  omitted: number;
  /** Supporting sentences by relation id. */
  evidence: ReadonlyMap<string, Evidence[]>;
  /** The articles the evidence cites, when the format carries them (the Cypher scripts); otherwise empty. */
  articles: ExportArticle[];
  /** The screen's drawing, or null when the export does not come from a view. */
  view: ExportView | null;
  /** Start text files with a UTF-8 byte-order mark (CSV for spreadsheets). */
  bom: boolean;
}

export interface NodeRow {
  node: GraphNode;
  view: ExportNodeView | null;
}

export interface EdgeRow {
  edge: GraphEdge;
  view: ExportEdgeView | null;
  /** The sentence a one-line format carries: the first that states the relation. */
  evidence: Evidence | null;
}

/** One row per node and edge, each with its drawing and first sentence. */
export function exportRows(doc: ExportDocument): { nodes: NodeRow[]; edges: EdgeRow[] } {
  return {
    nodes: doc.nodes.map((node) => ({ node, view: doc.view?.nodes[node.id] ?? null })),
    edges: doc.edges.map((edge) => ({
      edge,
      view: doc.view?.edges?.[edge.id] ?? null,
      evidence: doc.evidence.get(edge.id)?.[0] ?? null,
    })),
  };
}

/** Whether any node of the document has a drawing (the writers then declare the view columns). */
export function hasView(doc: ExportDocument): boolean {
  return doc.view !== null && doc.nodes.some((n) => doc.view!.nodes[n.id] !== undefined);
}

/** Whether any node carries a community. */
export function hasCommunities(doc: ExportDocument): boolean {
  return doc.view !== null && doc.nodes.some((n) => doc.view!.nodes[n.id]?.community !== undefined);
}
