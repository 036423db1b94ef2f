/**
 * The Kuzu adapter: an embedded database directory opened in this process.
 * One writer connection (Kuzu allows one write transaction at a time and
 * fails a second at once instead of waiting), a pool of reader connections,
 * and a pool of console connections with a query time-out. It drives Kuzu
 * 0.11 or its maintained fork LadybugDB (`@ladybugdb/core`, the same API and
 * dialect), loaded only when a store opens.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type kuzu from 'kuzu';
import type { Connection, Database, KuzuValue, PreparedStatement, QueryResult } from 'kuzu';
import type { EmbeddedEngine } from '../../config.js';
import { ENTITY_KINDS, type EntityKind, type RelationType } from '../../ontology.js';
import { AppError, errorMessage, errors } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { Catalogue, type BoundQuery } from '../catalogue.js';
import { ResourcePool } from '../pool.js';
import type { ConsoleView } from '../console/sandbox-protocol.js';
import type { BulkCopy, ConsoleOptions, ConsoleRows, CypherRunner, Params, QueryExecutor } from '../runner.js';
import { kuzuMissingColumns, kuzuSchemaStatements, kuzuSchemaTables, legacyKuzuFtsIndexName } from '../schema.js';
import { copySlices, splitByListShape } from './list-shapes.js';
import {
  dropListStatements,
  missingListStatements,
  packEvidenceLists,
  tablesWithEvidenceLists,
} from './packed-evidence.js';
import { removeLeftovers, replaceStaged } from './staged-file.js';
import { writeJsonRows } from './json-rows.js';
import { readRows } from './result-rows.js';
import type { Row } from '../values.js';
import { normaliseKuzuRows } from './values.js';

export interface KuzuRunnerOptions {
  /** Which engine (default Kuzu 0.11). */
  engine?: EmbeddedEngine;
  /** A directory path, or `:memory:`. */
  directory: string;
  readConnections: number;
  logger: Logger;
  catalogueDir?: string;
  /** Opens the file read-only (the console's snapshot): no writer, no schema. */
  readOnly?: boolean;
  /** Kuzu's buffer pool, in bytes (0: Kuzu's default, 80% of the machine's memory). */
  bufferPoolBytes?: number;
  /** Most bytes the database may grow to, a power of two (0: Kuzu's default, 8 TB of address space). */
  maxDbBytes?: number;
  /**
   * Write-ahead log size at which a commit checkpoints (default: Kuzu's, 16 MB). A checkpoint blocks
   * every transaction while it rewrites the relation-table regions the log touched, so fewer, larger
   * ones cost far less per article; a crash replays the log at the next open.
   */
  checkpointBytes?: number;
}

/** The engine's module: both export `Database` and `Connection` with Kuzu's API. */
type EngineModule = Pick<typeof kuzu, 'Database' | 'Connection'>;

/** The engine's native module, loaded on first use (a process that never opens a store never loads one). */
export async function loadEngine(engine: EmbeddedEngine): Promise<EngineModule> {
  if (engine === 'kuzu') return (await import('kuzu')).default;
  // The fork's declarations differ only in details this adapter does not use.
  return (await import('@ladybugdb/core')).default as unknown as EngineModule;
}

/** A connection with the statements prepared on it, so each text is parsed once. */
class KuzuSession {
  private readonly statements = new Map<string, PreparedStatement>();

  constructor(readonly connection: Connection) {}

  async prepare(text: string): Promise<PreparedStatement> {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = await this.connection.prepare(text);
      if (!statement.isSuccess()) throw translateKuzuError(new Error(statement.getErrorMessage()));
      this.statements.set(text, statement);
    }
    return statement;
  }

  async execute(text: string, params: Params): Promise<Row[]> {
    const statement = await this.prepare(text);
    const rows: Row[] = [];
    // One row at a time: spreading a million rows as arguments overflows the call stack.
    for (const part of splitByListShape(params))
      for (const row of await this.executeOnce(statement, part)) rows.push(row);
    return rows;
  }

  private async executeOnce(statement: PreparedStatement, params: Params): Promise<Row[]> {
    let result: QueryResult | QueryResult[];
    try {
      result = await this.connection.execute(statement, toKuzuParams(params));
    } catch (error) {
      throw translateKuzuError(error);
    }
    const last = Array.isArray(result) ? result[result.length - 1]! : result;
    try {
      return normaliseKuzuRows(await readRows(last));
    } finally {
      last.close();
    }
  }

  /** Runs bound statements in order (several when a file runs once per row); their rows together. */
  async executeAll(bound: BoundQuery[]): Promise<Row[]> {
    const rows: Row[] = [];
    for (const b of bound) for (const row of await this.execute(b.text, b.params)) rows.push(row);
    return rows;
  }

  /** Runs a parameterless statement (DDL, transaction control, extension calls). */
  async query(text: string): Promise<Row[]> {
    let result: QueryResult | QueryResult[];
    try {
      result = await this.connection.query(text);
    } catch (error) {
      throw translateKuzuError(error);
    }
    const results = Array.isArray(result) ? result : [result];
    try {
      return normaliseKuzuRows(await readRows(results[results.length - 1]!));
    } finally {
      for (const r of results) r.close();
    }
  }

  /**
   * Drops the prepared statements before the connection closes: Kuzu crashes
   * the process at exit when a statement outlives its closed database.
   */
  async close(): Promise<void> {
    this.statements.clear();
    await this.connection.close();
  }
}

