/**
 * How each kind and relation type looks, derived from the ontology: a kind
 * added to core/ontology.ts without an entry here fails the type-check
 * (the records are exhaustive), so legend, graph, icons and SVG export stay
 * in step. Hues are Tableau 10 (tested for colour-vision deficiency); each
 * kind also has its own shape so colour is never the only cue.
 */
import {
  ENTITY_KINDS,
  RELATIONS,
  RELATION_TYPES,
  WEAK_RELATION,
  type EntityKind,
  type RelationType,
} from '../../../core/ontology.js';
import type { ClaimStatus } from '../../../core/claims.js';
import { darken } from './colour.js';

/** The node shapes used here (a subset of Cytoscape's). */
export type KindShape =
  'ellipse' | 'round-hexagon' | 'round-rectangle' | 'round-diamond' | 'round-pentagon' | 'cut-rectangle' | 'star';

export interface KindStyle {
  color: string;
  /** A darker ring: keeps light fills distinguishable from the white canvas (≥ 3:1). */
  border: string;
  shape: KindShape;
  /** Plural for the legend. */
  plural: string;
}

const KIND_BASE: Record<EntityKind, { color: string; shape: KindShape; plural: string }> = {
  Country: { color: '#4e79a7', shape: 'round-hexagon', plural: 'Countries' },
  Person: { color: '#e15759', shape: 'ellipse', plural: 'People' },
  Organization: { color: '#59a14f', shape: 'round-rectangle', plural: 'Organizations' },
  Place: { color: '#76b7b2', shape: 'round-diamond', plural: 'Places' },
  System: { color: '#b07aa1', shape: 'round-pentagon', plural: 'Systems' },
  Agreement: { color: '#f28e2b', shape: 'cut-rectangle', plural: 'Agreements' },
  Conflict: { color: '#9c755f', shape: 'star', plural: 'Conflicts' },
};

export const KIND_STYLES: Record<EntityKind, KindStyle> = Object.fromEntries(
  ENTITY_KINDS.map((kind) => {
    const base = KIND_BASE[kind];
    return [kind, { ...base, border: darken(base.color, 0.45) }];
  }),
) as Record<EntityKind, KindStyle>;

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface RelationStyle {
  color: string;
  line: LineStyle;
  /** Drawn with an arrow: the ontology marks symmetric types, whose direction means nothing. */
  directed: boolean;
  /** What the edge reads as ("signed"), from the ontology. */
  label: string;
}

/**
 * Related types share a hue family (agreements orange, systems purple,
 * hostility red...) so a glance tells the story; the line style separates
 * the members of a family.
 */
const RELATION_BASE: Record<RelationType, { color: string; line: LineStyle }> = {
  HOLDS_ROLE: { color: '#52616f', line: 'solid' },
  MEMBER_OF: { color: '#52616f', line: 'dashed' },
  SIGNED: { color: '#c86a12', line: 'solid' },
  PARTY_TO: { color: '#c86a12', line: 'dashed' },
  MET_WITH: { color: '#2f6fc4', line: 'solid' },
  VISITED: { color: '#2f6fc4', line: 'dashed' },
  ACQUIRED: { color: '#7d4f9a', line: 'solid' },
  SEEKS: { color: '#7d4f9a', line: 'dashed' },
  DEVELOPED_BY: { color: '#7d4f9a', line: 'dotted' },
  SUPPORTS: { color: '#23874d', line: 'solid' },
  OPPOSES: { color: '#c93535', line: 'solid' },
  INVOLVED_IN: { color: '#86603f', line: 'solid' },
  RECOGNIZED: { color: '#16817a', line: 'solid' },
  RELATIONS_WITH: { color: '#4452b0', line: 'solid' },
  LOCATED_IN: { color: '#7b828c', line: 'dotted' },
  MENTIONED_WITH: { color: '#a3abb6', line: 'dashed' },
};

export const RELATION_STYLES: Record<RelationType, RelationStyle> = Object.fromEntries(
  RELATION_TYPES.map((type) => [
    type,
    { ...RELATION_BASE[type], directed: !RELATIONS[type].symmetric, label: RELATIONS[type].label },
  ]),
) as Record<RelationType, RelationStyle>;

export { WEAK_RELATION };

/** Canvas background and label colours shared by the stylesheet and the SVG export. */
export const CANVAS = {
  background: '#ffffff',
  label: '#1f2933',
  labelBackground: '#ffffff',
  highlight: '#ffb000',
  path: '#e8590c',
  selection: '#1d4ed8',
} as const;

/**
 * Community colours when the view colours by community: Tableau 10 first,
 * then lighter companions; beyond twenty communities colours repeat (the
 * shapes still tell kinds apart, the layout tells groups apart).
 */
export const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#a0cbe8',
  '#ffbe7d',
  '#8cd17d',
  '#b6992d',
  '#499894',
  '#86bcb6',
  '#d37295',
  '#fabfd2',
  '#d4a6c8',
  '#79706e',
] as const;

/** The fill and border of community `index`. */
export function communityStyle(index: number): { color: string; border: string } {
  const color = COMMUNITY_COLORS[index % COMMUNITY_COLORS.length]!;
  return { color, border: darken(color, 0.45) };
}
export interface ClaimStyle {
  /** A dash pattern over the type's line (null: the type's own line). */
  dash: [number, number] | null;
  /** A marker at the middle of the edge, and its colour (null: the edge's colour). */
  marker: { shape: 'circle' | 'square' | 'tee' | 'diamond'; fill: 'hollow' | 'filled'; color: string | null } | null;
  /** Line opacity relative to an asserted edge. */
  opacity: number;
}

/**
 * How a relation's status shows on its edge, on top of its type's colour:
 * alleged and planned are dashed (a hollow circle or square in the middle
 * tells which), a denial is faded with a bar across it, a dispute carries a
 * filled amber diamond. Asserted edges are drawn as they are.
 */
export const CLAIM_STYLES: Record<ClaimStatus, ClaimStyle> = {
  asserted: { dash: null, marker: null, opacity: 1 },
  alleged: { dash: [3, 5], marker: { shape: 'circle', fill: 'hollow', color: null }, opacity: 0.85 },
  planned: { dash: [12, 6], marker: { shape: 'square', fill: 'hollow', color: null }, opacity: 0.85 },
  denied: { dash: null, marker: { shape: 'tee', fill: 'filled', color: '#9b1c1c' }, opacity: 0.5 },
  disputed: { dash: null, marker: { shape: 'diamond', fill: 'filled', color: '#b45309' }, opacity: 1 },
};
