/**
 * The OpenAPI 3 document: every route registers itself (see api-routes.ts);
 * this module holds the shared components and renders the document.
 */
import { OpenApiGeneratorV3, OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { API_PREFIX } from '../../core/api.js';
import { z } from '../../core/zod.js';

export const BEARER_SCHEME = 'bearerToken';

const ErrorResponse = z
  .object({
    error: z
      .string()
      .openapi({ description: 'Stable error id, e.g. `not_found`, `validation_failed`, `query_refused`.' }),
    message: z.string().openapi({ description: 'What went wrong, for people.' }),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('ErrorResponse');

/** A registry with the components every route refers to. */
export function createApiRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.register('ErrorResponse', ErrorResponse);
  registry.registerComponent('securitySchemes', BEARER_SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description:
      'A reader’s or editor’s token (EDITOR_TOKENS, READER_TOKENS, INGEST_TOKEN). Edits and ingest need an editor; reads need a token only from other machines (READ_ACCESS).',
  });
  return registry;
}

export function renderOpenApiDocument(registry: OpenAPIRegistry): unknown {
  return new OpenApiGeneratorV3(registry.definitions).generateDocument({
    openapi: '3.0.3',
    info: {
      title: 'Newsgraph API',
      version: '1',
      description:
        'A knowledge graph of news articles: entities, the relations the articles state between them, and the sentences that support each relation. ' +
        'Response shapes are the TypeScript types of core/api.ts; every error is `{ error, message }`.',
    },
    servers: [{ url: API_PREFIX }],
  });
}
