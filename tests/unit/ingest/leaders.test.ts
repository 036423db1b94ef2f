/**
 * The lexicon's known office holders complete a title written without its country, and nothing else:
 * the office must be one the holder held, and a one-word name must be one the list gives alone.
 */
import { describe, expect, it } from '@jest/globals';
import { getLexicon } from '../../../ingest/lexicon/index.js';
import { officeHolders } from '../../../ingest/lexicon/leaders.js';
import { extract, facts } from './helpers.js';

describe('the known office holders', () => {
  it('serve states the gazetteer knows', () => {
    const countries = getLexicon().countries;
    expect(officeHolders().leaders.filter((l) => !countries.has(l.country))).toEqual([]);
  });

  it.each([
    ['Tayyip Erdogan', 'President', 'Turkey'],
    ['Recep Tayyip Erdoğan', 'President', 'Turkey'],
    ['Erdogan', 'President', 'Turkey'],
    ['Sergei Lavrov', 'Foreign Minister', 'Russia'],
    ['Lloyd Austin', 'Defense Secretary', 'United States'],
    ['Serzh Sarkisian', 'former President', 'Armenia'],
    ['Volodymyr Zelenskiy', 'President', 'Ukraine'],
  ])('know whose office %s holds as %s', (name, role, country) => {
    expect(officeHolders().countryOf(name, role)).toBe(country);
  });

  it.each([
    ['Sergei Lavrov', 'Defence Minister'],
    ['Maya Fernandez', 'Defence Minister'],
    ['Sharif', 'Prime Minister'],
    ['Ali Erdogan', 'President'],
  ])('say nothing of %s as %s', (name, role) => {
    expect(officeHolders().countryOf(name, role)).toBeNull();
  });
});

describe('a title written without its country', () => {
  it.each([
    ['Turkey will not back Sweden. President Tayyip Erdogan said so on Monday.', 'Tayyip Erdogan HOLDS_ROLE Turkey'],
    [
      'Ukraine downgraded ties with Iran, a move President Volodymyr Zelenskiy called a collaboration with evil.',
      'Volodymyr Zelenskiy HOLDS_ROLE Ukraine',
    ],
    [
      'Russia and China met. Foreign Minister Sergei Lavrov said the talks went well.',
      'Sergei Lavrov HOLDS_ROLE Russia',
    ],
  ])('is the office of a holder the lexicon knows: %s', (text, fact) => {
    expect(facts(extract(text))).toContain(fact);
  });

  it.each([
    'Russia and China met. Putin said the talks went well.',
    'Russia and China met. Defence Minister Sergei Lavrov said the talks went well.',
    'Chile signed a contract. Defence Minister Maya Fernandez said.',
  ])('is none without a title, or with an office the holder never held: %s', (text) => {
    expect(facts(extract(text)).filter((f) => f.includes(' HOLDS_ROLE '))).toEqual([]);
  });
});
