/** What every route module is built from: passed in, never imported globally. */
import type { IngestResponse } from '../core/api.js';
import type { AppConfig } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import type { GraphStore } from '../core/store/port.js';

/** One uploaded article: its file name (base name only) and its raw bytes. */
export interface IngestUpload {
  file: string;
  bytes: Uint8Array;
}

/**
 * Extracts and loads uploaded articles into the store, one result per upload
 * in upload order. Wired to the ingest pipeline in server/main.ts.
 */
export type IngestPort = (uploads: IngestUpload[]) => Promise<IngestResponse['results']>;

export interface AppContext {
  config: AppConfig;
  store: GraphStore;
  logger: Logger;
  /** Absent: POST /ingest answers 403 `disabled` (as it does without an INGEST_TOKEN). */
  ingest?: IngestPort;
}
