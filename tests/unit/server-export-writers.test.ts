/**
 * Escaping in the export writers, checked against independent decoders. The
 * integration tests read whole files back with networkx, Cytoscape, Python's
 * csv module and Neo4j's parser.
 */
import { describe, expect, it } from '@jest/globals';
import { writeNodesCsv } from '../../server/export/csv.js';
import { cypherString } from '../../server/export/cypher.js';
import type { ExportDocument } from '../../server/export/document.js';
import { graphmlEdgeId, nmtoken, writeGraphml } from '../../server/export/graphml.js';
import { xmlEscape } from '../../server/export/xml.js';

/** Cypher's string escapes, decoded the way Neo4j documents them. */
function decodeCypherString(literal: string): string {
  expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
  const simple: Record<string, string> = {
    n: '\n',
    r: '\r',
    t: '\t',
    b: '\b',
    f: '\f',
    "'": "'",
    '"': '"',
    '\\': '\\',
  };
  return literal
    .slice(1, -1)
    .replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) =>
      e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (simple[e] ?? `\\${e}`),
    );
}

const AWKWARD = [
  "O'Hara",
  'back\\slash',
  'two\nlines\r\n',
  'tab\there',
  'bell\u0007 and nul\u0000',
  'ends with a backslash \\',
  "\\'",
  'line separator\u2028',
  'Seán «Ḥamās» 中文 🚀',
  '',
];

describe('Cypher literals', () => {
  it.each(AWKWARD)('round-trips %j', (value) => {
    const literal = cypherString(value);
    expect(decodeCypherString(literal)).toBe(value);
    // Nothing in the literal could end it early or start a new line of the script.
    expect(literal.slice(1, -1)).not.toMatch(/(^|[^\\])(\\\\)*'|[\n\r\u2028]/);
  });
});

describe('Kuzu literals', () => {
  // Kuzu 0.11 unescapes only a backslash and a quote (any other backslash is dropped), and takes raw characters.
  const decodeKuzu = (literal: string) => literal.slice(1, -1).replace(/\\(.)/gs, '$1');
  it.each(AWKWARD)('round-trips %j', (value) => {
    const literal = cypherString(value, 'kuzu');
    expect(decodeKuzu(literal)).toBe(value);
    expect(literal.slice(1, -1)).not.toMatch(/(^|[^\\])(\\\\)*'/);
  });
});

describe('XML text', () => {
  it('escapes markup and keeps whitespace in attributes', () => {
    expect(xmlEscape('<a href="x">&\'\n\t')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#10;&#9;');
  });

  it('replaces characters XML cannot carry, and keeps valid surrogate pairs', () => {
    expect(xmlEscape('a\u0000b\u0007c\uFFFEd')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(xmlEscape('lone \uD800 high, lone \uDC00 low, pair 🚀')).toBe('lone \uFFFD high, lone \uFFFD low, pair 🚀');
  });
});

const graph: ExportDocument = {
  nodes: [
    { id: 'a', name: ' padded ', kind: 'Person', aliases: ['x, y', 'say "hi"'], roles: [], degree: 1, articleCount: 1 },
    { id: 'b', name: '+1 formula', kind: 'Country', aliases: [], roles: [], degree: 1, articleCount: 1 },
  ],
  edges: [],
  omitted: 0,
  evidence: new Map(),
  articles: [],
  view: null,
  bom: false,
};

describe('CSV cells', () => {
  it('quotes commas, quotes and edge spaces, and defuses formulas', () => {
    const [header, a, b] = writeNodesCsv(graph).split('\r\n');
    expect(header).toBe('Id,Label,name,kind,aliases,roles,degree,articleCount');
    expect(a).toBe('a," padded "," padded ",Person,"x, y; say ""hi""",,1,1');
    expect(b).toBe("b,'+1 formula,'+1 formula,Country,,,1,1");
  });

  it('starts with a byte-order mark when asked', () => {
    expect(writeNodesCsv({ ...graph, bom: true }).startsWith('\uFEFFId,Label,')).toBe(true);
    expect(writeNodesCsv(graph).startsWith('Id,')).toBe(true);
  });
});

describe('GraphML', () => {
  it('writes ids as NMTOKENs, reversibly, and edge ids from their ends and type', () => {
    expect(nmtoken('benny-gantz')).toBe('benny-gantz');
    expect(nmtoken('a|b c_d')).toBe('a_x007C_b_x0020_c_x005F_d');
    expect(nmtoken('\u{1F680}')).toBe('_x1F680_');
    expect(graphmlEdgeId({ source: 'a b', type: 'SEEKS', target: 'c' })).toBe('a_x0020_b.SEEKS.c');
  });

  it('declares each key once and leaves absent values out', () => {
    const xml = writeGraphml(graph);
    expect(xml.match(/<key id="n_name"/g)).toHaveLength(1);
    expect(xml).not.toContain('<data key="n_roles">');
    expect(xml).toContain('<data key="n_name"> padded </data>');
  });
});
