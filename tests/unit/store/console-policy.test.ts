/**
 * The console's checks before a query reaches a database: lexical limits
 * (linear, no recursion), then the read-only decision on the parse tree of
 * each database's own grammar, for both dialects.
 */
import { describe, expect, it } from '@jest/globals';
import { AppError } from '../../../core/errors.js';
import type { Dialect } from '../../../core/store/catalogue.js';
import { CONSOLE_LIMITS, assertWithinLexicalLimits } from '../../../core/store/console/lexical-limits.js';
import { assertReadOnlyTree, hopBound } from '../../../core/store/console/read-only-policy.js';

/** The error id and, for refusals, the clause named; null when the query passes. */
function verdict(query: string, dialect: Dialect, params: Record<string, unknown> = {}): string | null {
  try {
    assertWithinLexicalLimits(query);
    assertReadOnlyTree(query, dialect, params);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const error = e as AppError;
    return error.id === 'query_refused' ? `refused ${String(error.details?.clause)}` : error.id;
  }
}

const READS: Record<Dialect, string[]> = {
  kuzu: [
    'MATCH (n:Person) RETURN n.name AS name LIMIT 5',
    "MATCH (n) WHERE n.name = 'CREATE SET DELETE' RETURN n // DROP in a comment",
    'MATCH (a)-[r:SIGNED]->(b) WITH a, count(r) AS c ORDER BY c DESC RETURN a.id, c',
    'CALL show_tables() RETURN *',
    "CALL show_tables() WHERE name = 'Country' RETURN name",
    "CALL table_info('Person') RETURN *",
    'MATCH (n) WHERE n.offset > 1 RETURN n.set AS x',
    'MATCH (n:Person) RETURN n; ',
    'MATCH p = (a:Person)-[* SHORTEST 1..4]-(b:Country) RETURN p',
    'MATCH (a)-[:MET_WITH*1..3]->(b) RETURN a, b',
    'UNWIND range(1, 1000) AS x RETURN sum(x)',
    'UNWIND range(1, $n) AS x RETURN x',
    'MATCH (`CREATE`:Person) RETURN `CREATE`.name',
    'EXPLAIN MATCH (n) RETURN n',
  ],
  neo4j: [
    'MATCH (n:Person) RETURN n.name AS name LIMIT 5',
    "MATCH (n) WHERE n.name = 'CREATE SET DELETE' RETURN n // DROP in a comment",
    'CALL db.labels() YIELD label RETURN label',
    'CALL `db`.`labels`()',
    'MATCH p = shortestPath((a:Person)-[*..6]-(b:Country)) RETURN p',
    'MATCH (a)-[:MET_WITH]->{1,3}(b) RETURN a, b',
    'MATCH (n) CALL (n) { MATCH (n)--(m) RETURN count(m) AS c } RETURN n, c',
    'UNWIND range(0, 10) AS x RETURN x',
    'EXPLAIN MATCH (n) RETURN n',
  ],
};

const REFUSALS: Record<Dialect, Array<[string, string]>> = {
  kuzu: [
    ["CREATE (:Person {id: 'x'})", 'refused CREATE'],
    ["create (:Person {id: 'x'})", 'refused CREATE'],
    ["MERGE (:Person {id: 'x'})", 'refused MERGE'],
    ["MATCH (n) SET n.name = 'x'", 'refused SET'],
    ['MATCH (n) DELETE n', 'refused DELETE'],
    ['MATCH (n) DETACH DELETE n', 'refused DETACH'],
    ['DROP TABLE Person', 'refused DROP'],
    ['ALTER TABLE Person ADD x INT64', 'refused ALTER'],
    ['CREATE NODE TABLE X(id STRING PRIMARY KEY)', 'refused CREATE'],
    ["COPY Person FROM '/etc/passwd'", 'refused COPY'],
    ["COPY (MATCH (n) RETURN n) TO '/tmp/out.csv'", 'refused COPY'],
    ["EXPORT DATABASE '/tmp/x'", 'refused EXPORT'],
    ["IMPORT DATABASE '/tmp/x'", 'refused IMPORT'],
    ["LOAD FROM '/etc/passwd' RETURN *", 'refused LOAD'],
    ['INSTALL httpfs', 'refused INSTALL'],
    ['LOAD EXTENSION httpfs', 'refused LOAD'],
    ["ATTACH '/tmp/other' AS o (dbtype kuzu)", 'refused ATTACH'],
    ['BEGIN TRANSACTION', 'refused BEGIN'],
    ['COMMIT', 'refused COMMIT'],
    ['MATCH (n) RETURN n; COMMIT; CREATE (:A)', 'refused ;'],
    ['CALL threads = 64', 'refused CALL'],
    ['CALL `checkpoint_threshold`=1', 'refused CALL'],
    ['CALL\u001cthreads=1', 'refused CALL'],
    ['CALL\u180ethreads=1', 'refused CALL'],
    ['CALL\u2028spill_to_disk=false', 'refused CALL'],
    ["CALL home_directory='/'", 'refused CALL'],
    ["CALL CREATE_FTS_INDEX('Person', 'x', ['name'])", 'refused CALL'],
    ["CALL read_csv('/etc/passwd') RETURN *", 'refused CALL'],
    ['CREATE MACRO m(x) AS x + 1', 'refused CREATE'],
    ['CREATE USER x', 'refused CREATE'],
  ],
  neo4j: [
    ["CREATE (:Person {id: 'x'})", 'refused CREATE'],
    ["MERGE (:Person {id: 'x'})", 'refused MERGE'],
    ["MATCH (n) SET n.name = 'x'", 'refused SET'],
    ['MATCH (n) REMOVE n.name', 'refused REMOVE'],
    ['MATCH (n) DETACH DELETE n', 'refused DETACH'],
    ['MATCH (n) FOREACH (x IN [1] | CREATE (:A))', 'refused FOREACH'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'refused LOAD'],
    ['MATCH (n) CALL (n) { SET n.x = 1 } RETURN n', 'refused SET'],
    ['MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS', 'refused DELETE'],
    ['CREATE INDEX i FOR (n:Person) ON (n.name)', 'refused CREATE'],
    ['DROP CONSTRAINT c', 'refused DROP'],
    ["CREATE USER x SET PASSWORD 'y'", 'refused CREATE'],
    ['GRANT ROLE admin TO bob', 'refused GRANT'],
    ['SHOW DATABASES', 'refused SHOW'],
    ['SHOW TRANSACTIONS YIELD * RETURN *', 'refused SHOW'],
    ['TERMINATE TRANSACTIONS "x"', 'refused TERMINATE'],
    ['STOP DATABASE neo4j', 'refused STOP'],
    ['USE system MATCH (n) RETURN n', 'refused USE'],
    ["CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", 'refused CALL'],
    ["CALL `dbms`.`setConfigValue`('a', 'b')", 'refused CALL'],
    ["CALL apoc.cypher.runWrite('CREATE (:A)', {})", 'refused CALL'],
    ['MATCH (n) RETURN n; CREATE (:A)', 'refused ;'],
  ],
};

