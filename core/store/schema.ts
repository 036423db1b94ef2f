/**
 * The stored graph's shape, derived from the ontology: property lists (used
 * by the Kuzu DDL, the Neo4j constraints and the console's completion) and the
 * Kuzu DDL itself. Changing the ontology changes the schema here and nowhere
 * else.
 */
import { ARTICLE_LABEL, ENTITY_KINDS, MENTIONS_TYPE, RELATION_TYPES, endpointPairs } from '../ontology.js';
import type { Dialect } from './catalogue.js';

type KuzuType = 'STRING' | 'INT64' | 'STRING[]' | 'INT64[]';

/** Properties of every entity node, whatever its kind. */
export const ENTITY_PROPERTIES = {
  id: 'STRING',
  name: 'STRING',
  kind: 'STRING',
  aliases: 'STRING[]',
  roles: 'STRING[]',
  /** Aliases joined, for Neo4j's full-text index. */
  aliasText: 'STRING',
  /** Typed relations (MENTIONED_WITH excluded), maintained on every write. */
  degree: 'INT64',
  articleCount: 'INT64',
  mentionCount: 'INT64',
} as const satisfies Record<string, KuzuType>;

export const ARTICLE_PROPERTIES = {
  id: 'STRING',
  file: 'STRING',
  title: 'STRING',
  source: 'STRING',
  date: 'STRING',
  url: 'STRING',
  byline: 'STRING',
  text: 'STRING',
  sourceHash: 'STRING',
  /** Hash of the article's extracted graph: an identical re-load is a no-op. */
  contentHash: 'STRING',
  /** What this article contributed, so that a changed re-load can retract it. */
  relationIds: 'STRING[]',
  entityIds: 'STRING[]',
  entityCount: 'INT64',
  relationCount: 'INT64',
  evidenceCount: 'INT64',
} as const satisfies Record<string, KuzuType>;

/** Properties of every typed relation, apart from its evidence. */
const RELATION_PROPERTIES_BUT_EVIDENCE = {
  id: 'STRING',
  role: 'STRING',
  status: 'STRING',
  what: 'STRING',
  certainty: 'STRING',
  /** The status its evidence gives it (core/claims.ts `claimOf`), kept in step with the evidence. */
  claim: 'STRING',
  articles: 'STRING[]',
  corroboration: 'INT64',
  evidenceCount: 'INT64',
} as const satisfies Record<string, KuzuType>;

/**
 * A relation's evidence (one entry per supporting sentence) as Neo4j keeps it
 * on the edge: parallel lists, since Neo4j stores only lists of primitives as
 * properties; -1 marks an unknown mention span. Embedded databases made
 * before the evidence was packed have these columns too (kuzu/packed-evidence.ts).
 */
export const EVIDENCE_LIST_PROPERTIES = {
  evArticle: 'STRING[]',
  evSentence: 'STRING[]',
  evStart: 'INT64[]',
  evEnd: 'INT64[]',
  evSubjectStart: 'INT64[]',
  evSubjectEnd: 'INT64[]',
  evObjectStart: 'INT64[]',
  evObjectEnd: 'INT64[]',
  /** Per sentence: its certainty, the id and words of the source it is attributed to ('' for none), its rule. */
  evCertainty: 'STRING[]',
  evSourceEntity: 'STRING[]',
  evSourceText: 'STRING[]',
  evRule: 'STRING[]',
} as const satisfies Record<string, KuzuType>;

/**
 * The same evidence as Kuzu keeps it: the entries as one JSON text
 * (records.ts packs and reads it). Twelve list columns made every relation
 * row cost Kuzu 0.11 about 0.35 ms more to create and its checkpoints about
 * three times longer (measured on 100k entities / 300k relations).
 */
export const PACKED_EVIDENCE_PROPERTIES = {
  evidence: 'STRING',
} as const satisfies Record<string, KuzuType>;

/** The properties of every typed relation in a dialect's store. */
export function relationEdgeProperties(dialect: Dialect): Record<string, KuzuType> {
  return {
    ...RELATION_PROPERTIES_BUT_EVIDENCE,
    ...(dialect === 'kuzu' ? PACKED_EVIDENCE_PROPERTIES : EVIDENCE_LIST_PROPERTIES),
  };
}

export const MENTIONS_PROPERTIES = {
  count: 'INT64',
  spanStarts: 'INT64[]',
  spanEnds: 'INT64[]',
} as const satisfies Record<string, KuzuType>;

/** The stored tables whose whole column list a catalogue query may name (`// columns:`). */
export const COLUMN_SETS = ['entity', 'article', 'relation', 'mentions'] as const;
export type ColumnSet = (typeof COLUMN_SETS)[number];

/** The columns of a table of a dialect's store, in the schema's order, with their types. */
export function columnSet(set: ColumnSet, dialect: Dialect): Record<string, KuzuType> {
  switch (set) {
    case 'entity':
      return ENTITY_PROPERTIES;
    case 'article':
      return ARTICLE_PROPERTIES;
    case 'relation':
      return relationEdgeProperties(dialect);
    case 'mentions':
      return MENTIONS_PROPERTIES;
  }
}

/** The curation log: one node per entry, append-only (core/curation explains the entries). */
export const CURATION_LABEL = 'CurationEntry';
export const CURATION_ENTRY_PROPERTIES = {
  id: 'STRING',
  seq: 'INT64',
  at: 'STRING',
  author: 'STRING',
  action: 'STRING',
  reason: 'STRING',
  /** The edit and the facts it was made on, as JSON. */
  edit: 'STRING',
  facts: 'STRING',
} as const satisfies Record<string, KuzuType>;

