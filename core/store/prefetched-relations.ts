/**
 * The stored relations a transaction of articles will look up, read before
 * it writes anything. Only relations the {@link StoredRelations} know to be
 * stored are read (most an article states are new); a table with many of
 * them in one statement for the whole batch (`relations-get-many`), a table
 * with few a row at a time (Kuzu 0.11 cannot find an UNWIND row's ends by
 * their keys, so a row costs 2–3 ms and a table's join 15–40 ms on 100k/300k,
 * `npm run bench -- --only store`).
 *
 * Its executor answers `relations-get` from what was read, for each relation
 * that nothing in the transaction has written since, and sends the rest on:
 * a relation written in the transaction is read from the database again, which
 * sees the transaction's own writes. A statement that might create or delete
 * relations without naming them (deleting an entity, any query it does not
 * know) empties it. It also records which relations the transaction created
 * and deleted, for the StoredRelations to learn once it commits.
 */
import type { ArticleGraph, EntityKind } from '../domain.js';
import { planRelations, type PlannedRelation } from './article-plan.js';
import type { Catalogue } from './catalogue.js';
import { groupByTable } from './kind-index.js';
import type { QueryExecutor } from './runner.js';
import type { RelationChanges, StoredRelations } from './stored-relations.js';
import { toGraphEdge } from './records.js';
import type { Row } from './values.js';

/** Statements that write no relation: they pass through and keep what was read. */
const RELATION_NEUTRAL = new Set([
  'article-state',
  'article-mentions',
  'article-upsert',
  'entity-nodes',
  'entities-create',
  'entities-update',
  'entities-counters',
  'mentions-create',
  'mentions-delete',
  'curation-source-save',
]);

/** Statements that may delete relations without naming them, and create none. */
const RELATION_DELETES = new Set(['entities-delete-orphans']);

/** Statements that write the relations their rows name (source, target in the template's table). */
const RELATION_WRITES = new Set(['relations-create', 'relations-update', 'relations-delete']);

type EndRow = { source: string; target: string };

/**
 * Stored relations of one table read a row at a time below this many, in one
 * join above: a row costs 2–3 ms, a join 15–40 ms on 100k/300k.
 */
const JOIN_FROM_ROWS = 12;

function keyOf(type: unknown, row: EndRow): string {
  return `${row.source}|${String(type)}|${row.target}`;
}

function endRows(rows: unknown): EndRow[] {
  return Array.isArray(rows) ? (rows as EndRow[]) : [];
}

export class PrefetchedRelations {
  /** Stored row of each relation read, or null when it was not stored. */
  private readonly known = new Map<string, Row | null>();
  /** Relations the transaction created (true) or deleted (false), the last write of each. */
  private readonly written = new Map<string, boolean>();

  /** False once a statement ran that might have created relations unseen: then only reads answer "absent". */
  private seesEveryCreate = true;

  private constructor(private readonly stored: StoredRelations) {}

  /**
   * Reads, in `tx` and before it writes, the relations among already stored
   * entities that `graphs` state. `storedKind` is the kind of an entity
   * stored before the transaction (undefined for the others); `stored` says
   * which relations are.
   */
  static async read(
    tx: QueryExecutor,
    catalogue: Catalogue,
    graphs: ArticleGraph[],
    storedKind: (id: string) => EntityKind | undefined,
    stored: StoredRelations,
  ): Promise<PrefetchedRelations> {
    const prefetched = new PrefetchedRelations(stored);
    const keys = new Map<string, PlannedRelation>();
    for (const graph of graphs) {
      const declared = new Map(graph.entities.map((e) => [e.id, e.kind]));
      const { planned } = planRelations(graph, (id) => storedKind(id) ?? declared.get(id));
      for (const r of planned) {
        if (!storedKind(r.source) || !storedKind(r.target)) continue;
        if (stored.has(r)) keys.set(keyOf(r.type, r), r);
        else prefetched.known.set(keyOf(r.type, r), null);
      }
    }
    for (const { table, relations } of groupByTable(keys.values(), storedKind)) {
      const rows = relations.map((r) => ({ source: r.source, target: r.target }));
      for (const row of rows) prefetched.known.set(keyOf(table.type, row), null);
      const query = rows.length < JOIN_FROM_ROWS ? 'relations-get' : catalogue.forManyRows('relations-get');
      for (const found of await tx.run(query, { rows }, table)) {
        // Both queries return the relation, whose id names its ends.
        const edge = toGraphEdge(found.edge);
        if (edge) prefetched.known.set(keyOf(table.type, edge), found);
      }
    }
    return prefetched;
  }

  /** `tx`, with `relations-get` answered from what was read while it still holds. */
  executor(tx: QueryExecutor): QueryExecutor {
    return {
      dialect: tx.dialect,
      run: async (name, params = {}, template = {}) => {
        if (name === 'relations-get') {
          const found: Row[] = [];
          const unknown: EndRow[] = [];
          for (const row of endRows(params.rows)) {
            const key = keyOf(template.type, row);
            const known = this.known.get(key);
            if (known) found.push(known);
            // Neither stored before the transaction nor created in it: there is nothing to read.
            else if (known === undefined && (!this.seesEveryCreate || this.stored.hasId(key) || this.written.get(key)))
              unknown.push(row);
          }
          if (unknown.length > 0)
            for (const row of await tx.run(name, { ...params, rows: unknown }, template)) found.push(row);
          return found;
        }
        if (RELATION_WRITES.has(name)) {
          for (const row of endRows(params.rows)) {
            const key = keyOf(template.type, row);
            this.known.delete(key);
            if (name !== 'relations-update') this.written.set(key, name === 'relations-create');
          }
        } else if (!RELATION_NEUTRAL.has(name)) {
          this.known.clear();
          if (!RELATION_DELETES.has(name)) this.seesEveryCreate = false;
        }
        return tx.run(name, params, template);
      },
    };
  }

  /** The relations the transaction created and deleted through {@link executor}. */
  changes(): RelationChanges {
    return this.written;
  }
}