for (const dialect of ['kuzu', 'neo4j'] as const) {
  describe(`console policy on ${dialect}'s grammar`, () => {
    it('lets reads through', () => {
      const verdicts = READS[dialect].map((q) => [q, verdict(q, dialect, { n: 50 })]);
      expect(verdicts).toEqual(READS[dialect].map((q) => [q, null]));
    });

    it('refuses every write, schema, file, setting and admin construct, naming it', () => {
      const verdicts = REFUSALS[dialect].map(([q]) => [q, verdict(q, dialect)]);
      expect(verdicts).toEqual(REFUSALS[dialect]);
    });

    it('answers a syntax error with its position before any database sees it', () => {
      expect(verdict('MATCH (n RETURN n', dialect)).toBe('query_syntax');
    });

    it('bounds generators by their literal or parameter sizes', () => {
      expect(verdict('UNWIND range(1, 100000000) AS x RETURN sum(x)', dialect)).toBe('query_too_complex');
      expect(verdict('UNWIND range(1, $n) AS x RETURN x', dialect, { n: 1e9 })).toBe('query_too_complex');
      expect(verdict('UNWIND range(1, size([1])) AS x RETURN x', dialect)).toBe('query_too_complex');
      expect(verdict('UNWIND range(1, 10, 0) AS x RETURN x', dialect)).toBe('query_too_complex');
    });

    it('needs an upper bound on variable-length patterns', () => {
      expect(verdict('MATCH (a)-[*]->(b) RETURN b', dialect)).toBe('query_too_complex');
      expect(verdict('MATCH (a)-[*2..]->(b) RETURN b', dialect)).toBe('query_too_complex');
      expect(verdict(`MATCH (a)-[*1..${CONSOLE_LIMITS.maxHops + 1}]->(b) RETURN b`, dialect)).toBe('query_too_complex');
    });
  });
}

describe('console lexical limits (before any parser)', () => {
  const limitOf = (query: string) => verdict(query, 'kuzu');

  it('refuses deep nesting, long NOT chains and long inputs in linear time', () => {
    const deep = `RETURN ${'['.repeat(1600)}1${']'.repeat(1600)}`;
    const parens = `RETURN ${'('.repeat(4000)}1${')'.repeat(4000)}`;
    for (const q of [deep, parens, `RETURN ${'NOT '.repeat(20_000)}true`, `RETURN ${'- '.repeat(100)}1`]) {
      expect(limitOf(q)).toBe('query_too_complex');
    }
    expect(limitOf(`RETURN ${'NOT '.repeat(2000)}true`)).toBe('query_too_complex');
    expect(limitOf(`RETURN '${'x'.repeat(CONSOLE_LIMITS.maxLiteralChars + 1)}'`)).toBe('query_too_complex');
    expect(limitOf(`RETURN [${Array.from({ length: 1200 }, (_, i) => i).join(',')}]`)).toBe('query_too_complex');
    expect(limitOf(`RETURN ${'9'.repeat(40)}`)).toBe('query_too_complex');
  });

  it('reads brackets inside strings and comments as text', () => {
    expect(limitOf(`RETURN '${'['.repeat(100)}' AS s // ${'('.repeat(100)}`)).toBeNull();
  });

  it('counts nesting at its limit as allowed', () => {
    const n = CONSOLE_LIMITS.maxNesting - 1;
    expect(limitOf(`RETURN ${'['.repeat(n)}1${']'.repeat(n)} AS x`)).toBeNull();
  });
});

describe('hop bounds', () => {
  it('reads both dialects’ spellings', () => {
    expect(hopBound('*')).toBeNull();
    expect(hopBound('*3')).toBe(3);
    expect(hopBound('*1..4')).toBe(4);
    expect(hopBound('*..4')).toBe(4);
    expect(hopBound('*2..')).toBeNull();
    expect(hopBound('{1,3}')).toBe(3);
    expect(hopBound('{2}')).toBe(2);
    expect(hopBound('{1,}')).toBeNull();
    expect(hopBound('+')).toBeNull();
    expect(hopBound('SHORTEST 1..5')).toBe(5);
  });
});
