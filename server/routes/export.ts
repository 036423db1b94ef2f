/** Subgraphs as files for Gephi, Cytoscape, networkx, spreadsheets and Neo4j. */
import { EXPORT_FORMATS } from '../../core/api.js';
import { LIMITS } from '../../core/ontology.js';
import type { AppContext } from '../context.js';
import { collectExport } from '../export/collect.js';
import { EXPORT_WRITERS } from '../export/formats.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { perMinuteLimit } from '../http/rate-limit.js';
import { ClaimViewBody, EntityId, NeighbourhoodBody, QueryBody } from '../http/schemas.js';
import { z } from '../http/zod.js';

const RelationId = z.string().min(1).max(600);
const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');
const Coordinate = z.number().finite().min(-1e9).max(1e9);

/** The screen's drawing of what is exported: positions, colours, sizes and communities. */
const ExportViewBody = z
  .object({
    nodes: z.record(
      EntityId,
      z
        .object({
          x: Coordinate,
          y: Coordinate,
          size: z.number().finite().min(0).max(1e6),
          color: Colour,
          community: z.number().int().min(0).optional(),
        })
        .strict(),
    ),
    edges: z
      .record(RelationId, z.object({ color: Colour, width: z.number().finite().min(0).max(1e6) }).strict())
      .optional(),
  })
  .strict()
  .openapi('ExportView', { description: 'How the screen draws the exported elements, by id.' });

export const ExportBody = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    // No upper bound here: more than LIMITS.exportMaxNodes is a 413 that says so.
    ids: z
      .array(EntityId)
      .min(1)
      .optional()
      .openapi({ description: 'Export these entities and the relations among them.' }),
    edges: z
      .array(RelationId)
      .optional()
      .openapi({ description: 'With `ids`: exactly these relations among them (what the screen shows).' }),
    neighbourhood: NeighbourhoodBody.optional(),
    query: QueryBody.optional(),
    view: ExportViewBody.optional(),
    claimView: ClaimViewBody.optional().openapi({
      description:
        'With `ids`: only relations reported in this range (and of these statuses), each with its status, dates and GEXF spells within it. A neighbourhood takes its own `claimView`.',
    }),
    bom: z.boolean().optional().openapi({ description: 'CSV: start with a UTF-8 byte-order mark (Excel).' }),
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
      const { document, truncated } = await collectExport(store, body, config.console);
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
