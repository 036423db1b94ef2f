/**
 * The request schemas of the HTTP API (core/api.ts): the bodies the client
 * sends and the pieces the server's query strings share. The zod schema is
 * the one definition: the server validates with it and documents it in the
 * OpenAPI document, and core/api.ts infers the request types from it, so the
 * client is type-checked against what the server accepts. Browser-safe (zod
 * and the ontology only); every limit comes from the ontology's LIMITS.
 */
import { EXPORT_FORMATS } from './api.js';
import { CLAIM_STATUSES, isIsoDate } from './claims.js';
import { ENTITY_KINDS, LIMITS, RELATION_TYPES, type RelationType } from './ontology.js';
import { z } from './zod.js';

/** Most seed entities one neighbourhood request may start from. */
export const MAX_SEEDS = 50;
/** Most articles a neighbourhood may be restricted to. */
export const MAX_ARTICLE_FILTER = 100;
/** Upper bound of the minimum-corroboration filter: more articles than any story has. */
export const MAX_CORROBORATION = 10_000;

export const EntityId = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .openapi({ description: 'An entity id (our slug of its canonical name).', example: 'sylvania' });

export const ArticleId = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .openapi({ description: 'An article id (slug of its file name).', example: 'alpha-report' });

export const EntityKindSchema = z.enum(ENTITY_KINDS);
export const RelationTypeSchema = z.enum(RELATION_TYPES as [RelationType, ...RelationType[]]);

export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);

export const IsoDate = z
  .string()
  .refine(isIsoDate, 'expected a calendar date YYYY-MM-DD')
  .openapi({ type: 'string', format: 'date', example: '2021-11-24' });

/** A time range of report dates: query-string parameters, and the fields of a `view` object. */
export const TimeRangeQuery = {
  since: IsoDate.optional().openapi({ description: 'Only what was reported on or after this date.' }),
  until: IsoDate.optional().openapi({ description: 'Only what was reported on or before this date.' }),
  undated: z
    .enum(['include', 'exclude'])
    .optional()
    .openapi({ description: 'Whether reports of undated articles count inside a range (default include).' }),
};

/** A range whose ends are in order. */
export function ordered(view: { since?: string; until?: string }): boolean {
  return !view.since || !view.until || view.since <= view.until;
}
export const RANGE_ORDER = { message: '`since` must not be after `until`', path: ['since'] };

/** The time range and status filter of a read as a JSON object (`claimView` of a neighbourhood, subgraph or export). */
export const ClaimViewBody = z
  .object({ claims: z.array(ClaimStatusSchema).optional(), ...TimeRangeQuery })
  .strict()
  .refine(ordered, RANGE_ORDER)
  .openapi('ClaimView', {
    description: 'Keep only what was reported in a time range, and only relations of some statuses.',
  });

export const NeighbourhoodFilters = {
  depth: z
    .number()
    .int()
    .min(1)
    .max(LIMITS.maxDepth)
    .optional()
    .openapi({ description: 'Hops from the seeds (default 1).' }),
  kinds: z
    .array(EntityKindSchema)
    .optional()
    .openapi({ description: 'Only entities of these kinds (seeds are always kept).' }),
  types: z.array(RelationTypeSchema).optional().openapi({
    description: 'Only relations of these types (default: every typed relation, MENTIONED_WITH only when named).',
  }),
  articleIds: z
    .array(ArticleId)
    .max(MAX_ARTICLE_FILTER)
    .optional()
    .openapi({ description: 'Only relations stated in one of these articles.' }),
  minCorroboration: z
    .number()
    .int()
    .min(1)
    .max(MAX_CORROBORATION)
    .optional()
    .openapi({ description: 'Only relations stated by at least this many articles (default 1).' }),
  limit: z
    .number()
    .int()
    .min(1)
    .max(LIMITS.maxNodeLimit)
    .optional()
    .openapi({
      description: `Most nodes to return (default ${LIMITS.defaultNodeLimit}); the rest are counted in \`omitted\`.`,
    }),
  claimView: ClaimViewBody.optional(),
};

/** The body of POST /graph/neighbourhood, also the `neighbourhood` of an export. */
export const NeighbourhoodBody = z
  .object({ ids: z.array(EntityId).min(1).max(MAX_SEEDS), ...NeighbourhoodFilters })
  .strict()
  .openapi('NeighbourhoodRequest');
export type NeighbourhoodBody = z.infer<typeof NeighbourhoodBody>;

/** The body of POST /query, also the `query` of an export. */
const ParamValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const QueryBody = z
  .object({
    query: z
      .string()
      .min(1)
      .max(100_000)
      .openapi({ description: 'One read-only Cypher statement in the store’s dialect.' }),
    params: z
      .record(
        z.string().regex(/^[A-Za-z_]\w*$/, 'parameter names are identifiers'),
        z.union([ParamValue, z.array(ParamValue)]),
      )
      .optional()
      .openapi({
        description: 'Values for `$name` parameters: strings, numbers, booleans, null, or flat lists of them.',
      }),
  })
  .strict()
  .openapi('QueryRequest');
export type QueryBody = z.infer<typeof QueryBody>;

/** The body of POST /graph/subgraph. */
export const SubgraphBody = z
  .object({
    ids: z.array(EntityId).min(1).max(LIMITS.maxNodeLimit),
    types: z
      .array(RelationTypeSchema)
      .optional()
      .openapi({ description: 'Only relations of these types (default: all).' }),
    claimView: ClaimViewBody.optional(),
  })
  .strict()
  .openapi('SubgraphRequest');

const RelationId = z.string().min(1).max(600);
const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');
const Coordinate = z.number().finite().min(-1e9).max(1e9);

/** The screen's drawing of what is exported: positions, colours, sizes and communities. */
export const ExportViewBody = z
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

/** Most articles one request may carry: each is extracted and loaded before the answer. */
export const MAX_INGEST_FILES = LIMITS.ingestFilesPerRequest;

/** A base name, as the ingest pipeline keys articles by it. */
export const FileName = z
  .string()
  .trim()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex -- a control character in a file name is refused
  .refine((name) => !/[/\\\u0000-\u001F]/.test(name), 'a file name without path separators or control characters');

export const IngestBody = z
  .object({
    // The count cap is checked after parsing, to answer 413 as for multipart.
    articles: z
      .array(z.object({ file: FileName, text: z.string().min(1) }).strict())
      .min(1)
      .openapi({
        description: `1–${MAX_INGEST_FILES} articles, each at most ${LIMITS.maxArticleBytes} bytes of UTF-8.`,
      }),
  })
  .strict()
  .openapi('IngestRequest');
