/**
 * The stored relations a batch of articles will look up, read before the
 * batch writes anything, one statement per table (type between two kinds) for
 * the whole batch. Kuzu 0.11 cannot find an UNWIND row's ends by their keys,
 * so the writer reads an article's relations one statement per row (1–3 ms
 * each at 100k entities); one join per table reads a batch's rows for a
 * fraction of that (`npm run bench -- --only store`).
 *
 * Its executor answers `relations-get` from what was read, for each relation
 * that nothing in the transaction has written since, and sends the rest on:
 * a relation written in the transaction is read from the database again, which
 * sees the transaction's own writes. A statement that might create or delete
 * relations without naming them (deleting an entity, any query it does not
 * know) empties it.
 */
import type { ArticleGraph, EntityKind } from '../domain.js';
import { planRelations, type PlannedRelation } from './article-plan.js';
import { groupByTable } from './kind-index.js';
import type { QueryExecutor } from './runner.js';
import { str, type Row } from './values.js';

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

/** Statements that write the relations their rows name (source, target in the template's table). */
const RELATION_WRITES = new Set(['relations-create', 'relations-update', 'relations-delete']);

type EndRow = { source: string; target: string };

function keyOf(type: unknown, row: EndRow): string {
  return `${row.source}|${String(type)}|${row.target}`;
}

function endRows(rows: unknown): EndRow[] {
  return Array.isArray(rows) ? (rows as EndRow[]) : [];
}

export class PrefetchedRelations {
  /** Stored row of each relation read, or null when it was not stored. */
  private readonly known = new Map<string, Row | null>();

  /**
   * Reads, in `tx` and before it writes, the relations among already stored
   * entities that `graphs` state. `storedKind` is the kind of an entity
   * stored before the transaction (undefined for the others).
   */
  static async read(
    tx: QueryExecutor,
    graphs: ArticleGraph[],
    storedKind: (id: string) => EntityKind | undefined,
  ): Promise<PrefetchedRelations> {
    const prefetched = new PrefetchedRelations();
    const keys = new Map<string, PlannedRelation>();
    for (const graph of graphs) {
      const declared = new Map(graph.entities.map((e) => [e.id, e.kind]));
      const { planned } = planRelations(graph, (id) => storedKind(id) ?? declared.get(id));
      for (const r of planned) {
        if (storedKind(r.source) && storedKind(r.target)) keys.set(keyOf(r.type, r), r);
      }
    }
    for (const { table, relations } of groupByTable(keys.values(), storedKind)) {
      const rows = relations.map((r) => ({ source: r.source, target: r.target }));
      for (const row of rows) prefetched.known.set(keyOf(table.type, row), null);
      for (const found of await tx.run('relations-get-many', { rows }, table)) {
        prefetched.known.set(keyOf(table.type, { source: str(found, 'source'), target: str(found, 'target') }), found);
      }
    }
    return prefetched;
  }

  /** `tx`, with `relations-get` answered from what was read while it still holds. */
  executor(tx: QueryExecutor): QueryExecutor {
    return {
      run: async (name, params = {}, template = {}) => {
        if (name === 'relations-get') {
          const found: Row[] = [];
          const unknown: EndRow[] = [];
          for (const row of endRows(params.rows)) {
            const known = this.known.get(keyOf(template.type, row));
            if (known === undefined) unknown.push(row);
            else if (known) found.push(known);
          }
          if (unknown.length > 0) found.push(...(await tx.run(name, { ...params, rows: unknown }, template)));
          return found;
        }
        if (RELATION_WRITES.has(name))
          for (const row of endRows(params.rows)) this.known.delete(keyOf(template.type, row));
        else if (!RELATION_NEUTRAL.has(name)) this.known.clear();
        return tx.run(name, params, template);
      },
    };
  }
}
