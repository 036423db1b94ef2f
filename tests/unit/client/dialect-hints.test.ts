import { describe, expect, it } from '@jest/globals';
import { dialectHints } from '../../../client/src/model/dialect-hints.js';

describe('console dialect hints', () => {
  it('points a Neo4j habit to its Kuzu spelling', () => {
    expect(dialectHints('kuzu', 'MATCH (a)-[r]->(b) RETURN type(r)')).toEqual(['Kuzu: use `label(r)` for `type(r)`.']);
    expect(dialectHints('kuzu', 'MATCH p = shortestPath((a:Person)-[*..4]-(b:Country)) RETURN p')[0]).toMatch(
      /SHORTEST 1\.\.5/,
    );
    expect(dialectHints('kuzu', 'MATCH (n:Entity) WHERE n:Person RETURN toString(n.degree)')).toHaveLength(3);
  });

  it('points a Kuzu habit to its Neo4j spelling', () => {
    expect(dialectHints('neo4j', 'MATCH (a)-[r]->(b) RETURN label(r)')[0]).toMatch(/type\(r\)/);
    expect(dialectHints('neo4j', 'MATCH p = (a)-[* SHORTEST 1..5]-(b) RETURN cast(1 AS STRING)')).toHaveLength(2);
  });

  it('says nothing about a query written in the store’s own dialect', () => {
    expect(dialectHints('kuzu', 'MATCH (a)-[r]->(b) RETURN label(r), a.name LIMIT 5')).toEqual([]);
    expect(dialectHints('neo4j', 'MATCH (a:Entity)-[r]->(b) RETURN type(r), labels(a)')).toEqual([]);
  });
});
