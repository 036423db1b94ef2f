/**
 * What every concern of the graph store shares: the runner that reaches the
 * database, where each entity id lives (its kind), the logger, and the write
 * generation that tells caches (PageRank, HTTP responses) when to drop. An
 * embedded store also holds its {@link EntityDirectory}.
 */
import type { EntityKind } from '../domain.js';
import { isEntityKind } from '../ontology.js';
import type { Logger } from '../logger.js';
import { EntityDirectory } from './entity-directory.js';
import { KindIndex } from './kind-index.js';
import type { CypherRunner, QueryExecutor } from './runner.js';
import { StoredRelations, type RelationChanges } from './stored-relations.js';
import { num, str, strList } from './values.js';

export class StoreContext {
  readonly kinds = new KindIndex();
  private writes = 0;
  private directoryLoad: Promise<EntityDirectory> | null = null;
  private relations: StoredRelations | null = null;

  constructor(
    readonly runner: CypherRunner,
    readonly logger: Logger,
  ) {}

  /** Only an embedded store has every writer in this process (see {@link GraphStore.generation}). */
  get embedded(): boolean {
    return this.runner.dialect === 'kuzu';
  }

  generation(): number | null {
    return this.embedded ? this.writes : null;
  }

  /** Records that this process committed a change to the stored graph; returns the new generation. */
  wrote(): number {
    return ++this.writes;
  }

  /**
   * The in-process directory of every entity (embedded store only; null on
   * Neo4j, where other processes write too). Built on first use from one scan
   * of the entity tables, off the start path; writes wait for it.
   */
  directory(): Promise<EntityDirectory> | null {
    if (!this.embedded) return null;
    this.directoryLoad ??= this.loadDirectory().catch((error: unknown) => {
      this.directoryLoad = null;
      throw error;
    });
    return this.directoryLoad;
  }

  /** Forgets the directory after a write it cannot follow (a bulk import): the next use reads it anew. */
  reloadDirectory(): void {
    this.directoryLoad = null;
    this.relations = null;
  }

  /**
   * The embedded store's {@link StoredRelations}, read in the write
   * transaction `tx` on first use (and after {@link reloadDirectory}); null on Neo4j.
   */
  async storedRelations(tx: QueryExecutor): Promise<StoredRelations | null> {
    if (!this.embedded) return null;
    this.relations ??= await StoredRelations.read(tx);
    return this.relations;
  }

  /** Tells the StoredRelations what a committed transaction created and deleted (a no-op until they are read). */
  storedRelationsChanged(changes: RelationChanges): void {
    this.relations?.apply(changes);
  }

  private async loadDirectory(): Promise<EntityDirectory> {
    const generation = this.writes;
    const rows = await this.runner.run('entities-all');
    const entries = rows.flatMap((r) =>
      isEntityKind(r.kind)
        ? [
            {
              id: str(r, 'id'),
              kind: r.kind,
              name: str(r, 'name'),
              aliases: strList(r, 'aliases'),
              roles: strList(r, 'roles'),
              degree: num(r, 'degree'),
            },
          ]
        : [],
    );
    return EntityDirectory.of(entries, generation);
  }

  /** The kinds of the stored entities among `ids` (unknown ids are absent). */
  async locate(ids: Iterable<string>): Promise<Map<string, EntityKind>> {
    const directory = this.directory();
    if (!directory) return this.kinds.locate(ids, this.runner);
    const d = await directory;
    const found = new Map<string, EntityKind>();
    for (const id of ids) {
      const kind = d.get(id)?.kind;
      if (kind) found.set(id, kind);
    }
    return found;
  }

  /** Remembers a kind read from the database (a no-op where the directory knows every entity). */
  remember(id: string, kind: EntityKind): void {
    if (!this.embedded) this.kinds.remember(id, kind);
  }
}
