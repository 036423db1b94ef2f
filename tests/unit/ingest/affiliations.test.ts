/**
 * Where an organisation belongs, as its own name or the words before it say:
 * a country opening the name, a descriptor with a demonym or country, and a
 * gazetteer institution written for another country than the gazetteer's.
 * Invented sentences from several stories.
 */
import { describe, expect, it } from '@jest/globals';
import { extract, facts } from './helpers.js';

const located = (text: string): string[] =>
  facts(extract(text))
    .filter((f) => f.includes(' LOCATED_IN '))
    .sort();

describe('the country of an organisation', () => {
  it.each([
    ['The Kenya Wildlife Service counted the herds, Kenya said.', 'Kenya Wildlife Service LOCATED_IN Kenya'],
    ['The Nigeria Police Force arrested him in Lagos, Nigeria said.', 'Nigeria Police Force LOCATED_IN Nigeria'],
  ])('a country opening its name: %s', (text, expected) => {
    expect(located(text)).toContain(expected);
  });

  it.each([
    ['US aircraft maker Boeing delivered the jets, the United States said.', 'Boeing LOCATED_IN United States'],
    ['The French planemaker Airbus agreed to the terms, France said.', 'Airbus LOCATED_IN France'],
  ])('a descriptor before a known name: %s', (text, expected) => {
    expect(located(text)).toContain(expected);
  });

  it('does not take a country the sentence merely names before it', () => {
    expect(located('Mali and the Korsak Group signed a contract.')).toEqual([]);
  });

  it.each([
    ["Peru's Treasury Department sanctioned the firm, Peru said.", 'Peru'],
    ['The Chilean Treasury Department froze the accounts in Chile.', 'Chile'],
  ])('a gazetteer institution written for another country is that country’s: %s', (text, country) => {
    const found = located(text);
    expect(found.some((f) => f.endsWith(`LOCATED_IN ${country}`))).toBe(true);
    expect(found.some((f) => f.includes('United States'))).toBe(false);
  });
});

describe('an apposition calling an organisation a state’s ally', () => {
  it.each([
    ['Hezbollah, Iran’s most powerful ally, fired rockets at Haifa.', 'Iran'],
    ['Turkey shelled the Syrian Democratic Forces, Washington’s main partner in Syria.', 'United States'],
  ])('names its partner, not its home: %s', (text, state) => {
    expect(located(text).filter((f) => f.endsWith(`LOCATED_IN ${state}`))).toEqual([]);
  });
});

describe('what a country owns, by its possessive', () => {
  it.each([
    ["Turkish drones struck positions in Syria's Idlib.", 'Idlib LOCATED_IN Syria'],
    ["Shelling hit Ukraine's eastern Kharkiv overnight.", 'Kharkiv LOCATED_IN Ukraine'],
    ["Voters in Chile's Atacama region turned out early.", 'Atacama region LOCATED_IN Chile'],
    ["Turnout rose for Denmark's far-right Stram Kurs party.", 'Stram Kurs LOCATED_IN Denmark'],
    ["Warships struck targets of Yemen's Iran-backed Houthi movement.", 'Houthis LOCATED_IN Yemen'],
    ["Troops entered Mali's Russian-guarded Kidal region.", 'Kidal region LOCATED_IN Mali'],
  ])('a place or body owned past adjectives: %s', (text, expected) => {
    expect(located(text)).toContain(expected);
  });

  it('reads a name owned by a country after a locative preposition as a place, not without one', () => {
    const kinds = (text: string) => extract(text).entities.map((e) => [e.name, e.kind]);
    expect(kinds("Protests spread in Ukraine's Vorlivka.")).toContainEqual(['Vorlivka', 'Place']);
    expect(kinds("Protests spread in Ukraine's Vorlivka.")).not.toContainEqual(['Vorlivka', 'Country']);
  });

  it('does not place an ally or a body owned through a noun', () => {
    expect(located("Iran's powerful ally Hezbollah fired rockets at Haifa.")).not.toContain(
      'Hezbollah LOCATED_IN Iran',
    );
  });
});

describe('a place a bearing away from a town', () => {
  it.each([
    ['Rockets struck Sderot, about 40 km south of Tel Aviv, Israel said.', 'Sderot', 'Israel', 'Tel Aviv'],
    ['Russia flew the envoys to the Chkalovsky airfield north of Moscow.', 'Chkalovsky airfield', 'Russia', 'Moscow'],
  ])('is in the town’s country, not in the town: %s', (text, place, country, town) => {
    const facts = located(text);
    expect(facts).toContain(`${place} LOCATED_IN ${country}`);
    expect(facts).not.toContain(`${place} LOCATED_IN ${town}`);
  });

  it('says nothing when the town’s country is unknown', () => {
    expect(located('The Mopti region, 500 km northeast of Bamako, remained calm.')).toEqual([]);
  });
});

describe('a place an apposition describes', () => {
  it.each([
    ['Azeri forces took Shusha, the second-biggest city in Nagorno-Karabakh.', 'Shusha LOCATED_IN Nagorno-Karabakh'],
    ['Rebels shelled Ouallam, the third-largest town in Niger, on Sunday.', 'Ouallam LOCATED_IN Niger'],
  ])('reads a ranked description: %s', (text, fact) => {
    expect(located(text)).toContain(fact);
  });

  it('reads a described place before it as the one whose type the description names, not the place itself', () => {
    const found = located(
      'Fighting spread across Nagorno-Karabakh. Azeri forces took the key city of Kelbash. ' +
        "They are closing in on Stepanakert, the region's main city.",
    );
    expect(found).toContain('Stepanakert LOCATED_IN Nagorno-Karabakh');
    expect(found).not.toContain('Stepanakert LOCATED_IN Kelbash');
  });
});

describe('an organisation named before its own noun and a place', () => {
  it.each([
    ['Chile supports the Andean Front militia in Patagonia.', 'Andean Front LOCATED_IN Patagonia'],
    [
      'The envoys met at ASEAN headquarters in Jakarta on Monday.',
      'Association of Southeast Asian Nations LOCATED_IN Jakarta',
    ],
    ['Russia condemned the build-up of NATO troops in Romania.', 'NATO LOCATED_IN Romania'],
    ['The Atlas Group forces in Benghazi withdrew.', 'Atlas Group LOCATED_IN Benghazi'],
    ["The Andean Front's headquarters in Lima closed.", 'Andean Front LOCATED_IN Lima'],
  ])('is where its members or its site are: %s', (text, expected) => {
    expect(located(text)).toContain(expected);
  });
});
