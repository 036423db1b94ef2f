/**
 * A Cypher script that recreates the subgraph in Neo4j, in the shape the
 * Newsgraph store uses there (every entity labelled `Entity` and its kind,
 * relations typed by the ontology). It is a file for the user to run with
 * cypher-shell or the Neo4j browser, never a query this server runs: values
 * are written as escaped literals, labels and types only from the ontology's
 * allow-list, and MERGE on ids makes running it twice harmless.
 */
import type { GraphEdge, GraphNode, Subgraph } from '../../core/domain.js';
import { RELATION_PROPERTIES, isEntityKind, isRelationType } from '../../core/ontology.js';

type Literal = string | number | readonly string[];

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const NEEDS_ESCAPE = /[\\'\n\r\t\b\f]|[\u0000-\u001F\u007F\u2028\u2029]/g;

/** A Cypher string literal: single-quoted, backslash escapes, control characters as \uXXXX. */
export function cypherString(value: string): string {
  const body = value.replace(NEEDS_ESCAPE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${body}'`;
}

function literal(value: Literal): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as a Cypher literal.`);
    return String(value);
  }
  if (typeof value === 'string') return cypherString(value);
  return `[${value.map(cypherString).join(', ')}]`;
}

function assignments(variable: string, properties: Record<string, Literal | null | undefined>): string {
  return Object.entries(properties)
    .filter((entry): entry is [string, Literal] => entry[1] !== null && entry[1] !== undefined)
    .map(([key, value]) => `${variable}.${key} = ${literal(value)}`)
    .join(', ');
}

function nodeStatement(node: GraphNode): string {
  if (!isEntityKind(node.kind)) throw new Error(`Unknown entity kind ${JSON.stringify(node.kind)}.`);
  const set = assignments('n', {
    name: node.name,
    kind: node.kind,
    aliases: node.aliases,
    roles: node.roles,
    degree: node.degree,
    articleCount: node.articleCount,
  });
  return `MERGE (n:Entity {id: ${cypherString(node.id)}}) SET n:${node.kind}, ${set};`;
}

function edgeStatement(edge: GraphEdge): string {
  if (!isRelationType(edge.type)) throw new Error(`Unknown relation type ${JSON.stringify(edge.type)}.`);
  const set = assignments('r', {
    ...Object.fromEntries(RELATION_PROPERTIES.map((key) => [key, edge.properties[key]])),
    corroboration: edge.corroboration,
    evidenceCount: edge.evidenceCount,
    articles: edge.articles,
  });
  return (
    // Two MATCH clauses rather than one with a comma: the same lookups, without Neo4j's cartesian-product warning.
    `MATCH (a:Entity {id: ${cypherString(edge.source)}}) MATCH (b:Entity {id: ${cypherString(edge.target)}}) ` +
    `MERGE (a)-[r:${edge.type} {id: ${cypherString(edge.id)}}]->(b) SET ${set};`
  );
}

export function writeCypherScript(graph: Subgraph): string {
  return [
    `// Newsgraph export: ${graph.nodes.length} entities, ${graph.edges.length} relations.`,
    '// Recreates them in Neo4j 5: cypher-shell -f <this file>, or paste into Neo4j Browser.',
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
    ...graph.nodes.map(nodeStatement),
    ...graph.edges.map(edgeStatement),
    '',
  ].join('\n');
}
