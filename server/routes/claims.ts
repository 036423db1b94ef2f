/** What the articles contradict, and evidence over time. */
import type { DisputesResponse, TimelineResponse } from '../../core/api.js';
import type { AppContext } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { DisputesResponseSchema, TimelineResponseSchema } from '../http/responses.js';
import { PeriodSchema, RelationTypeSchema, TimeRangeQuery, queryList, viewOf } from '../http/schemas.js';
import { z } from '../../core/zod.js';

export const DisputesQuery = z.object({
  ...TimeRangeQuery,
  types: queryList(RelationTypeSchema, 'Only relations of these types (default: all).').optional(),
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
      const { types, ...range } = query;
      return { disputes: await store.disputes({ ...viewOf(range), types }) };
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
