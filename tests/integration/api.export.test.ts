/**
 * Exports as other tools open them: GraphML and GEXF validated against their
 * published XSDs (xmllint) and read back by networkx (GraphML) and
 * graphology's GEXF parser (GEXF 1.3 mixed graphs: networkx reads neither
 * mixed graphs nor, in Debian's 2.8, GEXF 1.3), Cytoscape JSON by
 * Cytoscape.js, CSV by Python's csv module, the Cypher scripts by Neo4j's
 * parser and by Kuzu itself (a round trip into a fresh store). Each file is
 * compared with the view it was asked for: the listed relations only, the
 * screen's positions, colours, sizes and communities, one sentence per edge.
 *
 * The story gets a fourth article whose names carry quotes, backslashes,
 * markup, a newline, a control character and a spreadsheet formula, so that
 * every writer's escaping is exercised, and two relations between the same
 * people (parallel edges must stay apart).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ExportFormat, ExportView } from '../../core/api.js';
import { loadConfig } from '../../core/config.js';
import type { ArticleSummary, EntityDetail, GraphEdge, GraphNode } from '../../core/domain.js';
import { silentLogger } from '../../core/logger.js';
import { LIMITS, RELATIONS, WEAK_RELATION } from '../../core/ontology.js';
import { edgeLabel } from '../../core/relation-label.js';
import { openStore } from '../../core/store/index.js';
import type { JsonExport } from '../../server/export/json.js';
import { articleGraph } from '../support/article-factory.js';
import { runKuzuScript, scriptStatements } from '../support/cypher-script.js';
import { ALL_SAMPLE_GRAPHS } from '../support/sample-graphs.js';
import { schemaErrors } from '../support/xml-schemas.js';
import { readCsvWithPython, readWithNetworkx } from './api-support/networkx.js';
import { startTestApp, type TestApp } from './api-support/test-app.js';
import { exportRequest } from './api-support/export-request.js';

const HAWK = 'Seán O\'Hara \\ "the Hawk"\n<b>&amp;\u0007';
const FORMULA = '=HYPERLINK("http://evil.example")';

const delta = articleGraph(
  'delta-report',
  'The Hawk joined Formula Corp. The Hawk met Firefly. The Hawk backs Firefly.',
  [
    { id: 'sean-o-hara', name: HAWK, kind: 'Person', forms: ['The Hawk'] },
    { id: 'formula-corp', name: FORMULA, kind: 'Organization', forms: ['Formula Corp'] },
    { id: 'rufus-firefly', name: 'Rufus Firefly', kind: 'Person', forms: ['Firefly'] },
  ],
  [
    { subject: 'sean-o-hara', type: 'MEMBER_OF', object: 'formula-corp', sentence: 'The Hawk joined Formula Corp.' },
    { subject: 'sean-o-hara', type: 'MET_WITH', object: 'rufus-firefly', sentence: 'The Hawk met Firefly.' },
    { subject: 'sean-o-hara', type: 'SUPPORTS', object: 'rufus-firefly', sentence: 'The Hawk backs Firefly.' },
  ],
  { title: 'Delta', source: 'Delta Post', date: '2024-03-07' },
);

let t: TestApp;
let everyone: string[];
let expected: { nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge> };
/** What a screen shows: every relation but the co-occurrence links (hidden by default). */
let shownEdges: string[];
/** A drawing of every node and shown edge, as the explorer sends it. */
let view: ExportView;
let sentences: Map<string, string[]>;

const hex = (i: number) => `#${((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(-6)}`;

beforeAll(async () => {
  t = await startTestApp({ articles: [...ALL_SAMPLE_GRAPHS, delta] });
  everyone = (await t.store.knownEntities()).map((e) => e.id).sort();
  const all = await t.store.subgraph(everyone);
  expected = { nodes: new Map(all.nodes.map((n) => [n.id, n])), edges: new Map(all.edges.map((e) => [e.id, e])) };
  shownEdges = all.edges.filter((e) => e.type !== WEAK_RELATION).map((e) => e.id);
  view = {
    nodes: Object.fromEntries(
      everyone.map((id, i) => [
        id,
        { x: i * 37.5 - 100, y: 80 - i * 12.25, size: 24 + i, color: hex(i), community: i % 3 },
      ]),
    ),
    edges: Object.fromEntries(shownEdges.map((id, i) => [id, { color: hex(100 + i), width: 1.5 + (i % 4) }])),
  };
  const evidence = await t.store.evidence([...expected.edges.keys()]);
  sentences = new Map([...evidence].map(([id, list]) => [id, list.map((e) => e.sentence)]));
});
afterAll(async () => {
  await t?.close();
});

