/**
 * Exports read back by real readers: networkx for GraphML and GEXF,
 * Cytoscape.js for Cytoscape JSON, Python's csv module for CSV, Neo4j's own
 * parser for the Cypher script. The story gets a fourth article whose names
 * carry quotes, backslashes, markup, a newline, a control character and a
 * spreadsheet formula, so that every writer's escaping is exercised.
 */
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import cytoscape from 'cytoscape';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ExportFormat } from '../../core/api.js';
import type { GraphEdge, GraphNode } from '../../core/domain.js';
import { LIMITS } from '../../core/ontology.js';
import type { JsonExport } from '../../server/export/json.js';
import { articleGraph } from '../support/article-factory.js';
import { ALL_SAMPLE_GRAPHS } from '../support/sample-graphs.js';
import { readCsvWithPython, readWithNetworkx } from './api-support/networkx.js';
import { startTestApp, type TestApp } from './api-support/test-app.js';
import { exportRequest } from './api-support/export-request.js';

const HAWK = 'Seán O\'Hara \\ "the Hawk"\n<b>&amp;\u0007';
const FORMULA = '=HYPERLINK("http://evil.example")';

const delta = articleGraph(
  'delta-report',
  'The Hawk joined Formula Corp. The Hawk met Firefly.',
  [
    { id: 'sean-o-hara', name: HAWK, kind: 'Person', forms: ['The Hawk'] },
    { id: 'formula-corp', name: FORMULA, kind: 'Organization', forms: ['Formula Corp'] },
    { id: 'rufus-firefly', name: 'Rufus Firefly', kind: 'Person', forms: ['Firefly'] },
  ],
  [
    { subject: 'sean-o-hara', type: 'MEMBER_OF', object: 'formula-corp', sentence: 'The Hawk joined Formula Corp.' },
    { subject: 'sean-o-hara', type: 'MET_WITH', object: 'rufus-firefly', sentence: 'The Hawk met Firefly.' },
  ],
  { title: 'Delta', source: 'Delta Post', date: '2024-03-07' },
);

let t: TestApp;
let everyone: string[];
let expected: { nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge> };

beforeAll(async () => {
  t = await startTestApp({ articles: [...ALL_SAMPLE_GRAPHS, delta] });
  everyone = (await t.store.knownEntities()).map((e) => e.id);
  const all = await t.store.subgraph(everyone);
  expected = { nodes: new Map(all.nodes.map((n) => [n.id, n])), edges: new Map(all.edges.map((e) => [e.id, e])) };
});
afterAll(async () => {
  await t?.close();
});

const exportFile = (body: Record<string, unknown>) => exportRequest(t.app, body);

async function exportAll(format: ExportFormat): Promise<{ text: string; headers: Record<string, string> }> {
  const res = await exportFile({ format, ids: everyone }).expect(200);
  return { text: res.body as string, headers: res.headers as Record<string, string> };
}

/** What the XML writers turn an impossible character into. */
const xmlSafe = (s: string) => s.replaceAll('\u0007', '\uFFFD');

