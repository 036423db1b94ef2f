import { describe, expect, it } from '@jest/globals';
import type { QueryResult } from 'kuzu';
import { readRows } from '../../../core/store/kuzu/result-rows.js';

/** A result of `n` rows that counts how many were read before `onRead(i)` says so. */
function fakeResult(n: number, onRead: (i: number) => void = () => undefined): QueryResult {
  let i = 0;
  return {
    hasNext: () => i < n,
    getNextSync: () => {
      onRead(i);
      return { x: i++ };
    },
  } as unknown as QueryResult;
}

describe('rows of a Kuzu result', () => {
  it('reads every row in order, or up to a limit', async () => {
    expect((await readRows(fakeResult(5))).map((r) => r.x)).toEqual([0, 1, 2, 3, 4]);
    expect(await readRows(fakeResult(5), 2)).toEqual([{ x: 0 }, { x: 1 }]);
    expect(await readRows(fakeResult(0))).toEqual([]);
  });

  it('lets other work run while it reads a large result', async () => {
    let readWhenOtherWorkRan = -1;
    let read = 0;
    setImmediate(() => (readWhenOtherWorkRan = read));
    const rows = await readRows(fakeResult(10_000, (i) => (read = i + 1)));
    expect(rows).toHaveLength(10_000);
    expect(readWhenOtherWorkRan).toBeGreaterThan(0);
    expect(readWhenOtherWorkRan).toBeLessThan(10_000);
  });
});
