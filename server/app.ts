/**
 * Builds the Express app without listening, so tests drive it with
 * supertest against a real store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { API_PREFIX } from '../core/api.js';
import type { AppContext } from './context.js';
import { identify } from './http/access.js';
import { ApiRoutes } from './http/api-routes.js';
import { errorHandler, notFoundRoute } from './http/error-handler.js';
import { jsonBodies } from './http/json-body.js';
import { createApiRegistry } from './http/openapi.js';
import { ResponseCache } from './http/response-cache.js';
import { registerArticleRoutes } from './routes/articles.js';
import { registerClaimRoutes } from './routes/claims.js';
import { registerCurationRoutes } from './routes/curation.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerExportRoutes } from './routes/export.js';
import { registerGraphRoutes } from './routes/graph.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerIngestRoutes } from './routes/ingest.js';
import { registerOpenApiRoutes } from './routes/openapi.js';
import { registerPathRoutes } from './routes/paths.js';
import { registerQueryRoutes } from './routes/query.js';
import { registerRelationRoutes } from './routes/relations.js';
import { registerSchemaRoutes } from './routes/schema.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerStatsRoutes } from './routes/stats.js';

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../client/dist');

/** Default budget of the read-response cache. */
export const RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;

export interface AppOptions {
  /** The built client to serve (default client/dist, when it exists). */
  clientDir?: string;
  /** Budget of the read-response cache in bytes; 0 turns it off. */
  responseCacheBytes?: number;
}

export function createApp(context: AppContext, options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          workerSrc: ["'self'", 'blob:'],
          // Served over plain HTTP on a laptop or LAN: upgrading would break every request.
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  app.use(compression());
  app.use(
    pinoHttp({
      logger: context.logger,
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      // One line per request with its timing; headers stay out of the log.
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
    }),
  );

  const registry = createApiRegistry();
  const cacheBytes = options.responseCacheBytes ?? RESPONSE_CACHE_BYTES;
  const cache = cacheBytes > 0 ? new ResponseCache(context.store, { maxBytes: cacheBytes }) : null;

  // Ingest reads its own (much larger) bodies, after checking the token.
  const uploads = new ApiRoutes(registry, cache);
  registerIngestRoutes(uploads, context);

  const routes = new ApiRoutes(registry, cache);
  registerHealthRoutes(routes, context);
  registerSchemaRoutes(routes, context);
  registerStatsRoutes(routes, context);
  registerSearchRoutes(routes, context);
  registerEntityRoutes(routes, context);
  registerGraphRoutes(routes, context);
  registerPathRoutes(routes, context);
  registerRelationRoutes(routes, context);
  registerClaimRoutes(routes, context);
  registerArticleRoutes(routes, context);
  registerQueryRoutes(routes, context);
  registerExportRoutes(routes, context);
  registerCurationRoutes(routes, context);
  registerOpenApiRoutes(routes, registry);

  const api = express.Router();
  // Who is asking comes first: reads from other machines and every write need a token.
  api.use(identify(context.config.access));
  api.use(uploads.router);
  api.use(...jsonBodies('5mb'));
  api.use(routes.router);
  api.use(notFoundRoute());
  app.use(API_PREFIX, api);

  const clientDir = options.clientDir ?? CLIENT_DIST;
  if (fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes (shared view URLs) all load the app.
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(notFoundRoute());
  app.use(errorHandler(context.logger));
  return app;
}
