import { describe, expect, it } from '@jest/globals';
import type { ArticleGraph, KnownEntity } from '../../../core/domain.js';
import { KnownPeople } from '../../../ingest/entities/known-people.js';
import { extractCorpus, linkSequentially } from '../../../ingest/extract.js';
import { isNameLike } from '../../../ingest/link/link.js';
import { ExtractionPool } from '../../../ingest/runtime/pool.js';
import { extract, facts } from './helpers.js';

const known: KnownEntity[] = [
  {
    id: 'yoav-gallant',
    name: 'Yoav Gallant',
    kind: 'Person',
    aliases: ['Gallant', 'Israeli Defense Minister Yoav Gallant'],
  },
  { id: 'israel', name: 'Israel', kind: 'Country', aliases: ['Israel', 'the Jewish state'] },
  {
    id: 'kenya-uganda-trade-agreement',
    name: 'Kenya–Uganda trade agreement',
    kind: 'Agreement',
    aliases: ['trade deal', 'agreement'],
  },
];

describe('resolution against known entities', () => {
  it('gives a lone surname the id of the known person', () => {
    const g = extract('Gallant flew to Athens on Monday.', known);
    expect(g.entities.find((e) => e.kind === 'Person')).toMatchObject({ id: 'yoav-gallant', name: 'Yoav Gallant' });
  });

  it('reuses ids of unnamed agreements by their derived name only', () => {
    const g = extract(
      'Kenya and Uganda signed a trade agreement. Kenya and Ethiopia signed a defense agreement.',
      known,
    );
    const ids = g.entities
      .filter((e) => e.kind === 'Agreement')
      .map((e) => e.id)
      .sort();
    expect(ids).toEqual(['ethiopia-kenya-defense-agreement', 'kenya-uganda-trade-agreement']);
  });

  it('never links articles through descriptions', () => {
    expect(isNameLike('the Jewish state')).toBe(false);
    expect(isNameLike('Kingdom of Morocco')).toBe(true);
    const g = extract('Saudi Arabia said the Jewish state must act.', [
      { id: 'x', name: 'X', kind: 'Country', aliases: ['the Jewish state'] },
    ]);
    expect(g.entities.map((e) => e.id)).not.toContain('x');
  });

  it('threads resolution through a run: a later article resolves against earlier ones', () => {
    const [first, second] = extractCorpus([
      { file: 'a.txt', raw: 'Kenyan President William Ruto visited Uganda.' },
      { file: 'b.txt', raw: 'Ruto later met Ugandan officials in Kampala.' },
    ]);
    expect(first?.entities.find((e) => e.kind === 'Person')?.id).toBe('william-ruto');
    expect(second?.entities.find((e) => e.kind === 'Person')).toMatchObject({
      id: 'william-ruto',
      name: 'William Ruto',
    });
  });

  it('re-ingesting a file gives the same article id and entity ids', () => {
    const text = 'Peru signed a security agreement with Chile in Lima.';
    const [a, b] = extractCorpus([
      { file: 'same.txt', raw: text },
      { file: 'same.txt', raw: text },
    ]);
    expect(b?.article.id).toBe(a?.article.id);
    expect(b?.entities.map((e) => e.id)).toEqual(a?.entities.map((e) => e.id));
  });
});

describe('worker pool', () => {
  it('extracts the same graphs as the main thread, linked afterwards in order', async () => {
    const inputs = [
      { file: 'a.txt', raw: 'Kenyan President William Ruto visited Uganda and signed a trade agreement.' },
      { file: 'b.txt', raw: 'Ruto later met Ugandan officials in Kampala.' },
    ];
    const pool = new ExtractionPool(2);
    try {
      const graphs = linkSequentially(await Promise.all(inputs.map((i) => pool.extract(i))));
      const expected = extractCorpus(inputs);
      expect(graphs.map(facts)).toEqual(expected.map(facts));
      expect(graphs[1]?.entities.map((e) => e.id)).toEqual(expected[1]?.entities.map((e) => e.id));
    } finally {
      await pool.close();
    }
  });

  it('extracts with the people known when an article was queued, sending a worker only what it lacks', async () => {
    const article = { file: 'a.txt', raw: 'Tarvok Holdings said Brill had left.' };
    // A lone surname nothing in the article confirms waits for linking, unless the person is known.
    const waits = (g: ArticleGraph) => g.entities.find((e) => e.name === 'Brill')?.tentative === true;
    const pool = new ExtractionPool(1);
    try {
      const people = new KnownPeople();
      const queuedBefore = pool.extract(article, people);
      people.learn({ id: 'anna-brill', name: 'Anna Brill', kind: 'Person', aliases: ['Anna Brill'] });
      expect(waits(await queuedBefore)).toBe(true);
      expect(waits(await pool.extract(article, people))).toBe(false);
      // Another set of people is not added to the one the worker holds, and the first comes back whole.
      expect(waits(await pool.extract(article, new KnownPeople()))).toBe(true);
      expect(waits(await pool.extract(article, people))).toBe(false);
    } finally {
      await pool.close();
    }
  });
});
