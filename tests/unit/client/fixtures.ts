/**
 * Small API-shaped values for the client's unit tests.
 */
import type { Evidence, GraphEdge, GraphNode } from '../../../core/domain.js';
import type { EntityKind, RelationType } from '../../../core/ontology.js';

export function node(id: string, kind: EntityKind = 'Person', extra: Partial<GraphNode> = {}): GraphNode {
  return { id, name: id.replace(/-/g, ' '), kind, aliases: [], roles: [], degree: 1, articleCount: 1, ...extra };
}

export function edge(source: string, type: RelationType, target: string, extra: Partial<GraphEdge> = {}): GraphEdge {
  return {
    id: `${source}|${type}|${target}`,
    source,
    target,
    type,
    properties: {},
    corroboration: 1,
    evidenceCount: 1,
    articles: ['a1'],
    claim: 'asserted',
    firstReported: null,
    lastReported: null,
    reports: [{ articleId: 'a1', date: null, certainty: 'asserted' }],
    ...extra,
  };
}

export function evidence(extra: Partial<Evidence> & Pick<Evidence, 'articleId'>): Evidence {
  return {
    relationId: 'x|SIGNED|y',
    articleTitle: null,
    source: null,
    date: null,
    sentence: 'X signed Y.',
    start: 0,
    end: 11,
    subject: null,
    object: null,
    certainty: 'asserted',
    attribution: null,
    rule: null,
    ...extra,
  };
}
