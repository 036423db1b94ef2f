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
import { DegreeOrder } from './degree-order.js';
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
/**
 * A common word whose terms name more entities than this is broad: for a
 * query with one, the best-connected entities are sought from the most
 * connected down ({@link EntityDirectory.scanByDegree}) rather than among all
 * its words name.
 */
const BROAD_WORD = 1_000;
/**
 * A word of a query of several whose terms name no more entities than this
 * is narrow: the entities every word names are read from its postings.
 */
const NARROW_WORD = 5_000;
/** Terms a word may match for its postings to be asked whether it names an entity (see `namedBy`). */
const FEW_TERMS = 8;
/** Entities a scan by degree reads before it gives way to the postings. */
const SCAN_BUDGET = 20_000;
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
   * in the radix tree its prefix and fuzzy search walk, and the internal id
   * of each entity id. How common a query word is, and which entities common
   * words name, are read where MiniSearch keeps them: a second tree of the
   * same terms took 46 MB more heap at 100k entities, 450 MB at 1M, and
   * MiniSearch's own search, told to score nothing, took 2.3–3.4 ms (p50)
   * where this walk takes 1.6–2.3 for a common prefix at 100k. It is MiniSearch's
   * private state (7.x): the constructor checks that it is there, and the
   * directory's tests of common words fail if its meaning changes.
   */
  private readonly terms: SearchableMap<ReadonlyMap<number, ReadonlyMap<number, number>>>;
  private readonly internalIds: ReadonlyMap<string, number>;
  /**
   * Each indexed entity by MiniSearch's internal id (a dense counter), so a
   * walk of postings reads degree and kind without hashing an id: the 145k
   * entities "group" names at 1M took 170 ms (p50) to rank through two maps,
   * 44 ms this way. Unset for a discarded id that a posting still holds.
   */
  private readonly byInternal: Array<DirectoryEntry | undefined> = [];
  private counters = { named: new Uint16Array(0), countedFor: new Uint16Array(0) };
  private readonly degreeOrder = new DegreeOrder({
    size: () => this.byInternal.length,
    degreeOf: (internal) => this.byInternal[internal]?.degree,
  });
  /** The name tokens of entities a scan by degree has read, by internal id (the best connected, mostly). */
  private readonly tokensByInternal: Array<string[] | undefined> = [];

  /** `scanBudget`: entities a scan by degree reads before it gives way (tests make it small to take the way round). */
  constructor(private readonly scanBudget = SCAN_BUDGET) {
    const internals = this.index as unknown as { _index?: unknown; _idToShortId?: unknown };
    const terms = internals._index;
    if (
      !terms ||
      typeof (terms as SearchableMap).atPrefix !== 'function' ||
      typeof (terms as SearchableMap).fuzzyGet !== 'function' ||
      !(internals._idToShortId instanceof Map)
    )
      throw new Error(
        'MiniSearch no longer keeps its terms in a SearchableMap (_index) and its internal ids in a Map (_idToShortId): update EntityDirectory.postings',
      );
    this.terms = terms as typeof this.terms;
    this.internalIds = internals._idToShortId as ReadonlyMap<string, number>;
  }
  /**
   * The postings of the query words {@link EntityDirectory.reach} walked to their end, for the query being
   * answered: walking MiniSearch's tree costs about 2 µs a term, and a common prefix has hundreds.
   */
  private readonly walked = new Map<string, Array<ReadonlyMap<number, number>>>();
  /** {@link EntityDirectory.bestConnected}'s answers, until the next write. */
  private readonly commonMatches = new Map<string, string[]>();
  /** The store generation whose commits this directory reflects. */
  private generationSeen = 0;

  /** A directory filled from every stored entity, reflecting `generation`. */
  static of(entries: Iterable<DirectoryEntry>, generation: number, scanBudget = SCAN_BUDGET): EntityDirectory {
    const directory = new EntityDirectory(scanBudget);
    const docs: IndexedDoc[] = [];
    for (const e of entries) {
      directory.entries.set(e.id, e);
      docs.push(EntityDirectory.doc(e));
    }
    directory.index.addAll(docs);
    for (const e of directory.entries.values()) directory.byInternal[directory.internalIds.get(e.id)!] = e;
    directory.degreeOrder.resort();
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
      if (!this.entries.delete(id)) continue;
      this.untrack(id);
      this.index.discard(id);
    }
    for (const e of change.upserted) {
      const before = this.entries.get(e.id);
      this.entries.set(e.id, e);
      const names = EntityDirectory.doc(e).names;
      if (before && names !== EntityDirectory.doc(before).names) {
        this.untrack(e.id);
        this.index.replace(EntityDirectory.doc(e));
      } else if (!before) this.index.add(EntityDirectory.doc(e));
      this.track(e);
    }
    // Degrees and names changed: the best connected may be others now.
    this.commonMatches.clear();
    this.generationSeen = change.generation;
  }

  /**
   * Per-entity counters of {@link EntityDirectory.bestConnected}, zero
   * between calls (it clears what it touched): a fresh pair for each query
   * was megabytes to allocate and collect at 1M entities.
   */
  private scratch(): { named: Uint16Array; countedFor: Uint16Array } {
    if (this.counters.named.length < this.byInternal.length) {
      const size = Math.ceil(this.byInternal.length * 1.5);
      this.counters = { named: new Uint16Array(size), countedFor: new Uint16Array(size) };
    }
    return this.counters;
  }

  /** Files an indexed entity's current state under its internal id. */
  private track(e: DirectoryEntry): void {
    const internal = this.internalIds.get(e.id)!;
    const before = this.byInternal[internal];
    this.byInternal[internal] = e;
    if (before?.degree !== e.degree) this.degreeOrder.touch(internal);
  }

  /** Before MiniSearch drops an id: its postings may still hold the internal id. */
  private untrack(id: string): void {
    const internal = this.internalIds.get(id);
    if (internal === undefined) return;
    this.byInternal[internal] = this.tokensByInternal[internal] = undefined;
    this.degreeOrder.touch(internal);
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
    this.walked.clear();
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
    const exactFields = this.terms.get(word);
    const exact = entities(exactFields);
    if (exact) yield exact;
    if (prefix) {
      // Values only: building each longer term's string took most of a walk over thousands of them.
      for (const fields of this.terms.atPrefix(word).values()) {
        const found = fields === exactFields ? undefined : entities(fields);
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
   * so an entity may count twice), stopping once past `limit`: good enough to
   * judge commonness.
   */
  private reach(word: string, prefix: boolean, fuzziness: number, limit = COMMON_WORD): number {
    const key = postingsKey(word, prefix, fuzziness);
    const known = this.walked.get(key);
    if (known) return known.reduce((n, entities) => n + entities.size, 0);
    let n = 0;
    const seen: Array<ReadonlyMap<number, number>> = [];
    for (const entities of this.postings(word, prefix, fuzziness)) {
      n += entities.size;
      if (n > limit) return n;
      seen.push(entities);
    }
    // Walked to the end: the rest of this query reads the word's postings from here, not from the tree again.
    this.walked.set(key, seen);
    return n;
  }

  /** A word's postings: those {@link EntityDirectory.reach} walked whole during this query, else a walk of the tree. */
  private postingsOf(word: string, prefix: boolean, fuzziness: number): Iterable<ReadonlyMap<number, number>> {
    return this.walked.get(postingsKey(word, prefix, fuzziness)) ?? this.postings(word, prefix, fuzziness);
  }

  /**
   * The best-connected entities of the wanted kinds that the (common) words
   * name, more of the words first, with no scoring. Remembered until the next
   * write.
   */
  private bestConnected(
    words: string[],
    last: string | undefined,
    fuzziness: (term: string) => number,
    options: CommonQuery['options'],
  ): DirectoryMatch[] {
    const key = JSON.stringify([words, fuzziness(last ?? ''), [...options.kinds].sort(), options.top]);
    let ids = this.commonMatches.get(key);
    if (!ids) {
      const query: CommonQuery = { words: [...new Set(words)], last, fuzziness, options };
      const found = this.seekByDegree(query) ?? this.walkPostings(query);
      ids = found.map((e) => e.id);
      // Distinct queries between two writes are unbounded: the oldest answer goes first.
      if (this.commonMatches.size >= REMEMBERED_COMMON_QUERIES)
        this.commonMatches.delete(this.commonMatches.keys().next().value!);
      this.commonMatches.set(key, ids);
    }
    return ids.map((id) => ({ entry: this.entries.get(id)!, score: 0 }));
  }

  /** {@link EntityDirectory.bestConnected} from every entity each word's postings name. */
  private walkPostings({ words, last, fuzziness, options }: CommonQuery): DirectoryEntry[] {
    // How many of the words name each entity, by MiniSearch's internal id; which word counted it last.
    const { named, countedFor } = this.scratch();
    const found: number[] = [];
    words.forEach((word, w) => {
      for (const entities of this.postingsOf(word, word === last, fuzziness(word))) {
        for (const internal of entities.keys()) {
          const entry = this.byInternal[internal];
          if (!entry || countedFor[internal] === w + 1 || !options.kinds.has(entry.kind)) continue;
          countedFor[internal] = w + 1;
          const count = named[internal]!;
          if (count === 0) found.push(internal);
          named[internal] = count + 1;
        }
      }
    });
    const best = topBy(
      found.map((internal) => ({ entry: this.byInternal[internal]!, words: named[internal]! })),
      options.top,
      moreWordsThenDegree,
    );
    for (const internal of found) named[internal] = countedFor[internal] = 0;
    return best.map((b) => b.entry);
  }

  /**
   * {@link EntityDirectory.bestConnected} from the most connected entity down
   * ({@link EntityDirectory.scanByDegree}), when a word names very many: null
   * when no word does (their postings are short), or when the scan does not
   * settle. With several words, the entities that every word names are read
   * first from the postings of a narrow one, when there is one: words that
   * seldom name the same entity ("group" and a prefix being typed) then
   * settle at once, where a scan alone would read its whole budget first.
   */
  private seekByDegree(query: CommonQuery): DirectoryEntry[] | null {
    const { words, last, fuzziness } = query;
    const reachOf = (limit: number) => words.map((w) => this.reach(w, w === last, fuzziness(w), limit));
    const reaches = reachOf(BROAD_WORD);
    if (reaches.every((n) => n <= BROAD_WORD)) return null;
    const several = words.length > 1;
    let narrowest = reaches.indexOf(Math.min(...reaches));
    if (several && reaches[narrowest]! <= BROAD_WORD)
      return this.scanByDegree(query, this.namingAll(query, words[narrowest]!));
    // Every word is broad: most often they name many entities together, and the scan alone settles soon.
    const scanned = this.scanByDegree(query);
    if (scanned || !several) return scanned;
    // They seldom do: counting further is worth it now.
    const wider = reachOf(NARROW_WORD);
    narrowest = wider.indexOf(Math.min(...wider));
    return wider[narrowest]! <= NARROW_WORD ? this.scanByDegree(query, this.namingAll(query, words[narrowest]!)) : null;
  }

  /** The entities of the wanted kinds that every word of the query names, read from the postings of `word`, one of them. */
  private namingAll({ words, last, fuzziness, options }: CommonQuery, word: string): Set<number> {
    const others = words.filter((w) => w !== word).map((w) => this.namedBy(w, w === last, fuzziness(w)));
    const all = new Set<number>();
    for (const entities of this.postingsOf(word, word === last, fuzziness(word))) {
      for (const internal of entities.keys()) {
        const entry = this.byInternal[internal];
        if (!entry || all.has(internal) || !options.kinds.has(entry.kind)) continue;
        if (others.every((named) => named(internal, entry))) all.add(internal);
      }
    }
    return all;
  }

  /**
   * Whether a query word names an entity (by internal id): looked up in the
   * postings of its terms when it has a few ("group", a long prefix), else
   * read from the entity's name tokens (a short prefix has hundreds of terms).
   */
  private namedBy(word: string, prefix: boolean, fuzziness: number): (internal: number, e: DirectoryEntry) => boolean {
    const postings: Array<ReadonlyMap<number, number>> = [];
    for (const entities of this.postingsOf(word, prefix, fuzziness)) {
      if (postings.length === FEW_TERMS) {
        const matches = this.wordMatcher(word, prefix, fuzziness);
        // Not kept: entities read this way are seldom read again, and keeping them all would grow without bound.
        return (internal, e) => (this.tokensByInternal[internal] ?? tokens(EntityDirectory.doc(e).names)).some(matches);
      }
      postings.push(entities);
    }
    return (internal) => postings.some((entities) => entities.has(internal));
  }

  /**
   * {@link EntityDirectory.bestConnected} read from the most connected entity
   * down, for a query with a word that names very many. It is settled once a
   * page of entities is full and nothing less connected could rank higher:
   * after a few hundred or thousand entities read where the postings hold tens
   * of thousands. With `namingAll` (the entities every word names, known in
   * advance) that holds as soon as the page's last lacks one word at most, so
   * words that seldom name the same entity settle as fast as those that often
   * do; without it, only a page of entities with every word settles. Null when
   * its budget ({@link SCAN_BUDGET}) of entities was read unsettled: the postings answer then.
   */
  private scanByDegree(query: CommonQuery, namingAll?: ReadonlySet<number>): DirectoryEntry[] | null {
    const { words, last, fuzziness, options } = query;
    if (options.top === 0) return [];
    const matchers = words.map((w) => this.wordMatcher(w, w === last, fuzziness(w)));
    const best: Ranked[] = [];
    for (const internal of namingAll ?? [])
      keepBest(best, { entry: this.byInternal[internal]!, words: words.length }, options.top, moreWordsThenDegree);
    // Fewer words than this rank below every entity not read yet that has as many.
    const settledAt = namingAll ? words.length - 1 : words.length;
    let read = 0;
    for (const internal of this.degreeOrder.descending()) {
      const entry = this.byInternal[internal];
      if (!entry) continue;
      const worst = best.length === options.top ? best.at(-1)! : undefined;
      if (worst && (worst.words > settledAt || (worst.words === settledAt && entry.degree < worst.entry.degree))) break;
      if (++read > this.scanBudget) return null;
      if (namingAll?.has(internal) || !options.kinds.has(entry.kind)) continue;
      const names = this.tokensOf(internal, entry);
      let n = 0;
      for (const matches of matchers) if (names.some(matches)) n++;
      if (n > 0) keepBest(best, { entry, words: n }, options.top, moreWordsThenDegree);
    }
    return best.map((b) => b.entry);
  }

  /** An entity's name tokens, kept once read (scans read the best connected again and again). */
  private tokensOf(internal: number, entry: DirectoryEntry): string[] {
    return (this.tokensByInternal[internal] ??= tokens(EntityDirectory.doc(entry).names));
  }

  /** Whether a name token is one {@link EntityDirectory.postings} would list for the word. */
  private wordMatcher(word: string, prefix: boolean, fuzziness: number): (token: string) => boolean {
    const near = fuzziness > 0 ? new Set(this.terms.fuzzyGet(word, fuzziness).keys()) : undefined;
    return (token) => token === word || (prefix && token.startsWith(word)) || (near?.has(token) ?? false);
  }
}

/** A query of common words, as {@link EntityDirectory.bestConnected} hands it on: its distinct words and how each matches. */
interface CommonQuery {
  words: string[];
  /** The last word, read as a prefix. */
  last: string | undefined;
  fuzziness: (term: string) => number;
  options: { kinds: ReadonlySet<EntityKind>; top: number };
}

/** An entity with how many of the query's words name it. */
interface Ranked {
  entry: DirectoryEntry;
  words: number;
}

/** More of the words first, then the better connected, then by id. */
/** The key of a query word's postings: the word, whether as a prefix, and how fuzzily. */
function postingsKey(word: string, prefix: boolean, fuzziness: number): string {
  return `${word}\u0000${prefix ? 'p' : ''}${fuzziness}`;
}

function moreWordsThenDegree(a: Ranked, b: Ranked): number {
  return a.words - b.words || a.entry.degree - b.entry.degree || (a.entry.id < b.entry.id ? 1 : -1);
}

/**
 * The `n` best of `items` by `better` (positive: a is better), best first,
 * without sorting them all: a word in a fifth of all names names 20,000.
 */
function topBy<T>(items: Iterable<T>, n: number, better: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) keepBest(best, item, n, better);
  return best;
}

/** Puts `item` in its place among the `n` best so far (`best`, best first), if it is one. */
function keepBest<T>(best: T[], item: T, n: number, better: (a: T, b: T) => number): void {
  if (best.length === n && (n === 0 || better(item, best[n - 1]!) <= 0)) return;
  let at = best.length;
  while (at > 0 && better(item, best[at - 1]!) > 0) at--;
  best.splice(at, 0, item);
  if (best.length > n) best.pop();
}
