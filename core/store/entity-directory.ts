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
import type SearchableMap from 'minisearch/SearchableMap';
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

/**
 * A query word whose terms name more entities than this is common (see
 * {@link EntityDirectory.match}): MiniSearch spends about a microsecond on
 * each entity it scores, all on the event loop.
 */
const COMMON_WORD = 300;
/** Answers to queries of common words kept until the next write (each at most a page of ids). */
const REMEMBERED_COMMON_QUERIES = 1_000;

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
  /**
   * MiniSearch's own terms: each term's entities (per field, by internal id),
   * in the radix tree its prefix and fuzzy search walk, and the entity ids of
   * its internal ids. How common a query word is, and which entities common
   * words name, are read where MiniSearch keeps them: a second tree of the
   * same terms took 46 MB more heap at 100k entities, 450 MB at 1M, and
   * MiniSearch's own search, told to score nothing, took 2.3–3.4 ms (p50)
   * where this walk takes 1.6–2.3 for a common prefix at 100k. It is MiniSearch's
   * private state (7.x): the constructor checks that it is there, and the
   * directory's tests of common words fail if its meaning changes.
   */
  private readonly terms: SearchableMap<ReadonlyMap<number, ReadonlyMap<number, number>>>;
  private readonly documentIds: ReadonlyMap<number, string>;

  constructor() {
    const internals = this.index as unknown as { _index?: unknown; _documentIds?: unknown };
    const terms = internals._index;
    if (
      !terms ||
      typeof (terms as SearchableMap).atPrefix !== 'function' ||
      typeof (terms as SearchableMap).fuzzyGet !== 'function' ||
      !(internals._documentIds instanceof Map)
    )
      throw new Error(
        'MiniSearch no longer keeps its terms in a SearchableMap (_index) and its ids in a Map (_documentIds): update EntityDirectory.postings',
      );
    this.terms = terms as typeof this.terms;
    this.documentIds = internals._documentIds as ReadonlyMap<number, string>;
  }
  /** {@link EntityDirectory.bestConnected}'s answers, until the next write. */
  private readonly commonMatches = new Map<string, string[]>();
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
      if (before && names === EntityDirectory.doc(before).names) continue;
      if (!before) this.index.add(EntityDirectory.doc(e));
      else this.index.replace(EntityDirectory.doc(e));
    }
    // Degrees and names changed: the best connected may be others now.
    this.commonMatches.clear();
    this.generationSeen = change.generation;
  }

  /**
   * Entities whose names or aliases match the query: every word as typed or,
   * for the last word (still being typed), as a prefix; with `fuzzy`, also
   * within one edit (two for words of five letters or more: a swap of neighbours is two).
   *
   * MiniSearch scores every entity a matched term names, then sorts them all:
   * a word in a fifth of all names ("group", "ministry", or "gruop" read
   * fuzzily) cost tens of milliseconds of a blocked event loop. So a word
   * whose terms name more than {@link COMMON_WORD} entities is common: it
   * finds nothing itself when the query has other words (the ranking still
   * reads every word of the query), and a query of common words alone gets
   * the best-connected entities they name (as the ranking breaks ties),
   * chosen once per write generation.
   */
  match(query: string, options: { kinds: ReadonlySet<EntityKind>; fuzzy: boolean; top: number }): DirectoryMatch[] {
    const words = tokens(query);
    const last = words.at(-1);
    const fuzziness = (term: string) =>
      !options.fuzzy || term.length < MIN_FUZZY_LENGTH ? 0 : term.length >= 5 ? 2 : 1;
    const common = new Set(words.filter((w) => this.reach(w, w === last, fuzziness(w)) > COMMON_WORD));
    const specific = words.filter((w) => !common.has(w));
    if (specific.length === 0) return this.bestConnected(words, last, fuzziness, options);
    const results = this.index.search(specific.join(' '), {
      // The last word of the query only: a specific word before a common last one is complete.
      prefix: (term, i, terms) => i === terms.length - 1 && term === last,
      fuzzy: fuzziness,
      combineWith: 'OR',
    });
    const out: DirectoryMatch[] = [];
    for (const r of results) {
      const entry = this.entries.get(r.id as string);
      if (!entry || !options.kinds.has(entry.kind)) continue;
      out.push({ entry, score: r.score });
      if (out.length >= options.top) break;
    }
    // Specific words that name nothing leave the common ones.
    return out.length === 0 && common.size > 0 ? this.bestConnected([...common], last, fuzziness, options) : out;
  }

  /**
   * The entities (by MiniSearch's internal id) of each term a query word
   * matches: the word itself, then (as a prefix) the longer terms it starts,
   * then the terms within `fuzziness` edits. MiniSearch drops a discarded
   * entity from a term lazily, so a posting may hold a few removed ones.
   */
  private *postings(word: string, prefix: boolean, fuzziness: number): Generator<ReadonlyMap<number, number>> {
    // One field (names): a term's entities are its only field's map.
    const entities = (fields: ReadonlyMap<number, ReadonlyMap<number, number>> | undefined) =>
      fields?.values().next().value;
    const exact = entities(this.terms.get(word));
    if (exact) yield exact;
    if (prefix) {
      for (const [term, fields] of this.terms.atPrefix(word)) {
        const found = term === word ? undefined : entities(fields);
        if (found) yield found;
      }
    }
    if (fuzziness > 0) {
      for (const [term, [fields]] of this.terms.fuzzyGet(word, fuzziness)) {
        const found = term === word || (prefix && term.startsWith(word)) ? undefined : entities(fields);
        if (found) yield found;
      }
    }
  }

  /**
   * How many entities the terms a query word matches name (counted per term,
   * so an entity may count twice), stopping once past {@link COMMON_WORD}:
   * good enough to judge commonness.
   */
  private reach(word: string, prefix: boolean, fuzziness: number): number {
    let n = 0;
    for (const entities of this.postings(word, prefix, fuzziness)) {
      n += entities.size;
      if (n > COMMON_WORD) return n;
    }
    return n;
  }

  /**
   * The best-connected entities of the wanted kinds that the (common) words
   * name, more of the words first: read from each word's postings, with no
   * scoring. Remembered until the next write.
   */
  private bestConnected(
    words: string[],
    last: string | undefined,
    fuzziness: (term: string) => number,
    options: { kinds: ReadonlySet<EntityKind>; top: number },
  ): DirectoryMatch[] {
    const key = JSON.stringify([words, fuzziness(last ?? ''), [...options.kinds].sort(), options.top]);
    let ids = this.commonMatches.get(key);
    if (!ids) {
      // How many of the words name each entity, by MiniSearch's internal id.
      const named = new Map<number, number>();
      for (const word of new Set(words)) {
        const matched = new Set<number>();
        for (const entities of this.postings(word, word === last, fuzziness(word))) {
          for (const internal of entities.keys()) {
            if (matched.has(internal)) continue;
            matched.add(internal);
            named.set(internal, (named.get(internal) ?? 0) + 1);
          }
        }
      }
      const found: Array<{ entry: DirectoryEntry; words: number }> = [];
      for (const [internal, n] of named) {
        const id = this.documentIds.get(internal);
        const entry = id === undefined ? undefined : this.entries.get(id);
        if (entry && options.kinds.has(entry.kind)) found.push({ entry, words: n });
      }
      ids = topBy(
        found,
        options.top,
        (a, b) => a.words - b.words || a.entry.degree - b.entry.degree || (a.entry.id < b.entry.id ? 1 : -1),
      ).map((f) => f.entry.id);
      // Distinct queries between two writes are unbounded: the oldest answer goes first.
      if (this.commonMatches.size >= REMEMBERED_COMMON_QUERIES)
        this.commonMatches.delete(this.commonMatches.keys().next().value!);
      this.commonMatches.set(key, ids);
    }
    return ids.map((id) => ({ entry: this.entries.get(id)!, score: 0 }));
  }
}

/**
 * The `n` best of `items` by `better` (positive: a is better), best first,
 * without sorting them all: a word in a fifth of all names names 20,000.
 */
function topBy<T>(items: Iterable<T>, n: number, better: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length === n && (n === 0 || better(item, best[n - 1]!) <= 0)) continue;
    let at = best.length;
    while (at > 0 && better(item, best[at - 1]!) > 0) at--;
    best.splice(at, 0, item);
    if (best.length > n) best.pop();
  }
  return best;
}
