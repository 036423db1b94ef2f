/**
 * Hostile console input, generated from a seed: every write and admin
 * construct of both dialects (Kuzu's and Neo4j's), respelled with random case
 * and every separator either database's lexer reads as a space; deep nesting,
 * long inputs, prefix-operator chains, generators and unbounded patterns.
 * The policy unit test and the API's hostile-console test both draw on it.
 */
import { seededRandom } from '../../core/random.js';

/** Statements that write, change the schema or settings, touch files, databases, extensions or users. */
export const WRITE_AND_ADMIN: Array<{ dialect: 'kuzu' | 'neo4j'; query: string }> = [
  ...[
    "CREATE (:Country {id: 'atlantis', name: 'Atlantis'})",
    "MATCH (a:Country {id: 'sylvania'}), (b:Country {id: 'marxonia'}) CREATE (a)-[:RELATIONS_WITH]->(b)",
    "MERGE (:Country {id: 'atlantis'})",
    "MATCH (n:Country {id: 'sylvania'}) SET n.name = 'X'",
    "MATCH (n:Country {id: 'sylvania'}) DELETE n",
    "MATCH (n:Country {id: 'sylvania'}) DETACH DELETE n",
    'DROP TABLE Country',
    'ALTER TABLE Country ADD spy INT64',
    'ALTER TABLE Country RENAME TO Nation',
    'CREATE NODE TABLE Spy(id STRING, PRIMARY KEY(id))',
    'CREATE REL TABLE SPIES(FROM Country TO Country)',
    'CREATE SEQUENCE s',
    'CREATE MACRO m(x) AS x + 1',
    "COMMENT ON TABLE Country IS 'x'",
    "COPY Country FROM '/tmp/newsgraph-hostile-in.csv'",
    "COPY (MATCH (n:Country) RETURN n.id) TO '/tmp/newsgraph-hostile-out.csv'",
    "EXPORT DATABASE '/tmp/newsgraph-hostile-export'",
    "IMPORT DATABASE '/tmp/newsgraph-hostile-export'",
    "LOAD FROM '/etc/passwd' RETURN *",
    "LOAD WITH HEADERS (line STRING) FROM '/etc/hosts' RETURN *",
    'INSTALL httpfs',
    'LOAD EXTENSION httpfs',
    'UNINSTALL httpfs',
    "ATTACH '/tmp/newsgraph-hostile-other' AS other (dbtype kuzu)",
    'DETACH other',
    'USE other',
    'CHECKPOINT',
    'BEGIN TRANSACTION',
    'COMMIT',
    'ROLLBACK',
    "MATCH (n:Country) RETURN n; COMMIT; CREATE (:Country {id: 'x'})",
    'CALL threads = 1',
    'CALL `checkpoint_threshold` = 1',
    'CALL spill_to_disk = false',
    "CALL home_directory = '/'",
    "CALL file_search_path = '/etc'",
    'CALL timeout = 0',
    "CALL CREATE_FTS_INDEX('Country', 'spy', ['name'])",
    "CALL DROP_FTS_INDEX('Country', 'Country_names')",
    "CALL read_csv('/etc/passwd') RETURN *",
    'CALL clear_warnings()',
    'CREATE USER spy',
  ].map((query) => ({ dialect: 'kuzu' as const, query })),
  ...[
    'MATCH (n:Country) REMOVE n.name',
    "MATCH (n:Country) FOREACH (x IN [1] | SET n.name = 'x')",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "MATCH (n:Country) CALL (n) { SET n.name = 'x' } RETURN n",
    'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS',
    'CREATE INDEX spy FOR (n:Country) ON (n.name)',
    'DROP CONSTRAINT entity_id',
    "CREATE USER spy SET PASSWORD 'secret'",
    'GRANT ROLE admin TO spy',
    'DENY READ {*} ON GRAPH * TO spy',
    'SHOW USERS',
    'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
    'STOP DATABASE neo4j',
    'CREATE DATABASE spy',
    'USE system SHOW DATABASES',
    "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
    "CALL dbms.security.createUser('spy', 'secret')",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "CALL `dbms`.`setConfigValue`('a', 'b')",
  ].map((query) => ({ dialect: 'neo4j' as const, query })),
];

/** Characters one database's lexer or the other's reads as white space, and two neither does. */
export const SEPARATORS = [
  '\t',
  '\n',
  '\u000b',
  '\f',
  '\r',
  '\u001c',
  '\u001d',
  '\u001e',
  '\u001f',
  '\u0085',
  '\u00a0',
  '\u1680',
  '\u180e',
  '\u2000',
  '\u2005',
  '\u2007',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\u200b',
  '\ufeff',
];

export interface HostileQuery {
  what: string;
  query: string;
  params?: Record<string, unknown>;
}

/** `count` hostile queries from `seed`: the same seed gives the same queries. */
export function hostileQueries(seed: number, count: number): HostileQuery[] {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const respell = (query: string) =>
    query
      .replace(/ /g, () => pick(SEPARATORS.slice(0, -2)))
      .replace(/\b[A-Za-z]+\b/g, (w) => (random() < 0.5 ? w.toLowerCase() : w.toUpperCase()));
  const makers: Array<() => HostileQuery> = [
    () => {
      const c = pick(WRITE_AND_ADMIN);
      return { what: `${c.dialect} construct respelled`, query: respell(c.query) };
    },
    () => {
      const d = int(33, 20_000);
      const [open, close] = pick([
        ['[', ']'],
        ['(', ')'],
        ['{a: ', '}'],
      ] as const);
      return { what: `nesting ${d} deep`, query: `RETURN ${open.repeat(d)}1${close.repeat(d)} AS x` };
    },
    () => ({ what: 'NOT chain', query: `RETURN ${'NOT '.repeat(int(9, 20_000))}true AS x` }),
    () => ({ what: 'sign chain', query: `RETURN ${'- '.repeat(int(9, 5000))}1 AS x` }),
    () => ({ what: 'long input', query: `RETURN 1 AS x ${' '.repeat(int(10_001, 200_000))}` }),
    () => ({ what: 'long literal', query: `RETURN '${'x'.repeat(int(4001, 100_000))}' AS x` }),
    () => ({ what: 'long list', query: `RETURN [${Array.from({ length: int(1001, 5000) }, () => 1).join(',')}] AS x` }),
    () => ({ what: 'huge range', query: `UNWIND range(1, ${int(100_001, 2_000_000_000)}) AS x RETURN sum(x) AS s` }),
    () => ({
      what: 'huge range through a parameter',
      query: 'UNWIND range(0, $n) AS x RETURN count(x) AS c',
      params: { n: int(100_001, 1e9) },
    }),
    () => ({ what: 'computed range', query: 'UNWIND range(1, toInteger(rand() * 1e9)) AS x RETURN count(x) AS c' }),
    () => ({ what: 'string generator', query: `RETURN size(repeat('x', ${int(100_001, 2e9)})) AS n` }),
    () => ({ what: 'unbounded walk', query: 'MATCH (a)-[*]-(b) RETURN count(*) AS walks' }),
    () => ({
      what: 'cross product of ranges',
      query:
        'UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x + y AS z WHERE z % 7 = 3 RETURN count(*) AS n',
    }),
    () => ({ what: 'second statement', query: `MATCH (n) RETURN n;${pick(SEPARATORS)}${pick(WRITE_AND_ADMIN).query}` }),
  ];
  return Array.from({ length: count }, (_, i) => makers[i % makers.length]!());
}
