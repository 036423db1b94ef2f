/**
 * Example console queries for GET /schema, in each store's dialect. Most are
 * written once in the Cypher both Kuzu and Neo4j accept; where the dialects
 * part (any-entity labels, shortest paths, full-text search on Neo4j, schema
 * introspection) each has its own text. None depends on particular ids, so
 * they run on any graph; the API tests run the Kuzu ones, and the Neo4j ones
 * go through Neo4j's parser.
 */
import type { Dialect } from '../../core/store/catalogue.js';

export interface ConsoleExample {
  title: string;
  query: string;
}

const SHARED: ConsoleExample[] = [
  {
    title: 'Countries by number of typed relations',
    query:
      'MATCH (c:Country)\nRETURN c.name AS country, c.degree AS relations, c.articleCount AS articles\nORDER BY relations DESC, country\nLIMIT 20',
  },
  {
    title: 'Who met whom',
    query: 'MATCH (a:Person)-[r:MET_WITH]->(b:Person)\nRETURN a, r, b\nLIMIT 100',
  },
  {
    title: 'Systems sought or acquired, and by whom',
    query: 'MATCH (x)-[r:SEEKS|ACQUIRED]->(s:System)\nRETURN x, r, s\nLIMIT 100',
  },
  {
    title: 'Agreements and who signed or joined them',
    query:
      'MATCH (p)-[r:SIGNED|PARTY_TO]->(a:Agreement)\nRETURN a.name AS agreement, collect(DISTINCT p.name) AS parties\nORDER BY agreement\nLIMIT 50',
  },
  {
    title: 'Support and opposition between countries and organisations, best corroborated first',
    query:
      'MATCH (a)-[r:SUPPORTS|OPPOSES]->(b)\nWHERE r.corroboration >= 1\nRETURN a, r, b\nORDER BY r.corroboration DESC\nLIMIT 100',
  },
  {
    title: 'Articles that mention a country most often',
    query:
      'MATCH (a:Article)-[m:MENTIONS]->(c:Country)\nRETURN a.title AS article, a.date AS date, c.name AS country, m.count AS mentions\nORDER BY mentions DESC\nLIMIT 20',
  },
  {
    title: 'People and the roles the articles give them',
    query:
      'MATCH (p:Person)-[r:HOLDS_ROLE]->(o)\nRETURN p.name AS person, r.role AS role, o.name AS of, r.corroboration AS articles\nORDER BY articles DESC, person\nLIMIT 50',
  },
];

const KUZU_ONLY: ConsoleExample[] = [
  {
    title: 'Shortest chains of typed relations from the best-connected person to countries (up to 4 hops)',
    query:
      'MATCH (a:Person)\nWITH a ORDER BY a.degree DESC LIMIT 1\nMATCH p = (a)-[:HOLDS_ROLE|MET_WITH|VISITED|SUPPORTS|OPPOSES|RELATIONS_WITH* SHORTEST 1..4]-(b:Country)\nRETURN p\nLIMIT 10',
  },
  {
    title: 'People whose names or aliases contain a word (the search box ranks and forgives typos)',
    query:
      "MATCH (p:Person)\nWHERE lower(p.aliasText) CONTAINS 'minister'\nRETURN p.name AS name, p.aliases AS aliases, p.degree AS relations\nORDER BY relations DESC\nLIMIT 10",
  },
  { title: 'Tables of the schema', query: 'CALL show_tables()\nRETURN *' },
];

const NEO4J_ONLY: ConsoleExample[] = [
  {
    title: 'Shortest chains of typed relations from the best-connected person to countries (up to 4 hops)',
    query:
      'MATCH (a:Person)\nWITH a ORDER BY a.degree DESC LIMIT 1\nMATCH (b:Country)\nMATCH p = shortestPath((a)-[:HOLDS_ROLE|MET_WITH|VISITED|SUPPORTS|OPPOSES|RELATIONS_WITH*1..4]-(b))\nRETURN p\nLIMIT 10',
  },
  {
    title: 'Full-text search over names and aliases',
    query:
      "CALL db.index.fulltext.queryNodes('entity_names', 'minister~')\nYIELD node, score\nRETURN node.name AS name, node.kind AS kind, score\nLIMIT 10",
  },
  { title: 'Labels of the schema', query: 'CALL db.labels()\nYIELD label\nRETURN label' },
];

export function consoleExamples(dialect: Dialect): ConsoleExample[] {
  return [...SHARED, ...(dialect === 'kuzu' ? KUZU_ONLY : NEO4J_ONLY)];
}
