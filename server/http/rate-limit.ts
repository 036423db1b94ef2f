/**
 * Per-client request budget for the expensive routes (console, export). The
 * 429 goes through the error handler like every other error.
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { errors } from '../../core/errors.js';

export function perMinuteLimit(requestsPerMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: requestsPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(errors.rateLimited()),
  });
}
