/** Shortest paths between two entities, every edge with its evidence. */
import type { PathsResponse } from '../../core/api.js';
import { LIMITS } from '../../core/ontology.js';
import type { AppContext } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { PathsResponseSchema } from '../http/responses.js';
import { ClaimViewQuery, EntityId, RelationTypeSchema, queryInt, queryList, viewOf } from '../http/schemas.js';
import { z } from '../../core/zod.js';

export const PathsQuery = z.object({
  from: EntityId,
  to: EntityId,
  maxLength: queryInt(1, LIMITS.maxPathLength, 'Longest path to consider (default 4).').optional(),
  k: queryInt(1, LIMITS.maxPaths, 'Most distinct paths (default 3): all shortest first, then longer.').optional(),
  types: queryList(RelationTypeSchema, 'Only relations of these types (default: every typed relation).').optional(),
  ...ClaimViewQuery,
});

export function registerPathRoutes(routes: ApiRoutes, { store }: AppContext): void {
  routes.json(
    {
      method: 'get',
      path: '/paths',
      tag: 'graph',
      summary: 'Shortest paths between two entities, with the evidence of every edge',
      description: 'With a time range or statuses, only paths over relations the view keeps.',
      query: PathsQuery,
      response: { type: 'PathsResponse', schema: PathsResponseSchema },
      errors: [404],
      cached: true,
    },
    async ({ query }): Promise<PathsResponse> => ({
      paths: await store.paths({
        from: query.from,
        to: query.to,
        maxLength: query.maxLength,
        k: query.k,
        types: query.types,
        claimView: viewOf(query),
      }),
    }),
  );
}
