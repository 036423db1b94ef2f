import { describe, expect, it } from '@jest/globals';
import {
  editDistance,
  indexTerms,
  luceneQuery,
  nameMatcher,
  queryTerms,
  tokens,
} from '../../../core/store/search-terms.js';

const shared = (a: string, b: string) => {
  const set = new Set(a.split(' '));
  return b.split(' ').filter((t) => set.has(t));
};

describe('search terms', () => {
  it('tokenises names without accents, case or punctuation', () => {
    expect(tokens('Lt. Gen. Belkhir El-Farouk')).toEqual(['lt', 'gen', 'belkhir', 'el', 'farouk']);
    expect(tokens('Bourita’s São Tomé')).toEqual(['bourita', 's', 'sao', 'tome']);
  });

  it('lets a typo share a one-deletion term with the name (swap, substitution, insertion, deletion)', () => {
    const index = indexTerms(['Benny Gantz']);
    const unmatched = ['Gnatz', 'Gantx', 'Gantzz', 'Gntz'].filter(
      (typo) => !shared(index, queryTerms(typo)).some((t) => t.startsWith('xd')),
    );
    expect(unmatched).toEqual([]);
    expect(shared(index, queryTerms('Bourita')).filter((t) => t.startsWith('xd'))).toEqual([]);
  });

  it('indexes prefixes for autocomplete, and cuts long typed prefixes to what is indexed', () => {
    const index = indexTerms(['Abdellatif Loudiyi']);
    expect(shared(index, queryTerms('abd'))).toContain('xpabd');
    expect(shared(index, queryTerms('abdella'))).toContain('xpabdell');
    expect(shared(index, queryTerms('lou'))).toContain('xplou');
  });

  it('leaves the one-edit variants out of a first, exact round', () => {
    expect(queryTerms('Gantz', { fuzzy: false }).split(' ')).toEqual(['gantz', 'xpgantz']);
    expect(luceneQuery('Gantz', { fuzzy: false })).toBe('(gantz^3 OR gantz*)');
  });

  it('builds a Lucene query with exact, prefix and fuzzy parts for Neo4j', () => {
    expect(luceneQuery('Gnatz bo')).toBe('(gnatz^3 OR gnatz* OR gnatz~1) OR (bo^3 OR bo*)');
    expect(luceneQuery('"; DROP')).toBe('(drop^3 OR drop* OR drop~1)');
  });

  it('measures edits with adjacent swaps, stopping early past a limit', () => {
    expect(editDistance('gnatz', 'gantz')).toBe(1);
    expect(editDistance('gantz', 'gantz')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('ranks exact names over prefixes over typos, and unrelated names at zero', () => {
    const score = nameMatcher('gantz');
    expect(score('Gantz')).toBe(1);
    expect(score('Benny Gantz')).toBeGreaterThan(score('Gantzberg'));
    expect(nameMatcher('gnatz')('Benny Gantz')).toBeGreaterThan(0);
    expect(score('Nasser Bourita')).toBe(0);
  });
});