describe('export formats, read back by their readers', () => {
  it('has a story with every kind of awkward character', () => {
    expect(expected.nodes.size).toBe(12);
    expect(expected.edges.size).toBe(13);
    expect(expected.nodes.get('sean-o-hara')?.name).toBe(HAWK);
  });

  it('GraphML opens in networkx with every node, edge and typed attribute', async () => {
    const { text, headers } = await exportAll('graphml');
    expect(headers['content-type']).toMatch(/^application\/graphml\+xml/);
    expect(headers['content-disposition']).toMatch(/^attachment; filename="?newsgraph\.graphml"?$/);
    const g = readWithNetworkx('graphml', text);
    expect(g.directed).toBe(true);
    expect(Object.keys(g.nodes).sort()).toEqual([...expected.nodes.keys()].sort());
    expect(g.edges).toHaveLength(expected.edges.size);
    // No roles: an empty list is no value.
    expect(g.nodes.sylvania).toEqual({
      label: 'Sylvania',
      name: 'Sylvania',
      kind: 'Country',
      aliases: 'Sylvania',
      degree: 3,
      articleCount: 2,
    });
    expect(g.nodes['sean-o-hara']?.name).toBe(xmlSafe(HAWK));
    expect(g.nodes['formula-corp']?.name).toBe(FORMULA);
    const seeks = g.edges.find((e) => e.source === 'sylvania' && e.target === 'skyshield');
    expect(seeks?.data).toMatchObject({
      label: 'SEEKS',
      type: 'SEEKS',
      corroboration: 2,
      evidenceCount: 2,
      weight: 2,
      articles: 'alpha-report; beta-report',
    });
    const role = g.edges.find((e) => e.data.type === 'HOLDS_ROLE');
    expect(role?.data.role).toBe('Defence Minister');
  });

  it('GEXF opens in networkx with every node, edge and typed attribute', async () => {
    const { text, headers } = await exportAll('gexf');
    expect(headers['content-type']).toMatch(/^application\/gexf\+xml/);
    const g = readWithNetworkx('gexf', text);
    expect(g.directed).toBe(true);
    expect(Object.keys(g.nodes).sort()).toEqual([...expected.nodes.keys()].sort());
    expect(g.edges).toHaveLength(expected.edges.size);
    expect(g.nodes['rufus-firefly']).toMatchObject({
      label: 'Rufus Firefly',
      kind: 'Person',
      roles: 'Defence Minister',
      degree: 5,
    });
    expect(g.nodes['sean-o-hara']?.label).toBe(xmlSafe(HAWK));
    const seeks = g.edges.find((e) => e.source === 'sylvania' && e.target === 'skyshield');
    expect(seeks?.data).toMatchObject({ label: 'SEEKS', type: 'SEEKS', corroboration: 2, weight: 2 });
    expect(seeks?.data.id).toBe('sylvania|SEEKS|skyshield');
  });

  it('Cytoscape JSON loads into Cytoscape with its data', async () => {
    const { text } = await exportAll('cyjs');
    const doc = JSON.parse(text) as { elements: cytoscape.ElementsDefinition; format_version: string };
    expect(doc.format_version).toBe('1.0');
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect(cy.nodes().length).toBe(expected.nodes.size);
    expect(cy.edges().length).toBe(expected.edges.size);
    expect(cy.getElementById('sean-o-hara').data('name')).toBe(HAWK);
    const seeks = cy.getElementById('sylvania|SEEKS|skyshield');
    expect(seeks.source().id()).toBe('sylvania');
    expect(seeks.data()).toMatchObject({
      interaction: 'SEEKS',
      corroboration: 2,
      articles: ['alpha-report', 'beta-report'],
    });
    cy.destroy();
  });

  it('CSV nodes and edges read back with Python’s csv module, formulas defused', async () => {
    const nodes = readCsvWithPython((await exportAll('csv-nodes')).text);
    expect(nodes[0]).toEqual(['id', 'name', 'kind', 'aliases', 'roles', 'degree', 'articleCount']);
    expect(nodes).toHaveLength(expected.nodes.size + 1);
    const byId = new Map(nodes.slice(1).map((row) => [row[0], row]));
    expect(byId.get('sean-o-hara')?.[1]).toBe(HAWK);
    expect(byId.get('formula-corp')?.[1]).toBe(`'${FORMULA}`);
    expect(byId.get('freedonia')).toEqual(['freedonia', 'Freedonia', 'Country', 'Freedonia; Freedonian', '', '2', '2']);
    const edgesCsv = await exportAll('csv-edges');
    expect(edgesCsv.headers['content-disposition']).toMatch(/^attachment; filename="?newsgraph-edges\.csv"?$/);
    const edges = readCsvWithPython(edgesCsv.text);
    expect(edges[0]).toEqual([
      'id',
      'source',
      'target',
      'type',
      'role',
      'status',
      'what',
      'certainty',
      'corroboration',
      'evidenceCount',
      'articles',
    ]);
    expect(edges).toHaveLength(expected.edges.size + 1);
    expect(edges.find((row) => row[0] === 'sylvania|SEEKS|skyshield')).toEqual([
      'sylvania|SEEKS|skyshield',
      'sylvania',
      'skyshield',
      'SEEKS',
      '',
      '',
      '',
      '',
      '2',
      '2',
      'alpha-report; beta-report',
    ]);
  });

  it('JSON carries every edge with its supporting sentences', async () => {
    const doc = JSON.parse((await exportAll('json')).text) as JsonExport;
    expect(doc.nodes).toHaveLength(expected.nodes.size);
    expect(doc.edges).toHaveLength(expected.edges.size);
    for (const edge of doc.edges) expect(edge.evidence).toHaveLength(edge.evidenceCount);
    const seeks = doc.edges.find((e) => e.id === 'sylvania|SEEKS|skyshield')!;
    expect(seeks.evidence.map((e) => e.sentence).sort()).toEqual([
      'Sylvania is seeking Skyshield to counter drones.',
      'Sylvania wants the Skyshield system, which Acme Dynamics developed.',
    ]);
    expect(seeks.evidence[0]).toMatchObject({
      relationId: seeks.id,
      source: expect.any(String),
      date: expect.any(String),
    });
  });

  it('the Cypher script parses under Neo4j’s parser, one MERGE per node and edge, literals escaped', async () => {
    const { text, headers } = await exportAll('cypher');
    expect(headers['content-disposition']).toMatch(/^attachment; filename="?newsgraph\.cypher"?$/);
    const statements = text.split('\n').filter((line) => line.trim() && !line.startsWith('//'));
    const nodes = statements.filter((s) => s.startsWith('MERGE (n:Entity'));
    const edges = statements.filter((s) => s.startsWith('MATCH (a:Entity'));
    expect(nodes).toHaveLength(expected.nodes.size);
    expect(edges).toHaveLength(expected.edges.size);
    expect(statements).toHaveLength(1 + nodes.length + edges.length);
    const hawk = statements.find((s) => s.startsWith("MERGE (n:Entity {id: 'sean-o-hara'})"))!;
    const formula = statements.find((s) => s.startsWith("MERGE (n:Entity {id: 'formula-corp'})"))!;
    const hawkEdges = edges.filter((s) => s.includes("'sean-o-hara'"));
    // Neo4j's parser takes ~0.2 s a statement: the schema line, the awkward names and their edges stand for the rest.
    const sample = [statements[0]!, hawk, formula, ...hawkEdges].join('\n');
    expect(lintCypherQuery(sample, {}).diagnostics.map((d) => d.message)).toEqual([]);
    expect(hawk).toContain("SET n:Person, n.name = 'Seán O\\'Hara \\\\ \"the Hawk\"\\n<b>&amp;\\u0007'");
    expect(statements).toContain(
      "MATCH (a:Entity {id: 'sylvania'}) MATCH (b:Entity {id: 'skyshield'}) MERGE (a)-[r:SEEKS {id: 'sylvania|SEEKS|skyshield'}]->(b) " +
        "SET r.corroboration = 2, r.evidenceCount = 2, r.articles = ['alpha-report', 'beta-report'];",
    );
  });
});

