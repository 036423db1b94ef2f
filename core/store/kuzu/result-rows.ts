/**
 * The rows of a Kuzu query result. The binding's getAll() fetches each row
 * with an asynchronous round trip through its thread pool: about 80 µs a
 * row (12 ms for 150 rows, a minute and a half for a million), where reading
 * the same rows synchronously costs about 4 µs each. They are read
 * synchronously a slice at a time, yielding to the event loop between
 * slices, so that a large result does not stall other requests.
 */
import type { KuzuValue, QueryResult } from 'kuzu';

/** Rows read between two yields: a few milliseconds of work. */
const ROWS_PER_SLICE = 2_000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Up to `limit` rows of `result`, in order. */
export async function readRows(result: QueryResult, limit = Infinity): Promise<Record<string, KuzuValue>[]> {
  const rows: Record<string, KuzuValue>[] = [];
  let sinceYield = 0;
  while (rows.length < limit && result.hasNext()) {
    const row = result.getNextSync();
    if (row) rows.push(row);
    if (++sinceYield === ROWS_PER_SLICE) {
      sinceYield = 0;
      await nextTurn();
    }
  }
  return rows;
}
