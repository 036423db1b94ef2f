/**
 * Configuration, read from the environment once and validated. Every setting
 * the product has is here and in `.env.sample`; nothing else reads
 * `process.env`.
 */
import path from 'node:path';
import { z } from 'zod';
import { LIMITS } from './ontology.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DATA_DIR: z.string().default('./data'),
  NEO4J_URI: optionalText,
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: optionalText,
  /** Enables `POST /api/ingest` and is required by it; unset = ingest over HTTP disabled. */
  INGEST_TOKEN: optionalText,
  /** Where `npm run ingest` sends articles when the embedded store is held by a running server. */
  NEWSGRAPH_SERVER: optionalText,
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(LIMITS.consoleTimeoutMs),
  CONSOLE_ROW_CAP: z.coerce.number().int().min(1).max(100_000).default(LIMITS.consoleRowCap),
  /** Console queries run at once, each in its own sandbox process. */
  CONSOLE_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
  /** Console queries that may wait for a sandbox; more are answered 503 at once. */
  CONSOLE_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
  /** Memory of one console sandbox process in MB (Kuzu's buffer pool gets half, the JS heap a quarter). */
  CONSOLE_MEMORY_MB: z.coerce.number().int().min(256).max(65_536).default(2048),
  /** Requests per minute per client on the console and export routes. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Wall-clock budget of extracting one article (CLI and uploads); a file over it is reported and skipped. */
  INGEST_FILE_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /** Heap of one extraction worker in MB; an article that needs more is reported and skipped. */
  INGEST_WORKER_MEMORY_MB: z.coerce.number().int().min(64).max(65_536).default(1024),
  /** The embedded engine: Kuzu 0.11 (archived upstream) or its maintained fork, LadybugDB. */
  EMBEDDED_ENGINE: z.enum(['kuzu', 'ladybug']).default('kuzu'),
  /** Kuzu reader connections; writes always go through one. */
  KUZU_READ_CONNECTIONS: z.coerce.number().int().min(1).max(32).default(4),
});

export type EmbeddedEngine = 'kuzu' | 'ladybug';

export type StoreConfig =
  | { kind: 'kuzu'; engine: EmbeddedEngine; directory: string; readConnections: number }
  | { kind: 'neo4j'; uri: string; user: string; password: string; database: string | undefined };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: (typeof LOG_LEVELS)[number];
  dataDir: string;
  store: StoreConfig;
  ingestToken: string | undefined;
  serverUrl: string | undefined;
  console: { timeoutMs: number; rowCap: number; workers: number; queue: number; memoryMb: number };
  rateLimitPerMinute: number;
  /** Per-file budget of extraction. */
  ingest: { fileTimeoutMs: number; workerMemoryMb: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Builds the configuration from an environment (default: `process.env`).
 * Throws a {@link ConfigError} listing every bad variable at once.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`));
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError(['NEO4J_PASSWORD: required when NEO4J_URI is set']);
  }
  const dataDir = path.resolve(e.DATA_DIR);
  const store: StoreConfig = e.NEO4J_URI
    ? {
        kind: 'neo4j',
        uri: e.NEO4J_URI,
        user: e.NEO4J_USER,
        password: e.NEO4J_PASSWORD ?? '',
        database: e.NEO4J_DATABASE,
      }
    : {
        kind: 'kuzu',
        engine: e.EMBEDDED_ENGINE,
        // The two engines' files differ: each has its own directory.
        directory: path.join(dataDir, e.EMBEDDED_ENGINE),
        readConnections: e.KUZU_READ_CONNECTIONS,
      };
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    dataDir,
    store,
    ingestToken: e.INGEST_TOKEN,
    serverUrl: e.NEWSGRAPH_SERVER,
    console: {
      timeoutMs: e.QUERY_TIMEOUT_MS,
      rowCap: e.CONSOLE_ROW_CAP,
      workers: e.CONSOLE_WORKERS,
      queue: e.CONSOLE_QUEUE,
      memoryMb: e.CONSOLE_MEMORY_MB,
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    ingest: { fileTimeoutMs: e.INGEST_FILE_TIMEOUT_MS, workerMemoryMb: e.INGEST_WORKER_MEMORY_MB },
  };
}
