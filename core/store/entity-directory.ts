/**
 * Every stored entity of an embedded store, held in this process: its kind,
 * names, roles and degree, with a full-text index (MiniSearch) over names and
 * aliases. One process owns a Kuzu database, so it can own this too: built
 * from the database at open, changed only after a write commits (with the
 * states the write produced), it is never ahead of the data, and a crash
 * loses nothing (the next open rebuilds it). It answers search, "which kind
 * is this id", and the writer's "what is stored for these entities" without a
 * query, so the entity tables carry no full-text index and writes batch.
 */
import MiniSearch from 'minisearch';
import type { EntityKind } from '../domain.js';
import { MIN_FUZZY_LENGTH, tokens } from './search-terms.js';

/** What the store keeps in memory about one entity. */
export interface DirectoryEntry {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  roles: string[];
  degree: number;
}

/** A candidate from the index, before the search module ranks it. */
export interface DirectoryMatch {
  entry: DirectoryEntry;
  /** MiniSearch's own relevance (BM25 with prefix and fuzzy weights). */
  score: number;
}

/** Read access to entity states: the directory itself, or a transaction's view of it. */
export interface EntityLookup {
  get(id: string): DirectoryEntry | undefined;
}

/** What a committed write changed in the entity set. */
export interface EntityChanges {
  upserted: DirectoryEntry[];
  removed: string[];
}

/**
 * The directory as one transaction sees it: the changes of the articles it
 * already wrote over the committed state, applied to the directory only when
 * the transaction commits.
 */
export class StagedDirectory implements EntityLookup {
  private readonly staged = new Map<string, DirectoryEntry | null>();

  constructor(private readonly base: EntityLookup) {}

  get(id: string): DirectoryEntry | undefined {
    const staged = this.staged.get(id);
    return staged === null ? undefined : (staged ?? this.base.get(id));
  }

  stage(changes: EntityChanges): void {
    for (const id of changes.removed) this.staged.set(id, null);
    for (const e of changes.upserted) this.staged.set(e.id, e);
  }

  /** Everything staged, as one set of changes. */
  changes(): EntityChanges {
    const upserted: DirectoryEntry[] = [];
    const removed: string[] = [];
    for (const [id, e] of this.staged) {
      if (e) upserted.push(e);
      else removed.push(id);
    }
    return { upserted, removed };
  }
}

interface IndexedDoc {
  id: string;
  names: string;
}

export class EntityDirectory implements EntityLookup {
  private readonly entries = new Map<string, DirectoryEntry>();
  private readonly index = new MiniSearch<IndexedDoc>({
    fields: ['names'],
    tokenize: (text) => tokens(text),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => tokens(text), processTerm: (term) => term },
  });
  /** The store generation whose commits this directory reflects. */
  private generationSeen = 0;

  /** A directory filled from every stored entity, reflecting `generation`. */
  static of(entries: Iterable<DirectoryEntry>, generation: number): EntityDirectory {
    const directory = new EntityDirectory();
    const docs: IndexedDoc[] = [];
    for (const e of entries) {
      directory.entries.set(e.id, e);
      docs.push(EntityDirectory.doc(e));
    }
    directory.index.addAll(docs);
    directory.generationSeen = generation;
    return directory;
  }

  private static doc(e: DirectoryEntry): IndexedDoc {
    return { id: e.id, names: [e.name, ...e.aliases].join(' \n ') };
  }

  get generation(): number {
    return this.generationSeen;
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): DirectoryEntry | undefined {
    return this.entries.get(id);
  }

  /**
   * Applies what one committed write changed: new and changed entities (their
   * whole state after the write), removed ones, and the generation it made.
   */
  apply(change: EntityChanges & { generation: number }): void {
    for (const id of change.removed) {
      if (this.entries.delete(id)) this.index.discard(id);
    }
    for (const e of change.upserted) {
      const before = this.entries.get(e.id);
      this.entries.set(e.id, e);
      const names = EntityDirectory.doc(e).names;
      if (!before) this.index.add(EntityDirectory.doc(e));
      else if (names !== EntityDirectory.doc(before).names) this.index.replace(EntityDirectory.doc(e));
    }
    this.generationSeen = change.generation;
  }

  /**
   * Entities whose names or aliases match the query: every word as typed or,
   * for the last word (still being typed), as a prefix; with `fuzzy`, also
   * within one edit (two for words of five letters or more: a swap of neighbours is two).
   */
  match(query: string, options: { kinds: ReadonlySet<EntityKind>; fuzzy: boolean; top: number }): DirectoryMatch[] {
    const results = this.index.search(query, {
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => (!options.fuzzy || term.length < MIN_FUZZY_LENGTH ? false : term.length >= 5 ? 2 : 1),
      combineWith: 'OR',
    });
    const out: DirectoryMatch[] = [];
    for (const r of results) {
      const entry = this.entries.get(r.id as string);
      if (!entry || !options.kinds.has(entry.kind)) continue;
      out.push({ entry, score: r.score });
      if (out.length >= options.top) break;
    }
    return out;
  }
}
