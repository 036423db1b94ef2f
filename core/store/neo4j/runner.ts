/**
 * The Neo4j adapter, through neo4j-driver: reads in READ sessions, writes in
 * managed write transactions, the console in READ access mode (Neo4j itself
 * then refuses writes) with a transaction time-out.
 */
import neo4j, { type Driver, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import { ENTITY_KINDS } from '../../ontology.js';
import { AppError, errorMessage, errors } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { Catalogue } from '../catalogue.js';
import type { ConsoleView } from '../console/sandbox-protocol.js';
import type { ConsoleOptions, ConsoleRows, CypherRunner, Params, QueryExecutor } from '../runner.js';
import type { Row } from '../values.js';
import { refuseUnknownNames } from './unknown-names.js';
import { normaliseNeo4jRecords } from './values.js';

export interface Neo4jRunnerOptions {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  logger: Logger;
  catalogueDir?: string;
}

const RUNTIME_FAILURES = new Set([
  'Neo.ClientError.Statement.ArithmeticError',
  'Neo.ClientError.Statement.ArgumentError',
  'Neo.ClientError.Statement.TypeError',
  'Neo.ClientError.Statement.EntityNotFound',
]);

/** Neo4j's error codes into ours; the message keeps the database's own words and position. */
export function translateNeo4jError(error: unknown, timeoutMs?: number): Error {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = errorMessage(error);
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.includes('ForbiddenOnReadOnlyDatabase')) {
    return errors.queryRefused(`The console is read-only: ${message.split('\n')[0]}`);
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
    // Neo4j files a value it cannot parse ("Text cannot be parsed to a Date") as a syntax error too,
    // but without a position in the query: that is a value the query cannot compute.
    if (!m) return errors.queryFailed(message.split('\n')[0]!);
    return errors.querySyntax(message.split('\n')[0]!, {
      line: Number(m[1]),
      column: Number(m[2]),
      offset: Number(m[3]),
    });
  }
  // Values the query cannot compute are its fault, as Kuzu's runtime and conversion errors are.
  if (RUNTIME_FAILURES.has(code)) return errors.queryFailed(message.split('\n')[0]!);
  if (code.startsWith('Neo.ClientError.Statement.')) return errors.querySyntax(message.split('\n')[0]!);
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code.includes('TransactionTimedOut')) {
    return errors.queryTimeout(timeoutMs ?? -1);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return errors.storeUnavailable(`Neo4j is unreachable: ${message}`);
  }
  return error instanceof Error ? error : new Error(message);
}

/**
 * JS numbers reach Neo4j as floats; integral ones are sent as Integers so that
 * `LIMIT $n` works and counters stay integers.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParams(v)]));
  }
  return value === undefined ? null : value;
}

export class Neo4jRunner implements CypherRunner {
  readonly dialect = 'neo4j' as const;
  readonly catalogue: Catalogue;
  private readonly driver: Driver;

  private constructor(private readonly options: Neo4jRunnerOptions) {
    this.catalogue = Catalogue.load('neo4j', options.catalogueDir);
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
  }

  static async open(options: Neo4jRunnerOptions): Promise<Neo4jRunner> {
    const runner = new Neo4jRunner(options);
    try {
      await runner.driver.verifyConnectivity();
    } catch (error) {
      await runner.driver.close();
      throw errors.storeUnavailable(`Cannot reach Neo4j at ${options.uri}: ${errorMessage(error)}`);
    }
    return runner;
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  async run(name: string, params: Params = {}, template = {}): Promise<Row[]> {
    const bound = this.catalogue.bind(name, params, template);
    const session = this.session('READ');
    try {
      const result = await session.executeRead((tx) => tx.run(bound.text, toNeo4jParams(bound.params) as Params));
      return normaliseNeo4jRecords(result.records);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: QueryExecutor) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((tx) =>
        work({
          dialect: this.dialect,
          run: async (name, params = {}, template = {}) => {
            const bound = this.catalogue.bind(name, params, template);
            return normaliseNeo4jRecords((await tx.run(bound.text, toNeo4jParams(bound.params) as Params)).records);
          },
        }),
      );
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  async ensureSchema(): Promise<void> {
    const session = this.session('WRITE');
    try {
      // Schema statements cannot share a transaction with each other in Neo4j: one auto-commit each.
      await session.run(this.catalogue.text('schema-entity-constraint'));
      await session.run(this.catalogue.text('schema-article-constraint'));
      await session.run(this.catalogue.text('schema-curation-constraint'));
      await session.run(this.catalogue.text('schema-source-constraint'));
      for (const kind of ENTITY_KINDS) await session.run(this.catalogue.text('schema-kind-index', { kind }));
      await session.run(this.catalogue.text('schema-fulltext'));
      await session.run(this.catalogue.text('schema-await-indexes'));
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  async runReadOnly(query: string, params: Params, options: ConsoleOptions): Promise<ConsoleRows> {
    const session = this.session('READ');
    const tx = await session.beginTransaction({ timeout: options.timeoutMs });
    try {
      const result = tx.run(query, toNeo4jParams(params) as Params);
      const records: Neo4jRecord[] = [];
      let columns: string[] = [];
      let truncated = false;
      for await (const record of result) {
        if (records.length === 0) columns = record.keys.map(String);
        if (records.length >= options.rowCap) {
          truncated = true;
          break;
        }
        records.push(record);
      }
      if (records.length === 0) columns = (await result.keys()).map(String);
      if (!truncated) refuseUnknownNames((await result.summary()).notifications);
      return { columns, rows: normaliseNeo4jRecords(records), truncated };
    } catch (error) {
      throw translateNeo4jError(error, options.timeoutMs);
    } finally {
      await tx.rollback().catch(() => undefined);
      await session.close();
    }
  }

  async consoleView(): Promise<ConsoleView> {
    const { uri, user, password, database } = this.options;
    return { dialect: 'neo4j', uri, user, password, database };
  }

  async pageRank(limit: number): Promise<Array<{ id: string; score: number }> | null> {
    // Graph Data Science is optional on Neo4j: without it (null) the store ranks in process.
    const [available] = await this.run('rank-available');
    if (!available || Number(available.n) === 0) return null;
    const session = this.session('WRITE');
    try {
      await session.run(this.catalogue.text('rank-drop')).catch(() => undefined);
      await session.run(this.catalogue.text('rank-project'));
      const result = await session.run(this.catalogue.text('rank-pagerank'), toNeo4jParams({ limit }) as Params);
      return normaliseNeo4jRecords(result.records).map((r) => ({ id: String(r.id), score: Number(r.score) }));
    } catch (error) {
      this.options.logger.warn({ err: error }, 'PageRank through GDS failed; ranking in process');
      return null;
    } finally {
      await session.run(this.catalogue.text('rank-drop')).catch(() => undefined);
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
