/**
 * Mounts a route and documents it in one step, so the OpenAPI document
 * cannot miss a mounted route. Each route is: optional guards (auth, rate
 * limit, upload parsing), validation of params / query / body with the zod
 * schemas given, optionally the response cache, then the handler.
 */
import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import type { ResponseCache } from './response-cache.js';
import { parsed, validate } from './validate.js';

type Method = 'get' | 'post';
type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface RouteSpec<P extends AnyObject, Q extends AnyObject, B extends z.ZodType> {
  method: Method;
  /** Express syntax (`/entities/:id`), relative to the API prefix. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * What a success carries: the response type's name in core/api.ts (or a
   * description of it), and its media types (default JSON). `schema`, when
   * given, documents the JSON body field by field (server/http/responses.ts).
   */
  response:
    { type: string; schema?: z.ZodType; mediaTypes?: string[] } | { description: string; mediaTypes?: string[] };
  /** Error statuses this route answers besides 400 (validation) and 500. */
  errors?: number[];
  /** Run before validation: authentication, rate limits, body parsers. */
  guards?: RequestHandler[];
  /** Whether the JSON answer may be cached until the store's next write. */
  cached?: boolean;
  /** Extra OpenAPI operation fields, e.g. a multipart request body or a security requirement. */
  openapi?: Partial<Pick<RouteConfig, 'security'>> & { requestBody?: NonNullable<RouteConfig['request']>['body'] };
}

export interface RouteInput<P extends AnyObject, Q extends AnyObject, B extends z.ZodType> {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  req: Request;
  res: Response;
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: `{ error, message }` naming the bad field.',
  401: 'Missing or wrong bearer token.',
  403: 'Refused (read-only console) or disabled.',
  404: 'Unknown id.',
  408: 'The query ran out of time.',
  413: 'Too large (export cap, upload size or count).',
  429: 'Rate limited.',
  500: 'Unexpected server error (logged).',
  503: 'The store is unavailable.',
};

/** Express `:name` segments as OpenAPI `{name}` segments. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}');
}

export class ApiRoutes {
  readonly router = Router();

  constructor(
    private readonly registry: OpenAPIRegistry,
    private readonly cache: ResponseCache | null,
  ) {}

  /** A route whose handler returns the JSON body. */
  json<P extends AnyObject, Q extends AnyObject, B extends z.ZodType>(
    spec: RouteSpec<P, Q, B>,
    handler: (input: RouteInput<P, Q, B>) => Promise<unknown> | unknown,
  ): void {
    this.mount(spec, async (input) => {
      const body = await handler(input);
      input.res.json(body);
    });
  }

  /** A route whose handler writes the response itself (files). */
  custom<P extends AnyObject, Q extends AnyObject, B extends z.ZodType>(
    spec: RouteSpec<P, Q, B>,
    handler: (input: RouteInput<P, Q, B>) => Promise<void>,
  ): void {
    this.mount(spec, handler);
  }

  private mount<P extends AnyObject, Q extends AnyObject, B extends z.ZodType>(
    spec: RouteSpec<P, Q, B>,
    handler: (input: RouteInput<P, Q, B>) => Promise<void>,
  ): void {
    const chain: RequestHandler[] = [...(spec.guards ?? [])];
    if (spec.params) chain.push(validate('params', spec.params));
    if (spec.query) chain.push(validate('query', spec.query));
    if (spec.body) chain.push(validate('body', spec.body));
    if (spec.cached && this.cache) chain.push(this.cache.middleware());
    chain.push(async (req, res) => {
      await handler({
        params: parsed<z.output<P>>(res, 'params'),
        query: parsed<z.output<Q>>(res, 'query'),
        body: parsed<z.output<B>>(res, 'body'),
        req,
        res,
      });
    });
    this.router[spec.method](spec.path, ...chain);
    this.document(spec);
  }

  private document<P extends AnyObject, Q extends AnyObject, B extends z.ZodType>(spec: RouteSpec<P, Q, B>): void {
    const errorStatuses = [...new Set([400, ...(spec.errors ?? []), 500])].sort((a, b) => a - b);
    const body =
      spec.openapi?.requestBody ??
      (spec.body ? { required: true, content: { 'application/json': { schema: spec.body } } } : undefined);
    this.registry.registerPath({
      method: spec.method,
      path: openApiPath(spec.path),
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      ...(spec.openapi?.security ? { security: spec.openapi.security } : {}),
      request: {
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { query: spec.query } : {}),
        ...(body ? { body } : {}),
      },
      responses: {
        '200': {
          description:
            'type' in spec.response ? `\`${spec.response.type}\` (see core/api.ts).` : spec.response.description,
          content: Object.fromEntries(
            (spec.response.mediaTypes ?? ['application/json']).map((mediaType) => [
              mediaType,
              {
                schema:
                  mediaType !== 'application/json'
                    ? { type: 'string' as const }
                    : 'schema' in spec.response && spec.response.schema
                      ? spec.response.schema
                      : { type: 'object' as const },
              },
            ]),
          ),
        },
        ...Object.fromEntries(
          errorStatuses.map((status) => [
            String(status),
            {
              description: ERROR_DESCRIPTIONS[status] ?? 'Error.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
            },
          ]),
        ),
      },
    });
  }
}
