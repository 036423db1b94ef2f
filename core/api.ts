/**
 * The HTTP API's contract, shared by the server (which validates and answers)
 * and the client (which calls it). Paths are relative to `/api`. Request
 * types are inferred from the zod schemas the server validates with
 * (core/requests.ts; query strings: beside each route in `server/routes/`);
 * responses are the domain types named here.
 */
import type { z } from 'zod';
import type {
  ArticleDetail,
  DisputePage,
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
  PeriodCount,
  Subgraph,
  Timeline,
} from './domain.js';
import type {
  ClaimViewBody,
  ExportBody,
  ExportViewBody,
  IngestBody,
  NeighbourhoodBody,
  QueryBody,
  SubgraphBody,
} from './requests.js';

import type {
  DuplicatePage,
  CuratedRelation,
  CurationImportOutcome,
  CurationLogPage,
  CurationMarks,
  CurationOutcome,
} from './curation/views.js';

export type * from './domain.js';
export type * from './curation/views.js';
export type { CurationEntry, CurationFile, Edit, EditAction, ArticleFields } from './curation/edits.js';
export type { DuplicateCandidate, DuplicateReason, DuplicateSuggestion } from './curation/duplicates.js';

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
  /** True when the server has an INGEST_TOKEN and an ingest pipeline. */
  ingestEnabled: boolean;
}

/**
 * GET /openapi.json: the OpenAPI 3 document of every route, generated from
 * the request schemas in server/routes/.
 *
 * Read responses (search, entities, graph, paths, relations, articles, stats)
 * carry `X-Cache: hit | miss`: on the embedded store they are cached until
 * the next write; on Neo4j nothing is cached and the header is absent.
 */

