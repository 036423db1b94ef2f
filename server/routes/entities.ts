/** One entity: its details, and its neighbourhood as a drawable subgraph. */
import type { EntityResponse, NeighbourhoodResponse } from '../../core/api.js';
import { LIMITS } from '../../core/ontology.js';
import type { AppContext } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { redirectMerged } from '../http/merged.js';
import { SubgraphSchema } from '../http/responses.js';
import {
  ArticleId,
  EntityId,
  EntityKindSchema,
  MAX_ARTICLE_FILTER,
  MAX_CORROBORATION,
  RelationTypeSchema,
  ClaimViewQuery,
  queryInt,
  queryList,
  viewOf,
} from '../http/schemas.js';
import { z } from '../../core/zod.js';

export const EntityParams = z.object({ id: EntityId });

export const EntityNeighbourhoodQuery = z.object({
  depth: queryInt(1, LIMITS.maxDepth, 'Hops from the entity (default 1).').optional(),
  kinds: queryList(EntityKindSchema, 'Only entities of these kinds.').optional(),
  types: queryList(RelationTypeSchema, 'Only relations of these types.').optional(),
  articles: queryList(ArticleId, 'Only relations stated in one of these articles.', MAX_ARTICLE_FILTER).optional(),
  minCorroboration: queryInt(1, MAX_CORROBORATION, 'Only relations stated by at least this many articles.').optional(),
  limit: queryInt(1, LIMITS.maxNodeLimit, 'Most nodes to return; the rest are counted in `omitted`.').optional(),
  ...ClaimViewQuery,
});

export function registerEntityRoutes(routes: ApiRoutes, { store }: AppContext): void {
  routes.json(
    {
      method: 'get',
      path: '/entities/:id',
      tag: 'entities',
      summary: 'An entity with its articles and its relations grouped by type',
      description: 'An id merged into another entity answers 308 to the survivor’s URL.',
      params: EntityParams,
      response: { type: 'EntityResponse' },
      errors: [404],
      guards: [redirectMerged(store, 'entity')],
      cached: true,
    },
    ({ params }): Promise<EntityResponse> => store.entity(params.id),
  );

  routes.json(
    {
      method: 'get',
      path: '/entities/:id/neighbourhood',
      tag: 'graph',
      summary: 'The neighbourhood of one entity, ready to draw',
      params: EntityParams,
      query: EntityNeighbourhoodQuery,
      response: { type: 'NeighbourhoodResponse', schema: SubgraphSchema },
      errors: [404],
      guards: [redirectMerged(store, 'entity')],
      cached: true,
    },
    ({ params, query }): Promise<NeighbourhoodResponse> =>
      store.neighbourhood({
        ids: [params.id],
        depth: query.depth,
        kinds: query.kinds,
        types: query.types,
        articleIds: query.articles,
        minCorroboration: query.minCorroboration,
        limit: query.limit,
        claimView: viewOf(query),
      }),
  );
}
