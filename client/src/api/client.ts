/**
 * The one door from the client to the HTTP API (core/api.ts is the
 * contract). UI code calls these methods and never `fetch` itself, so a path,
 * a header or the error format changes in one place.
 */
import {
  API_PREFIX,
  type ArticleResponse,
  type ArticlesResponse,
  type CuratedRelationResponse,
  type CurationAccessResponse,
  type CurationLogResponse,
  type CurationMarksResponse,
  type CurationOutcomeResponse,
  type DisputesResponse,
  type DuplicatesResponse,
  type Edit,
  type EntityResponse,
  type ErrorResponse,
  type ExportRequest,
  type HealthResponse,
  type NeighbourhoodRequest,
  type NeighbourhoodResponse,
  type OverviewResponse,
  type PathsResponse,
  type QueryRequest,
  type QueryResponse,
  type RelationResponse,
  type SchemaResponse,
  type SearchResponse,
  type StatsResponse,
  type SubgraphRequest,
  type SubgraphResponse,
  type TimelineResponse,
} from '../../../core/api.js';
import type { ClaimView, Period, TimeRange } from '../../../core/claims.js';
import type { EntityKind, RelationType } from '../../../core/ontology.js';

/** A failed API call: the server's stable error id, its message and details (e.g. a query error's position). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The `{ line, column, offset }` of a console query error, when the server gave one. */
  get position(): { line: number; column: number; offset: number } | null {
    const p = this.details?.['position'] as { line?: unknown; column?: unknown; offset?: unknown } | undefined;
    if (p && typeof p.line === 'number' && typeof p.column === 'number' && typeof p.offset === 'number') {
      return { line: p.line, column: p.column, offset: p.offset };
    }
    return null;
  }
}

export interface SearchOptions {
  kinds?: EntityKind[];
  limit?: number;
  offset?: number;
  signal?: AbortSignal;
}

export interface PathsOptions {
  maxLength?: number;
  k?: number;
  types?: RelationType[];
  /** Only paths over relations reported in this range, with these statuses. */
  claimView?: ClaimView;
}

/** A file the server wrote (export). */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Typed calls to every endpoint of core/api.ts. */
export class ApiClient {
  /** A reader's or editor's token, sent with every call once the analyst signed in. */
  private token: string | null = null;

  constructor(
    private readonly base: string = API_PREFIX,
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
  ) {}

  setToken(token: string | null): void {
    this.token = token;
  }

  health(): Promise<HealthResponse> {
    return this.get('/health');
  }

  schema(): Promise<SchemaResponse> {
    return this.get('/schema');
  }

  stats(top = 10): Promise<StatsResponse> {
    return this.get(`/stats${query({ top })}`);
  }

  search(q: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const params = query({ q, kinds: options.kinds?.join(','), limit: options.limit, offset: options.offset });
    return this.get(`/search${params}`, options.signal);
  }

  entity(id: string): Promise<EntityResponse> {
    return this.get(`/entities/${encodeURIComponent(id)}`);
  }

  overview(limit?: number): Promise<OverviewResponse> {
    return this.get(`/graph/overview${query({ limit })}`);
  }

  neighbourhood(request: NeighbourhoodRequest): Promise<NeighbourhoodResponse> {
    return this.post('/graph/neighbourhood', request);
  }

  subgraph(request: SubgraphRequest): Promise<SubgraphResponse> {
    return this.post('/graph/subgraph', request);
  }

  paths(from: string, to: string, options: PathsOptions = {}): Promise<PathsResponse> {
    const params = query({
      from,
      to,
      maxLength: options.maxLength,
      k: options.k,
      types: options.types?.join(','),
      ...viewParams(options.claimView),
    });
    return this.get(`/paths${params}`);
  }

  /** Relations the articles contradict, both sides with their sentences (within a range when given), a page at a time. */
  disputes(range: TimeRange = {}, page: { offset?: number; limit?: number } = {}): Promise<DisputesResponse> {
    return this.get(`/disputes${query({ ...viewParams(range), offset: page.offset, limit: page.limit })}`);
  }

  timeline(period: Period = 'week'): Promise<TimelineResponse> {
    return this.get(`/timeline${query({ period })}`);
  }

  relation(id: string): Promise<RelationResponse> {
    return this.get(`/relations/${encodeURIComponent(id)}`);
  }

  articles(): Promise<ArticlesResponse> {
    return this.get('/articles');
  }

  article(id: string): Promise<ArticleResponse> {
    return this.get(`/articles/${encodeURIComponent(id)}`);
  }

  query(request: QueryRequest, signal?: AbortSignal): Promise<QueryResponse> {
    return this.post('/query', request, signal);
  }

  curationAccess(): Promise<CurationAccessResponse> {
    return this.get('/curation/access');
  }

  curationLog(offset = 0, limit = 100): Promise<CurationLogResponse> {
    return this.get(`/curation/log${query({ offset, limit })}`);
  }

  curationMarks(): Promise<CurationMarksResponse> {
    return this.get('/curation/marks');
  }

  curatedRelation(id: string): Promise<CuratedRelationResponse> {
    return this.get(`/curation/relations/${encodeURIComponent(id)}`);
  }

  duplicates(limit = 50): Promise<DuplicatesResponse> {
    return this.get(`/curation/duplicates${query({ limit })}`);
  }

  applyEdit(edit: Edit, reason: string): Promise<CurationOutcomeResponse> {
    return this.post('/curation/edits', { edit, reason });
  }

  undoEdit(entry: string, reason: string): Promise<CurationOutcomeResponse> {
    return this.post('/curation/undo', { entry, reason });
  }

  /** Asks the server's writers for a file (GraphML, GEXF, CSV, Cytoscape JSON...). */
  async export(request: ExportRequest): Promise<DownloadedFile> {
    const response = await this.send('/export', {
      method: 'POST',
      body: JSON.stringify(request),
      headers: JSON_HEADERS,
    });
    const disposition = response.headers.get('content-disposition') ?? '';
    const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
    return {
      blob: await response.blob(),
      filename: named?.[1] ? decodeURIComponent(named[1]) : `newsgraph.${request.format}`,
    };
  }

  private async get<T>(path: string, signal?: AbortSignal): Promise<T> {
    const response = await this.send(path, { headers: { accept: 'application/json' }, signal: signal ?? null });
    return (await response.json()) as T;
  }

  private async post<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    const response = await this.send(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: JSON_HEADERS,
      signal: signal ?? null,
    });
    return (await response.json()) as T;
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    let response: Response;
    const headers = this.token
      ? { ...(init.headers as Record<string, string>), authorization: `Bearer ${this.token}` }
      : init.headers;
    try {
      response = await this.fetchImpl(`${this.base}${path}`, { ...init, ...(headers ? { headers } : {}) });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, 'network', 'The server cannot be reached. Is it running?');
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/** A view (statuses, range) as query parameters. */
function viewParams(view: ClaimView = {}): Record<string, string | undefined> {
  return {
    claims: view.claims?.join(','),
    since: view.since ?? undefined,
    until: view.until ?? undefined,
    undated: view.undated,
  };
}

/** A query string from the defined, non-empty values. */
function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function errorOf(response: Response): Promise<ApiError> {
  let body: Partial<ErrorResponse> = {};
  try {
    body = (await response.json()) as Partial<ErrorResponse>;
  } catch {
    // A proxy or a crash answered with something else than our error format.
  }
  return new ApiError(
    response.status,
    body.error ?? `http_${response.status}`,
    body.message ?? `The server answered ${response.status} ${response.statusText}.`,
    body.details,
  );
}

/** True for the error an aborted (superseded) request throws: not worth showing. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
