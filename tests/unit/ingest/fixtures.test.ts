/**
 * Articles written for these tests about events related to, but different
 * from, the sample corpus: the pipeline must read them right with no rule
 * made for them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../ingest/extract.js';
import { facts } from './helpers.js';

function load(file: string) {
  return extractArticle({ file, raw: readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8') });
}

describe('UAE–Israel air defence deal (plain text with page furniture)', () => {
  const g = load('uae-israel-air-defense.txt');
  it('cleans the page', () => {
    expect(g.article.title).toBe('UAE to buy Israeli air defense system in first such deal');
    expect(g.article.text).not.toMatch(/Share this|Related Posts|Bahrain sign security pact|rights reserved/);
  });
  it('reads the deal, its signatories and the context', () => {
    expect(facts(g)).toEqual(
      expect.arrayContaining([
        'United Arab Emirates ACQUIRED Barak 8',
        'Barak 8 DEVELOPED_BY Israel Aerospace Industries',
        'Mohammed bin Ahmed Al Bowardi SIGNED Israel–United Arab Emirates deal',
        'Yoav Gallant SIGNED Israel–United Arab Emirates deal',
        'Yoav Gallant VISITED United Arab Emirates',
        'Yoav Gallant MET_WITH Tahnoun bin Zayed',
        'Iran SUPPORTS Houthis',
        'Houthis OPPOSES United Arab Emirates',
        'United Arab Emirates SEEKS F-35',
      ]),
    );
  });
});

describe('Saudi crown prince in Washington (Markdown)', () => {
  const g = load('us-saudi-visit.md');
  it('reads the visit, the meeting and the purchases', () => {
    expect(facts(g)).toEqual(
      expect.arrayContaining([
        'Mohammed bin Salman VISITED Washington',
        'Mohammed bin Salman MET_WITH Joe Biden',
        'Mohammed bin Salman HOLDS_ROLE Saudi Arabia',
        'Joe Biden HOLDS_ROLE United States',
        'Saudi Arabia SEEKS F-35',
        'Saudi Arabia SEEKS THAAD',
        'THAAD DEVELOPED_BY Lockheed Martin',
        'United States SUPPORTS Saudi Arabia',
        'Saudi Arabia RELATIONS_WITH Iran',
      ]),
    );
  });
  it('keeps Washington the city apart from Washington the government', () => {
    expect(g.entities.find((e) => e.name === 'Washington')?.kind).toBe('Place');
    expect(g.entities.find((e) => e.name === 'United States')?.mentions.map((m) => m.text)).toContain('Washington');
  });
});

describe('Algeria buys Russian fighters (HTML)', () => {
  const g = load('algeria-russia-su57.html');
  it('takes title, byline, date and source from the page', () => {
    expect(g.article).toMatchObject({
      title: 'Algeria buys Russian Su-57 fighters',
      byline: 'Karim Haddad',
      date: '2024-02-12',
      source: 'Maghreb Defense Review',
    });
    expect(g.article.text).not.toMatch(/Photo:|Related Articles|Morocco receives/);
  });
  it('reads the purchase, the supplier and the regional conflict', () => {
    expect(facts(g)).toEqual(
      expect.arrayContaining([
        'Algeria ACQUIRED Su-57',
        'Su-57 DEVELOPED_BY Sukhoi',
        'Russia SUPPORTS Algeria',
        'Algeria ACQUIRED S-400',
        'Said Chanegriha VISITED Moscow',
        'Said Chanegriha MET_WITH Andrei Belousov',
        'Andrei Belousov HOLDS_ROLE Russia',
        'Algeria RELATIONS_WITH Morocco',
        'Algeria OPPOSES Morocco',
        'Algeria SUPPORTS Polisario Front',
      ]),
    );
  });
});

describe('Israeli minister signs a pact in Bahrain (HTML with menus and teasers)', () => {
  const g = load('bahrain-israel-pact.html');
  it('cleans the page', () => {
    expect(g.article.title).toBe('Gantz lands in Bahrain to sign defence pact');
    expect(g.article.text).not.toMatch(/Related Posts|Qatar signs gas deal|All rights reserved|Sport/);
  });
  it('reads the visit, the signing by both sides and the regional context', () => {
    expect(facts(g)).toEqual(
      expect.arrayContaining([
        'Benny Gantz VISITED Bahrain',
        'Benny Gantz SIGNED Bahrain–Israel defense pact',
        'Bahrain PARTY_TO Bahrain–Israel defense pact',
        'Israel PARTY_TO Bahrain–Israel defense pact',
        'Benny Gantz MET_WITH Hamad bin Isa Al Khalifa',
        'Hamad bin Isa Al Khalifa HOLDS_ROLE Bahrain',
        'Bahrain RELATIONS_WITH Israel',
        'United States SUPPORTS Abraham Accords',
        'Iran SUPPORTS Houthis',
        'Houthis OPPOSES Saudi Arabia',
      ]),
    );
  });
});

describe('Pegasus found on the Spanish prime minister’s phone (Markdown)', () => {
  const g = load('spain-pegasus.md');
  it('reads the maker of the spyware and where it is, and no attacker the text does not name', () => {
    const f = facts(g);
    expect(f).toEqual(expect.arrayContaining(['Pegasus DEVELOPED_BY NSO Group', 'NSO Group LOCATED_IN Israel']));
    expect(f).not.toContain('Pegasus DEVELOPED_BY Israel');
    expect(f.filter((x) => x.includes('OPPOSES'))).toEqual([]);
  });
  it('keeps titled aliases clean', () => {
    expect(g.entities.find((e) => e.name === 'Pedro Sanchez')?.aliases).not.toContain(
      'of Prime Minister Pedro Sanchez',
    );
  });
});

describe('Algeria accuses Morocco after a drone strike (wire copy with page furniture)', () => {
  const g = load('algeria-drone-strike.txt');
  it('reads backing, recognition by a head of state and normalisation in a gerund clause', () => {
    expect(facts(g)).toEqual(
      expect.arrayContaining([
        'Algeria SUPPORTS Polisario Front',
        'Algeria RELATIONS_WITH Morocco',
        'United States RECOGNIZED Western Sahara',
        'Morocco RELATIONS_WITH Israel',
      ]),
    );
    expect(g.article.text).not.toMatch(/Most Read|Oil prices climb|Advertisement/);
  });
});
