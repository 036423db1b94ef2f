/**
 * The Cypher catalogue: every query the product runs is a named `.cypher`
 * file under `cypher/`, loaded once. A file `name.cypher` is shared by both
 * dialects; `name.kuzu.cypher` / `name.neo4j.cypher` is that dialect's own
 * version (a dialect file without a shared sibling exists only in that
 * dialect). Each file starts with a header:
 *
 *   // name: entity-get
 *   // params: id
 *   // template: kind
 *   // returns: one row per entity
 *
 * A dialect file may also say `// each: rows`: the caller passes a list
 * `$rows`, and the statement runs once per element, that element's fields
 * being its parameters (the declared `params`). The other dialect's file
 * takes the same list in one `UNWIND $rows` statement. Kuzu 0.11 plans an
 * `UNWIND` whose rows look up both ends of a relation by id as a join of the
 * whole tables (seconds on a graph of 100k entities, whatever the number of
 * rows); one statement per row finds each end by its primary key instead.
 *
 * `name.ladybug.cypher` is the Kuzu dialect's query as the LadybugDB engine
 * runs it, in place of `name.kuzu.cypher` (or the shared file). The fork
 * speaks the same Cypher but plans an `UNWIND` row's `MATCH` on a primary
 * key as a key lookup, so its files take a list of rows in one statement
 * where Kuzu's run once per row.
 *
 * A query that runs once per row may have a `name-many` sibling that takes a
 * batch's many rows in one statement (a join that pays for a table scan once);
 * where the query itself takes the rows in one statement, it is its own batch
 * form ({@link Catalogue.forManyRows}).
 *
 * `{{entity}}` stands for "any entity label": in Kuzu, where each kind is a
 * node table, the list of kinds (`Country:Person:...` means any of them); in
 * Neo4j, where every entity also carries the `Entity` label, that label.
 *
 * `// columns: entity` (or `article`, `relation`, `mentions`) names a table of
 * the schema (core/store/schema.ts): `{{columns}}` then stands for its column
 * names in the schema's order, and `{{rowColumns}}` for the same fields of an
 * `UNWIND` row (`row.id, row.name, ...`), a list cast back from the NULL an
 * empty list travels as. A statement that names every column so follows the
 * schema instead of repeating it.
 *
 * `template` lists `{{placeholders}}` in the text. Labels, relationship types
 * and variable-length bounds cannot be Cypher parameters, so they are filled
 * in here, and only from the ontology's allow-lists: no user input ever
 * reaches query text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmbeddedEngine } from '../config.js';
import { ENTITY_KINDS, LIMITS, RELATION_TYPES, isEntityKind, isRelationType } from '../ontology.js';
import { COLUMN_SETS, columnSet, type ColumnSet } from './schema.js';

export type Dialect = 'kuzu' | 'neo4j';
export const DIALECTS: readonly Dialect[] = ['kuzu', 'neo4j'];

/** Engines with files of their own (`name.<engine>.cypher`), each a variant of one dialect's. */
const ENGINE_DIALECT = { ladybug: 'kuzu' } as const satisfies Partial<Record<EmbeddedEngine, Dialect>>;
type VariantEngine = keyof typeof ENGINE_DIALECT;
const isVariantEngine = (s: string | undefined): s is VariantEngine => !!s && Object.hasOwn(ENGINE_DIALECT, s);

/** Placeholders a query may use, each with the values it may take. */
export interface TemplateArgs {
  kind?: string;
  from?: string;
  to?: string;
  type?: string;
  /** A non-empty list of relation types, rendered as `A|B|C`. */
  types?: readonly string[];
  depth?: number;
  maxLength?: number;
  minLength?: number;
  /** Entity kinds as a list of quoted literals (for Kuzu calls that take no parameters). */
  kindNames?: readonly string[];
  /** Relation types as a list of quoted literals. */
  typeNames?: readonly string[];
  /** A JSON file the bulk importer wrote itself, for Kuzu's COPY FROM. */
  file?: string;
}
export type TemplateName = keyof TemplateArgs;
const TEMPLATE_NAMES: readonly TemplateName[] = [
  'kind',
  'from',
  'to',
  'type',
  'types',
  'depth',
  'maxLength',
  'minLength',
  'kindNames',
  'typeNames',
  'file',
];

