import { describe, expect, it } from '@jest/globals';
import { agreementText, corroboration } from '../../../client/src/model/evidence.js';
import { markRuns } from '../../../client/src/model/text-marks.js';
import { evidence } from './fixtures.js';

describe('markRuns', () => {
  const sentence = 'Gantz met Loudiyi in Rabat.';
  const offset = 100; // the sentence starts at article offset 100

  it('cuts a sentence into plain and marked runs from article offsets', () => {
    const runs = markRuns(sentence, offset, [
      { start: 110, end: 117, value: 'object' },
      { start: 100, end: 105, value: 'subject' },
    ]);
    expect(runs.map((r) => [r.text, r.mark])).toEqual([
      ['Gantz', 'subject'],
      [' met ', null],
      ['Loudiyi', 'object'],
      [' in Rabat.', null],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(sentence);
  });

  it('clips marks that spill outside the text and resolves overlaps in favour of the first', () => {
    const runs = markRuns(sentence, offset, [
      { start: 90, end: 103, value: 'a' },
      { start: 101, end: 108, value: 'b' },
      { start: 121, end: 140, value: 'c' },
    ]);
    expect(runs.map((r) => [r.text, r.mark])).toEqual([
      ['Gan', 'a'],
      ['tz me', 'b'],
      ['t Loudiyi in ', null],
      ['Rabat.', 'c'],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(sentence);
  });
});

describe('corroboration', () => {
  it('groups sentences by article and counts agreeing articles and sources', () => {
    const c = corroboration([
      evidence({ articleId: 'toi', source: 'Times of Israel', date: '2021-11-24', start: 50, end: 60 }),
      evidence({ articleId: 'aj', source: 'Al Jazeera', date: '2021-11-25' }),
      evidence({ articleId: 'toi', source: 'Times of Israel', date: '2021-11-24', start: 10, end: 20 }),
      evidence({ articleId: 'anon', source: null, date: null }),
    ]);
    expect(c.articles).toBe(3);
    expect(c.sentences).toBe(4);
    expect(c.sources).toEqual(['Times of Israel', 'Al Jazeera']);
    expect(c.byArticle.map((g) => g.articleId)).toEqual(['aj', 'toi', 'anon']);
    expect(c.byArticle[1]!.sentences.map((s) => s.start)).toEqual([10, 50]);
    expect(agreementText(c)).toBe('3 articles from 2 sources agree');
  });

  it('says who states a lone relation', () => {
    expect(agreementText(corroboration([evidence({ articleId: 'toi', source: 'Times of Israel' })]))).toBe(
      'Stated by 1 article (Times of Israel)',
    );
  });

  it('does not call a denied relation agreed', () => {
    const stated = evidence({ articleId: 'toi', source: 'Times of Israel', certainty: 'alleged' });
    const denied = evidence({ articleId: 'aj', source: 'Al Jazeera', certainty: 'denied' });
    expect(agreementText(corroboration([stated, denied]))).toBe('2 articles, 1 article with a denial');
    expect(agreementText(corroboration([stated, { ...stated, certainty: 'denied', start: 40 }]))).toBe(
      'Reported and denied in 1 article',
    );
  });
});
