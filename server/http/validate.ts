/**
 * One validation middleware: parses a request part with a zod schema and
 * keeps the parsed value in `res.locals`, or fails with a 400 naming the bad
 * field.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { errors } from '../../core/errors.js';

type Part = 'query' | 'body' | 'params';

export function validate<S extends z.ZodType>(part: Part, schema: S): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const parsed = schema.safeParse(req[part] ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.') || part;
      next(
        errors.validation(`${field}: ${issue.message}`, {
          issues: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
        }),
      );
      return;
    }
    res.locals[part] = parsed.data;
    next();
  };
}

/** The parsed value of a part validated earlier in the chain. */
export function parsed<T>(res: Response, part: Part): T {
  return res.locals[part] as T;
}
