/**
 * What a relation reads as, for people: the ontology's label, sharpened by
 * its properties where they say more. Shared by the explorer (edge captions)
 * and the exports (edge labels), so a file reads like the screen.
 */
import type { GraphEdge } from './domain.js';
import { RELATIONS } from './ontology.js';

export function edgeLabel(edge: Pick<GraphEdge, 'type' | 'properties'>): string {
  const base = RELATIONS[edge.type].label;
  const { role, status, what } = edge.properties;
  if (edge.type === 'HOLDS_ROLE' && role) return `${role} of`;
  if (edge.type === 'RELATIONS_WITH' && status) return `relations: ${status}`;
  if (edge.type === 'RECOGNIZED' && what) return `recognized ${what}`;
  return base;
}