/**
 * Values as Kuzu takes them. An empty list has no element type: Kuzu binds it
 * as NULL, types it STRING inside UNWIND rows (then refuses it for a STRING[]
 * column), and throws on an empty UNWIND. Empty lists are sent as NULL (what
 * Kuzu stores for them anyway; readers treat NULL lists as empty), at any depth.
 */
function toKuzuValue(value: unknown): KuzuValue {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(toKuzuValue);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toKuzuValue(v)]));
  }
  return value as KuzuValue;
}

function toKuzuParams(params: Params): Record<string, KuzuValue> {
  return toKuzuValue(params) as Record<string, KuzuValue>;
}

/** Where a 1-based line and 0-based column fall in the query text. */
function offsetOf(query: string, line: number, column: number): number {
  const lines = query.split('\n');
  return lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column;
}

/**
 * Kuzu's messages carry a category prefix; syntax and binding problems are
 * the caller's. With the query text, a syntax error's position gets its offset too.
 */
export function translateKuzuError(error: unknown, query?: string): Error {
  if (error instanceof AppError) return error;
  const message = errorMessage(error);
  if (/^Interrupted\.?$/.test(message.trim())) return errors.queryTimeout(-1);
  const parser = /^Parser exception: ([\s\S]*?)(?:\(line: (\d+), offset: (\d+)\))?\s*(?:"[\s\S]*)?$/.exec(message);
  if (parser) {
    const line = parser[2] ? Number(parser[2]) : undefined;
    const column = parser[3] ? Number(parser[3]) : undefined;
    return errors.querySyntax(
      message.split('\n')[0]!,
      line !== undefined && column !== undefined
        ? { line, column: column + 1, offset: query === undefined ? -1 : offsetOf(query, line, column) }
        : undefined,
    );
  }
  if (/^(Binder|Catalog) exception:/.test(message)) return errors.querySyntax(message);
  const wrapped = new Error(message);
  wrapped.name = 'KuzuError';
  return wrapped;
}

/**
 * An analyst's query failing. A write the read-only transaction stopped is a
 * refusal; values the query cannot compute (division by zero, a failed cast,
 * an overflow) are its fault. Both are client errors, as they are on Neo4j.
 */
function translateConsoleError(error: unknown, timeoutMs: number, query: string): Error {
  const translated = translateKuzuError(error, query);
  if (translated instanceof AppError)
    return translated.id === 'query_timeout' ? errors.queryTimeout(timeoutMs) : translated;
  if (/read-only transaction/.test(translated.message))
    return errors.queryRefused(`The console is read-only: ${translated.message}`);
  if (/^(Runtime|Conversion|Overflow) exception:/.test(translated.message))
    return errors.queryFailed(translated.message);
  if (/^Buffer manager exception:/.test(translated.message)) {
    return errors.queryFailed('The query needed more memory than the console allows and was stopped.');
  }
  return translated;
}

/** Where the console's snapshots of a database file live: beside it. */
function snapshotDirectory(directory: string): string {
  return `${directory}.console`;
}

export class KuzuRunner implements CypherRunner {
  readonly dialect = 'kuzu' as const;
  readonly catalogue: Catalogue;
  private writer!: ResourcePool<KuzuSession>;
  private readers!: ResourcePool<KuzuSession>;
  private consoles!: ResourcePool<KuzuSession>;
  private readonly sessions: KuzuSession[] = [];
  private database!: Database;
  /** Commits made through this runner: a snapshot older than this is stale. */
  private generation = 0;
  private snapshotted: { generation: number; file: string } | null = null;
  private readonly snapshotting = new ResourcePool([Symbol('snapshot')]);

  private constructor(private readonly options: KuzuRunnerOptions) {
    const engine = options.engine ?? 'kuzu';
    this.catalogue = Catalogue.load('kuzu', options.catalogueDir, engine);
    this.bulkCopy =
      engine === 'kuzu'
        ? (copies, onCopied) => this.copyFromJson(copies, onCopied)
        : (copies, onCopied) => this.copyFromRows(copies, onCopied);
  }

  /** Opens (creating if needed) the database directory; a directory held by another process is a clear error. */
  static async open(options: KuzuRunnerOptions): Promise<KuzuRunner> {
    if (options.directory !== ':memory:' && !options.readOnly) removeLeftovers(options.directory);
    const runner = new KuzuRunner(options);
    await runner.init();
    return runner;
  }

  private async init(): Promise<void> {
    const { directory } = this.options;
    if (directory !== ':memory:') fs.mkdirSync(directory.replace(/[/\\][^/\\]*$/, '') || '.', { recursive: true });
    const { bufferPoolBytes = 0, maxDbBytes = 0, readOnly = false, checkpointBytes = -1 } = this.options;
    const engine = await loadEngine(this.options.engine ?? 'kuzu');
    this.database = new engine.Database(directory, bufferPoolBytes, true, readOnly, maxDbBytes, true, checkpointBytes);
    try {
      await this.database.init();
    } catch (error) {
      const message = errorMessage(error);
      if (/lock/i.test(message)) throw errors.storeLocked(directory);
      throw errors.storeUnavailable(`Cannot open the embedded database at ${directory}: ${message}`);
    }
    const session = async () => {
      const connection = new engine.Connection(this.database);
      await connection.init();
      const s = new KuzuSession(connection);
      this.sessions.push(s);
      return s;
    };
    this.writer = new ResourcePool([await session()]);
    const readers: KuzuSession[] = [];
    for (let i = 0; i < this.options.readConnections; i++) readers.push(await session());
    this.readers = new ResourcePool(readers);
    this.consoles = new ResourcePool([await session(), await session()]);
  }

  async run(name: string, params: Params = {}, template = {}): Promise<Row[]> {
    const bound = this.catalogue.bindAll(name, params, template);
    return this.readers.use((s) => s.executeAll(bound));
  }

  async write<T>(work: (tx: QueryExecutor) => Promise<T>): Promise<T> {
    return this.writer.use(async (session) => {
      await session.query('BEGIN TRANSACTION');
      const tx: QueryExecutor = {
        dialect: this.dialect,
        run: (name, params = {}, template = {}) => {
          return session.executeAll(this.catalogue.bindAll(name, params, template));
        },
      };
      try {
        const result = await work(tx);
        await session.query('COMMIT');
        this.generation++;
        return result;
      } catch (error) {
        // A failed statement may already have ended the transaction.
        await session.query('ROLLBACK').catch(() => undefined);
        // Kuzu 0.11.3 can keep a rolled-back update's row versions: the next transaction to update
        // that row then fails with "Write-write conflict". A checkpoint clears them (LadybugDB has no such bug).
        await session.query('CHECKPOINT').catch(() => undefined);
        throw error;
      }
    });
  }

  /**
   * Merges the write-ahead log into the database file now (what a commit does
   * on its own past `checkpointBytes`, and closing does): for measuring what
   * the writes owe the checkpoint.
   */
  async checkpoint(): Promise<void> {
    await this.writer.use((session) => session.query('CHECKPOINT'));
  }

  /**
   * COPY FROM a JSON file on Kuzu 0.11, which has its JSON reader built in;
   * on LadybugDB, which fetches it as an extension at run time (not offline),
   * COPY FROM the rows as a parameter.
   */
  readonly bulkCopy?: (copies: readonly BulkCopy[], onCopied?: (done: number) => void) => Promise<void>;

  /**
   * Each table's rows are written to a file while the previous table's COPY
   * runs (Kuzu copies on its own threads; writing is this thread's work), so
   * the two overlap instead of adding up. A file is removed once copied.
   */
  private async copyFromJson(copies: readonly BulkCopy[], onCopied: (done: number) => void = () => {}): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bulk-'));
    // The file of copy i, or null when it has no rows.
    const stage = (i: number): string | null => {
      const file = path.join(dir, `rows-${i}.json`);
      return writeJsonRows(file, copies[i]!.rows) > 0 ? file : null;
    };
    try {
      await this.writer.use(async (session) => {
        let next = copies.length > 0 ? stage(0) : null;
        for (const [i, copy] of copies.entries()) {
          const file = next;
          const copying = file ? session.query(this.catalogue.text(copy.name, { ...copy.template, file })) : null;
          // A COPY that fails while the next file is written is awaited below; until then it must not count as an
          // unhandled rejection (which ends the process).
          copying?.catch(() => undefined);
          // Kuzu's binding hands the statement to its threads a few promise turns later: let it go first.
          await new Promise((resolve) => setImmediate(resolve));
          try {
            next = i + 1 < copies.length ? stage(i + 1) : null;
          } catch (error) {
            await copying?.catch(() => undefined);
            throw error;
          }
          if (copying) {
            await copying;
            this.generation++;
            fs.rmSync(file!, { force: true });
          }
          onCopied(i + 1);
        }
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /**
   * COPY on LadybugDB, which reads JSON files only through an extension it
   * downloads at run time: each table's rows go as a parameter, a slice at a
   * time (`COPY ... FROM (UNWIND $rows ...)`), each slice committed on its own.
   */
  private async copyFromRows(copies: readonly BulkCopy[], onCopied: (done: number) => void = () => {}): Promise<void> {
    await this.writer.use(async (session) => {
      for (const [i, copy] of copies.entries()) {
        for (const rows of copySlices(copy.rows)) {
          await session.executeAll(this.catalogue.bindAll(copy.name, { rows }, copy.template));
          this.generation++;
        }
        onCopied(i + 1);
      }
    });
  }

  /**
   * Completes the schema. On disk, a database that lacks any of it is closed,
   * completed on a staged copy and swapped in by one rename (staged-file.ts),
   * then reopened: a crash at any point leaves the old file or the finished
   * one, never a half-built index.
   */
  async ensureSchema(): Promise<void> {
    if (await this.schemaComplete()) return;
    const { directory } = this.options;
    if (directory === ':memory:') return this.buildSchema();
    await this.closeDatabase();
    await replaceStaged(directory, async (staging) => {
      const builder = await KuzuRunner.open({ ...this.options, directory: staging, readConnections: 1 });
      try {
        await builder.buildSchema();
      } finally {
        await builder.close();
      }
    });
    await this.init();
  }

  /**
   * What the schema lacks: tables that do not exist yet, the columns that
   * tables made by an older version lack (as `ALTER TABLE` statements), the
   * relation tables whose evidence is still in lists, to be packed (with the
   * lists the oldest lack, as statements), and the full-text indexes an older
   * store carries (search lives in the process now; such an index only slows
   * writes down, and batched creates into an indexed table crash Kuzu 0.11),
   * to be dropped.
   */
  private async missingSchema(): Promise<{
    tables: boolean;
    columns: string[];
    evidenceLists: RelationType[];
    legacyIndexes: EntityKind[];
  }> {
    return this.writer.use(async (session) => {
      const tables = new Set((await session.query('CALL show_tables() RETURN name')).map((r) => String(r.name)));
      const indexes = new Set(
        (await session.query('CALL show_indexes() RETURN index_name AS name')).map((r) => String(r.name)),
      );
      // Every open asks this: each table's columns are read once, though the lists and the columns both need them.
      const known = new Map<string, Set<string> | null>();
      const columnsOf = async (table: string) => {
        if (!known.has(table)) {
          const rows = tables.has(table) ? await session.query(`CALL table_info('${table}') RETURN name`) : null;
          known.set(table, rows && new Set(rows.map((r) => String(r.name))));
        }
        return known.get(table)!;
      };
      const evidenceLists = await tablesWithEvidenceLists(columnsOf);
      const columns = await kuzuMissingColumns(columnsOf);
      for (const type of evidenceLists) columns.push(...missingListStatements(type, (await columnsOf(type))!));
      return {
        tables: kuzuSchemaTables().some((t) => !tables.has(t)),
        columns,
        evidenceLists,
        legacyIndexes: ENTITY_KINDS.filter((kind) => indexes.has(legacyKuzuFtsIndexName(kind))),
      };
    });
  }

  private async schemaComplete(): Promise<boolean> {
    const missing = await this.missingSchema();
    return (
      !missing.tables &&
      missing.columns.length === 0 &&
      missing.evidenceLists.length === 0 &&
      missing.legacyIndexes.length === 0
    );
  }

  /**
   * Creates the missing tables and columns in one transaction, packs the
   * evidence lists of an older database (a transaction per table) and drops
   * them, then drops each legacy full-text index (Kuzu allows those only alone).
   */
  private async buildSchema(): Promise<void> {
    const missing = await this.missingSchema();
    if (missing.tables || missing.columns.length > 0) {
      await this.writer.use(async (session) => {
        await session.query('BEGIN TRANSACTION');
        try {
          for (const statement of kuzuSchemaStatements()) await session.query(statement);
          for (const statement of missing.columns) await session.query(statement);
          await session.query('COMMIT');
        } catch (error) {
          await session.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      });
    }
    const { logger } = this.options;
    if (missing.evidenceLists.length > 0) {
      logger.info(
        { tables: missing.evidenceLists.length },
        'packing the evidence lists of a database made by an older version',
      );
    }
    let packed = 0;
    for (const type of missing.evidenceLists) {
      const relations = await this.write((tx) => packEvidenceLists(tx, type));
      logger.info({ table: type, relations }, 'packed the evidence of a relation table');
      packed += relations;
      await this.writer.use(async (session) => {
        // Kuzu 0.11.3 crashes checkpointing a dropped column whose table has updates not yet checkpointed.
        await session.query('CHECKPOINT');
        for (const statement of dropListStatements(type)) await session.query(statement);
      });
    }
    if (missing.evidenceLists.length > 0) logger.info({ relations: packed }, 'packed the evidence lists');
    await this.writer.use(async (session) => {
      for (const kind of missing.legacyIndexes) {
        await session.query(`CALL DROP_FTS_INDEX('${kind}', '${legacyKuzuFtsIndexName(kind)}')`);
      }
    });
  }

  async runReadOnly(query: string, params: Params, options: ConsoleOptions): Promise<ConsoleRows> {
    return this.consoles.use(async (session) => {
      session.connection.setQueryTimeout(options.timeoutMs);
      await session.query('BEGIN TRANSACTION READ ONLY');
      try {
        // prepare() refuses multi-statement strings, so a `; COMMIT; CREATE ...` cannot escape the transaction.
        const statement = await session.connection.prepare(query);
        if (!statement.isSuccess())
          throw translateConsoleError(new Error(statement.getErrorMessage()), options.timeoutMs, query);
        let result: QueryResult | QueryResult[];
        try {
          result = await session.connection.execute(statement, toKuzuParams(params));
        } catch (error) {
          throw translateConsoleError(error, options.timeoutMs, query);
        }
        const last = Array.isArray(result) ? result[result.length - 1]! : result;
        try {
          const columns = await last.getColumnNames();
          const raw = await readRows(last, options.rowCap + 1);
          const truncated = raw.length > options.rowCap;
          return { columns, rows: normaliseKuzuRows(raw.slice(0, options.rowCap)), truncated };
        } finally {
          last.close();
        }
      } finally {
        await session.query('ROLLBACK').catch(() => undefined);
      }
    });
  }

  /**
   * A read-only copy of the database as of the last commit, for the console's
   * sandbox process: only one process may open the database file, and a
   * read-only Database in this process would not see this process's later
   * commits. The file and its write-ahead log are copied under the writer's
   * lock (no commit half-written; the copy replays the log when opened), and
   * only when something was written since the last copy. Older copies are
   * unlinked: a process still reading one keeps it until it reopens.
   */
  async snapshot(): Promise<string> {
    const { directory } = this.options;
    if (directory === ':memory:') throw errors.storeUnavailable('The console needs an on-disk database to snapshot.');
    return this.snapshotting.use(async () => {
      if (this.snapshotted?.generation === this.generation) return this.snapshotted.file;
      const dir = snapshotDirectory(directory);
      fs.mkdirSync(dir, { recursive: true });
      const next = await this.writer.use(async () => {
        const file = path.join(dir, `${Date.now()}-${this.generation}.kuzu`);
        await fs.promises.copyFile(directory, `${file}.part`, fs.constants.COPYFILE_FICLONE);
        if (fs.existsSync(`${directory}.wal`)) {
          await fs.promises.copyFile(`${directory}.wal`, `${file}.wal`, fs.constants.COPYFILE_FICLONE);
        }
        fs.renameSync(`${file}.part`, file);
        return { generation: this.generation, file };
      });
      const keep = new Set([path.basename(next.file), `${path.basename(next.file)}.wal`]);
      for (const old of fs.readdirSync(dir)) if (!keep.has(old)) fs.rmSync(path.join(dir, old), { force: true });
      this.snapshotted = next;
      return next.file;
    });
  }

  async consoleView(): Promise<ConsoleView> {
    return { dialect: 'kuzu', engine: this.options.engine ?? 'kuzu', file: await this.snapshot() };
  }

  /** Closes the connections and the database (Kuzu merges its write-ahead log into the file on a clean close). */
  private async closeDatabase(): Promise<void> {
    for (const s of this.sessions.splice(0)) await s.close().catch(() => undefined);
    await this.database.close();
  }

  async close(): Promise<void> {
    await this.closeDatabase();
    if (this.snapshotted) fs.rmSync(snapshotDirectory(this.options.directory), { recursive: true, force: true });
  }
}
