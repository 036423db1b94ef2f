/**
 * Reads exported files back with networkx, a real third-party reader: the
 * first Python that has it (Debian's, then the one on PATH). Fails loudly
 * when none does, rather than skipping the check.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CANDIDATES = ['/usr/bin/python3', 'python3'];

let chosen: string | undefined;

/** The first python3 that can `import networkx`. */
export function pythonWithNetworkx(): string {
  if (chosen) return chosen;
  for (const python of CANDIDATES) {
    const probe = spawnSync(python, ['-c', 'import networkx'], { encoding: 'utf8' });
    if (probe.status === 0) return (chosen = python);
  }
  throw new Error(
    `No Python with networkx among ${CANDIDATES.join(', ')}: install Debian's python3-networkx (apt-get install -y python3-networkx).`,
  );
}

export interface NetworkxGraph {
  directed: boolean;
  multigraph: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: Array<{ source: string; target: string; key: string | null; data: Record<string, unknown> }>;
}

const READER = `
import json, sys
import networkx as nx
kind, file = sys.argv[1], sys.argv[2]
g = nx.read_graphml(file) if kind == 'graphml' else nx.read_gexf(file)
edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
print(json.dumps({
  'directed': g.is_directed(),
  'multigraph': g.is_multigraph(),
  'nodes': {n: d for n, d in g.nodes(data=True)},
  'edges': [{'source': u, 'target': v, 'key': k, 'data': d} for u, v, k, d in edges],
}))
`;

/** Writes `content` to a temp file and reads it with `nx.read_graphml` or `nx.read_gexf`. */
export function readWithNetworkx(kind: 'graphml' | 'gexf', content: string): NetworkxGraph {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-nx-'));
  try {
    const file = path.join(dir, `export.${kind}`);
    fs.writeFileSync(file, content, 'utf8');
    const run = spawnSync(pythonWithNetworkx(), ['-c', READER, kind, file], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`networkx could not read the ${kind} file:\n${run.stderr}`);
    return JSON.parse(run.stdout) as NetworkxGraph;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Parses CSV with Python's csv module (RFC 4180 dialect), as rows of strings. */
export function readCsvWithPython(content: string): string[][] {
  const run = spawnSync(
    pythonWithNetworkx(),
    ['-c', 'import csv, io, json, sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))))'],
    { input: content, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`Python's csv module could not read the file:\n${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

// networkx has no mixed graphs: it refuses an undirected edge (a symmetric type) in a directed
// graph, which Gephi reads fine. Spells do not depend on direction, so every edge is read as directed.
const SPELLS_READER = `
import io, json, sys
import networkx as nx
text = open(sys.argv[1], encoding='utf-8').read().replace('type="undirected"', 'type="directed"')
g = nx.read_gexf(io.BytesIO(text.encode('utf-8')))
print(json.dumps({
  'mode': g.graph.get('mode'),
  'nodes': {n: d.get('spells', []) for n, d in g.nodes(data=True)},
  'edges': {d['id']: {'spells': d.get('spells', []), 'claim': d.get('claim')} for u, v, d in g.edges(data=True)},
}))
`;

let gexfReader: string | undefined;

/**
 * A python3 whose networkx reads GEXF 1.3 (networkx 3; Debian 12's 2.8 does
 * not know the 1.3 namespace): the project's test virtualenv
 * (scripts/fuzz-venv.sh, made before the tests by `npm test`), else one on PATH.
 */
function pythonForGexf(): string {
  if (gexfReader) return gexfReader;
  const venv = path.resolve(import.meta.dirname, '../../../.cache/fuzz-venv/bin/python3');
  for (const python of [venv, 'python3']) {
    const probe = spawnSync(python, [
      '-c',
      'import networkx, sys; sys.exit(int(networkx.__version__.split(".")[0]) < 3)',
    ]);
    if (probe.status === 0) return (gexfReader = python);
  }
  throw new Error('No python3 with networkx 3 (GEXF 1.3): run scripts/fuzz-venv.sh (npm test does).');
}

export interface GexfTimes {
  mode: string | null;
  /** Spells (start, end) by node id. */
  nodes: Record<string, Array<[string, string]>>;
  /** Spells and status by edge id. */
  edges: Record<string, { spells: Array<[string, string]>; claim: string | null }>;
}

/** The spells of a dynamic GEXF file as networkx reads them (every edge as directed). */
export function readGexfSpells(content: string): GexfTimes {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-nx-'));
  try {
    const file = path.join(dir, 'export.gexf');
    fs.writeFileSync(file, content, 'utf8');
    const run = spawnSync(pythonForGexf(), ['-c', SPELLS_READER, file], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`networkx could not read the GEXF file:\n${run.stderr}`);
    return JSON.parse(run.stdout) as GexfTimes;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
