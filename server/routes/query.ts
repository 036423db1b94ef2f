/**
 * The analyst's Cypher console. Read-only twice over, by the store: a lexical
 * guard refuses writes, schema changes, file access, extension installs and
 * procedures off its allow-list, and the query then runs in a read-only
 * transaction with a time-out and a row cap.
 */
import type { QueryResponse } from '../../core/api.js';
import type { AppContext } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { perMinuteLimit } from '../http/rate-limit.js';
import { QueryBody } from '../http/schemas.js';

export function registerQueryRoutes(routes: ApiRoutes, { store, config }: AppContext): void {
  routes.json(
    {
      method: 'post',
      path: '/query',
      tag: 'console',
      summary: 'Run one read-only Cypher statement: rows plus drawable elements',
      description:
        `Writes, schema changes, COPY/EXPORT/IMPORT/LOAD, extension installs and procedures off the allow-list are refused (403 \`query_refused\`). ` +
        `Stops after ${config.console.timeoutMs} ms (408) and returns at most ${config.console.rowCap} rows (\`truncated\`). ` +
        'Syntax errors are 400 `query_syntax` with the database’s message and, where it gives one, the position.',
      body: QueryBody,
      response: { type: 'QueryResponse' },
      errors: [403, 408, 429],
      guards: [perMinuteLimit(config.rateLimitPerMinute)],
    },
    ({ body }): Promise<QueryResponse> =>
      store.runReadOnly({ query: body.query, params: body.params, ...config.console }),
  );
}
