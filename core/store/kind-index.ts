/**
 * Which kind (table / label) each entity id lives under. Lookups by id are
 * index scans only when the query names the label (an unlabelled Kuzu match
 * scans every table), so the store finds the kind first. Kinds never change
 * for a stored id; entries are dropped when entities may have been deleted.
 */
import type { EntityKind, RelationType } from '../ontology.js';
import { isEntityKind } from '../ontology.js';
import type { RelationKey } from '../relation-id.js';
import type { QueryExecutor } from './runner.js';

export class KindIndex {
  private readonly known = new Map<string, EntityKind>();

  /** The kinds of the stored entities among `ids` (unknown ids are absent from the result). */
  async locate(ids: Iterable<string>, executor: QueryExecutor): Promise<Map<string, EntityKind>> {
    const found = new Map<string, EntityKind>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const kind = this.known.get(id);
      if (kind) found.set(id, kind);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const row of await executor.run('entity-locate', { ids: missing })) {
        if (typeof row.id === 'string' && isEntityKind(row.kind)) {
          found.set(row.id, row.kind);
          this.known.set(row.id, row.kind);
        }
      }
    }
    return found;
  }

  remember(id: string, kind: EntityKind): void {
    this.known.set(id, kind);
  }

  forget(ids: Iterable<string>): void {
    for (const id of ids) this.known.delete(id);
  }
}

/** Ids grouped by kind, for queries that name one label at a time. */
export function groupByKind(ids: Iterable<string>, kinds: Map<string, EntityKind>): Map<EntityKind, string[]> {
  const groups = new Map<EntityKind, string[]>();
  for (const id of new Set(ids)) {
    const kind = kinds.get(id);
    if (!kind) continue;
    const list = groups.get(kind);
    if (list) list.push(id);
    else groups.set(kind, [id]);
  }
  return groups;
}

/** Where relations of one type between two kinds are stored: the template of every relation query. */
export interface RelationTable {
  from: EntityKind;
  type: RelationType;
  to: EntityKind;
}

/**
 * Relations grouped by the table they live in, for statements that write or
 * read a table's rows together; those with an endpoint of unknown kind are left out.
 */
export function groupByTable<T extends RelationKey>(
  relations: Iterable<T>,
  kindOf: (id: string) => EntityKind | undefined,
): Array<{ table: RelationTable; relations: T[] }> {
  const groups = new Map<string, { table: RelationTable; relations: T[] }>();
  for (const r of relations) {
    const from = kindOf(r.source);
    const to = kindOf(r.target);
    if (!from || !to) continue;
    const key = `${from}|${r.type}|${to}`;
    const group = groups.get(key);
    if (group) group.relations.push(r);
    else groups.set(key, { table: { from, type: r.type, to }, relations: [r] });
  }
  return [...groups.values()];
}
