/**
 * The one place errors become HTTP responses: `{ error, message }` with the
 * error's status. Unknown errors are logged and answered as a 500 without
 * internals.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { errors, isAppError } from '../../core/errors.js';
import type { ErrorResponse } from '../../core/api.js';
import type { Logger } from '../../core/logger.js';

export function notFoundRoute(): RequestHandler {
  return (req, _res, next) => next(errors.notFound('route', `${req.method} ${req.path}`));
}

/** What body-parser's errors mean, in our words (its own messages name its internals). */
const BODY_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': 'The request body is too large.',
  'request.aborted': 'The request body was cut short.',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length says.',
  'charset.unsupported': 'The request body’s charset is not supported; send UTF-8.',
  'encoding.unsupported': 'The request body’s Content-Encoding is not supported.',
};

/** Errors body-parser raises carry a status and a type; they are the client's fault. */
function clientErrorOf(err: unknown): { status: number; message: string } | null {
  const e = err as { status?: number; statusCode?: number; type?: string };
  const status = e.status ?? e.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, message: BODY_ERRORS[e.type ?? ''] ?? 'The request could not be read.' };
  }
  return null;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let status: number;
    let body: ErrorResponse;
    if (isAppError(err)) {
      status = err.status;
      body = { error: err.id, message: err.message, ...(err.details ? { details: err.details } : {}) };
    } else if (clientErrorOf(err)) {
      const c = clientErrorOf(err)!;
      status = c.status;
      body = {
        error: status === 413 ? 'too_large' : status === 415 ? 'unsupported_media_type' : 'bad_request',
        message: c.message,
      };
    } else {
      status = 500;
      body = { error: 'internal', message: 'Something went wrong on the server; it has been logged.' };
      logger.error({ err, method: req.method, url: req.originalUrl }, 'unhandled error');
    }
    if (res.headersSent) return;
    res.status(status).json(body);
  };
}
