/**
 * A Cypher script that recreates the exported subgraph in a Newsgraph store,
 * in the store's own shape, so that it re-imports into a fresh store and
 * reads back as the same graph (entities with their names, aliases, search
 * fields and counters; relations with every supporting sentence). Two
 * dialects, because the stores differ:
 *
 * - Neo4j: every entity labelled `Entity` and its kind, a uniqueness
 *   constraint on ids; run with `cypher-shell -f` or paste into the browser.
 * - Kuzu: the schema's `CREATE ... TABLE IF NOT EXISTS` statements first (a
 *   table per kind and relation type), then the same MERGEs without the
 *   `Entity` label Kuzu has no place for. Kuzu's string literals know only
 *   `\'` and `\\`, so other characters are written as they are (a newline
 *   inside a name stays a newline inside the quotes).
 *
 * It is a file for the user to run, never a query this server runs: values
 * are escaped literals, labels and types come only from the ontology's
 * allow-list, and MERGE on ids makes running it twice harmless. The articles
 * the evidence cites go along as metadata (id, file, title, outlet, date,
 * url, byline; not their text) with their mentions of the exported entities,
 * because a relation's report dates and outlets are read from its articles.
 * No source hash is written: ingesting the article's file later loads it
 * whole instead of taking it for unchanged.
 */
import { claimOf } from '../../core/claims.js';
import type { Evidence, GraphEdge, GraphNode } from '../../core/domain.js';
import {
  ARTICLE_LABEL,
  MENTIONS_TYPE,
  RELATION_PROPERTIES,
  isEntityKind,
  isRelationType,
  type EntityKind,
} from '../../core/ontology.js';
import { entityColumns } from '../../core/store/article-plan.js';
import { articleMetadata, evidenceColumns, storedEvidenceOf } from '../../core/store/records.js';
import { kuzuSchemaStatements } from '../../core/store/schema.js';
import type { ExportArticle, ExportDocument } from './document.js';

export type ScriptDialect = 'neo4j' | 'kuzu';

type Literal = string | number | readonly string[] | readonly number[];

