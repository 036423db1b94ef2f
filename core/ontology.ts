/**
 * The ontology as code: the single allow-list of entity kinds, relation types,
 * their endpoint pairs and the limits every layer shares. It is browser-safe
 * (no Node imports) so the client derives its legend and styles from it too.
 *
 * Labels and relationship types reach Cypher only from here: they cannot be
 * query parameters, so everything that interpolates one checks it against
 * these lists first.
 */

export const ENTITY_KINDS = ['Country', 'Person', 'Organization', 'Place', 'System', 'Agreement', 'Conflict'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Kinds grouped for readability of the endpoint table below. */
const ANY: readonly EntityKind[] = ENTITY_KINDS;
const STATE_ACTORS: readonly EntityKind[] = ['Country', 'Organization'];

export interface RelationSpec {
  /** What the edge reads as, for legends and tooltips. */
  readonly label: string;
  readonly from: readonly EntityKind[];
  readonly to: readonly EntityKind[];
  /** Direction is a convention only: `A MET_WITH B` says the same as `B MET_WITH A`. */
  readonly symmetric: boolean;
  /** Optional properties this type carries (see ontology.md). */
  readonly properties: readonly RelationProperty[];
}

export const RELATION_PROPERTIES = ['role', 'status', 'what', 'certainty'] as const;
export type RelationProperty = (typeof RELATION_PROPERTIES)[number];

export const RELATIONS = {
  HOLDS_ROLE: {
    label: 'holds role in',
    from: ['Person'],
    to: STATE_ACTORS,
    symmetric: false,
    properties: ['role'],
  },
  SIGNED: {
    label: 'signed',
    from: ['Person', 'Country', 'Organization'],
    to: ['Agreement'],
    symmetric: false,
    properties: ['certainty'],
  },
  PARTY_TO: {
    label: 'party to',
    from: STATE_ACTORS,
    to: ['Agreement'],
    symmetric: false,
    properties: ['status'],
  },
  MET_WITH: { label: 'met with', from: ['Person'], to: ['Person'], symmetric: true, properties: [] },
  VISITED: {
    label: 'visited',
    from: ['Person'],
    to: ['Country', 'Place'],
    symmetric: false,
    properties: [],
  },
  ACQUIRED: {
    label: 'acquired',
    from: STATE_ACTORS,
    to: ['System'],
    symmetric: false,
    properties: ['certainty'],
  },
  SEEKS: { label: 'seeks', from: STATE_ACTORS, to: ['System'], symmetric: false, properties: [] },
  DEVELOPED_BY: {
    label: 'developed by',
    from: ['System'],
    to: STATE_ACTORS,
    symmetric: false,
    properties: [],
  },
  SUPPORTS: { label: 'supports', from: ANY, to: ANY, symmetric: false, properties: ['certainty'] },
  OPPOSES: { label: 'opposes', from: ANY, to: ANY, symmetric: true, properties: ['certainty'] },
  INVOLVED_IN: {
    label: 'involved in',
    from: ['Country', 'Organization', 'Person'],
    to: ['Conflict'],
    symmetric: false,
    properties: [],
  },
  RECOGNIZED: {
    label: 'recognized',
    from: ['Country'],
    to: ['Place', 'Country'],
    symmetric: false,
    properties: ['what'],
  },
  RELATIONS_WITH: {
    label: 'has relations with',
    from: ['Country'],
    to: ['Country'],
    symmetric: true,
    properties: ['status'],
  },
  LOCATED_IN: {
    label: 'located in',
    from: ['Place', 'Organization'],
    to: ['Country', 'Place'],
    symmetric: false,
    properties: [],
  },
  MEMBER_OF: {
    label: 'member of',
    from: ['Person'],
    to: ['Organization'],
    symmetric: false,
    properties: [],
  },
  MENTIONED_WITH: {
    label: 'mentioned with',
    from: ANY,
    to: ANY,
    symmetric: true,
    properties: [],
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as RelationType[];

/** The weak co-occurrence link: kept apart from typed facts in scores and default views. */
export const WEAK_RELATION: RelationType = 'MENTIONED_WITH';
export const TYPED_RELATION_TYPES = RELATION_TYPES.filter((t) => t !== WEAK_RELATION);

/** The article nodes and their links to the entities they mention. */
export const ARTICLE_LABEL = 'Article';
export const MENTIONS_TYPE = 'MENTIONS';

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && Object.hasOwn(RELATIONS, value);
}

/** Whether `from -[type]-> to` is allowed by the ontology. */
export function allowsEndpoints(type: RelationType, from: EntityKind, to: EntityKind): boolean {
  const spec: RelationSpec = RELATIONS[type];
  return spec.from.includes(from) && spec.to.includes(to);
}

/** Every allowed `(from, to)` pair of a relation type, in ontology order. */
export function endpointPairs(type: RelationType): Array<[EntityKind, EntityKind]> {
  const spec: RelationSpec = RELATIONS[type];
  return spec.from.flatMap((from) => spec.to.map((to): [EntityKind, EntityKind] => [from, to]));
}

/** Limits shared by validation, the store and the client. */
export const LIMITS = {
  maxDepth: 3,
  maxPathLength: 6,
  maxPaths: 10,
  defaultNodeLimit: 150,
  maxNodeLimit: 2000,
  searchPageSize: 20,
  maxSearchPageSize: 100,
  /** Disputes per page: each carries every sentence on both sides. */
  disputesPageSize: 50,
  maxDisputesPageSize: 200,
  consoleRowCap: 1000,
  consoleTimeoutMs: 5000,
  exportMaxNodes: 20000,
  maxArticleBytes: 2_000_000,
  /** Articles per POST /api/ingest request: each is extracted and loaded before the answer. */
  ingestFilesPerRequest: 10,
} as const;
