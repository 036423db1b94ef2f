/**
 * THE mapping from API shapes (core/domain.ts) to Cytoscape element
 * definitions. Nothing else builds elements, so a field the stylesheet needs
 * is computed here once (size, width, label) and is unit-tested.
 */
import type { EdgeDefinition, ElementDefinition, NodeDefinition } from 'cytoscape';
import type { ClaimStatus } from '../../../core/claims.js';
import type { GraphEdge, GraphNode, Subgraph } from '../../../core/domain.js';
import { RELATIONS, WEAK_RELATION, type EntityKind, type RelationType } from '../../../core/ontology.js';
import { edgeLabel } from '../../../core/relation-label.js';

export { edgeLabel };

/** What every node element carries in `data`. */
export interface NodeData {
  id: string;
  label: string;
  kind: EntityKind;
  aliases: string[];
  roles: string[];
  degree: number;
  articleCount: number;
  /** Diameter in model units, from the degree. */
  size: number;
}

/** What every edge element carries in `data`. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** Short reading of the edge ("signed", or the role for HOLDS_ROLE). */
  label: string;
  /** What the graph prints on the edge: the label, with "×N" when N articles agree. */
  caption: string;
  corroboration: number;
  evidenceCount: number;
  articles: string[];
  properties: Record<string, string>;
  /** Line width in model units, from the corroboration. */
  width: number;
  /** Its status over all its evidence (the `claim-*` class follows the timeline's range). */
  claim: ClaimStatus;
  firstReported: string | null;
  lastReported: string | null;
}

export const NODE_SIZE = { min: 24, max: 64, degreeAtMax: 24 } as const;
export const EDGE_WIDTH = { min: 1.5, max: 7, corroborationAtMax: 5 } as const;

/**
 * Node diameter: grows with the square root of the degree, so hubs stand out
 * without dwarfing everything else.
 */
export function nodeSize(degree: number): number {
  const t = Math.min(1, Math.sqrt(Math.max(0, degree) / NODE_SIZE.degreeAtMax));
  return Math.round(NODE_SIZE.min + t * (NODE_SIZE.max - NODE_SIZE.min));
}

/** Edge width: one article is a hairline, five or more agreeing articles the thickest line. */
export function edgeWidth(corroboration: number): number {
  const t = Math.min(1, Math.max(0, corroboration - 1) / (EDGE_WIDTH.corroborationAtMax - 1));
  return Math.round((EDGE_WIDTH.min + t * (EDGE_WIDTH.max - EDGE_WIDTH.min)) * 10) / 10;
}

/** The element of an entity. */
export function nodeElement(node: GraphNode): NodeDefinition {
  const data: NodeData = {
    id: node.id,
    label: node.name,
    kind: node.kind,
    aliases: node.aliases,
    roles: node.roles,
    degree: node.degree,
    articleCount: node.articleCount,
    size: nodeSize(node.degree),
  };
  return { group: 'nodes', data, classes: [`kind-${node.kind}`] };
}

/** The element of a relation. Classes carry its type and whether it is the weak co-occurrence link. */
export function edgeElement(edge: GraphEdge): EdgeDefinition {
  const data: EdgeData = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    label: edgeLabel(edge),
    caption: edge.corroboration > 1 ? `${edgeLabel(edge)} ×${edge.corroboration}` : edgeLabel(edge),
    corroboration: edge.corroboration,
    evidenceCount: edge.evidenceCount,
    articles: edge.articles,
    properties: { ...edge.properties } as Record<string, string>,
    width: edgeWidth(edge.corroboration),
    claim: edge.claim,
    firstReported: edge.firstReported,
    lastReported: edge.lastReported,
  };
  const classes = [`type-${edge.type}`, claimClass(edge.claim)];
  if (edge.type === WEAK_RELATION) classes.push('weak');
  if (RELATIONS[edge.type].symmetric) classes.push('symmetric');
  return { group: 'edges', data, classes };
}

/** The class that styles an edge by its status (dashed when alleged or planned, a marker when disputed...). */
export function claimClass(claim: ClaimStatus): string {
  return `claim-${claim}`;
}

/**
 * The elements of a subgraph, nodes first (Cytoscape needs both ends of an
 * edge before the edge), each once. `known` names nodes already drawn, which
 * edges may end on; an edge with an end in neither is left out rather than
 * failing the whole batch in Cytoscape.
 */
export function subgraphElements(
  subgraph: Pick<Subgraph, 'nodes' | 'edges'>,
  known: ReadonlySet<string> = new Set(),
): ElementDefinition[] {
  const ids = new Set(known);
  const emitted = new Set<string>();
  const out: ElementDefinition[] = [];
  for (const node of subgraph.nodes) {
    if (emitted.has(node.id)) continue;
    emitted.add(node.id);
    ids.add(node.id);
    out.push(nodeElement(node));
  }
  const seen = new Set<string>();
  for (const edge of subgraph.edges) {
    if (seen.has(edge.id) || !ids.has(edge.source) || !ids.has(edge.target)) continue;
    seen.add(edge.id);
    out.push(edgeElement(edge));
  }
  return out;
}