const exportFile = (body: Record<string, unknown>) => exportRequest(t.app, body);

/** The screen's export: every entity, the shown relations, the drawing. */
async function exportView(
  format: ExportFormat,
  extra: Record<string, unknown> = {},
): Promise<{ text: string; headers: Record<string, string> }> {
  const res = await exportFile({ format, ids: everyone, edges: shownEdges, view, ...extra }).expect(200);
  return { text: res.body as string, headers: res.headers as Record<string, string> };
}

/** Every entity and every relation among them, no drawing (an API client's export). */
async function exportAll(format: ExportFormat): Promise<{ text: string; headers: Record<string, string> }> {
  const res = await exportFile({ format, ids: everyone }).expect(200);
  return { text: res.body as string, headers: res.headers as Record<string, string> };
}

const round = (v: number) => Math.round(v * 100) / 100;
/** `#rrggbb` as graphology's GEXF parser reports a viz colour. */
const rgb = (color: string) => {
  const v = Number.parseInt(color.slice(1), 16);
  return `rgb(${(v >> 16) & 255},${(v >> 8) & 255},${v & 255})`;
};

/** What the XML writers turn an impossible character into. */
const xmlSafe = (s: string) => s.replaceAll('\u0007', '\uFFFD');

describe('export formats, read back by their readers', () => {
  it('has a story with every kind of awkward character, parallel relations and a co-occurrence', () => {
    expect(expected.nodes.size).toBe(12);
    expect(expected.edges.size).toBe(14);
    expect(expected.nodes.get('sean-o-hara')?.name).toBe(HAWK);
    expect(shownEdges.length).toBe(expected.edges.size - 1);
  });

  it('GraphML is valid against its XSD and opens in networkx as the view: listed relations, positions, colours', async () => {
    const { text, headers } = await exportView('graphml');
    expect(headers['content-type']).toMatch(/^application\/graphml\+xml/);
    expect(headers['content-disposition']).toMatch(/^attachment; filename="?newsgraph\.graphml"?$/);
    expect(schemaErrors('graphml', text)).toEqual([]);
    const g = readWithNetworkx('graphml', text);
    expect(g.directed).toBe(true);
    expect(Object.keys(g.nodes).sort()).toEqual(everyone);
    // The co-occurrence link is not on the screen, so not in the file.
    expect(g.edges.map((e) => e.data.relationId).sort()).toEqual([...shownEdges].sort());
    // No roles: an empty list is no value.
    const i = everyone.indexOf('sylvania');
    expect(g.nodes.sylvania).toEqual({
      label: 'Sylvania',
      name: 'Sylvania',
      kind: 'Country',
      aliases: 'Sylvania',
      degree: 3,
      articleCount: 2,
      x: round(i * 37.5 - 100),
      y: -round(80 - i * 12.25),
      size: 24 + i,
      color: hex(i),
      community: i % 3,
    });
    expect(g.nodes['sean-o-hara']?.name).toBe(xmlSafe(HAWK));
    expect(g.nodes['formula-corp']?.name).toBe(FORMULA);
    const seeks = g.edges.find((e) => e.source === 'sylvania' && e.target === 'skyshield');
    expect(seeks?.data).toMatchObject({
      id: 'sylvania.SEEKS.skyshield',
      label: 'seeks',
      relation: 'SEEKS',
      directed: true,
      corroboration: 2,
      evidenceCount: 2,
      weight: 2,
      articles: 'alpha-report; beta-report',
      color: view.edges!['sylvania|SEEKS|skyshield']!.color,
    });
    for (const edge of g.edges) {
      expect(sentences.get(edge.data.relationId as string)).toContain(edge.data.evidence);
      expect(edge.data.directed).toBe(!RELATIONS[edge.data.relation as keyof typeof RELATIONS].symmetric);
    }
    const role = g.edges.find((e) => e.data.relation === 'HOLDS_ROLE');
    expect(role?.data.role).toBe('Defence Minister');
  });

  it('GEXF 1.3 is valid against its XSD; Gephi-style readers see kinds, undirected symmetric relations and the drawing', async () => {
    const { text, headers } = await exportView('gexf');
    expect(headers['content-type']).toMatch(/^application\/gexf\+xml/);
    expect(schemaErrors('gexf', text)).toEqual([]);
    const g = parseGexf(Graph, text);
    expect(g.type).toBe('mixed');
    expect(g.nodes().sort()).toEqual(everyone);
    expect(g.edges().sort()).toEqual([...shownEdges].sort());
    g.forEachEdge((id, attributes, source, target, _s, _t, undirected) => {
      const edge = expected.edges.get(id)!;
      expect([source, target].sort()).toEqual([edge.source, edge.target].sort());
      expect(undirected).toBe(RELATIONS[edge.type].symmetric);
      expect(attributes).toMatchObject({
        kind: edge.type,
        label: edgeLabel(edge),
        weight: edge.corroboration,
        relation: edge.type,
        corroboration: edge.corroboration,
        color: rgb(view.edges![id]!.color),
        thickness: view.edges![id]!.width,
      });
      expect(sentences.get(id)).toContain(attributes.evidence);
    });
    // Two relations between the same people stay two edges, each with its kind.
    const pair = g.filterEdges((_, __, s, t) => [s, t].sort().join() === 'rufus-firefly,sean-o-hara');
    expect(pair.map((id) => g.getEdgeAttribute(id, 'kind')).sort()).toEqual(['MET_WITH', 'SUPPORTS']);
    const i = everyone.indexOf('rufus-firefly');
    expect(g.getNodeAttributes('rufus-firefly')).toMatchObject({
      label: 'Rufus Firefly',
      kind: 'Person',
      roles: 'Defence Minister',
      degree: 6,
      community: i % 3,
      x: round(i * 37.5 - 100),
      y: -round(80 - i * 12.25),
      size: 24 + i,
      color: rgb(hex(i)),
    });
    expect(g.getNodeAttribute('sean-o-hara', 'label')).toBe(xmlSafe(HAWK));
  });

  it('Cytoscape JSON loads into Cytoscape with the screen positions and its data', async () => {
    const { text } = await exportView('cyjs');
    const doc = JSON.parse(text) as { elements: cytoscape.ElementsDefinition; format_version: string };
    expect(doc.format_version).toBe('1.0');
    // `preset`, as Cytoscape.js users load a saved graph (the default layout would stack every node at 0,0).
    const cy = cytoscape({ headless: true, elements: doc.elements, layout: { name: 'preset' } });
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(everyone);
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual([...shownEdges].sort());
    for (const id of everyone) {
      expect(cy.getElementById(id).position()).toEqual({ x: view.nodes[id]!.x, y: view.nodes[id]!.y });
      expect(cy.getElementById(id).data('color')).toBe(view.nodes[id]!.color);
    }
    expect(cy.getElementById('sean-o-hara').data('name')).toBe(HAWK);
    const seeks = cy.getElementById('sylvania|SEEKS|skyshield');
    expect(seeks.source().id()).toBe('sylvania');
    expect(seeks.data()).toMatchObject({
      interaction: 'SEEKS',
      label: 'seeks',
      corroboration: 2,
      articles: ['alpha-report', 'beta-report'],
      width: view.edges!['sylvania|SEEKS|skyshield']!.width,
    });
    cy.edges().forEach((e) => {
      expect(sentences.get(e.id())).toContain(e.data('evidence'));
    });
    cy.destroy();
  });

  it('CSV is in Gephi’s spreadsheet shape, reads back with Python’s csv module, formulas defused, BOM on request', async () => {
    const nodes = readCsvWithPython((await exportView('csv-nodes')).text);
    expect(nodes[0]).toEqual([
      'Id',
      'Label',
      'name',
      'kind',
      'aliases',
      'roles',
      'degree',
      'articleCount',
      'x',
      'y',
      'size',
      'color',
      'community',
    ]);
    expect(nodes).toHaveLength(expected.nodes.size + 1);
    const byId = new Map(nodes.slice(1).map((row) => [row[0], row]));
    expect(byId.get('sean-o-hara')?.[1]).toBe(HAWK);
    expect(byId.get('formula-corp')?.[1]).toBe(`'${FORMULA}`);
    const f = everyone.indexOf('freedonia');
    expect(byId.get('freedonia')).toEqual([
      'freedonia',
      'Freedonia',
      'Freedonia',
      'Country',
      'Freedonia; Freedonian',
      '',
      '2',
      '2',
      String(round(f * 37.5 - 100)),
      String(-round(80 - f * 12.25)),
      String(24 + f),
      hex(f),
      String(f % 3),
    ]);
    const edgesCsv = await exportView('csv-edges');
    expect(edgesCsv.headers['content-disposition']).toMatch(/^attachment; filename="?newsgraph-edges\.csv"?$/);
    const edges = readCsvWithPython(edgesCsv.text);
    const header = edges[0]!;
    expect(header.slice(0, 7)).toEqual(['Source', 'Target', 'Type', 'Kind', 'Id', 'Label', 'Weight']);
    expect(header).toEqual(expect.arrayContaining(['relation', 'corroboration', 'evidence', 'color', 'width']));
    expect(header.filter((h) => h.toLowerCase() === 'label')).toEqual(['Label']);
    expect(edges).toHaveLength(shownEdges.length + 1);
    const column = (row: string[], name: string) => row[header.indexOf(name)];
    for (const row of edges.slice(1)) {
      const edge = expected.edges.get(column(row, 'Id')!)!;
      expect(column(row, 'Type')).toBe(RELATIONS[edge.type].symmetric ? 'Undirected' : 'Directed');
      expect(column(row, 'Kind')).toBe(edge.type);
      expect(column(row, 'relation')).toBe(edge.type);
      expect(column(row, 'Weight')).toBe(String(edge.corroboration));
      expect(sentences.get(edge.id)).toContain(column(row, 'evidence'));
    }
    const withBom = await exportView('csv-nodes', { bom: true });
    expect(withBom.text.startsWith('\uFEFFId,Label,')).toBe(true);
    expect(readCsvWithPython(withBom.text.slice(1))).toEqual(nodes);
  });

  it('JSON carries every edge with all its supporting sentences, and the drawing', async () => {
    const doc = JSON.parse((await exportView('json')).text) as JsonExport;
    expect(doc.nodes).toHaveLength(expected.nodes.size);
    expect(doc.edges.map((e) => e.id).sort()).toEqual([...shownEdges].sort());
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
    expect(doc.view?.nodes.sylvania).toEqual(view.nodes.sylvania);
  });

  it('the Neo4j script parses under Neo4j’s parser, one MERGE per node and edge, literals escaped', async () => {
    const { text, headers } = await exportAll('cypher');
    expect(headers['content-disposition']).toMatch(/^attachment; filename="?newsgraph\.neo4j\.cypher"?$/);
    const statements = scriptStatements(text);
    const nodes = statements.filter((s) => s.startsWith('MERGE (n:Entity'));
    const edges = statements.filter((s) => s.startsWith('MATCH (a:Entity'));
    const articles = statements.filter((s) => s.startsWith('MERGE (a:Article'));
    const mentions = statements.filter((s) => s.startsWith('MATCH (a:Article'));
    expect(nodes).toHaveLength(expected.nodes.size);
    expect(edges).toHaveLength(expected.edges.size);
    // Every article the evidence cites, with its mentions of exported entities: report dates come from articles.
    const cited = new Set([...expected.edges.values()].flatMap((e) => e.articles));
    expect(articles).toHaveLength(cited.size);
    expect(mentions.length).toBeGreaterThanOrEqual(cited.size);
    expect(statements).toHaveLength(2 + nodes.length + articles.length + mentions.length + edges.length);
    const hawk = statements.find((s) => s.startsWith("MERGE (n:Entity {id: 'sean-o-hara'})"))!;
    const formula = statements.find((s) => s.startsWith("MERGE (n:Entity {id: 'formula-corp'})"))!;
    const hawkEdges = edges.filter((s) => s.includes("'sean-o-hara'"));
    // Neo4j's parser takes ~0.2 s a statement: the schema line, the awkward names and their edges stand for the rest.
    const sample = [statements[0]!, statements[1]!, hawk, formula, ...hawkEdges, articles[0]!, mentions[0]!]
      .map((s) => `${s};`)
      .join('\n');
    expect(lintCypherQuery(sample, {}).diagnostics.map((d) => d.message)).toEqual([]);
    expect(hawk).toContain("SET n:Person, n.name = 'Seán O\\'Hara \\\\ \"the Hawk\"\\n<b>&amp;\\u0007'");
    const seeks = statements.find((s) => s.includes("MERGE (a)-[r:SEEKS {id: 'sylvania|SEEKS|skyshield'}]->(b)"));
    expect(seeks).toMatch(/^MATCH \(a:Entity \{id: 'sylvania'\}\) MATCH \(b:Entity \{id: 'skyshield'\}\) MERGE /);
    expect(seeks).toContain("r.articles = ['alpha-report', 'beta-report'], r.corroboration = 2, r.evidenceCount = 2");
    // The evidence goes along, in the store's own columns.
    expect(seeks).toContain("r.evSentence = ['Sylvania wants the Skyshield system, which Acme Dynamics developed.'");
  });

  it('the Kuzu script re-imports into a fresh store that reads back as the same graph, evidence, report dates, articles and search included', async () => {
    const { text } = await exportAll('cypher-kuzu');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-roundtrip-'));
    try {
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir });
      // A fresh store as `npm start` makes one (schema and full-text indexes), then closed: Kuzu lets one process in.
      await (await openStore(config, silentLogger())).close();
      const statements = scriptStatements(text);
      expect(await runKuzuScript(path.join(dir, 'kuzu'), text)).toBe(statements.length);
      // Running it twice changes nothing (MERGE on ids).
      await runKuzuScript(path.join(dir, 'kuzu'), text);
      const copy = await openStore(config, silentLogger());
      try {
        const again = await copy.subgraph(everyone);
        const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
        expect(byId(again.nodes)).toEqual(byId([...expected.nodes.values()]));
        // Report dates are read from the articles, which the script carries: they survive the round trip.
        expect([...expected.edges.values()].some((e) => e.firstReported !== null)).toBe(true);
        expect(byId(again.edges)).toEqual(byId([...expected.edges.values()]));
        const evidence = await copy.evidence([...expected.edges.keys()]);
        for (const [id, list] of sentences) expect(evidence.get(id)?.map((e) => e.sentence)).toEqual(list);
        // Outlets and titles too, and which articles mention an entity.
        const metadata = (a: ArticleSummary) => ({
          id: a.id,
          title: a.title,
          source: a.source,
          date: a.date,
          url: a.url,
        });
        const cited = new Set([...expected.edges.values()].flatMap((e) => e.articles));
        const original = (await t.store.articles()).filter((a) => cited.has(a.id));
        expect(byId((await copy.articles()).map(metadata))).toEqual(byId(original.map(metadata)));
        const [before, after] = [await t.store.entity('sylvania'), await copy.entity('sylvania')];
        const mentioning = (d: EntityDetail) => d.articles.map((a) => [a.id, a.mentions]).sort();
        expect(mentioning(after)).toEqual(mentioning(before));
        const hits = await copy.search({ query: 'Firefly' });
        expect(hits.hits.map((h) => h.id)).toContain('rufus-firefly');
      } finally {
        await copy.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what to export', () => {
  it('exactly the relations the screen lists: co-occurrences only when shown', async () => {
    const weak = [...expected.edges.values()].find((e) => e.type === WEAK_RELATION)!;
    const ids = [weak.source, weak.target];
    const read = async (edges: string[]) =>
      readWithNetworkx('graphml', (await exportFile({ format: 'graphml', ids, edges }).expect(200)).body as string);
    const hidden = await read([]);
    expect(Object.keys(hidden.nodes).sort()).toEqual([...ids].sort());
    expect(hidden.edges.map((e) => e.data.relation)).not.toContain(WEAK_RELATION);
    const shown = await read([weak.id]);
    expect(shown.edges.map((e) => e.data.relationId)).toEqual([weak.id]);
    const res = await exportFile({ format: 'graphml', edges: [weak.id], neighbourhood: { ids } }).expect(400);
    expect(JSON.parse(res.body as string).message).toMatch(/ids/);
  });

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
    expect(g.edges.map((e) => e.data.relation).sort()).toEqual(['PARTY_TO', 'SEEKS']);
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
