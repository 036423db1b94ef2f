/**
 * Which relations an embedded store holds, kept in this process by the
 * writer (one process owns a Kuzu database, as for the entity directory).
 * Most relations an article states are new, and Kuzu 0.11 reads a relation
 * by its ends at 2–3 ms a row (or 15–40 ms a table) on 100k/300k: knowing
 * which ones are stored, the writer reads only those.
 *
 * It is read inside a write transaction (so no commit runs while it is
 * read), learns a transaction's creates and deletes once it commits, and is
 * dropped whenever something writes outside the article writer. A relation
 * it wrongly believes stored costs one read that finds nothing; one it
 * wrongly believes absent would be created twice, so every create goes
 * through {@link StoredRelations.apply} or a reload.
 */
import { RELATION_TYPES } from '../ontology.js';
import { relationId, type RelationKey } from '../relation-id.js';
import type { QueryExecutor } from './runner.js';
import { str } from './values.js';

/** What a committed transaction left of the relations it created or deleted: by id, whether it is stored. */
export type RelationChanges = ReadonlyMap<string, boolean>;

export class StoredRelations {
  private constructor(private readonly ids: Set<string>) {}

  /** Reads the ends of every stored relation, a type at a time. */
  static async read(tx: QueryExecutor): Promise<StoredRelations> {
    const ids = new Set<string>();
    for (const type of RELATION_TYPES) {
      for (const row of await tx.run('relations-ends', {}, { type })) {
        ids.add(relationId({ source: str(row, 'source'), type, target: str(row, 'target') }));
      }
    }
    return new StoredRelations(ids);
  }

  has(key: RelationKey): boolean {
    return this.ids.has(relationId(key));
  }

  /** Whether the relation with this id (`source|TYPE|target`) is stored. */
  hasId(id: string): boolean {
    return this.ids.has(id);
  }

  get size(): number {
    return this.ids.size;
  }

  apply(changes: RelationChanges): void {
    for (const [id, stored] of changes) {
      if (stored) this.ids.add(id);
      else this.ids.delete(id);
    }
  }
}
