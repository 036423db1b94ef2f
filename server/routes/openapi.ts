/** The OpenAPI 3 document of this API, generated from the routes' request schemas. */
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { ApiRoutes } from '../http/api-routes.js';
import { renderOpenApiDocument } from '../http/openapi.js';

export function registerOpenApiRoutes(routes: ApiRoutes, registry: OpenAPIRegistry): void {
  let document: unknown;
  routes.json(
    {
      method: 'get',
      path: '/openapi.json',
      tag: 'meta',
      summary: 'This document',
      response: { description: 'An OpenAPI 3 document.' },
    },
    // Rendered on first request, once every route module has registered.
    () => (document ??= renderOpenApiDocument(registry)),
  );
}
