/**
 * Kuzu types a list of rows (`UNWIND $rows`) from its first row: a list field
 * that is NULL there (an empty list, see toKuzuValue) is typed ANY, and a later
 * row holding a real list then fails the whole statement ("Trying to a create a
 * vector with ANY type"). Rows are therefore sent in groups that agree on which
 * list fields are empty: one statement per group, at most 2^k for k list fields.
 */
import type { Params } from '../runner.js';

type Fields = Record<string, unknown>;

function isRow(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && (value as object).constructor === Object;
}

function isEmptyList(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/** The fields that hold a non-empty list in some row and an empty one in another. */
function mixedListFields(rows: Fields[]): string[] {
  const fields = new Set<string>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) if (Array.isArray(value) && value.length > 0) fields.add(key);
  }
  return [...fields].filter((key) => rows.some((row) => isEmptyList(row[key])));
}

/**
 * The parameter sets to run a statement with, in order: `params` itself, or,
 * when one parameter is a list of rows whose list fields are empty in some rows
 * only, one set per shape of emptiness (rows keep their order within a shape).
 */
export function splitByListShape(params: Params): Params[] {
  const entries = Object.entries(params).filter(
    (entry): entry is [string, Fields[]] => Array.isArray(entry[1]) && entry[1].length > 1 && entry[1].every(isRow),
  );
  // Two row lists in one statement would pair up wrongly when split; no query of ours has that.
  if (entries.length !== 1) return [params];
  const [name, rows] = entries[0]!;
  const mixed = mixedListFields(rows);
  if (mixed.length === 0) return [params];
  const groups = new Map<string, Fields[]>();
  for (const row of rows) {
    const shape = mixed.map((key) => (isEmptyList(row[key]) ? '0' : '1')).join('');
    const group = groups.get(shape) ?? [];
    group.push(row);
    groups.set(shape, group);
  }
  return [...groups.values()].map((group) => ({ ...params, [name]: group }));
}

/** Rows per COPY statement where rows go as a parameter: a few megabytes, a fraction of a second each. */
const ROWS_PER_COPY = 20_000;

/**
 * A table's rows as the `$rows` of successive COPY statements: slices of
 * {@link ROWS_PER_COPY}, every row with every field any row of its slice has
 * (missing ones NULL), since a list of rows is typed as one struct and a row
 * without an optional field (an article with no byline) must still fit it.
 */
export function* copySlices(rows: Iterable<object>): Generator<Fields[]> {
  let slice: Fields[] = [];
  const uniform = () => {
    const fields = new Set(slice.flatMap((row) => Object.keys(row)));
    return slice.map((row) => Object.fromEntries([...fields].map((f) => [f, row[f] ?? null])));
  };
  for (const row of rows) {
    slice.push(row as Fields);
    if (slice.length === ROWS_PER_COPY) {
      yield uniform();
      slice = [];
    }
  }
  if (slice.length > 0) yield uniform();
}