const NEO4J_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const NEO4J_NEEDS_ESCAPE = /[\\'\n\r\t\b\f]|[\u0000-\u001F\u007F\u2028\u2029]/g;

/** A Cypher string literal in a dialect: single-quoted, backslash escapes (Neo4j: control characters as \uXXXX). */
export function cypherString(value: string, dialect: ScriptDialect = 'neo4j'): string {
  if (dialect === 'kuzu') return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
  const body = value.replace(
    NEO4J_NEEDS_ESCAPE,
    (c) => NEO4J_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${body}'`;
}

function literal(value: Literal, dialect: ScriptDialect): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as a Cypher literal.`);
    return String(value);
  }
  if (typeof value === 'string') return cypherString(value, dialect);
  return `[${value.map((v) => literal(v, dialect)).join(', ')}]`;
}

function assignments(
  variable: string,
  properties: Record<string, Literal | null | undefined>,
  dialect: ScriptDialect,
): string {
  return Object.entries(properties)
    .filter((entry): entry is [string, Literal] => entry[1] !== null && entry[1] !== undefined)
    .map(([key, value]) => `${variable}.${key} = ${literal(value, dialect)}`)
    .join(', ');
}

function checkedKind(node: GraphNode): EntityKind {
  if (!isEntityKind(node.kind)) throw new Error(`Unknown entity kind ${JSON.stringify(node.kind)}.`);
  return node.kind;
}

function nodeStatement(node: GraphNode, dialect: ScriptDialect): string {
  const kind = checkedKind(node);
  const { name, aliases, roles, aliasText } = entityColumns(node, node.aliases, node.roles);
  const set = assignments(
    'n',
    { name, kind, aliases, roles, aliasText, degree: node.degree, articleCount: node.articleCount },
    dialect,
  );
  const id = cypherString(node.id, dialect);
  return dialect === 'neo4j'
    ? `MERGE (n:Entity {id: ${id}}) SET n:${kind}, ${set};`
    : `MERGE (n:${kind} {id: ${id}}) SET ${set};`;
}

function edgeStatement(
  edge: GraphEdge,
  evidence: readonly Evidence[],
  kinds: ReadonlyMap<string, EntityKind>,
  dialect: ScriptDialect,
): string {
  if (!isRelationType(edge.type)) throw new Error(`Unknown relation type ${JSON.stringify(edge.type)}.`);
  const stored = evidenceColumns(evidence.map(storedEvidenceOf), dialect) as Record<string, Literal>;
  const set = assignments(
    'r',
    {
      ...Object.fromEntries(RELATION_PROPERTIES.map((key) => [key, edge.properties[key]])),
      articles: edge.articles,
      corroboration: edge.corroboration,
      evidenceCount: edge.evidenceCount,
      claim: evidence.length ? claimOf(evidence.map((e) => e.certainty)) : edge.claim,
      ...stored,
    },
    dialect,
  );
  const [a, b] = [cypherString(edge.source, dialect), cypherString(edge.target, dialect)];
  const merge = `MERGE (a)-[r:${edge.type} {id: ${cypherString(edge.id, dialect)}}]->(b) SET ${set};`;
  if (dialect === 'neo4j') {
    // Two MATCH clauses rather than one with a comma: the same lookups, without Neo4j's cartesian-product warning.
    return `MATCH (a:Entity {id: ${a}}) MATCH (b:Entity {id: ${b}}) ${merge}`;
  }
  const from = kinds.get(edge.source);
  const to = kinds.get(edge.target);
  if (!from || !to) throw new Error(`Relation ${edge.id} has an end outside the export.`);
  return `MATCH (a:${from} {id: ${a}}), (b:${to} {id: ${b}}) ${merge}`;
}

/** Lists Kuzu cannot type when empty (`[]` has no element type) are left unset, as the store leaves them. */
function nonEmpty(list: readonly string[]): readonly string[] | null {
  return list.length > 0 ? list : null;
}

/** An article with what the exported part of the graph holds of it: its relations, entities and sentences. */
function articleStatement({ article, mentions }: ExportArticle, doc: ExportDocument, dialect: ScriptDialect): string {
  const relations = doc.edges.filter((e) => doc.evidence.get(e.id)?.some((ev) => ev.articleId === article.id));
  const sentences = relations.reduce(
    (n, e) => n + doc.evidence.get(e.id)!.filter((ev) => ev.articleId === article.id).length,
    0,
  );
  const set = assignments(
    'a',
    {
      ...articleMetadata(article),
      relationIds: nonEmpty(relations.map((e) => e.id)),
      entityIds: nonEmpty(mentions.map((m) => m.entityId)),
      entityCount: mentions.length,
      relationCount: relations.length,
      evidenceCount: sentences,
    },
    dialect,
  );
  return `MERGE (a:${ARTICLE_LABEL} {id: ${cypherString(article.id, dialect)}}) SET ${set};`;
}

function mentionStatements(
  { article, mentions }: ExportArticle,
  kinds: ReadonlyMap<string, EntityKind>,
  dialect: ScriptDialect,
): string[] {
  const a = `(a:${ARTICLE_LABEL} {id: ${cypherString(article.id, dialect)}})`;
  return mentions.flatMap((m) => {
    const kind = kinds.get(m.entityId);
    if (!kind) return [];
    const n = `(n:${dialect === 'neo4j' ? 'Entity' : kind} {id: ${cypherString(m.entityId, dialect)}})`;
    const set = assignments(
      'm',
      { count: m.spanStarts.length, spanStarts: m.spanStarts, spanEnds: m.spanEnds },
      dialect,
    );
    const match = dialect === 'neo4j' ? `MATCH ${a} MATCH ${n}` : `MATCH ${a}, ${n}`;
    return [`${match} MERGE (a)-[m:${MENTIONS_TYPE}]->(n) SET ${set};`];
  });
}

export function writeCypherScript(doc: ExportDocument, dialect: ScriptDialect = 'neo4j'): string {
  const kinds = new Map(doc.nodes.map((n) => [n.id, checkedKind(n)]));
  const header =
    dialect === 'neo4j'
      ? [
          '// Recreates them in Neo4j 5: cypher-shell -f <this file>, or paste into Neo4j Browser.',
          'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
          `CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:${ARTICLE_LABEL}) REQUIRE a.id IS UNIQUE;`,
        ]
      : [
          '// Recreates them in a Kuzu database (0.11): the tables first, then one MERGE per entity and relation.',
          ...kuzuSchemaStatements().map((statement) => `${statement};`),
        ];
  return [
    `// Newsgraph export: ${doc.nodes.length} entities, ${doc.edges.length} relations, ${doc.articles.length} articles.`,
    ...header,
    ...doc.nodes.map((n) => nodeStatement(n, dialect)),
    ...doc.articles.map((a) => articleStatement(a, doc, dialect)),
    ...doc.articles.flatMap((a) => mentionStatements(a, kinds, dialect)),
    ...doc.edges.map((e) => edgeStatement(e, doc.evidence.get(e.id) ?? [], kinds, dialect)),
    '',
  ].join('\n');
}
