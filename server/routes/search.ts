/** Ranked full-text search over entity names and aliases (prefixes and typos tolerated by the store). */
import type { SearchResponse } from '../../core/api.js';
import { LIMITS } from '../../core/ontology.js';
import type { AppContext } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { EntityKindSchema, queryInt, queryList } from '../http/schemas.js';
import { z } from '../../core/zod.js';

/** Deepest page a search may ask for: analysts refine the query long before. */
const MAX_SEARCH_OFFSET = 1000;

export const SearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .openapi({ description: 'Name, alias, prefix or misspelling.', example: 'Gnatz' }),
  kinds: queryList(EntityKindSchema, 'Only entities of these kinds.').optional(),
  offset: queryInt(0, MAX_SEARCH_OFFSET, 'Hits to skip.').default(0),
  limit: queryInt(1, LIMITS.maxSearchPageSize, 'Hits per page.').default(LIMITS.searchPageSize),
});

export function registerSearchRoutes(routes: ApiRoutes, { store }: AppContext): void {
  routes.json(
    {
      method: 'get',
      path: '/search',
      tag: 'entities',
      summary: 'Search entities by name or alias',
      query: SearchQuery,
      response: { type: 'SearchResponse' },
      cached: true,
    },
    ({ query }): Promise<SearchResponse> =>
      store.search({ query: query.q, kinds: query.kinds, offset: query.offset, limit: query.limit }),
  );
}
