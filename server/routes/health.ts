/** Liveness and what the server runs on. */
import { Router } from 'express';
import type { HealthResponse } from '../../core/api.js';
import type { AppContext } from '../context.js';

export function healthRoutes({ store, config }: AppContext): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    const body: HealthResponse = {
      status: 'ok',
      store: store.dialect,
      generation: store.generation(),
      ingestEnabled: Boolean(config.ingestToken),
    };
    res.json(body);
  });
  return router;
}
