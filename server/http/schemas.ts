/**
 * The server's side of the request schemas: query-string parsing (lists,
 * numbers, the time range and status filter of a read) over the shared
 * request schemas of core/requests.ts, which are re-exported here so that a
 * route module finds every piece in one place.
 */
import type { ClaimView } from '../../core/claims.js';
import { PERIODS } from '../../core/claims.js';
import { errors } from '../../core/errors.js';
import { ClaimStatusSchema, RANGE_ORDER, TimeRangeQuery, ordered } from '../../core/requests.js';
import { z } from '../../core/zod.js';

export {
  ArticleId,
  ClaimStatusSchema,
  ClaimViewBody,
  EntityId,
  EntityKindSchema,
  IsoDate,
  MAX_ARTICLE_FILTER,
  MAX_CORROBORATION,
  MAX_SEEDS,
  NeighbourhoodBody,
  NeighbourhoodFilters,
  QueryBody,
  RelationTypeSchema,
  TimeRangeQuery,
} from '../../core/requests.js';

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

export const PeriodSchema = z
  .enum(PERIODS)
  .openapi({ description: 'Months (`YYYY-MM`) or weeks (named by their Monday, `YYYY-MM-DD`).' });

/** The time range and status filter of a read, as query-string parameters. */
export const ClaimViewQuery = {
  claims: queryList(ClaimStatusSchema, 'Only relations with one of these statuses (within the range).').optional(),
  ...TimeRangeQuery,
};

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
