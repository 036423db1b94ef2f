/**
 * The graph store: the one door to the database for ingest, server, CLI and
 * tests. Reads are named after what analysts do; results are domain objects.
 */
import type { ClaimView, Period, TimeRange } from '../claims.js';
import type {
  ArticleDetail,
  DisputePage,
  ArticleGraph,
  ArticleSummary,
  EntityDetail,
  EntityKind,
  Evidence,
  GraphEdge,
  GraphNode,
  GraphPath,
  GraphStats,
  KnownEntity,
  LoadSummary,
  QueryRunResult,
  RelationType,
  SearchPage,
  Subgraph,
  Timeline,
} from '../domain.js';
import type { CurationEntry } from '../curation/edits.js';
import type {
  CuratedRelation,
  CurationImportOutcome,
  CurationLogPage,
  CurationMarks,
  CurationOutcome,
  DuplicatePage,
  EditRequest,
  UndoRequest,
} from '../curation/views.js';
import type { Dialect } from './catalogue.js';

export interface SearchSpec {
  query: string;
  kinds?: EntityKind[];
  offset?: number;
  limit?: number;
}

export interface NeighbourhoodSpec {
  /** Seed entities (one or more). */
  ids: string[];
  /** Hops from the seeds, 1..LIMITS.maxDepth (default 1). */
  depth?: number;
  /** Only entities of these kinds (seeds always kept); default all. */
  kinds?: EntityKind[];
  /** Only relations of these types; default every typed relation (MENTIONED_WITH only when asked for). */
  types?: RelationType[];
  /** Only relations stated in at least one of these articles. */
  articleIds?: string[];
  /** Only relations stated by at least this many distinct articles (default 1). */
  minCorroboration?: number;
  /** Most nodes to return (default LIMITS.defaultNodeLimit); the rest are counted in `omitted`. */
  limit?: number;
  /** Only what was reported in a time range, only relations of some statuses; the walk follows only those. */
  claimView?: ClaimView;
}

export interface PathSpec {
  from: string;
  to: string;
  /** Longest path to consider (default 4, at most LIMITS.maxPathLength). */
  maxLength?: number;
  /** Most distinct paths (default 3): all shortest first, then the next lengths. */
  k?: number;
  types?: RelationType[];
  /** Paths only over relations this view keeps (time range, statuses). */
  claimView?: ClaimView;
}

/** Only what was reported in the range counts, on both sides. */
export interface DisputeSpec extends TimeRange {
  types?: RelationType[];
  /** The page: disputes to skip and to return (default: the first LIMITS.disputesPageSize). */
  offset?: number;
  limit?: number;
}

export interface ReadOnlyQuerySpec {
  query: string;
  params?: Record<string, unknown>;
  timeoutMs?: number;
  rowCap?: number;
}

export interface SchemaInfo {
  dialect: Dialect;
  labels: Record<string, string[]>;
  relationships: Record<string, string[]>;
}

/** What became of one article of {@link GraphStore.loadArticles}. */
export type LoadOutcome =
  | { status: 'loaded'; summary: LoadSummary }
  | { status: 'failed'; error: unknown }
  /** Not attempted: the load was asked to stop before its transaction began. */
  | { status: 'stopped' };

/**
 * Progress of a load: articles (or bulk steps) done out of total; `index`
 * is the input position of the article just finished, when there is one.
 */
export type LoadProgress = (done: number, total: number, index?: number) => void;

/**
 * Analysts' corrections: an append-only log in the store, through which
 * every article is loaded (core/store/curation/curator.ts).
 */
