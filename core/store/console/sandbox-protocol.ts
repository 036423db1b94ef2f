/** The messages between the server and its console sandbox process. */
import type { EmbeddedEngine } from '../../config.js';
import type { EncodedError, EncodedRows } from './wire.js';

/** What the sandbox opens: a snapshot file of the embedded store, or a Neo4j server. */
export type ConsoleView =
  | { dialect: 'kuzu'; engine: EmbeddedEngine; file: string }
  | { dialect: 'neo4j'; uri: string; user: string; password: string; database: string | undefined };

/** Opens a view (before a query, outside its time-out), closing the one open before. */
export interface OpenRequest {
  type: 'open';
  id: number;
  view: ConsoleView;
  /** The process's memory budget, in MB: Kuzu's buffer pool gets half of it. */
  memoryMb: number;
}

/** Runs one query on the open view. */
export interface RunRequest {
  type: 'run';
  id: number;
  query: string;
  params: Record<string, unknown>;
  timeoutMs: number;
  rowCap: number;
}

export type ConsoleRequest = OpenRequest | RunRequest;

export type ConsoleReply =
  | { ready: true }
  | { id: number; opened: true }
  | { id: number; rows: EncodedRows }
  | { id: number; error: EncodedError };
