import { describe, expect, it } from '@jest/globals';
import { parseText } from '../../../ingest/parse/parse.js';
import { extract, facts } from './helpers.js';

const text = [
  'Gulf Leaders Hold Talks On Shipping Security',
  'Qatar’s emir met Oman’s sultan in Muscat. He said the talks were "useful." Officials from the U.S. State Department attended too.',
  'A short caption without a full stop',
].join('\n\n');
const parsed = parseText(text);

describe('parseText', () => {
  it('gives every word its exact offsets, possessive endings left out', () => {
    for (const w of parsed.words) expect(text.slice(w.start, w.end)).toBe(w.text);
    const qatar = parsed.words.find((w) => w.text === 'Qatar');
    expect(qatar?.possessive).toBe(true);
  });

  it('splits sentences at paragraph ends and after closing quotes, not after abbreviations', () => {
    expect(parsed.sentences.map((s) => s.text)).toEqual([
      'Gulf Leaders Hold Talks On Shipping Security',
      'Qatar’s emir met Oman’s sultan in Muscat.',
      'He said the talks were "useful."',
      'Officials from the U.S. State Department attended too.',
      'A short caption without a full stop',
    ]);
    for (const s of parsed.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    ['The deal was signed by Ana Ruiz Jr. It takes effect in May.', 'The deal was signed by Ana Ruiz Jr.'],
    [
      'The plant was built by Andes Steel Inc. The company said it would expand.',
      'The plant was built by Andes Steel Inc.',
    ],
  ])('ends a sentence after an abbreviation when a word no name goes on with follows: %s', (text, first) => {
    expect(parseText(text).sentences.map((s) => s.text)[0]).toBe(first);
  });

  it('recognises Title Case headlines, where capitals are no evidence of names', () => {
    expect(parsed.sentences.map((s) => s.titleCase)).toEqual([true, false, false, false, false]);
  });

  it('reads a known finite verb of a Title Case headline as a verb, not as part of a name', () => {
    for (const [headline, verb, lemma] of [
      ['Chile Hits Peru With Israeli-Made Drones', 'Hits', 'hit'],
      ['Kenya Backs Somalia In Border Row With Ethiopia', 'Backs', 'back'],
    ] as const) {
      const word = parseText(headline).words.find((w) => w.text === verb);
      expect(word?.tags.has('Verb')).toBe(true);
      expect(word?.lemma).toBe(lemma);
    }
    expect(facts(extract('Chile Hits Peru With Israeli-Made Drones\n\nThe strike killed two.'))).toContain(
      'Chile OPPOSES Peru',
    );
  });

  it('splits hyphenated compounds into words the gazetteer can match', () => {
    const p = parseText('The Iran-backed group fired a Su-57 lookalike.');
    expect(p.words.map((w) => w.text)).toEqual(expect.arrayContaining(['Iran', 'backed', 'Su', '57']));
  });
});
