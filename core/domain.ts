/**
 * Domain types shared by ingest, store, server and client. Defined once here;
 * browser-safe (types only). Ids are always our own slugs, never
 * database-internal ids.
 */
import type { Attribution, Certainty, Claimed, ClaimStatus, Period, PeriodCount, Report } from './claims.js';
import type { EntityKind, RelationProperty, RelationType } from './ontology.js';

export type { EntityKind, RelationType, RelationProperty };
export type { Attribution, Certainty, ClaimStatus, Period, PeriodCount, Report };

/** A half-open character range `[start, end)` into an article's cleaned text. */
export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------
// What the ingest pipeline produces and the store loads.
// ---------------------------------------------------------------------------

export interface ArticleMeta {
  /** Stable id of the article (slug of its file name), so re-ingesting replaces it. */
  id: string;
  /** File name the article came from (base name, or upload name). */
  file: string;
  title: string | null;
  /** The outlet that published it (metadata, source line or wire credit), when stated. */
  source: string | null;
  /** Publication date (YYYY-MM-DD) when the page's metadata or text states it; never guessed. */
  date: string | null;
  url: string | null;
  byline: string | null;
  /**
   * Hash of the raw file and the pipeline version that read it: a file whose
   * hash is stored already is not extracted again (re-ingesting is a no-op).
   */
  sourceHash?: string | null;
}

/** The cleaned article: the text every offset points into. */
export interface ArticleDocument extends ArticleMeta {
  text: string;
}

export interface Mention extends Span {
  /** The surface string exactly as in the text (`text.slice(start, end)`). */
  text: string;
}

export interface ExtractedEntity {
  id: string;
  name: string;
  kind: EntityKind;
  /** Every surface form seen for this entity, the canonical name included. */
  aliases: string[];
  /** Roles stated for a person ("Defense Minister"). */
  roles: string[];
  mentions: Mention[];
  /**
   * Ingest-internal: a lone surname not yet tied to a full name. Cross-article
   * linking keeps it only when it matches a known person; graphs handed to the
   * store never carry it.
   */
  tentative?: boolean;
}

/** One sentence that states a relation, with the two mentions inside it. */
export interface EvidenceSentence extends Span {
  sentence: string;
  subject: Span | null;
  object: Span | null;
  /** How the sentence states it (core/claims.ts); absent: asserted. */
  certainty?: Certainty;
  /** Who the sentence says makes the statement; absent or null: the article itself. */
  attribution?: Attribution | null;
  /** Id of the extraction rule that read the relation from this sentence (why the edge exists). */
  rule?: string;
}

export type RelationProperties = Partial<Record<RelationProperty, string>>;

export interface ExtractedRelation {
  subject: string;
  type: RelationType;
  object: string;
  properties: RelationProperties;
  /** Every sentence of this article that states the relation (at least one). */
  evidence: EvidenceSentence[];
}

/** One article's contribution to the graph: loaded in one transaction. */
export interface ArticleGraph {
  article: ArticleDocument;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

/** An entity as the resolver needs it to merge a new article into what is stored. */
export interface KnownEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
}

export interface LoadSummary {
  articleId: string;
  entities: number;
  relations: number;
  evidence: number;
  /** Relations left out because the ontology does not allow their endpoint kinds. */
  dropped: number;
  /** False when the article was already stored with identical content. */
  changed: boolean;
}

// ---------------------------------------------------------------------------
// What the store returns to readers (server, CLI, tests).
// ---------------------------------------------------------------------------

export interface EntitySummary {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
}

export interface SearchHit extends EntitySummary {
  score: number;
  /** The name or alias that matched the query. */
  matched: string;
}

/** One page of disputed relations, most reported first; `total` counts them all. */
export interface DisputePage {
  disputes: Dispute[];
  total: number;
  offset: number;
  limit: number;
}

export interface SearchPage {
  hits: SearchHit[];
  total: number;
  offset: number;
  limit: number;
}

