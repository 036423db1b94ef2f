/** Liveness and what the server runs on. */
import type { HealthResponse } from '../../core/api.js';
import type { AppContext } from '../context.js';
import { ingestEnabled } from '../http/access.js';
import type { ApiRoutes } from '../http/api-routes.js';

export function registerHealthRoutes(routes: ApiRoutes, { store, config, ingest }: AppContext): void {
  routes.json(
    {
      method: 'get',
      path: '/health',
      tag: 'meta',
      summary: 'Liveness, store and ingest status',
      response: { type: 'HealthResponse' },
    },
    (): HealthResponse => ({
      status: 'ok',
      store: store.dialect,
      generation: store.generation(),
      ingestEnabled: Boolean(ingestEnabled(config) && ingest),
    }),
  );
}
