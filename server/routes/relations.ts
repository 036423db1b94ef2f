/** One relation and every sentence that supports it. */
import type { RelationResponse } from '../../core/api.js';
import { parseRelationId } from '../../core/relation-id.js';
import type { AppContext } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { z } from '../http/zod.js';

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

export function registerRelationRoutes(routes: ApiRoutes, { store }: AppContext): void {
  routes.json(
    {
      method: 'get',
      path: '/relations/:id',
      tag: 'graph',
      summary: 'A relation with its supporting sentences, their articles and mention offsets',
      params: RelationParams,
      response: { type: 'RelationResponse' },
      errors: [404],
      cached: true,
    },
    async ({ params }): Promise<RelationResponse> => {
      const { edge, evidence } = await store.relation(params.id);
      return { edge, evidence };
    },
  );
}