export interface CatalogueEntry {
  name: string;
  dialect: Dialect | 'shared';
  /** The engine this file is written for, in place of its dialect's file (`name.ladybug.cypher`), or null. */
  engine: VariantEngine | null;
  file: string;
  params: string[];
  template: TemplateName[];
  returns: string;
  /** The list parameter whose elements each run the statement once (`// each:`), or null. */
  each: string | null;
  /** The schema table whose columns `{{columns}}` and `{{rowColumns}}` stand for (`// columns:`), or null. */
  columns: ColumnSet | null;
  text: string;
}

/** A statement with its parameters, ready to send. */
export interface BoundQuery {
  text: string;
  params: Record<string, unknown>;
}

export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

const ENTITY_PLACEHOLDER = 'entity';
/** Placeholders filled from the schema table a file's `// columns:` names. */
const COLUMN_PLACEHOLDERS = ['columns', 'rowColumns'];

/** `{{columns}}` and `{{rowColumns}}` of a schema table, in a dialect. */
function expandColumns(text: string, set: ColumnSet, dialect: Dialect): string {
  const columns = Object.entries(columnSet(set, dialect));
  const names = columns.map(([name]) => name).join(', ');
  const fields = columns
    .map(([name, type]) => (type.endsWith('[]') ? `CAST(row.${name} AS ${type})` : `row.${name}`))
    .join(', ');
  return text.replaceAll('{{columns}}', names).replaceAll('{{rowColumns}}', fields);
}

/** What `{{entity}}` means in each dialect. */
export const ENTITY_LABEL_EXPRESSION: Record<Dialect, string> = {
  kuzu: ENTITY_KINDS.join(':'),
  neo4j: 'Entity',
};

export const DEFAULT_CATALOGUE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

function renderValue(name: TemplateName, value: unknown): string {
  const bad = () => new CatalogueError(`Template value ${JSON.stringify(value)} is not allowed for {{${name}}}`);
  switch (name) {
    case 'kind':
    case 'from':
    case 'to':
      if (!isEntityKind(value)) throw bad();
      return value;
    case 'type':
      if (!isRelationType(value)) throw bad();
      return value;
    case 'types':
      if (!Array.isArray(value) || value.length === 0 || !value.every(isRelationType)) throw bad();
      return [...new Set(value)].join('|');
    case 'depth':
      if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > LIMITS.maxDepth) throw bad();
      return String(value);
    case 'maxLength':
    case 'minLength':
      if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > LIMITS.maxPathLength) throw bad();
      return String(value);
    case 'kindNames':
      if (!Array.isArray(value) || value.length === 0 || !value.every(isEntityKind)) throw bad();
      return [...new Set(value)].map((v) => `'${v}'`).join(', ');
    case 'typeNames':
      if (!Array.isArray(value) || value.length === 0 || !value.every(isRelationType)) throw bad();
      return [...new Set(value)].map((v) => `'${v}'`).join(', ');
    case 'file':
      // Only paths of files we generated: absolute, plain characters, .json.
      if (typeof value !== 'string' || !path.isAbsolute(value) || !/^[\w./-]+\.json$/.test(value)) throw bad();
      return value;
  }
}

/** Sample values that make any template valid: used to lint and explain every file. */
export const SAMPLE_TEMPLATE_ARGS: Required<TemplateArgs> = {
  kind: ENTITY_KINDS[0],
  from: 'Person',
  to: 'Country',
  type: 'HOLDS_ROLE',
  types: RELATION_TYPES,
  depth: 2,
  maxLength: 4,
  minLength: 1,
  kindNames: ENTITY_KINDS,
  typeNames: RELATION_TYPES,
  file: '/tmp/newsgraph-bulk/rows.json',
};

