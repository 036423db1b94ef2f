/**
 * The articles behind the graph: the list, one with its text and entity
 * mentions, and an analyst's correction of its date or outlet.
 */
import type { ArticleCorrectionResponse, ArticleResponse, ArticlesResponse } from '../../core/api.js';
import type { AppContext } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { requireEditor } from '../http/access.js';
import { BEARER_SCHEME } from '../http/openapi.js';
import { ArticleId, IsoDate } from '../http/schemas.js';
import { z } from '../http/zod.js';

export const ArticleParams = z.object({ id: ArticleId });

export const ArticleCorrectionBody = z
  .object({
    date: IsoDate.nullable().optional().openapi({ description: 'Publication date (YYYY-MM-DD); null: unknown.' }),
    source: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .nullable()
      .optional()
      .openapi({ description: 'The outlet that published it; null: unknown.' }),
  })
  .strict()
  .refine((body) => body.date !== undefined || body.source !== undefined, {
    message: 'give `date` or `source` (null clears one)',
    path: ['date'],
  })
  .openapi('ArticleCorrectionRequest');

export function registerArticleRoutes(routes: ApiRoutes, context: AppContext): void {
  const { store } = context;
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

  routes.json(
    {
      method: 'patch',
      path: '/articles/:id',
      tag: 'articles',
      summary: 'Correct an article’s date or outlet',
      description:
        'A field left out stays; null clears it. Relations read their report dates from their articles, so every relation the article supports moves with it (timeline, ranges, disputes, exports).',
      params: ArticleParams,
      body: ArticleCorrectionBody,
      response: { type: 'ArticleCorrectionResponse' },
      errors: [401, 403, 404],
      guards: [requireEditor(context.config.access, 'Editing articles')],
      openapi: { security: [{ [BEARER_SCHEME]: [] }] },
    },
    ({ params, body }): Promise<ArticleCorrectionResponse> => store.correctArticle(params.id, body),
  );
}
