/**
 * Every query Neo4j runs goes through Neo4j's own parser. Kuzu's queries are
 * proven by the integration suite, which executes each one on a real Kuzu.
 */
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from '@jest/globals';
import { Catalogue, SAMPLE_TEMPLATE_ARGS, readCatalogueEntries } from '../../../core/store/catalogue.js';

const ERROR = 1;

function errorsOf(query: string, params: string[]) {
  const dbSchema = { parameters: Object.fromEntries(params.map((p) => [p, 'x'])) };
  return lintCypherQuery(query, dbSchema).diagnostics.filter((d) => d.severity === ERROR);
}

describe('Neo4j catalogue under Neo4j’s parser', () => {
  const catalogue = Catalogue.load('neo4j');
  const entries = catalogue.entries();

  it('has queries to check', () => {
    expect(entries.length).toBeGreaterThan(20);
  });

  for (const entry of entries) {
    it(`${entry.name} (${entry.dialect}) parses without errors`, () => {
      const text = catalogue.text(entry.name, SAMPLE_TEMPLATE_ARGS);
      expect(errorsOf(text, entry.params).map((d) => d.message)).toEqual([]);
    });
  }

  it('fails a Kuzu-only construct', () => {
    const kuzuShortest = 'MATCH (a:Person {id: $a})-[* SHORTEST 1..5]-(b:Country {id: $b}) RETURN a';
    expect(errorsOf(kuzuShortest, ['a', 'b']).length).toBeGreaterThan(0);
    const kuzuNamedArgument = "CALL QUERY_FTS_INDEX('Person', 'Person_names', $q, conjunctive := false) RETURN node";
    expect(errorsOf(kuzuNamedArgument, ['q']).length).toBeGreaterThan(0);
    // The Kuzu versions of the catalogue's dialect queries are not Neo4j Cypher either.
    const kuzu = Catalogue.load('kuzu');
    for (const name of ['paths-shortest', 'entities-update']) {
      const entry = kuzu.entry(name);
      expect(errorsOf(kuzu.text(name, SAMPLE_TEMPLATE_ARGS), entry.params).length).toBeGreaterThan(0);
    }
  });

  it('fails a parameter the header does not declare', () => {
    expect(errorsOf('MATCH (n:Entity {id: $id}) RETURN n', []).length).toBeGreaterThan(0);
  });
});

describe('catalogue files', () => {
  it('name every query after its file, once per dialect or engine', () => {
    const entries = readCatalogueEntries();
    for (const e of entries) expect(e.file).toContain(e.name);
    const keys = entries.map((e) => `${e.name}@${e.engine ?? e.dialect}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('give both dialects the same set of query names, apart from dialect-only helpers', () => {
    const kuzu = new Set(
      Catalogue.load('kuzu')
        .entries()
        .map((e) => e.name),
    );
    const neo4j = new Set(
      Catalogue.load('neo4j')
        .entries()
        .map((e) => e.name),
    );
    // Bulk loading is Kuzu's (COPY FROM, and the sources after it): Neo4j loads article by article instead.
    // Kuzu alone: COPY from files, a batch's relation reads and creates as one join per table (Neo4j's relations-get
    // and relations-create are already one UNWIND), and the ends of every relation for the writer's in-process
    // StoredRelations (one process owns the database); and packing the evidence lists of an older embedded database.
    const kuzuHelpers = (n: string) =>
      n.startsWith('bulk-') ||
      n.startsWith('schema-evidence-') ||
      ['relations-get-many', 'relations-create-many', 'relations-ends'].includes(n);
    const onlyKuzu = [...kuzu].filter((n) => !neo4j.has(n) && !kuzuHelpers(n));
    const onlyNeo4j = [...neo4j].filter((n) => !kuzu.has(n));
    expect(onlyKuzu).toEqual([]);
    // Kuzu searches and ranks in process: Lucene and Graph Data Science are Neo4j's alone.
    expect(onlyNeo4j.sort()).toEqual(
      [
        'rank-available',
        'rank-drop',
        'rank-pagerank',
        'rank-project',
        'schema-fulltext',
        'search-fulltext',
        'schema-article-constraint',
        'schema-await-indexes',
        'schema-curation-constraint',
        'schema-entity-constraint',
        'schema-kind-index',
        'schema-source-constraint',
      ].sort(),
    );
  });
});
