import { describe, expect, it } from '@jest/globals';
import { AppError } from '../../../core/errors.js';
import { assertReadOnlyQuery } from '../../../core/store/console-guard.js';

const refusal = (query: string) => {
  try {
    assertReadOnlyQuery(query);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).details?.clause ?? (e as AppError).id;
  }
};

describe('console guard', () => {
  it.each([
    'MATCH (n:Person) RETURN n.name AS name LIMIT 5',
    "MATCH (n) WHERE n.name = 'CREATE SET DELETE' RETURN n // DROP in a comment",
    'MATCH (a)-[r:SIGNED]->(b) WITH a, count(r) AS c ORDER BY c DESC RETURN a.id, c',
    'CALL show_tables() RETURN *',
    'CALL db.labels()',
    'MATCH (n) WHERE n.offset > 1 RETURN n.set AS x',
    'MATCH (n:Person) RETURN n; ',
  ])('lets a read through: %s', (q) => {
    expect(refusal(q)).toBeNull();
  });

  it.each([
    ["CREATE (:Person {id: 'x'})", 'CREATE'],
    ["MERGE (:Person {id: 'x'})", 'MERGE'],
    ["MATCH (n) SET n.name = 'x'", 'SET'],
    ['MATCH (n) DELETE n', 'DELETE'],
    ['MATCH (n) DETACH DELETE n', 'DETACH'],
    ['MATCH (n) REMOVE n.name', 'REMOVE'],
    ['MATCH (n) FOREACH (x IN [1] | CREATE (:A))', 'FOREACH'],
    ['DROP TABLE Person', 'DROP'],
    ['ALTER TABLE Person ADD x INT64', 'ALTER'],
    ["COPY Person FROM '/etc/passwd'", 'COPY'],
    ["COPY (MATCH (n) RETURN n) TO '/tmp/out.csv'", 'COPY'],
    ["EXPORT DATABASE '/tmp/x'", 'EXPORT'],
    ["IMPORT DATABASE '/tmp/x'", 'IMPORT'],
    ["LOAD FROM '/etc/passwd' RETURN *", 'LOAD'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'LOAD'],
    ['INSTALL httpfs', 'INSTALL'],
    ['LOAD EXTENSION httpfs', 'LOAD'],
    ["ATTACH '/tmp/other' AS o (dbtype kuzu)", 'ATTACH'],
    ['BEGIN TRANSACTION', 'BEGIN'],
    ['MATCH (n) RETURN n; COMMIT; CREATE (:A)', ';'],
    ['CALL threads = 64', 'CALL'],
    ["CALL CREATE_FTS_INDEX('Person', 'x', ['name'])", 'CALL'],
    ["CALL dbms.security.createUser('x', 'y')", 'CALL'],
    ["CALL apoc.cypher.runWrite('CREATE (:A)', {})", 'CALL'],
    ['create (:A)', 'CREATE'],
  ])('refuses a write, naming its clause: %s', (q, clause) => {
    expect(refusal(q)).toBe(clause);
  });

  it('refuses an empty query', () => {
    expect(refusal('  // nothing ')).toBe('validation_failed');
  });
});
