import { describe, expect, it } from '@jest/globals';
import { articleIdOf, cleanArticle } from '../../../ingest/clean/index.js';

const page = [
  'Monday Mar 4, 2024',
  '  • Home',
  '  • News',
  '  • World',
  'Home Politics Diplomacy',
  '',
  'Egypt and Sudan agree to share Nile data',
  '',
  'by  Omar Fathy , Staff Writer',
  'Published on 03-04-2024 10:15',
  '',
  'Egyptian Foreign Minister Sameh Shoukry met his Sudanese counterpart in Cairo on Monday.Credit: Jane Roe/Agency',
  'Egyptian Foreign Minister Sameh Shoukry met his Sudanese counterpart in Cairo on Monday.',
  'Share on FacebookShare on Twitter',
  'The two ministers signed a memorandum on river data. (Photo: John Doe/Ministry)',
  'Officials said talks would continue in Khartoum.',
  'Follow Example Daily on Facebook and Twitter',
  'Reuters contributed to this report.',
  'Related Posts',
  'Libya elections delayed again',
  'All rights reserved to Example Daily',
].join('\n');

describe('cleanArticle on plain text', () => {
  const doc = cleanArticle({ file: 'nile-talks.txt', format: 'text', raw: page });

  it('keeps the headline, body and captions without page furniture', () => {
    expect(doc.text.split('\n\n')).toEqual([
      'Egypt and Sudan agree to share Nile data',
      'Egyptian Foreign Minister Sameh Shoukry met his Sudanese counterpart in Cairo on Monday.',
      'The two ministers signed a memorandum on river data.',
      'Officials said talks would continue in Khartoum.',
    ]);
  });

  it('moves byline, date and title into the metadata', () => {
    expect(doc.title).toBe('Egypt and Sudan agree to share Nile data');
    expect(doc.byline).toBe('Omar Fathy, Staff Writer');
    expect(doc.date).toBe('2024-03-04');
  });

  it('drops everything after a teaser block', () => {
    expect(doc.text).not.toContain('Libya');
    expect(doc.text).not.toContain('rights reserved');
  });

  it('gives an article without a headline no title', () => {
    const plain = cleanArticle({
      file: 'a.txt',
      format: 'text',
      raw: 'Kenya and Ethiopia signed a trade deal on Friday.\n\nShare this article',
    });
    expect(plain.title).toBeNull();
    expect(plain.text).toBe('Kenya and Ethiopia signed a trade deal on Friday.');
  });

  it.each([
    '(Reporting by Ana Ruiz in Lima and Tom Hale in Quito; Writing by Jordan Chad; Editing by Peter Holland)',
    'Reporting by Ana Ruiz; Additional reporting by Tom Hale in Quito; Editing by Mark Jordan',
    '(Compiled by Ana Ruiz; Editing by Tom Hale)',
  ])('drops the wire credit line %s, whose surnames are not places', (credit) => {
    const doc = cleanArticle({
      file: 'credits.txt',
      format: 'text',
      raw: `Peru and Ecuador signed a border pact on Friday.\n\n${credit}`,
    });
    expect(doc.text).toBe('Peru and Ecuador signed a border pact on Friday.');
  });

  it('derives a stable id from the file name', () => {
    expect(articleIdOf('/tmp/News 2024/Nile_Talks.v2.txt')).toBe('nile-talks-v2');
    expect(doc.id).toBe('nile-talks');
  });
});

describe('cleanArticle on Markdown', () => {
  it('strips Markdown syntax but keeps the words', () => {
    const doc = cleanArticle({
      file: 'n.md',
      format: 'markdown',
      raw: '# Chile buys frigates\n\n*By Ana Ruiz*\n\nChile **bought** two [frigates](https://example.com) from the United Kingdom.\n\n![ship](x.png)',
    });
    expect(doc.title).toBe('Chile buys frigates');
    expect(doc.byline).toBe('Ana Ruiz');
    expect(doc.text).toContain('Chile bought two frigates from the United Kingdom.');
  });
});

describe('cleanArticle on HTML', () => {
  const html = `<html><head><title>Peru and Chile sign pact | Andes Wire</title>
    <meta property="og:site_name" content="Andes Wire"><meta property="article:published_time" content="2023-07-01T09:00:00Z"></head>
    <body><nav><ul><li>Home</li><li>Sports</li></ul></nav>
    <article><h1>Peru and Chile sign pact</h1>
    <p>Peru and Chile signed a border cooperation agreement in Lima on Friday, officials of both governments said after the ceremony.</p>
    <figure><img src="a.jpg"><figcaption>The ministers in Lima. (Photo: Maria Paz/Andes Wire)</figcaption></figure>
    <p>The agreement sets up joint patrols along the frontier and a commission that meets twice a year to review incidents.</p>
    <p>Share this article</p></article>
    <footer>© 2023 Andes Wire. All rights reserved.</footer></body></html>`;
  const doc = cleanArticle({ file: 'pact.html', format: 'html', raw: html });

  it('uses Readability for the body and metadata', () => {
    expect(doc.title).toBe('Peru and Chile sign pact');
    expect(doc.source).toBe('Andes Wire');
    expect(doc.date).toBe('2023-07-01');
  });

  it('keeps captions without their credits and drops menus, share boxes and footers', () => {
    expect(doc.text).toContain('The ministers in Lima.');
    expect(doc.text).not.toMatch(/Photo:|Sports|Share this|rights reserved/);
    expect(doc.text).toContain('joint patrols');
  });
});
