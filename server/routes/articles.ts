/**
 * The articles behind the graph: the list, and one with its text and entity
 * mentions. Correcting an article's title, outlet, date or URL is a curation
 * edit (`POST /curation/edits`, action `article`), so that it is logged and
 * outlives a re-ingest of the article.
 */
import type { ArticleResponse, ArticlesResponse } from '../../core/api.js';
import type { AppContext } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { ArticleId } from '../http/schemas.js';
import { z } from '../../core/zod.js';

export const ArticleParams = z.object({ id: ArticleId });

export function registerArticleRoutes(routes: ApiRoutes, { store }: AppContext): void {
  routes.json(
    {
      method: 'get',
      path: '/articles',
      tag: 'articles',
      summary: 'Every article, newest first',
      response: { type: 'ArticlesResponse' },
      cached: true,
    },
    async (): Promise<ArticlesResponse> => ({ articles: await store.articles() }),
  );

  routes.json(
    {
      method: 'get',
      path: '/articles/:id',
      tag: 'articles',
      summary: 'One article with its cleaned text and the spans of its entity mentions',
      params: ArticleParams,
      response: { type: 'ArticleResponse' },
      errors: [404],
      cached: true,
    },
    ({ params }): Promise<ArticleResponse> => store.article(params.id),
  );
}
