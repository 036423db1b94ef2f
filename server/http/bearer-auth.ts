/**
 * `Authorization: Bearer <token>` against a configured secret. Both sides
 * are hashed first so that the comparison takes the same time whatever the
 * length or content of the guess.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { errors } from '../../core/errors.js';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Whether `presented` equals `expected`, in constant time. */
export function tokensMatch(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

export function requireBearer(expected: () => string | undefined): RequestHandler {
  return (req, res, next) => {
    const token = expected();
    const presented = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
    if (!token || !presented || !tokensMatch(presented, token)) {
      res.set('WWW-Authenticate', 'Bearer');
      next(errors.unauthorized('This route needs the header "Authorization: Bearer <INGEST_TOKEN>".'));
      return;
    }
    next();
  };
}
