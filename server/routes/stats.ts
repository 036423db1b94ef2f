/** Counts and rankings of the whole graph. */
import type { StatsResponse } from '../../core/api.js';
import type { AppContext } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { queryInt } from '../http/schemas.js';
import { z } from '../../core/zod.js';

export const StatsQuery = z.object({ top: queryInt(1, 100, 'Length of the rankings.').default(10) });

export function registerStatsRoutes(routes: ApiRoutes, { store }: AppContext): void {
  routes.json(
    {
      method: 'get',
      path: '/stats',
      tag: 'graph',
      summary: 'Counts by kind and type, most connected and most central entities',
      query: StatsQuery,
      response: { type: 'StatsResponse' },
      cached: true,
    },
    ({ query }): Promise<StatsResponse> => store.stats({ top: query.top }),
  );
}
