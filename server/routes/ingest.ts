/**
 * Uploading articles to be extracted and loaded. Enabled only when the
 * server has editors (EDITOR_TOKENS or INGEST_TOKEN) and an ingest pipeline;
 * the editor's token is checked before the body is read. Extraction itself
 * is the pipeline's (the `ingest` port of the context).
 */
import type { RequestHandler } from 'express';
import type { IngestResponse } from '../../core/api.js';
import { errors } from '../../core/errors.js';
import type { AppContext, IngestPort, IngestUpload } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { ingestEnabled, requireEditor } from '../http/access.js';
import { BEARER_SCHEME } from '../http/openapi.js';
import { IngestBody, MAX_INGEST_FILES } from '../../core/requests.js';
import { MultipartIngestBody, readUploads } from '../http/uploads.js';

/** The pipeline, when ingest over HTTP is enabled (editors and a pipeline); a 403 otherwise. */
function enabledPipeline({ config, ingest }: AppContext): IngestPort {
  if (!ingestEnabled(config) || !ingest) {
    throw errors.disabled('Ingest over HTTP is disabled: start the server with EDITOR_TOKENS or INGEST_TOKEN set.');
  }
  return ingest;
}

function requireEnabled(context: AppContext): RequestHandler {
  return (_req, _res, next) => {
    enabledPipeline(context);
    next();
  };
}

export function registerIngestRoutes(routes: ApiRoutes, context: AppContext): void {
  routes.json(
    {
      method: 'post',
      path: '/ingest',
      tag: 'ingest',
      summary: 'Upload articles to be extracted and loaded into the graph',
      description: `Multipart field \`files\`, or JSON. At most ${MAX_INGEST_FILES} articles per request. Answers with one result per article, in upload order.`,
      response: { type: 'IngestResponse' },
      errors: [401, 403, 413],
      guards: [requireEnabled(context), requireEditor(context.config.access, 'Ingest'), readUploads()],
      openapi: {
        security: [{ [BEARER_SCHEME]: [] }],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: IngestBody },
            'multipart/form-data': { schema: MultipartIngestBody },
          },
        },
      },
    },
    async ({ res }): Promise<IngestResponse> => {
      const results = await enabledPipeline(context)(res.locals.uploads as IngestUpload[]);
      return { results };
    },
  );
}
