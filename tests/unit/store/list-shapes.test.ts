import { describe, expect, it } from '@jest/globals';
import { copySlices, splitByListShape } from '../../../core/store/kuzu/list-shapes.js';

describe('splitByListShape', () => {
  it('groups rows by which list fields are empty, keeping their order and the other parameters', () => {
    const rows = [
      { id: 'a', roles: [], aliases: ['A'] },
      { id: 'b', roles: ['Envoy'], aliases: ['B'] },
      { id: 'c', roles: null, aliases: ['C'] },
      { id: 'd', roles: ['Judge'], aliases: ['D'] },
    ];
    expect(splitByListShape({ rows, kind: 'Person' })).toEqual([
      { rows: [rows[0], rows[2]], kind: 'Person' },
      { rows: [rows[1], rows[3]], kind: 'Person' },
    ]);
  });

  it('leaves alone rows that agree, scalar lists, and statements with two row lists', () => {
    const agree = {
      rows: [
        { id: 'a', roles: ['x'] },
        { id: 'b', roles: ['y'] },
      ],
    };
    const ids = { ids: ['a', 'b'] };
    const two = { rows: [{ r: [] }, { r: ['x'] }], more: [{ r: [] }, { r: ['y'] }] };
    expect([agree, ids, two].map(splitByListShape)).toEqual([[agree], [ids], [two]]);
  });
});

describe('copySlices', () => {
  it('cuts a table into slices of 20,000 rows, read as they come, in order', () => {
    let produced = 0;
    const rows = (function* () {
      for (let i = 0; i < 45_000; i++) {
        produced++;
        yield { id: `e${i}` };
      }
    })();
    const slices = copySlices(rows);
    const first = slices.next();
    // The first slice is sent before the rest of the table is made.
    expect(produced).toBeLessThanOrEqual(20_001);
    const all = [first.value!, ...slices];
    expect(all.map((s) => s.length)).toEqual([20_000, 20_000, 5_000]);
    expect(all.flat().map((r) => r.id)).toEqual(Array.from({ length: 45_000 }, (_, i) => `e${i}`));
  });

  it('gives every row of a slice the fields any of its rows has, missing ones NULL', () => {
    const [slice, more] = [...copySlices([{ id: 'a', byline: 'X' }, { id: 'b' }, { id: 'c', url: undefined }])];
    expect(more).toBeUndefined();
    expect(slice).toEqual([
      { id: 'a', byline: 'X', url: null },
      { id: 'b', byline: null, url: null },
      { id: 'c', byline: null, url: null },
    ]);
  });
});
