/**
 * The writes of a transaction of many articles that can wait for its end,
 * merged across the articles: entity updates (one row per entity, its deltas
 * summed, its names from the last article, which saw the earlier ones) and
 * new relations (one group per relation table). At the end each group is
 * one statement instead of one per article, which is what a batch saves: on
 * Kuzu 0.11 a statement that joins rows with a node table pays a scan of the
 * table's ids however few rows it carries, and a relation created a row at
 * a time pays ~2 ms per row, so a table's many rows go in one statement
 * (`relations-create-many`). Measured by `npm run bench -- --only store`.
 *
 * A statement that might read or change what is held runs only after it is
 * written: a relation read, updated or deleted flushes the new relations of
 * its table; any statement not known to be independent flushes everything.
 */
import type { Catalogue, TemplateArgs } from './catalogue.js';
import type { QueryExecutor } from './runner.js';
import type { Row } from './values.js';

/** Statements independent of everything held: they run at once and keep it waiting. */
const INDEPENDENT = new Set([
  // An article is at most once in a transaction; its mentions link it to entities already written, held updates or not.
  'article-state',
  'article-upsert',
  'article-mentions',
  'mentions-create',
  'mentions-delete',
  'curation-source-save',
  // New entities: none of them is among the held updates, which are of entities stored before.
  'entities-create',
  // Adds to counters, as the held updates do: the two commute.
  'entities-counters',
]);

/** Statements about the relations of the template's table. */
const RELATION_STATEMENTS = new Set(['relations-get', 'relations-update', 'relations-delete']);

type Rows = Array<Record<string, unknown>>;

/** The held queries; each is written as one statement per group. */
const ENTITY_UPDATES = 'entities-update';
const RELATION_CREATES = 'relations-create';

/**
 * A relation table's held rows go in one `relations-create-many` statement
 * (where the catalogue's relations-create runs once per row and that one
 * exists) from this many: below, a statement per row is cheaper (~2 ms a row
 * against 35–50 ms a statement on 100k/300k).
 */
const MANY_RELATIONS_FROM_ROWS = 24;

/** The counters an entity update adds to; the rest of its row replaces what an earlier article wrote. */
const DELTAS = ['degreeDelta', 'articleDelta', 'mentionDelta'] as const;

interface Group {
  name: string;
  template: TemplateArgs;
  rows: Rows;
}

const groupKey = (name: string, template: TemplateArgs) => `${name}|${JSON.stringify(template)}`;

export class DeferredWrites {
  private readonly groups = new Map<string, Group>();
  /** Held entity updates by group key and entity id, for merging a later article's row into an earlier one's. */
  private readonly entityRows = new Map<string, Map<string, Record<string, unknown>>>();

  /** The query that writes a table's many new relations. */
  private readonly createsMany: string;

  constructor(catalogue: Catalogue) {
    this.createsMany = catalogue.forManyRows(RELATION_CREATES);
  }

  /** `tx`, holding back what can wait and flushing it before whatever might see it. */
  executor(tx: QueryExecutor): QueryExecutor {
    return {
      dialect: tx.dialect,
      run: async (name, params = {}, template = {}): Promise<Row[]> => {
        if (name === ENTITY_UPDATES || name === RELATION_CREATES) {
          this.hold(name, Array.isArray(params.rows) ? (params.rows as Rows) : [], template);
          return [];
        }
        if (RELATION_STATEMENTS.has(name)) await this.flushGroup(tx, groupKey(RELATION_CREATES, template));
        else if (!INDEPENDENT.has(name)) await this.flush(tx);
        return tx.run(name, params, template);
      },
    };
  }

  /** Writes everything held, a statement per group. */
  async flush(tx: QueryExecutor): Promise<void> {
    for (const key of [...this.groups.keys()]) await this.flushGroup(tx, key);
  }

  private hold(name: string, rows: Rows, template: TemplateArgs): void {
    const key = groupKey(name, template);
    const group = this.groups.get(key) ?? { name, template, rows: [] };
    this.groups.set(key, group);
    if (name !== ENTITY_UPDATES) {
      for (const row of rows) group.rows.push(row);
      return;
    }
    const byId = this.entityRows.get(key) ?? new Map<string, Record<string, unknown>>();
    this.entityRows.set(key, byId);
    for (const row of rows) {
      const earlier = byId.get(String(row.id));
      if (!earlier) {
        const held = { ...row };
        byId.set(String(row.id), held);
        group.rows.push(held);
        continue;
      }
      const sums = Object.fromEntries(DELTAS.map((d) => [d, Number(earlier[d] ?? 0) + Number(row[d] ?? 0)]));
      Object.assign(earlier, row, sums);
    }
  }

  private async flushGroup(tx: QueryExecutor, key: string): Promise<void> {
    const group = this.groups.get(key);
    if (!group) return;
    this.groups.delete(key);
    this.entityRows.delete(key);
    const many = group.name === RELATION_CREATES && group.rows.length >= MANY_RELATIONS_FROM_ROWS;
    await tx.run(many ? this.createsMany : group.name, { rows: group.rows }, group.template);
  }
}
