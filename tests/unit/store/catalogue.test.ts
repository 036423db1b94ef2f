import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  Catalogue,
  CatalogueError,
  ENTITY_LABEL_EXPRESSION,
  readCatalogueEntries,
} from '../../../core/store/catalogue.js';

function catalogueDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const query = (name: string, body: string, header = '') => `// name: ${name}\n${header}// returns: rows\n${body}\n`;

describe('Cypher catalogue', () => {
  it('picks the dialect file over the shared one, and expands {{entity}} per dialect', () => {
    const dir = catalogueDir({
      'a.cypher': query('a', 'MATCH (n:{{entity}}) RETURN n.id AS id'),
      'b.cypher': query('b', 'RETURN 1 AS x'),
      'b.kuzu.cypher': query('b', 'RETURN 2 AS x'),
    });
    const kuzu = Catalogue.load('kuzu', dir);
    const neo4j = Catalogue.load('neo4j', dir);
    expect(kuzu.text('b')).toBe('RETURN 2 AS x');
    expect(neo4j.text('b')).toBe('RETURN 1 AS x');
    expect(kuzu.text('a')).toBe(`MATCH (n:${ENTITY_LABEL_EXPRESSION.kuzu}) RETURN n.id AS id`);
    expect(neo4j.text('a')).toBe('MATCH (n:Entity) RETURN n.id AS id');
  });

  it('fills placeholders only with allow-listed values', () => {
    const dir = catalogueDir({
      't.cypher': query(
        't',
        'MATCH (n:{{kind}})-[r:{{types}}*1..{{depth}}]-() RETURN n',
        '// template: kind, types, depth\n',
      ),
    });
    const c = Catalogue.load('kuzu', dir);
    expect(c.text('t', { kind: 'Person', types: ['SIGNED', 'MET_WITH'], depth: 2 })).toBe(
      'MATCH (n:Person)-[r:SIGNED|MET_WITH*1..2]-() RETURN n',
    );
    expect(() => c.text('t', { kind: 'Person) DETACH DELETE (m', types: ['SIGNED'], depth: 1 })).toThrow(
      CatalogueError,
    );
    expect(() => c.text('t', { kind: 'Person', types: ['SIGNED]->() DELETE r //'], depth: 1 })).toThrow(CatalogueError);
    expect(() => c.text('t', { kind: 'Person', types: ['SIGNED'], depth: 99 })).toThrow(CatalogueError);
    expect(() => c.text('t', { kind: 'Person', types: [] as string[], depth: 1 })).toThrow(CatalogueError);
    expect(() => c.text('t', { kind: 'Person', types: ['SIGNED'], file: "/tmp/x.json'; DROP" } as never)).toThrow(
      CatalogueError,
    );
  });

  it('binds exactly the declared parameters', () => {
    const dir = catalogueDir({ 'p.cypher': query('p', 'MATCH (n {id: $id}) RETURN n', '// params: id\n') });
    const c = Catalogue.load('kuzu', dir);
    expect(c.bind('p', { id: 'x', extra: 1 }).params).toEqual({ id: 'x' });
    expect(() => c.bind('p', {})).toThrow(/needs parameter \$id/);
  });

  it('runs a file marked "each" once per row, and the other dialect once with the list', () => {
    const dir = catalogueDir({
      'w.kuzu.cypher': query(
        'w',
        'MATCH (n:{{kind}} {id: $id}) SET n.name = $name',
        '// params: id, name\n// each: rows\n// template: kind\n',
      ),
      'w.neo4j.cypher': query(
        'w',
        'UNWIND $rows AS row MATCH (n:{{kind}} {id: row.id}) SET n.name = row.name',
        '// params: rows\n// template: kind\n',
      ),
    });
    const rows = [
      { id: 'a', name: 'A', extra: 1 },
      { id: 'b', name: 'B' },
    ];
    const kuzu = Catalogue.load('kuzu', dir);
    expect(kuzu.bindAll('w', { rows }, { kind: 'Person' })).toEqual([
      { text: 'MATCH (n:Person {id: $id}) SET n.name = $name', params: { id: 'a', name: 'A' } },
      { text: 'MATCH (n:Person {id: $id}) SET n.name = $name', params: { id: 'b', name: 'B' } },
    ]);
    expect(kuzu.bindAll('w', { rows: [] }, { kind: 'Person' })).toEqual([]);
    expect(() => kuzu.bind('w', { rows }, { kind: 'Person' })).toThrow(/once per row/);
    expect(() => kuzu.bindAll('w', { rows: 'x' }, { kind: 'Person' })).toThrow(/a list of rows/);
    const neo4j = Catalogue.load('neo4j', dir);
    expect(neo4j.bindAll('w', { rows }, { kind: 'Person' })).toEqual([
      { text: 'UNWIND $rows AS row MATCH (n:Person {id: row.id}) SET n.name = row.name', params: { rows } },
    ]);
  });

  it("gives LadybugDB its own file where there is one, Kuzu's elsewhere, and a batch's query per engine", () => {
    const dir = catalogueDir({
      'w.kuzu.cypher': query(
        'w',
        'MATCH (n:{{kind}} {id: $id}) SET n.name = $name',
        '// params: id, name\n// each: rows\n// template: kind\n',
      ),
      'w-many.kuzu.cypher': query(
        'w-many',
        'MATCH (n:{{kind}}) UNWIND $rows AS row WITH n, row WHERE n.id = row.id SET n.name = row.name',
        '// params: rows\n// template: kind\n',
      ),
      'w.ladybug.cypher': query(
        'w',
        'UNWIND $rows AS row MATCH (n:{{kind}} {id: row.id}) SET n.name = row.name',
        '// params: rows\n// template: kind\n',
      ),
      'w.neo4j.cypher': query(
        'w',
        'UNWIND $rows AS row MATCH (n {id: row.id}) SET n.name = row.name',
        '// params: rows\n',
      ),
      'r.cypher': query('r', 'MATCH (n:{{entity}}) RETURN n'),
    });
    const rows = [{ id: 'a', name: 'A' }];
    const kuzu = Catalogue.load('kuzu', dir, 'kuzu');
    const ladybug = Catalogue.load('kuzu', dir, 'ladybug');
    expect(kuzu.bindAll('w', { rows }, { kind: 'Person' })).toHaveLength(1);
    expect(kuzu.entry('w').each).toBe('rows');
    expect(ladybug.bindAll('w', { rows }, { kind: 'Person' })).toEqual([
      { text: 'UNWIND $rows AS row MATCH (n:Person {id: row.id}) SET n.name = row.name', params: { rows } },
    ]);
    // Everything else is the dialect's, {{entity}} included.
    expect(ladybug.text('r')).toBe(kuzu.text('r'));
    expect(Catalogue.load('neo4j', dir, 'ladybug').text('w')).toBe(
      'UNWIND $rows AS row MATCH (n {id: row.id}) SET n.name = row.name',
    );
    // A query run once per row sends a batch to its -many sibling; one that takes the rows is its own batch form.
    expect(kuzu.forManyRows('w')).toBe('w-many');
    expect(ladybug.forManyRows('w')).toBe('w');
    expect(Catalogue.load('neo4j', dir).forManyRows('w')).toBe('w');
    // An engine's file replaces one of its dialect: alone, the other engine would lack the query.
    expect(() => readCatalogueEntries(catalogueDir({ 'x.ladybug.cypher': query('x', 'RETURN 1') }))).toThrow(
      /replaces a kuzu or shared file/,
    );
    expect(() =>
      readCatalogueEntries(
        catalogueDir({ 'x.neo4j.cypher': query('x', 'RETURN 1'), 'x.ladybug.cypher': query('x', 'RETURN 2') }),
      ),
    ).toThrow(/replaces a kuzu or shared file/);
  });

  it('fills {{columns}} and {{rowColumns}} from the schema table a file names, lists cast back', () => {
    const dir = catalogueDir({
      'c.kuzu.cypher': query(
        'c',
        'COPY MENTIONS({{columns}}) FROM (UNWIND $rows AS row RETURN {{rowColumns}})',
        '// columns: mentions\n',
      ),
      'r.cypher': query('r', 'RETURN {{columns}}', '// columns: relation\n'),
    });
    expect(Catalogue.load('kuzu', dir).text('c')).toBe(
      'COPY MENTIONS(count, spanStarts, spanEnds) FROM (UNWIND $rows AS row RETURN row.count, ' +
        'CAST(row.spanStarts AS INT64[]), CAST(row.spanEnds AS INT64[]))',
    );
    // A relation's columns are the dialect's: Kuzu packs the evidence into one, Neo4j keeps lists.
    expect(Catalogue.load('kuzu', dir).text('r')).toMatch(/evidenceCount, evidence$/);
    expect(Catalogue.load('neo4j', dir).text('r')).toMatch(/evArticle, evSentence, /);
    expect(() => readCatalogueEntries(catalogueDir({ 'x.cypher': query('x', 'RETURN {{columns}}') }))).toThrow(
      /no "\/\/ columns:" names its table/,
    );
    expect(() =>
      readCatalogueEntries(catalogueDir({ 'x.cypher': query('x', 'RETURN {{columns}}', '// columns: people\n') })),
    ).toThrow(/names one of entity, article, relation, mentions/);
  });

  it('fails at load on a bad file', () => {
    expect(() => readCatalogueEntries(catalogueDir({ 'x.cypher': 'MATCH (n) RETURN n' }))).toThrow(
      /missing "\/\/ name:"/,
    );
    expect(() => readCatalogueEntries(catalogueDir({ 'x.cypher': query('y', 'RETURN 1') }))).toThrow(
      /must equal the file name/,
    );
    expect(() => readCatalogueEntries(catalogueDir({ 'x.cypher': query('x', 'RETURN {{kind}}') }))).toThrow(
      /not declared/,
    );
    expect(() => readCatalogueEntries(catalogueDir({ 'x.cypher': query('x', 'RETURN 1; RETURN 2') }))).toThrow(
      /one statement/,
    );
    expect(() =>
      readCatalogueEntries(
        catalogueDir({ 'a/x.cypher': query('x', 'RETURN 1'), 'b/x.cypher': query('x', 'RETURN 2') }),
      ),
    ).toThrow(/Duplicate/);
    expect(() => Catalogue.load('kuzu', catalogueDir({})).text('nope')).toThrow(/No query "nope"/);
    expect(() =>
      readCatalogueEntries(catalogueDir({ 'x.cypher': query('x', 'RETURN $a', '// params: a\n// each: rows\n') })),
    ).toThrow(/belongs in a dialect file/);
  });
});
