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

/** Errors body-parser raises carry a status and a type; they are the client's fault. */
function clientErrorOf(err: unknown): { status: number; message: string } | null {
  const e = err as { status?: number; statusCode?: number; type?: string; message?: string };
  const status = e.status ?? e.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message =
      e.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : e.type === 'entity.too.large'
          ? 'The request body is too large.'
          : (e.message ?? 'Bad request.');
    return { status, message };
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
      body = { error: status === 413 ? 'too_large' : 'bad_request', message: c.message };
    } else {
      status = 500;
      body = { error: 'internal', message: 'Something went wrong on the server; it has been logged.' };
      logger.error({ err, method: req.method, url: req.originalUrl }, 'unhandled error');
    }
    if (res.headersSent) return;
    res.status(status).json(body);
  };
}
