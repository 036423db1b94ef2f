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
 * `{{entity}}` stands for "any entity label": in Kuzu, where each kind is a
 * node table, the list of kinds (`Country:Person:...` means any of them); in
 * Neo4j, where every entity also carries the `Entity` label, that label.
 *
 * `template` lists `{{placeholders}}` in the text. Labels, relationship types
 * and variable-length bounds cannot be Cypher parameters, so they are filled
 * in here, and only from the ontology's allow-lists: no user input ever
 * reaches query text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_KINDS, LIMITS, RELATION_TYPES, isEntityKind, isRelationType } from '../ontology.js';

export type Dialect = 'kuzu' | 'neo4j';
export const DIALECTS: readonly Dialect[] = ['kuzu', 'neo4j'];

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
  file: string;
  params: string[];
  template: TemplateName[];
  returns: string;
  /** The list parameter whose elements each run the statement once (`// each:`), or null. */
  each: string | null;
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

function parseHeader(file: string, source: string): Omit<CatalogueEntry, 'dialect' | 'file'> {
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
  return { name, params: list('params'), template, returns: header.get('returns') ?? '', each, text };
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
    const dotted = /^(.*)\.(kuzu|neo4j)$/.exec(base);
    const stem = dotted ? dotted[1]! : base;
    const dialect: CatalogueEntry['dialect'] = dotted ? (dotted[2] as Dialect) : 'shared';
    const parsed = parseHeader(path.relative(dir, file), fs.readFileSync(file, 'utf8'));
    if (parsed.name !== stem) {
      throw new CatalogueError(
        `${path.relative(dir, file)}: header name "${parsed.name}" must equal the file name "${stem}"`,
      );
    }
    const key = `${parsed.name}@${dialect}`;
    if (seen.has(key)) {
      throw new CatalogueError(`Duplicate query "${parsed.name}" (${dialect}): ${seen.get(key)} and ${file}`);
    }
    seen.set(key, file);
    if (parsed.each && dialect === 'shared') {
      throw new CatalogueError(
        `${path.relative(dir, file)}: "// each:" belongs in a dialect file (the other dialect's file takes the list in one UNWIND)`,
      );
    }
    entries.push({ ...parsed, dialect, file });
  }
  return entries;
}

/** The queries one dialect runs, by name, with templates expanded on demand and cached. */
export class Catalogue {
  private readonly byName = new Map<string, CatalogueEntry>();
  private readonly expanded = new Map<string, string>();

  constructor(
    readonly dialect: Dialect,
    entries: CatalogueEntry[],
  ) {
    for (const e of entries) {
      if (e.dialect === dialect || (e.dialect === 'shared' && !this.byName.has(e.name))) {
        const text = e.text.replaceAll(`{{${ENTITY_PLACEHOLDER}}}`, ENTITY_LABEL_EXPRESSION[dialect]);
        this.byName.set(e.name, { ...e, text });
      }
    }
  }

  static load(dialect: Dialect, dir: string = DEFAULT_CATALOGUE_DIR): Catalogue {
    return new Catalogue(dialect, readCatalogueEntries(dir));
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
