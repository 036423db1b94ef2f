/**
 * The console examples GET /schema offers for Neo4j go through Neo4j's own
 * parser; the Kuzu ones are executed by the API console tests.
 */
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from '@jest/globals';
import { consoleExamples } from '../../server/console/examples.js';

const ERROR = 1;

describe('Neo4j console examples', () => {
  const examples = consoleExamples('neo4j');

  it.each(examples.map((e) => [e.title, e.query]))('%s parses', (_title, query) => {
    const errors = lintCypherQuery(query, {}).diagnostics.filter((d) => d.severity === ERROR);
    expect(errors.map((d) => d.message)).toEqual([]);
  });

  it('differ from the Kuzu ones only where the dialects part', () => {
    const kuzu = consoleExamples('kuzu');
    const shared = examples.filter((e) => kuzu.some((k) => k.query === e.query));
    expect(shared.length).toBeGreaterThan(examples.length / 2);
    const kuzuShortest = kuzu.find((e) => e.query.includes('SHORTEST'))!;
    expect(lintCypherQuery(kuzuShortest.query, {}).diagnostics.some((d) => d.severity === ERROR)).toBe(true);
  });
});
