/**
 * Errors with stable ids. Created only through the factories below; the
 * server's error handler turns them into `{ error, message }` with their
 * status, the CLI prints their message.
 */

export type ErrorId =
  | 'not_found'
  | 'validation_failed'
  | 'query_syntax'
  | 'query_refused'
  | 'query_too_complex'
  | 'console_busy'
  | 'unsupported_media_type'
  | 'query_timeout'
  | 'query_failed'
  | 'store_unavailable'
  | 'store_locked'
  | 'too_large'
  | 'unauthorized'
  | 'forbidden'
  | 'disabled'
  | 'rate_limited'
  | 'bad_input';

const STATUS: Record<ErrorId, number> = {
  not_found: 404,
  validation_failed: 400,
  query_syntax: 400,
  query_refused: 403,
  query_too_complex: 400,
  console_busy: 503,
  unsupported_media_type: 415,
  query_timeout: 408,
  query_failed: 400,
  store_unavailable: 503,
  store_locked: 503,
  too_large: 413,
  unauthorized: 401,
  forbidden: 403,
  disabled: 403,
  rate_limited: 429,
  bad_input: 400,
};

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly id: ErrorId,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[id];
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/**
 * The message of anything thrown. Not `instanceof Error`: errors made by a
 * native addon or Node itself come from another realm when the caller runs in
 * a VM context (as jest runs tests), and would read as "Error: ..." strings.
 */
export function errorMessage(error: unknown): string {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(error);
}

export const errors = {
  notFound: (what: string, id: string) => new AppError('not_found', `No ${what} with id "${id}".`, { id }),
  validation: (message: string, details?: Record<string, unknown>) =>
    new AppError('validation_failed', message, details),
  badInput: (message: string) => new AppError('bad_input', message),
  querySyntax: (message: string, position?: { line: number; column: number; offset: number }) =>
    new AppError('query_syntax', message, position ? { position } : undefined),
  queryRefused: (message: string, clause?: string, offset?: number) =>
    new AppError(
      'query_refused',
      message,
      clause ? { clause, ...(offset === undefined ? {} : { offset }) } : undefined,
    ),
  /** A console query over one of the limits that keep parsers and planners bounded. */
  queryTooComplex: (message: string, offset: number) => new AppError('query_too_complex', message, { offset }),
  /** Every console slot is taken and the queue is full. */
  consoleBusy: (message: string) => new AppError('console_busy', message),
  unsupportedMediaType: (message: string) => new AppError('unsupported_media_type', message),
  queryTimeout: (ms: number) =>
    new AppError('query_timeout', `The query ran longer than ${ms} ms and was stopped.`, { timeoutMs: ms }),
  queryFailed: (message: string) => new AppError('query_failed', message),
  storeUnavailable: (message: string) => new AppError('store_unavailable', message),
  storeLocked: (directory: string) =>
    new AppError(
      'store_locked',
      `The embedded database at ${directory} is open in another process (probably a running server). ` +
        'Stop that process, or send the articles through it: start the server with INGEST_TOKEN set and run ' +
        '`npm run ingest -- --server http://HOST:PORT <paths>` with the same INGEST_TOKEN.',
      { directory },
    ),
  tooLarge: (message: string) => new AppError('too_large', message),
  unauthorized: (message: string) => new AppError('unauthorized', message),
  forbidden: (message: string) => new AppError('forbidden', message),
  disabled: (message: string) => new AppError('disabled', message),
  rateLimited: () => new AppError('rate_limited', 'Too many requests; wait a moment and try again.'),
};
