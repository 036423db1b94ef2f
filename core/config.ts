/**
 * Configuration, read from the environment once and validated. Every setting
 * the product has is here and in `.env.sample`; nothing else reads
 * `process.env`. Entry points read `.env` first ({@link loadEnvFile}).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { LIMITS } from './ontology.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export const ROLES = ['reader', 'editor'] as const;
export type Role = (typeof ROLES)[number];

/** Who presents a token, and what it lets them do. */
export interface AccessToken {
  /** Shown in the curation log as the author of what this token did. */
  name: string;
  role: Role;
  token: string;
}

/** The embedded engines: Kuzu 0.11 (the default) and its maintained fork LadybugDB. */
export const EMBEDDED_ENGINES = ['kuzu', 'ladybug'] as const;

const TOKEN_NAME = /^[\w.@-]{1,64}$/;
const MIN_TOKEN_LENGTH = 12;

/** `name:token` pairs, comma-separated (`ana:4f9c…,ben:8e1d…`), each a named token of `role`. */
function tokenList(role: Role) {
  return z
    .string()
    .trim()
    .default('')
    .transform((value, ctx): AccessToken[] => {
      const tokens: AccessToken[] = [];
      for (const pair of value
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const at = pair.indexOf(':');
        const name = at > 0 ? pair.slice(0, at) : '';
        const token = pair.slice(at + 1);
        if (at <= 0 || !TOKEN_NAME.test(name) || token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
          ctx.addIssue({
            code: 'custom',
            message: `expected name:token pairs (names of letters, digits, . _ @ -; tokens of ${MIN_TOKEN_LENGTH}+ characters), at "${name || '(no name)'}"`,
          });
          continue;
        }
        tokens.push({ name, role, token });
      }
      return tokens;
    });
}

/**
 * Who may read: `loopback` (anyone on this machine, others with a reader or
 * editor token), `open` (anyone), `token` (only with a token, e.g. behind a
 * proxy on this machine, where every request seems to come from loopback).
 */
const READ_ACCESS = ['loopback', 'open', 'token'] as const;
export type ReadAccess = (typeof READ_ACCESS)[number];

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
  /** An editor token named `ingest`, for scripts that send articles (kept from before roles existed). */
  INGEST_TOKEN: optionalText,
  /** Editors: may edit the graph and ingest. `name:token` pairs. */
  EDITOR_TOKENS: tokenList('editor'),
  /** Readers: may read when reading needs a token. `name:token` pairs. */
  READER_TOKENS: tokenList('reader'),
  READ_ACCESS: z.enum(READ_ACCESS).default('loopback'),
  /** The token `npm run ingest --server` and `npm run curation` present to a server (default INGEST_TOKEN). */
  NEWSGRAPH_TOKEN: optionalText,
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
  EMBEDDED_ENGINE: z.enum(EMBEDDED_ENGINES).default('kuzu'),
  /** Kuzu reader connections; writes always go through one. */
  KUZU_READ_CONNECTIONS: z.coerce.number().int().min(1).max(32).default(4),
  /**
   * Write-ahead log size (MB) at which Kuzu checkpoints after a commit (its own default is 16). A checkpoint
   * rewrites every relation-table region the log touched, so its cost grows far slower than the log: on
   * 100k/300k one took ~40 s after 32 articles and ~70 s after 128 (`npm run bench -- --only store`).
   */
  KUZU_CHECKPOINT_MB: z.coerce.number().int().min(1).max(65_536).default(256),
});

export type EmbeddedEngine = (typeof EMBEDDED_ENGINES)[number];

export type StoreConfig =
  | { kind: 'kuzu'; engine: EmbeddedEngine; directory: string; readConnections: number; checkpointBytes?: number }
  | { kind: 'neo4j'; uri: string; user: string; password: string; database: string | undefined };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: (typeof LOG_LEVELS)[number];
  dataDir: string;
  store: StoreConfig;
  ingestToken: string | undefined;
  /** Every token the server accepts, with its role and name; reads per `readAccess`. */
  access: { tokens: AccessToken[]; reads: ReadAccess };
  /** What the CLI presents to a server. */
  clientToken: string | undefined;
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
 * Reads a `.env` file (KEY=value lines, as `.env.sample` shows) into `env`
 * before {@link loadConfig}: the server (server/main.ts) and every command line
 * (core/cli.ts) call it at start. What the
 * environment sets already wins, so `PORT=4000 npm start` overrides the file.
 * A missing file is no error (every setting has a default); returns whether
 * one was read.
 */
export function loadEnvFile(file = path.resolve('.env'), env: NodeJS.ProcessEnv = process.env): boolean {
  if (!fs.existsSync(file)) return false;
  for (const [key, value] of Object.entries(parseEnv(fs.readFileSync(file, 'utf8')))) {
    if (env[key] === undefined && value !== undefined) env[key] = value;
  }
  return true;
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
  const tokens = [...e.EDITOR_TOKENS, ...e.READER_TOKENS].map((t) => t.token).concat(e.INGEST_TOKEN ?? []);
  if (new Set(tokens).size !== tokens.length) {
    throw new ConfigError(['EDITOR_TOKENS / READER_TOKENS / INGEST_TOKEN: a token is given twice']);
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
        checkpointBytes: e.KUZU_CHECKPOINT_MB * 2 ** 20,
      };
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    dataDir,
    store,
    ingestToken: e.INGEST_TOKEN,
    access: {
      tokens: [
        ...e.EDITOR_TOKENS,
        ...(e.INGEST_TOKEN ? [{ name: 'ingest', role: 'editor' as const, token: e.INGEST_TOKEN }] : []),
        ...e.READER_TOKENS,
      ],
      reads: e.READ_ACCESS,
    },
    clientToken: e.NEWSGRAPH_TOKEN ?? e.INGEST_TOKEN,
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
