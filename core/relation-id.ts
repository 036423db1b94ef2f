/**
 * Relation ids are public (the API and the client address edges by them):
 * `subject|TYPE|object`, with our entity slugs at both ends. Symmetric types
 * are stored once, ends in id order, so that "A met B" and "B met A" from two
 * articles corroborate one edge.
 */
import { RELATIONS, isRelationType, type RelationType } from './ontology.js';

export interface RelationKey {
  source: string;
  type: RelationType;
  target: string;
}

const SEPARATOR = '|';

export function relationId(key: RelationKey): string {
  return [key.source, key.type, key.target].join(SEPARATOR);
}

/** The parts of a relation id, or null when it is not one. */
export function parseRelationId(id: string): RelationKey | null {
  const parts = id.split(SEPARATOR);
  if (parts.length !== 3) return null;
  const [source, type, target] = parts as [string, string, string];
  if (!source || !target || !isRelationType(type)) return null;
  return { source, type, target };
}

/** The stored orientation of a relation: symmetric types point from the smaller id to the larger. */
export function canonicalRelation(key: RelationKey): RelationKey & { flipped: boolean } {
  if (RELATIONS[key.type].symmetric && key.source > key.target) {
    return { source: key.target, type: key.type, target: key.source, flipped: true };
  }
  return { ...key, flipped: false };
}