function parseHeader(file: string, source: string): Omit<CatalogueEntry, 'dialect' | 'engine' | 'file'> {
  const header = new Map<string, string>();
  const body: string[] = [];
  let inHeader = true;
  for (const line of source.split('\n')) {
    const m = inHeader ? /^\/\/\s*(\w+):\s*(.*)$/.exec(line) : null;
    if (m) {
      header.set(m[1]!, m[2]!.trim());
      continue;
    }
    if (inHeader && /^\/\/|^\s*$/.test(line)) continue;
    inHeader = false;
    body.push(line);
  }
  const name = header.get('name');
  if (!name) throw new CatalogueError(`${file}: missing "// name:" header`);
  const list = (key: string) =>
    (header.get(key) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && s !== '-');
  const template = list('template') as TemplateName[];
  for (const t of template) {
    if (!TEMPLATE_NAMES.includes(t)) throw new CatalogueError(`${file}: unknown template placeholder "${t}"`);
  }
  const text = body.join('\n').trim();
  if (!text) throw new CatalogueError(`${file}: empty query`);
  const used = new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!));
  used.delete(ENTITY_PLACEHOLDER);
  const columns = (header.get('columns') || null) as ColumnSet | null;
  if (columns && !COLUMN_SETS.includes(columns)) {
    throw new CatalogueError(`${file}: "// columns:" names one of ${COLUMN_SETS.join(', ')}`);
  }
  for (const c of COLUMN_PLACEHOLDERS) {
    if (!used.delete(c)) continue;
    if (!columns) throw new CatalogueError(`${file}: {{${c}}} is used but no "// columns:" names its table`);
  }
  for (const u of used) {
    if (!template.includes(u as TemplateName)) {
      throw new CatalogueError(`${file}: {{${u}}} is used but not declared in "// template:"`);
    }
  }
  if (/;\s*\S/.test(text.replace(/'[^']*'|"[^"]*"/g, ''))) {
    throw new CatalogueError(`${file}: one statement per file`);
  }
  const each = header.get('each') || null;
  if (each && !/^\w+$/.test(each)) throw new CatalogueError(`${file}: "// each:" names one list parameter`);
  return { name, params: list('params'), template, returns: header.get('returns') ?? '', each, columns, text };
}

function listCypherFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.cypher'))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** Reads every `.cypher` file under `dir`, checking names and headers. */
export function readCatalogueEntries(dir: string = DEFAULT_CATALOGUE_DIR): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  const seen = new Map<string, string>();
  for (const file of listCypherFiles(dir)) {
    const base = path.basename(file, '.cypher');
    const dotted = /^(.*)\.(kuzu|neo4j|ladybug)$/.exec(base);
    const stem = dotted ? dotted[1]! : base;
    const engine = isVariantEngine(dotted?.[2]) ? dotted[2] : null;
    const dialect: CatalogueEntry['dialect'] = engine
      ? ENGINE_DIALECT[engine]
      : dotted
        ? (dotted[2] as Dialect)
        : 'shared';
    const parsed = parseHeader(path.relative(dir, file), fs.readFileSync(file, 'utf8'));
    if (parsed.name !== stem) {
      throw new CatalogueError(
        `${path.relative(dir, file)}: header name "${parsed.name}" must equal the file name "${stem}"`,
      );
    }
    const key = `${parsed.name}@${engine ?? dialect}`;
    if (seen.has(key)) {
      throw new CatalogueError(`Duplicate query "${parsed.name}" (${dialect}): ${seen.get(key)} and ${file}`);
    }
    seen.set(key, file);
    if (parsed.each && dialect === 'shared') {
      throw new CatalogueError(
        `${path.relative(dir, file)}: "// each:" belongs in a dialect file (the other dialect's file takes the list in one UNWIND)`,
      );
    }
    entries.push({ ...parsed, dialect, engine, file });
  }
  for (const e of entries.filter((x) => x.engine)) {
    // The dialect's other engine needs the query too: an engine file only replaces one.
    if (!entries.some((x) => x.name === e.name && !x.engine && (x.dialect === e.dialect || x.dialect === 'shared')))
      throw new CatalogueError(
        `${path.relative(dir, e.file)}: an engine's file replaces a ${e.dialect} or shared file of the same name, and there is none`,
      );
  }
  return entries;
}

/** How well a file serves a dialect on an engine: its own file, else the dialect's, else the shared one; 0: not at all. */
function fitness(e: CatalogueEntry, dialect: Dialect, engine: EmbeddedEngine | undefined): number {
  if (e.engine) return e.engine === engine && e.dialect === dialect ? 3 : 0;
  if (e.dialect === dialect) return 2;
  return e.dialect === 'shared' ? 1 : 0;
}

