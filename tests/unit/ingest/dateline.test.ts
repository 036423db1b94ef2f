import { describe, expect, it } from '@jest/globals';
import { headlineCredit, readDateline, urlDate } from '../../../ingest/clean/dateline.js';
import { parseDate } from '../../../ingest/clean/meta.js';

describe('dates stated in a page', () => {
  it.each([
    ['Published on  03-14-2023 08:05', '2023-03-14'],
    ['Updated 2 February 2019', '2019-02-02'],
    ['Posted: Oct. 9, 2018, 6:40 pm', '2018-10-09'],
    ['2017-06-30T21:04:00+02:00', '2017-06-30'],
    ['filed on the 01st of May, 2016', '2016-05-01'],
  ])('reads %j as %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it.each(['on Wednesday', 'last December', 'MADRID, June 3', 'in 2019', 'the 1990s', 'week 14'])(
    'leaves %j unknown: no day, month or year is guessed',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

describe('datelines', () => {
  it.each([
    ['LIMA (AP) — The president of Peru said', { outlet: 'AP', date: null }],
    ['Nairobi (Reuters) – Kenyan troops crossed', { outlet: 'Reuters', date: null }],
    ['QUITO, Ecuador (AFP) - Ecuador’s navy seized', { outlet: 'AFP', date: null }],
    ['HANOI, March 3. /VNA/. Vietnam will buy', { outlet: 'VNA', date: null }],
    ['May 9 (UPI) -- Chile and Peru agreed', { outlet: 'UPI', date: null }],
    [
      'OSLO (Nordic Wire / Baltic Press - 12th April, 2018) Norway ordered',
      { outlet: 'Nordic Wire / Baltic Press', date: '2018-04-12' },
    ],
    ['Accra, Jun 2 (Correspondent) The Ghanaian parliament', null],
  ])('reads %j', (paragraph, expected) => {
    expect(readDateline(paragraph)).toEqual(expected);
  });

  it.each([
    'Chile (the largest copper producer) signed a deal with Peru.',
    'Peru and Chile signed a defence pact in Lima on Monday (AP photo).',
    'The Andean Pact (AP) is a trade bloc.',
  ])('finds no dateline in an ordinary sentence: %j', (paragraph) => {
    expect(readDateline(paragraph)).toBeNull();
  });

  it('reads an outlet at the end of a headline, not a clause after a dash', () => {
    expect(headlineCredit('Peru buys Korean trainer jets – Yonhap')).toBe('Yonhap');
    expect(headlineCredit('Chile votes today - Reuters Latin America')).toBe('Reuters Latin America');
    expect(headlineCredit('Peru’s leaders back the pact - Announcement paves way for a vote')).toBeNull();
    expect(headlineCredit('Peru and Chile sign a pact')).toBeNull();
  });

  it('reads a date filed in the address', () => {
    expect(urlDate('https://news.example.org/world/2019/11/13/peru-chile-pact')).toBe('2019-11-13');
    expect(urlDate('https://example.org/en/20210914-andes-deal')).toBe('2021-09-14');
    expect(urlDate('https://example.org/en/article/2019/peru')).toBeNull();
    expect(urlDate('https://2019.example.org/a/b')).toBeNull();
  });
});