describe('what to export', () => {
  it('a neighbourhood, with the count its node limit left out', async () => {
    const res = await exportFile({
      format: 'csv-nodes',
      neighbourhood: { ids: ['sylvania'], depth: 2, limit: 3 },
    }).expect(200);
    expect(readCsvWithPython(res.body as string)).toHaveLength(4);
    expect(Number(res.headers['x-export-omitted'])).toBeGreaterThan(0);
    expect(res.headers['x-export-truncated']).toBe('false');
  });

  it('the drawable elements of a console query, saying when the row cap cut it', async () => {
    const res = await exportFile({
      format: 'graphml',
      query: { query: 'MATCH (a:Country {id: $id})-[r]->(b) RETURN a, r, b', params: { id: 'sylvania' } },
    }).expect(200);
    const g = readWithNetworkx('graphml', res.body as string);
    expect(Object.keys(g.nodes).sort()).toEqual(['freedonia-sylvania-arms-pact', 'skyshield', 'sylvania']);
    expect(g.edges.map((e) => e.data.type).sort()).toEqual(['PARTY_TO', 'SEEKS']);
    const capped = await request(t.variant({ CONSOLE_ROW_CAP: '1' }))
      .post('/api/export')
      .send({ format: 'json', query: { query: 'MATCH (a:Country)-[r]->(b) RETURN a, r, b' } })
      .expect(200);
    expect(capped.headers['x-export-truncated']).toBe('true');
  });

  it('refuses writes smuggled into an export query', async () => {
    const res = await exportFile({
      format: 'json',
      query: { query: "MATCH (n:Country) SET n.name = 'x' RETURN n" },
    }).expect(403);
    expect(JSON.parse(res.body as string)).toMatchObject({ error: 'query_refused' });
  });

  it(`refuses more than ${LIMITS.exportMaxNodes} entities with a 413 that says why`, async () => {
    const ids = Array.from({ length: LIMITS.exportMaxNodes + 1 }, (_, i) => `entity-${i}`);
    const res = await exportFile({ format: 'graphml', ids }).expect(413);
    expect(JSON.parse(res.body as string)).toMatchObject({
      error: 'too_large',
      message: expect.stringContaining(String(LIMITS.exportMaxNodes)),
    });
  });

  it('asks for exactly one selection and a known format', async () => {
    for (const body of [
      { format: 'graphml' },
      { format: 'graphml', ids: ['sylvania'], query: { query: 'RETURN 1' } },
      { format: 'svg', ids: ['sylvania'] },
      { ids: ['sylvania'] },
      { format: 'graphml', ids: [] },
      { format: 'graphml', neighbourhood: { ids: ['sylvania'], depth: 5 } },
    ]) {
      const res = await exportFile(body).expect(400);
      expect(JSON.parse(res.body as string).error).toBe('validation_failed');
    }
    const unknown = await exportFile({ format: 'graphml', neighbourhood: { ids: ['nobody'] } }).expect(404);
    expect(JSON.parse(unknown.body as string).error).toBe('not_found');
  });

  it('is rate limited like the console', async () => {
    const app = t.variant({ RATE_LIMIT_PER_MINUTE: '1' });
    await request(app)
      .post('/api/export')
      .send({ format: 'csv-nodes', ids: ['sylvania'] })
      .expect(200);
    const res = await request(app)
      .post('/api/export')
      .send({ format: 'csv-nodes', ids: ['sylvania'] })
      .expect(429);
    expect(res.body.error).toBe('rate_limited');
  });
});
