import { describe, expect, it } from '@jest/globals';
import type { EntityKind } from '../../../core/domain.js';
import { seededRandom } from '../../../core/random.js';
import { EntityDirectory, type DirectoryEntry } from '../../../core/store/entity-directory.js';
import { tokens } from '../../../core/store/search-terms.js';

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

  describe('with a word in many names', () => {
    // More entities named "... Group" than a search scores: "group" is a common word.
    const groups = Array.from({ length: 400 }, (_, i) =>
      entry(`group-${i}`, `Tarvel${i} Group`, 'Organization', [], i % 7 === 0 ? 100 + i : i % 5),
    );
    const named = () =>
      EntityDirectory.of(
        [
          ...groups,
          entry('ostrava-group', 'Ostrava Group', 'Organization', ['OSG'], 3),
          entry('kesra', 'Kesra', 'Person'),
        ],
        0,
      );

    it('lets the specific words of a query find the entities, the common word only ranks them', () => {
      expect(ids(named(), 'Ostrava Group')).toEqual(['ostrava-group']);
      expect(ids(named(), 'group ostr')).toEqual(['ostrava-group']);
    });

    it('answers a common word alone, or misspelt, with the best-connected entities that it names', () => {
      const d = named();
      const best = groups
        .filter((g) => g.degree > 0)
        .sort((a, b) => b.degree - a.degree || b.id.localeCompare(a.id))
        .slice(0, 20)
        .map((g) => g.id);
      expect(ids(d, 'group')).toEqual(best);
      expect(ids(d, 'gruop', true)).toEqual(best);
      expect(ids(d, 'gruop', false)).toEqual([]);
      // Specific words that name nothing leave the common ones.
      expect(ids(d, 'zzqx group')).toEqual(best);
      expect(ids(d, 'group', false, new Set(['Person']))).toEqual([]);
    });

    it('chooses them again after a write changes degrees or names', () => {
      const d = named();
      expect(ids(d, 'group')[0]).toBe('group-399');
      d.apply({
        upserted: [entry('group-3', 'Tarvel3 Group', 'Organization', [], 5000)],
        removed: ['group-399'],
        generation: 1,
      });
      expect(ids(d, 'group').slice(0, 2)).toEqual(['group-3', 'group-392']);
      // Renamed out of the common word: "group" now names 399 entities, "tarvel3" two.
      d.apply({
        upserted: [entry('group-3', 'Tarvel3 Holdings', 'Organization', [], 5000)],
        removed: [],
        generation: 2,
      });
      expect(ids(d, 'group')[0]).toBe('group-392');
      expect(ids(d, 'holdings')).toEqual(['group-3']);
    });
  });

  describe('with words in thousands of names', () => {
    // Broad enough that the best connected are read from the most connected down.
    const random = seededRandom(5);
    const syllables = ['ka', 'ro', 'vel', 'min', 'ta', 'sar', 'lu', 'den'];
    const word = (n: number) =>
      syllables[n % 8]! + syllables[Math.floor(n / 8) % 8]! + syllables[Math.floor(n / 64) % 8]!;
    const kinds: EntityKind[] = ['Person', 'Organization', 'Country', 'System'];
    // "Trust" is common (in over 300 names) but not broad (in under 1,000), unlike "Holdings" and "Group".
    const suffix = (i: number) =>
      i % 3 === 0
        ? 'Holdings'
        : i % 200 === 1
          ? 'Holdings Group'
          : i % 9 === 2
            ? 'Trust'
            : i % 400 === 4
              ? 'Trust Group'
              : 'Group';
    const entities = Array.from({ length: 4_000 }, (_, i) =>
      entry(
        `e${i}`,
        // Fewer than a page have two of the words: a dozen "Holdings Group", a handful of "Trust Group".
        `${word(i)} ${suffix(i)}`,
        kinds[i % 4]!,
        [],
        // Many ties, a few hubs, about half of those with two of the words among them.
        random() < 0.01 || i % 400 === 1 || i % 400 === 4
          ? 500 + Math.floor(random() * 500)
          : Math.floor(random() * 20),
      ),
    );

    /** What the directory must answer: by words named (the last as a prefix), then degree, then id. */
    const expected = (all: DirectoryEntry[], query: string, wanted = ALL) => {
      const words = [...new Set(tokens(query))];
      const last = words.at(-1);
      return all
        .filter((e) => wanted.has(e.kind))
        .map((e) => {
          const names = tokens([e.name, ...e.aliases].join(' '));
          const n = words.filter((w) => names.some((t) => t === w || (w === last && t.startsWith(w)))).length;
          return { e, n };
        })
        .filter((x) => x.n > 0)
        .sort((a, b) => b.n - a.n || b.e.degree - a.e.degree || (a.e.id < b.e.id ? -1 : 1))
        .slice(0, 20)
        .map((x) => x.e.id);
    };
    // With words that seldom name the same entity ('holdings group'), and three words that do and do not.
    const queries = [
      ...['group', 'gr', 'g', 'holdings', 'holdings group', 'group h', 'k', 'group k', 'ro'],
      ...['group holdings', 'k holdings', 'holdings ro', 'ro group', 'holdings group k', 'ka group r'],
      ...['trust group', 'group trust', 'trust', 'trust holdings'],
    ];

    it('answers with the best connected they name, as a walk of every match would', () => {
      const d = EntityDirectory.of(entities, 0);
      for (const query of queries) expect(ids(d, query)).toEqual(expected(entities, query));
      const people = new Set<EntityKind>(['Person']);
      expect(ids(d, 'group', false, people)).toEqual(expected(entities, 'group', people));
      expect(ids(d, 'group ka', false, people)).toEqual(expected(entities, 'group ka', people));
      expect(ids(d, 'gruop', true)).toEqual(expected(entities, 'group'));
    });

    it('answers the same when a scan by degree gives way early, to the postings or to what every word names', () => {
      for (const budget of [10, 300]) {
        const d = EntityDirectory.of(entities, 0, budget);
        for (const query of queries) expect(ids(d, query)).toEqual(expected(entities, query));
      }
    });

    it('keeps the order of degree through writes that change, add and remove entities', () => {
      const d = EntityDirectory.of(entities, 0);
      const current = new Map(entities.map((e) => [e.id, e]));
      for (let generation = 1; generation <= 30; generation++) {
        const upserted: DirectoryEntry[] = [];
        const removed: string[] = [];
        for (let i = 0; i < 60; i++) {
          const id = `e${Math.floor(random() * 4_100)}`;
          if (removed.includes(id) || upserted.some((e) => e.id === id)) continue;
          const before = current.get(id);
          if (before && random() < 0.1) {
            removed.push(id);
            current.delete(id);
            continue;
          }
          const name = before?.name ?? `${word(Math.floor(random() * 512))} Group`;
          const next = entry(id, name, before?.kind ?? 'Person', [], Math.floor(random() * 900));
          upserted.push(next);
          current.set(id, next);
        }
        d.apply({ upserted, removed, generation });
        const all = [...current.values()];
        for (const query of queries) expect(ids(d, query)).toEqual(expected(all, query));
      }
    });
  });
});
