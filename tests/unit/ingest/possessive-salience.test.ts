/**
 * Whom a possessive pronoun ("its", "their") stands for inside its sentence: the nearest name among its own
 * clause's arguments, else that clause's subject, before names outside the clause (invented sentences).
 */
import { describe, expect, it } from '@jest/globals';
import { extract, facts } from './helpers.js';

describe('a possessive pronoun in an object or a phrase of its clause', () => {
  it.each([
    [
      "Kagame said Uganda should not expect Kenya's support for its African Union membership.",
      'Uganda SUPPORTS African Union',
      'Kenya SUPPORTS African Union',
    ],
    [
      'Lopez said if Ecuador does not apologise, it will not receive any support from Lima for its NATO bid.',
      'Ecuador SUPPORTS NATO',
      'Peru SUPPORTS NATO',
    ],
  ])('is not the backer of the support it is for: %s', (text, right, wrong) => {
    const found = facts(extract(text));
    expect(found).toContain(right);
    expect(found).not.toContain(wrong);
  });

  it.each([
    [
      'Chile denied the reports. Reports said a Chilean delegation visited Peru and discussed its NATO bid.',
      'Chile SUPPORTS NATO',
      'Peru SUPPORTS NATO',
    ],
  ])('is the subject of its clause before a name of another clause: %s', (text, right, wrong) => {
    const found = facts(extract(text));
    expect(found).toContain(right);
    expect(found).not.toContain(wrong);
  });

  it('is no name of the dateline', () => {
    const text =
      'QUITO, March 3 (Reuters) - Ecuadorean President Ana Ruiz and Peruvian President Luis Vega pledged on Friday to settle their border dispute peacefully.';
    expect(facts(extract(text)).filter((f) => f.startsWith('Reuters'))).toEqual([]);
  });
});

describe('a possessive pronoun opening the subject of a later clause', () => {
  it('is the subject of a clause before it, not a name in its object or phrases', () => {
    const found = facts(extract('Finland bought jets from the United States, and its NATO bid was approved in April.'));
    expect(found).toContain('Finland SUPPORTS NATO');
    expect(found).not.toContain('United States SUPPORTS NATO');
  });
});
