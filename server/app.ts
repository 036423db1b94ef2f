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
import { errorHandler, notFoundRoute } from './http/error-handler.js';
import { healthRoutes } from './routes/health.js';
import { statsRoutes } from './routes/stats.js';

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../client/dist');

export function createApp(context: AppContext, options: { clientDir?: string } = {}): Express {
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
  app.use(express.json({ limit: '5mb' }));

  const api = express.Router();
  api.use(healthRoutes(context));
  api.use(statsRoutes(context));
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
