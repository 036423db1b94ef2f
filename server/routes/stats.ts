/** Counts and rankings of the whole graph. */
import { Router } from 'express';
import { z } from 'zod';
import type { StatsResponse } from '../../core/api.js';
import type { AppContext } from '../context.js';
import { parsed, validate } from '../http/validate.js';

export const StatsQuery = z.object({ top: z.coerce.number().int().min(1).max(100).default(10) });

export function statsRoutes({ store }: AppContext): Router {
  const router = Router();
  router.get('/stats', validate('query', StatsQuery), async (_req, res) => {
    const { top } = parsed<z.infer<typeof StatsQuery>>(res, 'query');
    const body: StatsResponse = await store.stats({ top });
    res.json(body);
  });
  return router;
}
