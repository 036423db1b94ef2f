import { describe, expect, it } from '@jest/globals';
import type { EntityKind } from '../../../core/domain.js';
import { EntityDirectory, type DirectoryEntry } from '../../../core/store/entity-directory.js';

const entry = (id: string, name: string, kind: EntityKind, aliases: string[] = [], degree = 0): DirectoryEntry => ({
  id,
  name,
  kind,
  aliases: [name, ...aliases],
  roles: [],
  degree,
});

const ALL = new Set<EntityKind>(['Person', 'Country', 'Organization', 'System']);
const ids = (d: EntityDirectory, query: string, fuzzy = false, kinds = ALL) =>
  d.match(query, { kinds, fuzzy, top: 20 }).map((m) => m.entry.id);

describe('the in-process entity directory', () => {
  const directory = () =>
    EntityDirectory.of(
      [
        entry('kesra-valdan', 'Kesra Valdan', 'Person', ['Valdan']),
        entry('ostrava-group', 'Ostrava Group', 'Organization', ['OSG']),
        entry('velmor', 'Velmor', 'Country', ['Velmorian Republic'], 12),
        entry('skyward-dome', 'Skyward Dome', 'System'),
      ],
      0,
    );

  it('matches whole words, a prefix of the last word, aliases, and typos only when asked', () => {
    const d = directory();
    expect(ids(d, 'valdan')).toEqual(['kesra-valdan']);
    expect(ids(d, 'ostr')).toEqual(['ostrava-group']);
    expect(ids(d, 'osg')).toEqual(['ostrava-group']);
    expect(ids(d, 'Velmorian')).toEqual(['velmor']);
    expect(ids(d, 'Vladan')).toEqual([]);
    expect(ids(d, 'Vladan', true)).toEqual(['kesra-valdan']);
    expect(ids(d, 'Skywrd', true)).toEqual(['skyward-dome']);
  });

  it('keeps only the kinds asked for', () => {
    const d = directory();
    expect(ids(d, 'velmor', false, new Set(['Person']))).toEqual([]);
    expect(ids(d, 'velmor', false, new Set(['Country']))).toEqual(['velmor']);
  });

  it('follows committed changes: new names, new aliases, removals, and the generation they made', () => {
    const d = directory();
    d.apply({
      upserted: [entry('tarn-ilse', 'Tarn Ilse', 'Person'), entry('velmor', 'Velmor', 'Country', ['Velmoria'], 13)],
      removed: ['skyward-dome'],
      generation: 4,
    });
    expect(ids(d, 'tarn')).toEqual(['tarn-ilse']);
    expect(ids(d, 'velmoria')).toEqual(['velmor']);
    // The alias the new state no longer lists is gone from the index too.
    expect(ids(d, 'Velmorian')).toEqual([]);
    expect(ids(d, 'skyward')).toEqual([]);
    expect(d.get('velmor')?.degree).toBe(13);
    expect(d.get('skyward-dome')).toBeUndefined();
    expect(d.generation).toBe(4);
    expect(d.size).toBe(4);
  });
});