export interface GraphNode extends EntitySummary {
  roles: string[];
  /** Number of typed relations (MENTIONED_WITH excluded). */
  degree: number;
  /** Number of articles that mention it. */
  articleCount: number;
}

/**
 * A relation as readers see it. `claim`, `firstReported`, `lastReported` and
 * `reports` (one per supporting sentence, with its article's date) follow
 * the time range a read asked for, when it asked for one.
 */
export interface GraphEdge extends Claimed {
  /** Stable id of the relation: `subject|TYPE|object`. */
  id: string;
  source: string;
  target: string;
  type: RelationType;
  properties: RelationProperties;
  /** Distinct articles that state it. */
  corroboration: number;
  /** Supporting sentences over all articles. */
  evidenceCount: number;
  articles: string[];
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Nodes that matched but were left out by the node limit. */
  omitted: number;
}

export interface Evidence extends Span {
  relationId: string;
  articleId: string;
  articleTitle: string | null;
  /** The article's outlet. */
  source: string | null;
  /** The article's date. */
  date: string | null;
  sentence: string;
  subject: Span | null;
  object: Span | null;
  certainty: Certainty;
  /** Who the sentence says makes the statement; null: the article (its outlet) itself. */
  attribution: Attribution | null;
  /** The extraction rule that read it, when known. */
  rule: string | null;
}

/** A relation the articles contradict: the sentences for it and against it. */
export interface Dispute {
  edge: GraphEdge;
  source: EntitySummary;
  target: EntitySummary;
  /** Sentences that state it (asserted, reported, alleged, planned or sought), with outlets and dates. */
  for: Evidence[];
  /** Sentences that deny it. */
  against: Evidence[];
  /** False when both sides come from one article only. */
  acrossArticles: boolean;
}

/** Evidence over time, from the stored articles' dates. */
export interface Timeline {
  period: Period;
  /** The first and last article dates. */
  first: string | null;
  last: string | null;
  /** Per period, oldest first: supporting sentences (`count`) and articles dated in it. */
  periods: Array<PeriodCount & { articles: number }>;
  /** Articles without a date, and their supporting sentences. */
  undated: { articles: number; evidence: number };
}

export interface GraphPath {
  /** Nodes in walk order, from the first entity to the second. */
  nodes: GraphNode[];
  /** Edges in walk order; an edge may point against the walk. */
  edges: GraphEdge[];
  /** The supporting sentences of each edge, by edge id. */
  evidence: Record<string, Evidence[]>;
}

export interface ArticleSummary extends ArticleMeta {
  entityCount: number;
  relationCount: number;
  evidenceCount: number;
}

export interface ArticleMention extends Span {
  entityId: string;
  name: string;
  kind: EntityKind;
}

export interface ArticleDetail extends ArticleSummary {
  text: string;
  mentions: ArticleMention[];
}

export interface RelationOfEntity {
  edge: GraphEdge;
  other: EntitySummary;
  direction: 'out' | 'in';
}

export interface EntityDetail extends GraphNode {
  articles: Array<ArticleSummary & { mentions: number }>;
  relations: Partial<Record<RelationType, RelationOfEntity[]>>;
}

export interface RankedEntity extends EntitySummary {
  score: number;
}

export interface GraphStats {
  entities: number;
  relations: number;
  articles: number;
  evidence: number;
  byKind: Partial<Record<EntityKind, number>>;
  byType: Partial<Record<RelationType, number>>;
  mostConnected: RankedEntity[];
  /** PageRank where the store offers it; empty otherwise. */
  mostCentral: RankedEntity[];
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface QueryRunResult {
  columns: string[];
  rows: Array<Record<string, JsonValue>>;
  /** Nodes, edges and paths found in the rows, ready to draw. */
  elements: Subgraph;
  /** True when the row cap cut the result. */
  truncated: boolean;
  elapsedMs: number;
}
