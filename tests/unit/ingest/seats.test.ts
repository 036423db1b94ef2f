import { describe, expect, it } from '@jest/globals';
import { extract, facts } from './helpers.js';

/** The kinds of the entities a sentence yields, as "Kind Name", sorted. */
function kinds(text: string): string[] {
  return extract(text)
    .entities.map((e) => `${e.kind} ${e.name}`)
    .sort();
}

describe('capitals: the place, or the government it stands for', () => {
  it.each([
    [
      'a possessive capital',
      'Quito should not count on Lima’s support for its bid.',
      ['Country Ecuador', 'Country Peru'],
    ],
    [
      'the source of a purchase',
      'Ecuador made its first large arms purchase from Lima.',
      ['Country Ecuador', 'Country Peru'],
    ],
    ['a delegation from it', 'Envoys from Cairo and Amman held negotiations.', ['Country Egypt', 'Country Jordan']],
    ['what something matters for', 'The purchase would be a concern for Tokyo, Japan said.', ['Country Japan']],
    [
      'a seat inside an attribution',
      'The two leaders spoke by phone, according to a Downing Street readout.',
      ['Country United Kingdom'],
    ],
  ])('%s acts for the government', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    ['a bearing', 'Peru showed the drones at an airfield south of Lima.', 'Place Lima'],
    ['"from" after a verb of motion', 'The minister returned from Cairo on Monday.', 'Place Cairo'],
    ['a locative preposition', 'The envoys met in Amman.', 'Place Amman'],
  ])('%s names the place', (_, text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it.each([
    ['Kenyan President William Ruto visited Lima last month, where he met Dina Boluarte.', 'William Ruto VISITED Lima'],
    ['Chilean envoy Ana Ruiz toured Nairobi on Friday.', 'Ana Ruiz VISITED Nairobi'],
  ])('the object of a visit is the place: %s', (text, fact) => {
    expect(facts(extract(text))).toContain(fact);
  });

  it('a visited capital that also acts keeps both readings', () => {
    const g = extract('President Ruto visited Lima and warned Quito.');
    expect(facts(g)).toEqual(expect.arrayContaining(['Ruto VISITED Lima', 'Ruto OPPOSES Ecuador']));
  });
});

describe('a dateline: where the report was filed, no part of its first sentence', () => {
  it.each([
    ['NAIROBI, May 4 (Reuters) - Ethiopia and Somalia signed a port accord on Friday.', 'Ethiopia–Somalia'],
    ['HANOI (AP) — Chile and Peru agreed on Monday to a ceasefire.', 'Chile–Peru'],
  ])('its seat is no party of what the sentence names: %s', (text, parties) => {
    const named = extract(text)
      .entities.filter((e) => e.kind === 'Agreement')
      .map((e) => e.name);
    expect(named).toHaveLength(1);
    expect(named[0]).toContain(parties);
  });

  it('is named with nothing of the sentence, but what it says of itself stays', () => {
    const g = extract('LYON, France (AFP) — Kenya and Portugal were discussed at the summit.');
    const weak = g.relations.filter((r) => r.type === 'MENTIONED_WITH').map((r) => `${r.subject}|${r.object}`);
    expect(weak.filter((pair) => /kenya|portugal/.test(pair))).toEqual(['kenya|portugal']);
    expect(facts(g)).toContain('LYON LOCATED_IN France');
  });
});

describe('a capital a state leans towards', () => {
  it.each([
    ['Budapest has drifted towards Moscow since 2014.', 'Moscow'],
    ['Islamabad has tilted towards Beijing.', 'Beijing'],
  ])('is its government, no place: %s', (text, capital) => {
    expect(extract(text).entities.map((e) => e.name)).not.toContain(capital);
  });

  it('is a place troops move closer to', () => {
    expect(extract('The troops moved closer to Kyiv.').entities.map((e) => e.name)).toContain('Kyiv');
  });
});