/**
 * The queries one dialect runs (on one engine of it), by name, with
 * templates expanded on demand and cached.
 */
export class Catalogue {
  private readonly byName = new Map<string, CatalogueEntry>();
  private readonly expanded = new Map<string, string>();

  constructor(
    readonly dialect: Dialect,
    entries: CatalogueEntry[],
    engine?: EmbeddedEngine,
  ) {
    const chosen = new Map<string, CatalogueEntry>();
    for (const e of entries) {
      const current = chosen.get(e.name);
      const rank = fitness(e, dialect, engine);
      if (rank > 0 && (!current || rank > fitness(current, dialect, engine))) chosen.set(e.name, e);
    }
    for (const e of chosen.values()) {
      const labelled = e.text.replaceAll(`{{${ENTITY_PLACEHOLDER}}}`, ENTITY_LABEL_EXPRESSION[dialect]);
      const text = e.columns ? expandColumns(labelled, e.columns, dialect) : labelled;
      this.byName.set(e.name, { ...e, text });
    }
  }

  static load(dialect: Dialect, dir: string = DEFAULT_CATALOGUE_DIR, engine?: EmbeddedEngine): Catalogue {
    return new Catalogue(dialect, readCatalogueEntries(dir), engine);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  entry(name: string): CatalogueEntry {
    const e = this.byName.get(name);
    if (!e) throw new CatalogueError(`No query "${name}" in the ${this.dialect} catalogue`);
    return e;
  }

  entries(): CatalogueEntry[] {
    return [...this.byName.values()];
  }

  /**
   * The text and parameters to send for `name`: only the parameters its
   * header declares (Kuzu refuses unknown ones), every declared one present.
   */
  bind(name: string, params: Record<string, unknown>, args: TemplateArgs = {}): BoundQuery {
    if (this.entry(name).each) throw new CatalogueError(`Query "${name}" runs once per row: bind it with bindAll`);
    return this.bindOne(name, params, args);
  }

  private bindOne(name: string, params: Record<string, unknown>, args: TemplateArgs): BoundQuery {
    const e = this.entry(name);
    const bound: Record<string, unknown> = {};
    for (const p of e.params) {
      if (!(p in params)) throw new CatalogueError(`Query "${name}" needs parameter $${p}`);
      bound[p] = params[p];
    }
    return { text: this.text(name, args), params: bound };
  }

  /**
   * The statements to run for `name`, in order: one, or (a file that runs
   * `// each:` row) one per element of that list, bound to its fields.
   */
  bindAll(name: string, params: Record<string, unknown>, args: TemplateArgs = {}): BoundQuery[] {
    const e = this.entry(name);
    if (!e.each) return [this.bindOne(name, params, args)];
    const rows = params[e.each];
    if (!Array.isArray(rows)) throw new CatalogueError(`Query "${name}" needs parameter $${e.each} (a list of rows)`);
    return rows.map((row: Record<string, unknown>) => this.bindOne(name, row, args));
  }

  /**
   * The query to send a batch's many rows of `name` to: its `-many` sibling
   * where `name` runs once per row and the sibling exists, else `name`.
   */
  forManyRows(name: string): string {
    const many = `${name}-many`;
    return this.entry(name).each && this.has(many) ? many : name;
  }

  /** The query text of `name` with its placeholders filled from allow-listed values. */
  text(name: string, args: TemplateArgs = {}): string {
    const e = this.entry(name);
    if (e.template.length === 0) return e.text;
    const values = e.template.map((t) => {
      if (args[t] === undefined) throw new CatalogueError(`Query "${name}" needs template value {{${t}}}`);
      return renderValue(t, args[t]);
    });
    const key = `${name}\u0000${values.join('\u0000')}`;
    let text = this.expanded.get(key);
    if (text === undefined) {
      text = e.template.reduce((acc, t, i) => acc.replaceAll(`{{${t}}}`, values[i]!), e.text);
      this.expanded.set(key, text);
    }
    return text;
  }
}
