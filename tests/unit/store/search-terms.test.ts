import { describe, expect, it } from '@jest/globals';
import { editDistance, luceneQuery, nameMatcher, tokens } from '../../../core/store/search-terms.js';

describe('search terms', () => {
  it('tokenises names without accents, case or punctuation', () => {
    expect(tokens('Lt. Gen. Belkhir El-Farouk')).toEqual(['lt', 'gen', 'belkhir', 'el', 'farouk']);
    expect(tokens('Bourita’s São Tomé')).toEqual(['bourita', 's', 'sao', 'tome']);
  });

  it('builds a Lucene query with exact, prefix and fuzzy parts for Neo4j', () => {
    expect(luceneQuery('Gnatz bo')).toBe('(gnatz^3 OR gnatz* OR gnatz~1) OR (bo^3 OR bo*)');
    expect(luceneQuery('"; DROP')).toBe('(drop^3 OR drop* OR drop~1)');
    expect(luceneQuery('Gantz', { fuzzy: false })).toBe('(gantz^3 OR gantz*)');
  });

  it('measures edits with adjacent swaps, stopping early past a limit', () => {
    expect(editDistance('gnatz', 'gantz')).toBe(1);
    expect(editDistance('gantz', 'gantz')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('ranks exact names over prefixes over typos, and unrelated names at zero', () => {
    const match = nameMatcher('gantz');
    const score = (name: string) => match(name).score;
    expect(score('Gantz')).toBe(1);
    expect(score('Benny Gantz')).toBeGreaterThan(score('Gantzberg'));
    expect(nameMatcher('gnatz')('Benny Gantz').score).toBeGreaterThan(0);
    expect(score('Nasser Bourita')).toBe(0);
  });

  it('tells a name that has every query word, or its start, as typed from one that needs a typo forgiven', () => {
    const typed = (query: string, name: string) => nameMatcher(query)(name).typed;
    expect(typed('zele', 'Volodymyr Zelenskyy')).toBe(true);
    expect(typed('zele', 'Zela Korin')).toBe(false);
    expect(typed('volodymyr zel', 'Volodymyr Zelenskyy')).toBe(true);
    expect(typed('volodymyr zel', 'Volodymyr Groysman')).toBe(false);
    expect(typed('Fierfly', 'Rufus Firefly')).toBe(false);
    expect(typed('  ', 'Rufus Firefly')).toBe(false);
    expect(typed('gantz', 'Gantz')).toBe(true);
  });
});
