/**
 * Request pieces shared by several route groups: ids, kind and type lists,
 * the neighbourhood request. Every limit comes from the ontology's LIMITS.
 */
import { CLAIM_STATUSES, PERIODS, isIsoDate, type ClaimView } from '../../core/claims.js';
import { ENTITY_KINDS, LIMITS, RELATION_TYPES, type RelationType } from '../../core/ontology.js';
import { errors } from '../../core/errors.js';
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

/**
 * A list in a query string: `kinds=A,B`, or the parameter repeated. Each item
 * is then checked by `item`, so an unknown value names itself in the error.
 */
export function queryList<T extends z.ZodType<unknown, string>>(item: T, description: string, max = 200) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((part) => part.split(','))
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    )
    .pipe(z.array(item).max(max))
    .openapi({ type: 'string', description: `${description} Comma-separated, or the parameter repeated.` });
}

/** A whole number in a query string. */
export function queryInt(min: number, max: number, description: string) {
  return z.coerce
    .number()
    .int()
    .min(min)
    .max(max)
    .openapi({ type: 'integer', minimum: min, maximum: max, description });
}

export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export const PeriodSchema = z
  .enum(PERIODS)
  .openapi({ description: 'Months (`YYYY-MM`) or weeks (named by their Monday, `YYYY-MM-DD`).' });

export const IsoDate = z
  .string()
  .refine(isIsoDate, 'expected a calendar date YYYY-MM-DD')
  .openapi({ type: 'string', format: 'date', example: '2021-11-24' });

/** A time range of report dates, as query-string parameters. */
export const TimeRangeQuery = {
  since: IsoDate.optional().openapi({ description: 'Only what was reported on or after this date.' }),
  until: IsoDate.optional().openapi({ description: 'Only what was reported on or before this date.' }),
  undated: z
    .enum(['include', 'exclude'])
    .optional()
    .openapi({ description: 'Whether reports of undated articles count inside a range (default include).' }),
};

/** The time range and status filter of a read, as query-string parameters. */
export const ClaimViewQuery = {
  claims: queryList(ClaimStatusSchema, 'Only relations with one of these statuses (within the range).').optional(),
  ...TimeRangeQuery,
};

/** A range whose ends are in order. */
function ordered(view: { since?: string; until?: string }): boolean {
  return !view.since || !view.until || view.since <= view.until;
}
const RANGE_ORDER = { message: '`since` must not be after `until`', path: ['since'] };

/** The same as a JSON object (`view` of a neighbourhood, subgraph or export). */
export const ClaimViewBody = z
  .object({ ...ClaimViewQuery, claims: z.array(ClaimStatusSchema).optional() })
  .strict()
  .refine(ordered, RANGE_ORDER)
  .openapi('ClaimView', {
    description: 'Keep only what was reported in a time range, and only relations of some statuses.',
  });

/** The view a query string asks for, or undefined when it asks for none. */
export function viewOf(query: ClaimView): ClaimView | undefined {
  if (!ordered({ since: query.since ?? undefined, until: query.until ?? undefined })) {
    throw errors.validation(`since: ${RANGE_ORDER.message}`);
  }
  const view: ClaimView = {
    ...(query.claims?.length ? { claims: query.claims } : {}),
    ...(query.since ? { since: query.since } : {}),
    ...(query.until ? { until: query.until } : {}),
    ...(query.undated ? { undated: query.undated } : {}),
  };
  return Object.keys(view).length > 0 ? view : undefined;
}

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
