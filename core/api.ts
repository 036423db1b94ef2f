/**
 * The HTTP API's contract, shared by the server (which validates and answers)
 * and the client (which calls it). Paths are relative to `/api`. Request
 * bodies and query strings are validated by zod schemas beside each route
 * in `server/routes/`; responses are the domain types named here.
 */
import type {
  ArticleDetail,
  ArticleSummary,
  EntityDetail,
  EntityKind,
  Evidence,
  GraphEdge,
  GraphPath,
  GraphStats,
  LoadSummary,
  QueryRunResult,
  RelationType,
  SearchPage,
  Subgraph,
} from './domain.js';

export type * from './domain.js';

export interface RelationSpecSummary {
  label: string;
  from: string[];
  to: string[];
  symmetric: boolean;
}

export const API_PREFIX = '/api';

/** GET /health */
export interface HealthResponse {
  status: 'ok';
  store: 'kuzu' | 'neo4j';
  /** Changes on every write to an embedded store; null on Neo4j. */
  generation: number | null;
  ingestEnabled: boolean;
}

/** GET /schema: what the legend, filters and the console's completion need. */
export interface SchemaResponse {
  dialect: 'kuzu' | 'neo4j';
  kinds: EntityKind[];
  relations: Record<RelationType, RelationSpecSummary>;
  labels: Record<string, string[]>;
  relationships: Record<string, string[]>;
  limits: Record<string, number>;
  /** Example console queries in this store's dialect. */
  examples: Array<{ title: string; query: string }>;
}

/** GET /stats?top=N */
export type StatsResponse = GraphStats;

/** GET /search?q=&kinds=A,B&offset=&limit= */
export type SearchResponse = SearchPage;

/** GET /entities/:id */
export type EntityResponse = EntityDetail;

/** GET /graph/overview?limit=N: the most connected entities and the relations among them. */
export type OverviewResponse = Subgraph;

/**
 * POST /graph/neighbourhood
 * Also GET /entities/:id/neighbourhood?depth=&kinds=&types=&articles=&minCorroboration=&limit=
 */
export interface NeighbourhoodRequest {
  ids: string[];
  depth?: number;
  kinds?: EntityKind[];
  types?: RelationType[];
  articleIds?: string[];
  minCorroboration?: number;
  limit?: number;
}
export type NeighbourhoodResponse = Subgraph;

/** POST /graph/subgraph */
export interface SubgraphRequest {
  ids: string[];
  types?: RelationType[];
}
export type SubgraphResponse = Subgraph;

/** GET /paths?from=&to=&maxLength=&k=&types=A,B */
export interface PathsResponse {
  paths: GraphPath[];
}

/** GET /relations/:id (id URL-encoded, `subject|TYPE|object`) */
export interface RelationResponse {
  edge: GraphEdge;
  evidence: Evidence[];
}

/** GET /articles */
export interface ArticlesResponse {
  articles: ArticleSummary[];
}

/** GET /articles/:id */
export type ArticleResponse = ArticleDetail;

/** POST /query */
export interface QueryRequest {
  query: string;
  params?: Record<string, unknown>;
}
export type QueryResponse = QueryRunResult;

export const EXPORT_FORMATS = ['cyjs', 'graphml', 'gexf', 'csv-nodes', 'csv-edges', 'json', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * POST /export: one of `ids`, `neighbourhood` or `query` says what to export.
 * Answers with the file (Content-Disposition: attachment).
 */
export interface ExportRequest {
  format: ExportFormat;
  ids?: string[];
  neighbourhood?: NeighbourhoodRequest;
  query?: QueryRequest;
}

/** POST /ingest (Authorization: Bearer <INGEST_TOKEN>): multipart `files`, or JSON. */
export interface IngestRequest {
  articles: Array<{ file: string; text: string }>;
}
export interface IngestResponse {
  results: Array<
    | ({ file: string; status: 'loaded' } & LoadSummary)
    | { file: string; status: 'skipped'; reason: string }
  >;
}

/** Every error: a stable id and a message for people. */
export interface ErrorResponse {
  error: string;
  message: string;
  details?: Record<string, unknown>;
}