export interface CurationPort {
  /** Checks an edit, logs it and brings the graph in line. Validation and not-found errors name the field. */
  apply(request: EditRequest): Promise<CurationOutcome>;
  /** Logs the reversal of an entry (of an undo: its target applies again). */
  undo(request: UndoRequest): Promise<CurationOutcome>;
  /** Entries, newest first, each with whether it is in force. */
  log(options?: { offset?: number; limit?: number }): Promise<CurationLogPage>;
  /** Every entry, oldest first (what `curation export` writes). */
  entries(): Promise<CurationEntry[]>;
  /** Appends another log's entries this one lacks, and applies them. */
  importLog(entries: CurationEntry[]): Promise<CurationImportOutcome>;
  /** Entities, relations and articles an entry in force changed. */
  marks(): Promise<CurationMarks>;
  /** A relation's verdict, notes and held-back evidence. */
  relation(id: string): Promise<CuratedRelation>;
  /** Likely duplicates for review, each with the evidence for merging it. */
  duplicates(options?: { limit?: number }): Promise<DuplicatePage>;
  /** Where merged ids went: the survivor of each id among `ids` that was merged (others are absent). */
  survivors(ids: string[]): Promise<Map<string, string>>;
}

export interface GraphStore {
  readonly dialect: Dialect;
  readonly curation: CurationPort;
  /**
   * Changes whenever this process writes; `null` when another process may
   * write too (Neo4j), so callers must not cache on it.
   */
  generation(): number | null;

  /**
   * Upserts one article with its entities and relations in one transaction,
   * seen through the curation log (merged ids redirect, rejected relations are
   * held back...). Identical re-loads change nothing.
   */
  loadArticle(graph: ArticleGraph): Promise<LoadSummary>;
  /**
   * Upserts many articles, a few dozen to a transaction. An article that
   * fails is reported in its outcome and loads nothing; the others load.
   * Outcomes are in input order; `onProgress` counts articles done. When
   * `signal` aborts, the transaction being written finishes and the articles
   * after it are reported `stopped`.
   */
  loadArticles(
    graphs: ArticleGraph[],
    onProgress?: LoadProgress,
    options?: { signal?: AbortSignal },
  ): Promise<LoadOutcome[]>;
  /**
   * Loads many articles at once. Into an empty embedded store this uses the
   * database's bulk loader (all or nothing); otherwise as {@link loadArticles},
   * throwing the first failure once the others are loaded. `onProgress`
   * reports steps done out of total.
   */
  importArticles(graphs: ArticleGraph[], onProgress?: LoadProgress): Promise<LoadSummary[]>;
  /** Every stored entity with its aliases, for the ingest resolver (under the kind the extractor gives it). */
  knownEntities(): Promise<KnownEntity[]>;

  search(spec: SearchSpec): Promise<SearchPage>;
  /** Throws a not-found error for an unknown id. */
  entity(id: string): Promise<EntityDetail>;
  /** The stored entities among `ids`, in no particular order. */
  nodes(ids: string[]): Promise<GraphNode[]>;
  neighbourhood(spec: NeighbourhoodSpec): Promise<Subgraph>;
  /** The entities among `ids` and every relation between them (that the view keeps). */
  subgraph(ids: string[], types?: RelationType[], view?: ClaimView): Promise<Subgraph>;
  paths(spec: PathSpec): Promise<GraphPath[]>;
  /** Relations the articles contradict, each with the sentences on either side. */
  disputes(spec?: DisputeSpec): Promise<DisputePage>;
  /** Supporting sentences and articles per period, from the articles' dates. */
  timeline(period: Period): Promise<Timeline>;
  /** A relation with every sentence that supports it. Throws a not-found error for an unknown id. */
  relation(id: string): Promise<{ edge: GraphEdge; evidence: Evidence[] }>;
  /** The supporting sentences of many relations at once (unknown ids are left out). */
  evidence(relationIds: string[]): Promise<Map<string, Evidence[]>>;
  /** The entities with the most typed relations. */
  mostConnected(limit: number): Promise<GraphNode[]>;
  articles(): Promise<ArticleSummary[]>;
  article(id: string): Promise<ArticleDetail>;
  stats(options?: { top?: number }): Promise<GraphStats>;
  /** Runs an analyst's query read-only; writes are refused before and by the database. */
  runReadOnly(spec: ReadOnlyQuerySpec): Promise<QueryRunResult>;
  schemaInfo(): SchemaInfo;
  close(): Promise<void>;
}