/** Each article's graph as extracted, before curation: edits and undos project it again. */
export const SOURCE_LABEL = 'ArticleSource';
export const ARTICLE_SOURCE_PROPERTIES = {
  id: 'STRING',
  /** Order of first load: re-projections replay articles in it, so the first mention still names an entity. */
  loadSeq: 'INT64',
  /** The extracted ArticleGraph without its text (the Article node holds that), as JSON. */
  graph: 'STRING',
  /** Rejected relations this article states, held back from the graph: their ids, and them with evidence as JSON. */
  heldIds: 'STRING[]',
  held: 'STRING',
} as const satisfies Record<string, KuzuType>;

/**
 * Full-text indexes that stores made before search moved into the process
 * carry (one per kind, over a `searchTerms` column): dropped at open, since
 * batched creates into an indexed table crash Kuzu 0.11.
 */
export function legacyKuzuFtsIndexName(kind: string): string {
  return `${kind}_names`;
}

/** Name of the one Neo4j full-text index over every entity. */
export const NEO4J_FTS_INDEX = 'entity_names';

function columns(props: Record<string, KuzuType>, primaryKey?: string): string {
  return Object.entries(props)
    .map(([name, type]) => `${name} ${type}${name === primaryKey ? ' PRIMARY KEY' : ''}`)
    .join(', ');
}

/** Every table of the Kuzu schema with the columns it should have. */
function kuzuTables(): Array<[string, Record<string, KuzuType>]> {
  return [
    ...ENTITY_KINDS.map((kind): [string, Record<string, KuzuType>] => [kind, ENTITY_PROPERTIES]),
    [ARTICLE_LABEL, ARTICLE_PROPERTIES],
    ...RELATION_TYPES.map((type): [string, Record<string, KuzuType>] => [type, relationEdgeProperties('kuzu')]),
    [MENTIONS_TYPE, MENTIONS_PROPERTIES],
  ];
}

/** Every table the Kuzu DDL creates. */
export function kuzuSchemaTables(): string[] {
  return kuzuTables().map(([table]) => table);
}

/** The Kuzu DDL, every statement idempotent (`IF NOT EXISTS`). */
export function kuzuSchemaStatements(): string[] {
  const nodeTables = [
    ...ENTITY_KINDS.map((kind) => `CREATE NODE TABLE IF NOT EXISTS ${kind}(${columns(ENTITY_PROPERTIES, 'id')})`),
    `CREATE NODE TABLE IF NOT EXISTS ${ARTICLE_LABEL}(${columns(ARTICLE_PROPERTIES, 'id')})`,
    `CREATE NODE TABLE IF NOT EXISTS ${CURATION_LABEL}(${columns(CURATION_ENTRY_PROPERTIES, 'id')})`,
    `CREATE NODE TABLE IF NOT EXISTS ${SOURCE_LABEL}(${columns(ARTICLE_SOURCE_PROPERTIES, 'id')})`,
  ];
  const relationTables = RELATION_TYPES.map((type) => {
    const pairs = endpointPairs(type).map(([from, to]) => `FROM ${from} TO ${to}`);
    return `CREATE REL TABLE IF NOT EXISTS ${type}(${pairs.join(', ')}, ${columns(relationEdgeProperties('kuzu'))})`;
  });
  const mentions = `CREATE REL TABLE IF NOT EXISTS ${MENTIONS_TYPE}(${ENTITY_KINDS.map(
    (kind) => `FROM ${ARTICLE_LABEL} TO ${kind}`,
  ).join(', ')}, ${columns(MENTIONS_PROPERTIES)})`;
  return [...nodeTables, ...relationTables, mentions];
}

/**
 * The columns a database made by an older version lacks, as `ALTER TABLE`
 * statements (they read as NULL on existing rows), so an upgrade keeps the
 * stored graph. `columnsOf` tells the columns a table has (null: no such table).
 */
export async function kuzuMissingColumns(columnsOf: (table: string) => Promise<Set<string> | null>): Promise<string[]> {
  const statements: string[] = [];
  for (const [table, props] of kuzuTables()) {
    const existing = await columnsOf(table);
    // A table that does not exist yet is created whole.
    if (!existing) continue;
    for (const [name, type] of Object.entries(props)) {
      if (!existing.has(name)) statements.push(`ALTER TABLE ${table} ADD IF NOT EXISTS ${name} ${type}`);
    }
  }
  return statements;
}

/** Property names by label / relationship type in a dialect's store, for the console's completion. */
export function schemaProperties(dialect: Dialect): {
  labels: Record<string, string[]>;
  relationships: Record<string, string[]>;
} {
  const entityProps = Object.keys(ENTITY_PROPERTIES);
  const relProps = Object.keys(relationEdgeProperties(dialect));
  return {
    labels: {
      ...Object.fromEntries(ENTITY_KINDS.map((k) => [k, entityProps])),
      [ARTICLE_LABEL]: Object.keys(ARTICLE_PROPERTIES),
      [CURATION_LABEL]: Object.keys(CURATION_ENTRY_PROPERTIES),
      [SOURCE_LABEL]: Object.keys(ARTICLE_SOURCE_PROPERTIES),
    },
    relationships: {
      ...Object.fromEntries(RELATION_TYPES.map((t) => [t, relProps])),
      [MENTIONS_TYPE]: Object.keys(MENTIONS_PROPERTIES),
    },
  };
}
