/** Subgraphs as files for Gephi, Cytoscape, networkx, spreadsheets and Neo4j. */
import { EXPORT_FORMATS } from '../../core/api.js';
import { LIMITS } from '../../core/ontology.js';
import type { AppContext } from '../context.js';
import { collectExport, withEvidence } from '../export/collect.js';
import { EXPORT_WRITERS } from '../export/formats.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { perMinuteLimit } from '../http/rate-limit.js';
import { EntityId, NeighbourhoodBody, QueryBody } from '../http/schemas.js';
import { z } from '../http/zod.js';

export const ExportBody = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    // No upper bound here: more than LIMITS.exportMaxNodes is a 413 that says so.
    ids: z
      .array(EntityId)
      .min(1)
      .optional()
      .openapi({ description: 'Export these entities and the relations among them.' }),
    neighbourhood: NeighbourhoodBody.optional(),
    query: QueryBody.optional(),
  })
  .strict()
  .refine(
    (body) => [body.ids, body.neighbourhood, body.query].filter((part) => part !== undefined).length === 1,
    'give exactly one of ids, neighbourhood or query',
  )
  .openapi('ExportRequest');

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
      const { graph, truncated } = await collectExport(store, body, config.console);
      const file = writer.write(
        writer.withEvidence ? await withEvidence(store, graph) : { ...graph, evidence: new Map() },
      );
      res
        .status(200)
        // After attachment(), which would guess the type from the file name.
        .attachment(writer.fileName)
        .set('Content-Type', `${writer.mediaType}; charset=utf-8`)
        .set('X-Export-Omitted', String(graph.omitted))
        .set('X-Export-Truncated', String(truncated))
        .send(file);
    },
  );
}
