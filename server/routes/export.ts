/** Subgraphs as files for Gephi, Cytoscape, networkx, spreadsheets and Neo4j. */
import { LIMITS } from '../../core/ontology.js';
import { ExportBody } from '../../core/requests.js';
import type { AppContext } from '../context.js';
import { collectExport } from '../export/collect.js';
import { EXPORT_WRITERS } from '../export/formats.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { perMinuteLimit } from '../http/rate-limit.js';

export function registerExportRoutes(routes: ApiRoutes, { store, config }: AppContext): void {
  routes.custom(
    {
      method: 'post',
      path: '/export',
      tag: 'export',
      summary:
        'A subgraph as a file: Cytoscape JSON, GraphML, GEXF, CSV, JSON with evidence, or a Cypher script for Neo4j',
      description:
        `At most ${LIMITS.exportMaxNodes} entities (413 beyond). Answers with the file as an attachment; ` +
        "`X-Export-Omitted` counts the entities a neighbourhood's node limit left out, `X-Export-Truncated: true` says the console's row cap cut a query.",
      body: ExportBody,
      response: {
        description: 'The file, as an attachment.',
        mediaTypes: [...new Set(Object.values(EXPORT_WRITERS).map((w) => w.mediaType))],
      },
      errors: [403, 404, 408, 413, 429],
      guards: [perMinuteLimit(config.rateLimitPerMinute)],
    },
    async ({ body, res }) => {
      const writer = EXPORT_WRITERS[body.format];
      const { document, truncated } = await collectExport(store, body, config.console, {
        withArticles: writer.withArticles ?? false,
      });
      const file = writer.write(document);
      res
        .status(200)
        // After attachment(), which would guess the type from the file name.
        .attachment(writer.fileName)
        .set('Content-Type', `${writer.mediaType}; charset=utf-8`)
        .set('X-Export-Omitted', String(document.omitted))
        .set('X-Export-Truncated', String(truncated))
        .send(file);
    },
  );
}
