/** Drawable subgraphs: the start screen's overview, neighbourhoods, the subgraph among chosen entities. */
import type { NeighbourhoodResponse, OverviewResponse, SubgraphResponse } from '../../core/api.js';
import { TYPED_RELATION_TYPES } from '../../core/ontology.js';
import { SubgraphBody } from '../../core/requests.js';
import type { AppContext } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { withSurvivors } from '../http/merged.js';
import { SubgraphSchema } from '../http/responses.js';
import { ClaimViewQuery, NeighbourhoodBody, RelationTypeSchema, queryInt, queryList, viewOf } from '../http/schemas.js';
import { z } from '../../core/zod.js';

/** Most entities the overview shows: a start screen, not the whole graph. */
export const MAX_OVERVIEW_NODES = 500;

export const OverviewQuery = z.object({
  limit: queryInt(1, MAX_OVERVIEW_NODES, 'How many of the most connected entities.').default(50),
  types: queryList(RelationTypeSchema, 'Relations to draw among them (default: every typed relation).').optional(),
  ...ClaimViewQuery,
});

export function registerGraphRoutes(routes: ApiRoutes, { store }: AppContext): void {
  routes.json(
    {
      method: 'get',
      path: '/graph/overview',
      tag: 'graph',
      summary: 'The most connected entities and the relations among them',
      query: OverviewQuery,
      response: { type: 'OverviewResponse', schema: SubgraphSchema },
      cached: true,
    },
    async ({ query }): Promise<OverviewResponse> => {
      const mostConnected = await store.mostConnected(query.limit);
      if (mostConnected.length === 0) return { nodes: [], edges: [], omitted: 0 };
      return store.subgraph(
        mostConnected.map((e) => e.id),
        query.types?.length ? query.types : TYPED_RELATION_TYPES,
        viewOf(query),
      );
    },
  );

  routes.json(
    {
      method: 'post',
      path: '/graph/neighbourhood',
      tag: 'graph',
      summary:
        'The neighbourhood of one or more entities, filtered, ready to draw (merged ids count as their survivor)',
      body: NeighbourhoodBody,
      response: { type: 'NeighbourhoodResponse', schema: SubgraphSchema },
      errors: [404],
      cached: true,
    },
    async ({ body }): Promise<NeighbourhoodResponse> =>
      store.neighbourhood({ ...body, ids: await withSurvivors(store, body.ids) }),
  );

  routes.json(
    {
      method: 'post',
      path: '/graph/subgraph',
      tag: 'graph',
      summary: 'The given entities and every relation among them (unknown ids are left out)',
      body: SubgraphBody,
      response: { type: 'SubgraphResponse', schema: SubgraphSchema },
      cached: true,
    },
    async ({ body }): Promise<SubgraphResponse> =>
      store.subgraph(await withSurvivors(store, body.ids), body.types, body.claimView),
  );
}
