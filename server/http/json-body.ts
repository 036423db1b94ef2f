/**
 * Request bodies of the JSON routes: parsed when they are JSON, refused with
 * 415 `unsupported_media_type` when they are something else (a form, plain
 * text), instead of being ignored and then failing validation with a
 * confusing 400 about a missing field.
 */
import express, { type RequestHandler } from 'express';
import { errors } from '../../core/errors.js';

function hasBody(req: Parameters<RequestHandler>[0]): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

export function jsonBodies(limit: string): RequestHandler[] {
  const requireJson: RequestHandler = (req, _res, next) => {
    if (hasBody(req) && !req.is('application/json')) {
      return next(errors.unsupportedMediaType('Send the request body as JSON (Content-Type: application/json).'));
    }
    next();
  };
  return [requireJson, express.json({ limit })];
}
