/** What the articles contradict, and evidence over time. */
import type { DisputesResponse, TimelineResponse } from '../../core/api.js';
import type { AppContext } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { DisputesResponseSchema, TimelineResponseSchema } from '../http/responses.js';
import { PeriodSchema, RelationTypeSchema, TimeRangeQuery, queryInt, queryList, viewOf } from '../http/schemas.js';
import { LIMITS } from '../../core/ontology.js';
import { z } from '../../core/zod.js';

export const DisputesQuery = z.object({
  ...TimeRangeQuery,
  types: queryList(RelationTypeSchema, 'Only relations of these types (default: all).').optional(),
  offset: queryInt(0, 1_000_000, 'Disputes to skip (most reported first).').default(0),
  limit: queryInt(1, LIMITS.maxDisputesPageSize, 'Disputes to return.').default(LIMITS.disputesPageSize),
});

export const TimelineQuery = z.object({ period: PeriodSchema.default('month') });

export function registerClaimRoutes(routes: ApiRoutes, { store }: AppContext): void {
  routes.json(
    {
      method: 'get',
      path: '/disputes',
      tag: 'claims',
      summary: 'Relations the articles contradict, with the sentences, outlets and dates on either side',
      description:
        'A relation is disputed when some sentence states it (asserted, reported, alleged, planned or sought) and another denies it, ' +
        'in one article or across articles. With `since`/`until`, only what was reported in the range counts on either side.',
      query: DisputesQuery,
      response: { type: 'DisputesResponse', schema: DisputesResponseSchema },
      cached: true,
    },
    async ({ query }): Promise<DisputesResponse> => {
      const { types, offset, limit, ...range } = query;
      return store.disputes({ ...viewOf(range), types, offset, limit });
    },
  );

  routes.json(
    {
      method: 'get',
      path: '/timeline',
      tag: 'claims',
      summary: 'Supporting sentences and articles per month or week, from the articles’ dates',
      query: TimelineQuery,
      response: { type: 'TimelineResponse', schema: TimelineResponseSchema },
      cached: true,
    },
    ({ query }): Promise<TimelineResponse> => store.timeline(query.period),
  );
}
