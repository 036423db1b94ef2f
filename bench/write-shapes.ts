/**
 * Why the embedded store writes one article's relations the way it does: the
 * rows one article creates in the big graph, written in each shape the engine
 * offers, each on its own copy of the graph in one transaction that commits
 * (a COPY's cost lands in its commit), next to the operators of its plan. A
 * shape whose plan scans the node tables pays for the whole table on every
 * statement; one that looks its ends up by key pays per row. Kuzu 0.11 looks
 * an UNWIND row's ends up only through MERGE, so the store sends a statement
 * per row there, and a batch of articles gathers a table's rows
 * (core/store/deferred-writes.ts) and writes two dozen or more in the MERGE
 * shape (relations-create-many); LadybugDB looks each end up by key when it
 * has a MATCH of its own, so the store sends one UNWIND per table there.
 */
import fs from 'node:fs';
import type { EmbeddedEngine } from '../core/config.js';
import { Catalogue } from '../core/store/catalogue.js';
import { splitByListShape } from '../core/store/kuzu/list-shapes.js';
import { MENTIONS_PROPERTIES, relationEdgeProperties } from '../core/store/schema.js';
import { bareConnection, bareDatabase, type BareConnection, type Call } from './bare-kuzu.js';
import { printTable } from './stats.js';

type Rows = Array<Record<string, unknown>>;

/** One way to write a group of rows: the statements it runs for one recorded call. */
interface Shape {
  name: string;
  /** The engines whose store uses this shape: the ratios are against it. */
  storeOn?: readonly EmbeddedEngine[];
  statements: (call: Call) => Array<{ text: string; params: Record<string, unknown> }>;
}

/** Kuzu's own catalogue, whichever engine runs it: its files are the statement-per-row and join shapes. Read once. */
let kuzuFiles: Catalogue | undefined;
const kuzuCatalogue = () => (kuzuFiles ??= Catalogue.load('kuzu', undefined, 'kuzu'));

/** `COPY <table> FROM (UNWIND $rows ...)`: the rows' ends found by key, appended inside the transaction. */
function copyFromRows(table: string, ends: [string, string], columns: string[], from: string, to: string): string {
  const values = [...ends, ...columns].map((c) => `row.${c}`).join(', ');
  return `COPY ${table} FROM (UNWIND $rows AS row RETURN ${values}) (from='${from}', to='${to}')`;
}

/**
 * `UNWIND $rows ... MERGE (a:From {id: row.source}) MERGE (b:To {id: row.target}) CREATE ...`: MERGE finds a
 * row's node through the primary-key index (a MATCH on the same key is planned as a scan of the whole table);
 * the ends are stored already, so MERGE only finds them. Cheaper per row than a statement per row, but each
 * statement pays a fixed cost (~15 ms on 100k/300k), more than an article's 1–2 rows per table save.
 */
function createWithMergedEnds(table: string, ends: [string, string], columns: string[], from: string, to: string) {
  const values = columns.map((c) => `${c}: row.${c}`).join(', ');
  return `UNWIND $rows AS row MERGE (a:${from} {id: row.${ends[0]}}) MERGE (b:${to} {id: row.${ends[1]}})
CREATE (a)-[:${table} {${values}}]->(b)`;
}

/** `UNWIND $rows ... MATCH (a:From {id: row.source}), (b:To {id: row.target}) CREATE ...`: what Neo4j runs. */
function createWithMatchedEnds(table: string, ends: [string, string], columns: string[], from: string, to: string) {
  const values = columns.map((c) => `${c}: row.${c}`).join(', ');
  return `UNWIND $rows AS row MATCH (a:${from} {id: row.${ends[0]}}), (b:${to} {id: row.${ends[1]}})
CREATE (a)-[:${table} {${values}}]->(b)`;
}

/** `UNWIND $rows ... MATCH (a:From {id: row.source}) MATCH (b:To {id: row.target}) CREATE ...`: LadybugDB's store shape. */
function createWithSeparateMatches(table: string, ends: [string, string], columns: string[], from: string, to: string) {
  const values = columns.map((c) => `${c}: row.${c}`).join(', ');
  return `UNWIND $rows AS row MATCH (a:${from} {id: row.${ends[0]}}) MATCH (b:${to} {id: row.${ends[1]}})
CREATE (a)-[:${table} {${values}}]->(b)`;
}

/** Builds the text of a one-statement shape from the relation table, its key columns, its other columns and its ends. */
type RowsText = (table: string, ends: [string, string], columns: string[], from: string, to: string) => string;

/** A one-statement shape for one relation table's rows. */
function relationRows(name: string, text: RowsText): Shape {
  return {
    name,
    statements: (call) => [
      {
        text: text(
          String(call.template.type),
          ['source', 'target'],
          Object.keys(relationEdgeProperties('kuzu')),
          String(call.template.from),
          String(call.template.to),
        ),
        params: { rows: call.params.rows },
      },
    ],
  };
}

/** A one-statement shape for one article's mentions of one kind. */
function mentionRows(name: string, text: RowsText): Shape {
  return {
    name,
    statements: (call) => [
      {
        text: text(
          'MENTIONS',
          ['article', 'entity'],
          Object.keys(MENTIONS_PROPERTIES),
          'Article',
          String(call.template.kind),
        ),
        params: { rows: (call.params.rows as Rows).map((r) => ({ ...r, article: call.params.article })) },
      },
    ],
  };
}

