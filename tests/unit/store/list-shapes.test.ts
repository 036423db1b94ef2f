import { describe, expect, it } from '@jest/globals';
import { splitByListShape } from '../../../core/store/kuzu/list-shapes.js';

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
