/**
 * Hints for a console query that failed: the Cypher an analyst knows is
 * often the other database's. Each rule names a construct of one dialect
 * that the store's dialect writes differently, found in the query text; the
 * console shows the hints of the rules that match under the error message.
 */

export type Dialect = 'kuzu' | 'neo4j';

interface HintRule {
  /** The store dialect in which the construct fails. */
  dialect: Dialect;
  pattern: RegExp;
  hint: string;
}

const RULES: readonly HintRule[] = [
  { dialect: 'kuzu', pattern: /\btype\s*\(/i, hint: 'Kuzu: use `label(r)` for `type(r)`.' },
  {
    dialect: 'kuzu',
    pattern: /\b(all)?shortestPath\s*\(/i,
    hint: 'Kuzu: write shortest paths in the pattern, `(a)-[* SHORTEST 1..5]-(b)`, not with `shortestPath()`.',
  },
  {
    dialect: 'kuzu',
    pattern: /\belementId\s*\(/i,
    hint: 'Kuzu has no `elementId()`: use the entity id, `n.id`.',
  },
  {
    dialect: 'kuzu',
    pattern: /\bto(String|Integer|Float|Boolean)\s*\(/i,
    hint: 'Kuzu: use `cast(x AS STRING)`, `cast(x AS INT64)`, `cast(x AS DOUBLE)` for `toString()`, `toInteger()`, `toFloat()`.',
  },
  {
    dialect: 'kuzu',
    pattern: /\bCALL\s*\{/i,
    hint: 'Kuzu has no `CALL { … }` subqueries: chain the parts with `WITH`, or use `OPTIONAL MATCH`.',
  },
  {
    dialect: 'kuzu',
    pattern: /:\s*Entity\b/,
    hint: 'Kuzu has no `Entity` label: each kind is its own table; `(n:Person:Country)` means Person or Country, and `(n)` matches every kind.',
  },
  {
    dialect: 'kuzu',
    pattern: /\bWHERE\s+(NOT\s+)?\w+\s*:\s*\w+/i,
    hint: "Kuzu: test a node's kind with `label(n) = 'Person'`, not `WHERE n:Person`.",
  },
  {
    dialect: 'kuzu',
    pattern: /\blabels\s*\(/i,
    hint: 'Kuzu: a node has one label, `label(n)` (a string); `labels(n)` is Neo4j’s list.',
  },
  {
    dialect: 'kuzu',
    pattern: /\[\s*\w+\s+IN\s+[^\]]*\|/i,
    hint: 'Kuzu has no list comprehensions: use `list_transform(list, x -> …)` and `list_filter(list, x -> …)`.',
  },
  {
    dialect: 'neo4j',
    pattern: /\blabel\s*\(/i,
    hint: 'Neo4j: use `type(r)` for a relationship and `labels(n)` for a node (there is no `label()`).',
  },
  {
    dialect: 'neo4j',
    pattern: /\*\s*SHORTEST\s+\d/i,
    hint: 'Neo4j: write `shortestPath((a)-[*..5]-(b))` instead of Kuzu’s `-[* SHORTEST 1..5]-`.',
  },
  {
    dialect: 'neo4j',
    pattern: /\bcast\s*\(/i,
    hint: 'Neo4j: use `toString(x)`, `toInteger(x)`, `toFloat(x)` instead of `cast()`.',
  },
  {
    dialect: 'neo4j',
    pattern: /\blist_(transform|filter)\s*\(/i,
    hint: 'Neo4j: use list comprehensions, `[x IN list WHERE … | …]`.',
  },
];

/** The hints for `query`, which failed on a store of `dialect`. */
export function dialectHints(dialect: Dialect, query: string): string[] {
  return RULES.filter((rule) => rule.dialect === dialect && rule.pattern.test(query)).map((rule) => rule.hint);
}
