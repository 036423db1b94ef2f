import { describe, expect, it } from '@jest/globals';
import { completeCypher, type CompletionSchema } from '../../../client/src/model/cypher-completion.js';

const schema: CompletionSchema = {
  labels: { Person: ['id', 'name', 'roles'], Country: ['id', 'name'], Article: ['id', 'title', 'source'] },
  relationships: { SIGNED: ['corroboration', 'certainty'], SEEKS: ['corroboration'], HOLDS_ROLE: ['role'] },
};
const labels = (before: string, query?: string) =>
  completeCypher(before, schema, query)?.options.map((o) => o.label) ?? null;

describe('Cypher completion', () => {
  it('offers node labels inside a node pattern and relationship types inside a relationship pattern', () => {
    expect(labels('MATCH (p:')).toEqual(['Article', 'Country', 'Person']);
    expect(labels('MATCH (p:Pe')).toEqual(['Person']);
    expect(completeCypher('MATCH (p:Pe', schema)?.from).toBe(9);
    expect(labels('MATCH (p)-[r:S')).toEqual(['SEEKS', 'SIGNED']);
    expect(labels('MATCH (p)-[:SIGNED|')).toEqual(['HOLDS_ROLE', 'SEEKS', 'SIGNED']);
  });

  it("offers the properties of a variable's label, or every property when it is unbound", () => {
    const query = 'MATCH (p:Person)-[s:SIGNED]->(x) RETURN p.';
    expect(labels(query, query)).toEqual(['id', 'name', 'roles']);
    expect(labels('MATCH (p:Person)-[s:SIGNED]->(x) RETURN s.c')).toEqual(['certainty', 'corroboration']);
    expect(labels('RETURN x.ti')).toEqual(['title']);
  });

  it('offers keywords and functions for a bare word, nothing inside strings', () => {
    expect(labels('MATCH (p) RET')).toEqual(['RETURN']);
    expect(labels('MATCH (p) RETURN col')).toEqual(['collect']);
    expect(labels("MATCH (p) WHERE p.name = 'Ga")).toBeNull();
    expect(labels('MATCH (p) ')).toBeNull();
  });
});