/** GET /schema: what the legend, filters and the console's completion need. */
export interface SchemaResponse {
  dialect: 'kuzu' | 'neo4j';
  kinds: EntityKind[];
  relations: Record<RelationType, RelationSpecSummary>;
  labels: Record<string, string[]>;
  relationships: Record<string, string[]>;
  /**
   * LIMITS of core/ontology.ts, with what this server enforces on top:
   * `consoleTimeoutMs` and `consoleRowCap` (from its configuration),
   * `rateLimitPerMinute` (console and export).
   */
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

/**
 * Reads that return relations (overview, neighbourhoods, subgraphs, paths,
 * exports) take a view: `claims` (statuses to keep), `since`/`until` (YYYY-MM-DD,
 * inclusive) and `undated` (include | exclude), as query parameters on GET
 * and as a `claimView` object in JSON bodies. Each edge then carries its status
 * and first/last report dates within that range; relations reported only
 * outside it are left out.
 */

/**
 * GET /graph/overview?limit=N&types=A,B&claims=&since=&until=: the most connected
 * entities (limit 1..500, default 50) and the relations among them (default:
 * every typed relation; `types` is optional).
 */
export type OverviewResponse = Subgraph;

/**
 * POST /graph/neighbourhood
 * Also GET /entities/:id/neighbourhood?depth=&kinds=&types=&articles=&minCorroboration=&limit=
 */
/** The `claimView` of a JSON body: a range and statuses as the server accepts them (no nulls). */
export type ClaimViewRequest = z.input<typeof ClaimViewBody>;

export type NeighbourhoodRequest = z.input<typeof NeighbourhoodBody>;
export type NeighbourhoodResponse = Subgraph;

/** POST /graph/subgraph */
export type SubgraphRequest = z.input<typeof SubgraphBody>;
export type SubgraphResponse = Subgraph;

/** GET /paths?from=&to=&maxLength=&k=&types=A,B */
export interface PathsResponse {
  paths: GraphPath[];
}

/** GET /relations/:id?period=month|week (id URL-encoded, `subject|TYPE|object`) */
export interface RelationResponse {
  edge: GraphEdge;
  evidence: Evidence[];
  /** Supporting sentences per period of their articles' dates, oldest first (undated ones not counted). */
  periods: PeriodCount[];
}

/**
 * GET /disputes?since=&until=&undated=&types=&offset=&limit=: relations the
 * articles contradict (sentences for and against), most reported first, a page
 * at a time. With a range, only what was reported in it counts on either side.
 */
export type DisputesResponse = DisputePage;

/** GET /timeline?period=month|week: supporting sentences and articles per period. */
export type TimelineResponse = Timeline;

/** GET /articles */
export interface ArticlesResponse {
  articles: ArticleSummary[];
}

/** GET /articles/:id */
export type ArticleResponse = ArticleDetail;

/** POST /query */
export type QueryRequest = z.input<typeof QueryBody>;
export type QueryResponse = QueryRunResult;

export const EXPORT_FORMATS = [
  'cyjs',
  'graphml',
  'gexf',
  'csv-nodes',
  'csv-edges',
  'json',
  'cypher',
  'cypher-kuzu',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The drawing of what is exported, by id: per entity `x`, `y` (Cytoscape's
 * model coordinates, y down), `size` (diameter in model units), `color`
 * (`#rrggbb`) and the `community` the view groups it in, if any; per relation
 * `color` and `width`. Files that have a place for these carry them.
 */
export type ExportView = z.output<typeof ExportViewBody>;
export type ExportNodeView = ExportView['nodes'][string];
export type ExportEdgeView = NonNullable<ExportView['edges']>[string];

/**
 * POST /export: one of `ids`, `neighbourhood` or `query` says what to export.
 * With `ids`, `edges` narrows the relations to exactly those listed (what the
 * screen shows); without it every relation among the entities goes in.
 * `view` carries positions, colours and sizes; `bom` starts CSV files with a
 * UTF-8 byte-order mark (spreadsheets need it to read accents).
 * Answers with the file (Content-Disposition: attachment), and the headers
 * `X-Export-Omitted` (entities a neighbourhood's node limit left out) and
 * `X-Export-Truncated: true | false` (whether the console's row cap cut a
 * query). More than LIMITS.exportMaxNodes entities: 413 `too_large`.
 */
export type ExportRequest = z.input<typeof ExportBody>;

/**
 * POST /ingest (Authorization: Bearer <INGEST_TOKEN>): multipart `files`, or
 * JSON. At most LIMITS.ingestFilesPerRequest articles per request and
 * LIMITS.maxArticleBytes each (413 `too_large`); 401 `unauthorized` without
 * the token, 403 `disabled` when the server has no token or no pipeline.
 * Results are in upload order: `loaded` (the graph changed), `unchanged` (the
 * same article again: nothing to do, as with `npm run ingest`) or `skipped`
 * with a reason.
 */
export type IngestRequest = z.input<typeof IngestBody>;
export interface IngestResponse {
  results: Array<
    | ({ file: string; status: 'loaded' | 'unchanged' } & LoadSummary)
    | { file: string; status: 'skipped'; reason: string }
  >;
}

/**
 * Curation (edits need `Authorization: Bearer <editor token>`; 401 without
 * one, 403 `forbidden` with a reader's, 403 `disabled` when the server has no
 * editors).
 * GET /curation/access: who the token names.
 */
export interface CurationAccessResponse {
  name: string | null;
  role: 'reader' | 'editor' | null;
  /** Whether this server has editors (EDITOR_TOKENS or INGEST_TOKEN). */
  editsEnabled: boolean;
}
/** GET /curation/log?offset=&limit= */
export type CurationLogResponse = CurationLogPage;
/** GET /curation/marks */
export type CurationMarksResponse = CurationMarks;
/** GET /curation/relations/:id */
export type CuratedRelationResponse = CuratedRelation;
/** GET /curation/duplicates?limit= : accepting one is a merge (POST /curation/edits). */
export type DuplicatesResponse = DuplicatePage;
/** POST /curation/edits `{ edit, reason }` and POST /curation/undo `{ entry, reason }` */
export type CurationOutcomeResponse = CurationOutcome;
/** POST /curation/import (a CurationFile, as GET /curation/export writes it) */
export type CurationImportResponse = CurationImportOutcome;

/**
 * Every error: a stable id and a message for people. The ids are those of
 * core/errors.ts, plus `bad_request` (a body that is not JSON) and `internal`
 * (500). Console ids: `query_syntax` (400, with `details.position` when the
 * database gives one), `query_failed` (400, a value the query cannot compute),
 * `query_refused` (403, `details.clause`), `query_timeout` (408).
 */
export interface ErrorResponse {
  error: string;
  message: string;
  details?: Record<string, unknown>;
}
