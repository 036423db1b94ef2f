/**
 * The seam between the dialect-neutral graph store and a database: run a
 * named catalogue query, run several in one write transaction, run an
 * analyst's query read-only. Each adapter (Kuzu, Neo4j) implements it and
 * normalises its driver's values into `values.ts` on the way out.
 */
import type { Catalogue, Dialect, TemplateArgs } from './catalogue.js';
import type { ConsoleView } from './console/sandbox-protocol.js';
import type { Row } from './values.js';

export type Params = Record<string, unknown>;

export interface QueryExecutor {
  /** Whose Cypher it runs, and so the shape rows are written in (records.ts evidenceColumns). */
  readonly dialect: Dialect;
  /** Runs the catalogue query `name` with `params`, its placeholders filled from `template`. */
  run(name: string, params?: Params, template?: TemplateArgs): Promise<Row[]>;
}

/** One table's rows for the bulk loader. */
export interface BulkCopy {
  /** A catalogue query that appends rows: from a file it names (`{{file}}`), or from a parameter `$rows`. */
  name: string;
  template: TemplateArgs;
  /**
   * Produced as they are written, so the rows of a large table are never all
   * in memory at once; may be iterated again (for a replay) and yields the same rows.
   */
  rows: Iterable<object>;
}

export interface ConsoleOptions {
  timeoutMs: number;
  rowCap: number;
}

export interface ConsoleRows {
  columns: string[];
  rows: Row[];
  truncated: boolean;
}

export interface CypherRunner extends QueryExecutor {
  readonly catalogue: Catalogue;
  /** Creates tables, constraints and (Neo4j) the full-text index that do not exist yet. */
  ensureSchema(): Promise<void>;
  /** Runs `work` in one write transaction: all of it commits, or none. Writes are serialised. */
  write<T>(work: (tx: QueryExecutor) => Promise<T>): Promise<T>;
  /**
   * Runs an analyst's query (one statement) so that the database itself
   * refuses writes, with a time-out and a row cap. Called in the console's
   * sandbox process (console/sandbox-child.ts), on the view below.
   */
  runReadOnly(query: string, params: Params, options: ConsoleOptions): Promise<ConsoleRows>;
  /** What the console's sandbox process opens: a fresh read-only snapshot (Kuzu), or the server (Neo4j). */
  consoleView(): Promise<ConsoleView>;
  /**
   * Appends rows to tables with the database's bulk loader, where it has one
   * (Kuzu's COPY FROM), one copy after another, `onCopied` told after each;
   * stops at the first that fails. Absent on databases without one.
   */
  bulkCopy?(copies: readonly BulkCopy[], onCopied?: (done: number) => void): Promise<void>;
  /**
   * PageRank over the typed relations by the database itself, where it
   * offers one (Neo4j with Graph Data Science); otherwise the store computes
   * it in process.
   */
  pageRank?(limit: number): Promise<Array<{ id: string; score: number }> | null>;
  close(): Promise<void>;
}