const RELATION_SHAPES: Shape[] = [
  {
    name: 'a statement per row',
    storeOn: ['kuzu'],
    statements: (call) => kuzuCatalogue().bindAll(call.name, call.params, call.template),
  },
  relationRows('one UNWIND matching both ends by id', createWithMatchedEnds),
  { ...relationRows('one UNWIND, each end its own MATCH', createWithSeparateMatches), storeOn: ['ladybug'] },
  relationRows('one UNWIND, ends found by MERGE on the key', createWithMergedEnds),
  relationRows('one COPY FROM (UNWIND) in the transaction', copyFromRows),
];

const MENTION_SHAPES: Shape[] = [
  {
    name: 'a statement per row',
    statements: (call) =>
      (call.params.rows as Rows).map((row) => ({
        text: `MATCH (a:Article {id: $article}), (n:${String(call.template.kind)} {id: $entity})
CREATE (a)-[:MENTIONS {count: $count, spanStarts: $spanStarts, spanEnds: $spanEnds}]->(n)`,
        params: { ...row, article: call.params.article },
      })),
  },
  {
    name: 'one join per kind',
    storeOn: ['kuzu', 'ladybug'],
    statements: (call) => kuzuCatalogue().bindAll(call.name, call.params, call.template),
  },
  mentionRows('one UNWIND, ends found by MERGE on the key', createWithMergedEnds),
  mentionRows('one COPY FROM (UNWIND) in the transaction', copyFromRows),
];

/** The operators of a statement's plan that say how it finds its rows. */
async function planOperators(conn: BareConnection, text: string, params: Record<string, unknown>): Promise<string> {
  const [row] = await conn.exec(`EXPLAIN ${text}`, params);
  const plan = String(Object.values(row ?? {})[0] ?? '');
  const counts = new Map<string, number>();
  for (const [, op] of plan.matchAll(/([A-Z][A-Z_]+)\[\d+\]/g)) {
    if (/LOOKUP|SCAN_NODE|CROSS_PRODUCT|HASH_JOIN_PROBE|INDEX_SCAN/.test(op!))
      counts.set(op!, (counts.get(op!) ?? 0) + 1);
  }
  return [...counts].map(([op, n]) => (n > 1 ? `${op}×${n}` : op)).join(' ');
}

/**
 * Writes `target` calls (one article's relations or mentions) in each shape:
 * the article's other writes first, committed, then the shape's statements
 * and their commit, timed apart.
 */
async function measure(
  engine: EmbeddedEngine,
  graphFile: string,
  workFile: string,
  article: Call[],
  target: string,
  shapes: Shape[],
): Promise<Array<Array<string | number>>> {
  const calls = article.filter((c) => c.name === target);
  const rows = calls.reduce((n, c) => n + (c.params.rows as Rows).length, 0);
  const out: Array<Array<string | number>> = [];
  for (const shape of shapes) {
    fs.rmSync(`${workFile}.wal`, { force: true });
    fs.copyFileSync(graphFile, workFile);
    const db = await bareDatabase(engine, workFile);
    const conn = await bareConnection(db, engine);
    try {
      await conn.query('BEGIN TRANSACTION');
      for (const call of article) if (call.name !== target && !call.name.endsWith('-get')) await conn.run(call);
      await conn.query('COMMIT');
      const statements = calls.flatMap((c) => shape.statements(c));
      const largest = calls.reduce((a, b) => ((b.params.rows as Rows).length > (a.params.rows as Rows).length ? b : a));
      const sample = shape.statements(largest)[0]!;
      const operators = await planOperators(conn, sample.text, splitByListShape(sample.params)[0]!);
      await conn.query('BEGIN TRANSACTION');
      const started = performance.now();
      for (const s of statements) for (const part of splitByListShape(s.params)) await conn.exec(s.text, part);
      const written = performance.now();
      await conn.query('COMMIT');
      const committed = performance.now();
      out.push([
        shape.storeOn?.includes(engine) ? `${shape.name} (the store)` : shape.name,
        statements.length,
        rows,
        written - started,
        committed - written,
        (committed - started) / rows,
        operators,
      ]);
    } finally {
      await conn.close();
      await db.close();
      fs.rmSync(workFile, { force: true });
      fs.rmSync(`${workFile}.wal`, { force: true });
    }
  }
  const total = (row: Array<string | number>) => (row[3] as number) + (row[4] as number);
  const store = out[shapes.findIndex((s) => s.storeOn?.includes(engine))]!;
  for (const row of out) row.splice(6, 0, total(row) / total(store));
  return out;
}

/**
 * Prints, for one article's writes recorded from the store (`article`: the
 * calls of its transaction), how each shape writes its relations and its
 * mentions into a copy of `graphFile` (a closed database file of `engine`).
 */
export async function printWriteShapes(engine: EmbeddedEngine, graphFile: string, article: Call[]): Promise<void> {
  const workFile = `${graphFile}-shapes`;
  const header = ['shape', 'statements', 'rows', 'write ms', 'commit ms', 'ms per row', 'ratio', 'plan'];
  printTable(
    `Writing one article's relations into the big graph on bare ${engine}, each shape in its own committed transaction (ratio: write + commit vs the store's shape)`,
    header,
    await measure(engine, graphFile, workFile, article, 'relations-create', RELATION_SHAPES),
  );
  printTable(
    "Writing the same article's mentions (article → entity), likewise",
    header,
    await measure(engine, graphFile, workFile, article, 'mentions-create', MENTION_SHAPES),
  );
}
