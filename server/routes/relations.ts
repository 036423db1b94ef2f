/** One relation and every sentence that supports it. */
import type { RelationResponse } from '../../core/api.js';
import { countByPeriod } from '../../core/claims.js';
import { parseRelationId } from '../../core/relation-id.js';
import type { AppContext } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { redirectMerged } from '../http/merged.js';
import { RelationResponseSchema } from '../http/responses.js';
import { PeriodSchema } from '../http/schemas.js';
import { z } from '../../core/zod.js';

export const RelationParams = z.object({
  id: z
    .string()
    .min(1)
    .max(500)
    .refine((id) => parseRelationId(id) !== null, 'expected subject|TYPE|object with a relation type of the ontology')
    .openapi({
      description: 'The relation id `subject|TYPE|object`, URL-encoded.',
      example: 'sylvania|SEEKS|skyshield',
    }),
});

export const RelationQuery = z.object({
  period: PeriodSchema.default('month'),
});

export function registerRelationRoutes(routes: ApiRoutes, { store }: AppContext): void {
  routes.json(
    {
      method: 'get',
      path: '/relations/:id',
      tag: 'graph',
      summary: 'A relation with its supporting sentences, their articles and mention offsets',
      description:
        'Each sentence carries its certainty and attributed source; `periods` counts the sentences per month or week of their articles’ dates. A relation named through a merged entity answers 308 to its id under the survivor.',
      params: RelationParams,
      query: RelationQuery,
      response: { type: 'RelationResponse', schema: RelationResponseSchema },
      errors: [404],
      guards: [redirectMerged(store, 'relation')],
      cached: true,
    },
    async ({ params, query }): Promise<RelationResponse> => {
      const { edge, evidence } = await store.relation(params.id);
      return {
        edge,
        evidence,
        periods: countByPeriod(
          evidence.map((e) => e.date),
          query.period,
        ),
      };
    },
  );
}
