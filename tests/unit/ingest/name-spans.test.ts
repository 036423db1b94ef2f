/**
 * Where names begin and end: titles, departments and complements around a
 * name, institutions named by their remit, a person named right after the
 * institution in their title. Invented sentences from several stories.
 */
import { describe, expect, it } from '@jest/globals';
import { entity, extract, facts } from './helpers.js';

const names = (text: string): string[] =>
  extract(text)
    .entities.map((e) => `${e.kind} ${e.name}`)
    .sort();

describe('a country after a name is not part of it', () => {
  it.each([
    [
      'Prime Minister Narendra Modi of India met Chancellor Olaf Scholz of Germany in Delhi.',
      ['Person Narendra Modi', 'Person Olaf Scholz'],
    ],
    [
      'The charter was initialled by three ministers – Amara Diallo of Senegal, Kwame Boateng of Ghana, and Ana Costa of Angola.',
      ['Person Amara Diallo', 'Person Kwame Boateng', 'Person Ana Costa'],
    ],
  ])('%s', (text, people) => {
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(people));
    expect(found.some((n) => / of$/.test(n))).toBe(false);
  });

  it('reads "the President of Kenya William Ruto" as a title with its country', () => {
    const g = extract('The talks were opened by the President of Kenya William Ruto on Monday.');
    expect(entity(g, 'William Ruto')?.roles).toEqual(['President']);
    expect(entity(g, 'Kenya')?.kind).toBe('Country');
  });
});

describe('institutions named by their remit', () => {
  it.each([
    [
      'Egypt’s National Authority for Military Production will build the shells.',
      'National Authority for Military Production',
    ],
    [
      'Seoul’s Agency for Defense Development and Procurement tested the rocket.',
      'Agency for Defense Development and Procurement',
    ],
    ['The Standing Committee on Foreign Relations met on Friday.', 'Standing Committee on Foreign Relations'],
    ['The Supreme Council of the Armed Forces took power.', 'Supreme Council of the Armed Forces'],
  ])('%s', (text, name) => {
    expect(entity(extract(text), name)?.kind).toBe('Organization');
  });

  it('never joins two whole names across "and"', () => {
    expect(names('Israel Aerospace Industries and Elbit Systems won the tender.')).toEqual([
      'Organization Elbit Systems',
      'Organization Israel Aerospace Industries',
    ]);
  });

  it('keeps the person named after the institution of their title apart from it', () => {
    const g = extract(
      'Head of Brazil’s National Agency for Defense Procurement Carlos Mendes said the jets were late.',
    );
    expect(entity(g, 'Carlos Mendes')?.kind).toBe('Person');
    expect(entity(g, 'National Agency for Defense Procurement')?.kind).toBe('Organization');
    const h = extract('Director of the Federal Office for Export Control Thomas Berger resigned.');
    expect(entity(h, 'Thomas Berger')?.kind).toBe('Person');
    expect(entity(h, 'Federal Office for Export Control')?.kind).toBe('Organization');
  });

  it('strips a leading title and its "of" from an institution', () => {
    const g = extract('Leila Haddad, the Head of the Strategic Planning Bureau, flew to Tunis.');
    expect(entity(g, 'Strategic Planning Bureau')?.kind).toBe('Organization');
  });
});

describe('a name spelt out by the acronym in brackets after it', () => {
  it.each([
    [
      'Uganda says it is fighting the Allied Forces for the Liberation of Kivu (AFLK), a militia based in Congo.',
      'Allied Forces for the Liberation of Kivu',
      'AFLK',
    ],
    [
      'Guatemala accused the Popular Front for the Liberation of Peten (FPLP) of smuggling arms.',
      'Popular Front for the Liberation of Peten',
      'FPLP',
    ],
    [
      'Kenya funded the Commission on Human Rights in Somalia (CHRS) last year.',
      'Commission on Human Rights in Somalia',
      'CHRS',
    ],
  ])('runs through "for the", "of" and "in" to the acronym, its alias: %s', (text, name, acronym) => {
    const g = extract(text);
    expect(entity(g, name)?.kind).toBe('Organization');
    expect(entity(g, name)?.aliases).toContain(acronym);
  });

  it('takes no place named inside the spelt-out name for a mention of it', () => {
    const g = extract('Malawi backed the Movement for the Liberation of Mozambique (MLM) in the 1980s.');
    expect(entity(g, 'Movement for the Liberation of Mozambique')?.kind).toBe('Organization');
    expect(entity(g, 'Mozambique')).toBeUndefined();
  });

  it('reads a country closing the remit as what the body is for, not where it is', () => {
    const text =
      'Malawi backed the Movement for the Liberation of Mozambique (MLM) in the 1980s. Mozambique won independence in 1975.';
    const g = extract(text);
    expect(entity(g, 'Movement for the Liberation of Mozambique')?.kind).toBe('Organization');
    expect(facts(g)).not.toContain('Movement for the Liberation of Mozambique LOCATED_IN Mozambique');
    const bank = 'Malawi backed the National Bank of Mozambique in the 1980s. Mozambique won independence in 1975.';
    expect(facts(extract(bank))).toContain('National Bank of Mozambique LOCATED_IN Mozambique');
  });

  it('keeps apart the words the acronym does not spell', () => {
    const g = extract(
      'Chile spoke to Ana Torres of the Patriotic Front for the Liberation of Arauca (PFLA) on Monday.',
    );
    expect(entity(g, 'Ana Torres')?.kind).toBe('Person');
    expect(entity(g, 'Patriotic Front for the Liberation of Arauca')?.aliases).toContain('PFLA');
  });
});

describe('a known name inside a longer institution name', () => {
  it.each([
    ['Kenya’s National Security Council met after the attack.'],
    ['Pakistan’s National Security Council discussed the border.'],
  ])('%s', (text) => {
    const g = extract(text);
    expect(entity(g, 'National Security Council')?.kind).toBe('Organization');
    expect(entity(g, 'UN Security Council')).toBeUndefined();
  });
});

describe('titles with a department before the head', () => {
  it.each([
    ['Veterans Affairs Minister Darren Chester opened the memorial.', 'Darren Chester', 'Veterans Affairs Minister'],
    ['Trade Secretary Kemi Badenoch travelled to Riyadh.', 'Kemi Badenoch', 'Trade Secretary'],
  ])('%s', (text, person, role) => {
    const g = extract(text);
    expect(entity(g, person)?.roles).toEqual([role]);
  });

  it('reads a plural title as no name ("the Presidents of Kenya and Uganda")', () => {
    expect(names('He signed it with the Presidents of Kenya and Uganda on Friday.')).toEqual([
      'Country Kenya',
      'Country Uganda',
    ]);
  });
});

describe('formal state names and country heads', () => {
  it('reads "the Republic of X" as the state', () => {
    const g = extract('The Republic of Kenya and the Kingdom of Norway signed the pact.');
    expect(entity(g, 'Kenya')?.aliases).toContain('Republic of Kenya');
    expect(entity(g, 'Norway')?.aliases).toContain('Kingdom of Norway');
  });

  it.each([
    ['The breakaway Gagauz Republic held a vote.', 'Gagauz Republic'],
    ['Timbuktu was once part of the Songhai Khanate.', 'Songhai Khanate'],
  ])('%s', (text, name) => {
    expect(entity(extract(text), name)?.kind).toBe('Country');
  });
});

describe('regions named by a compass word', () => {
  it.each([
    ['Peacekeepers patrolled Southern Lebanon.', 'Southern Lebanon'],
    ['Traders in West Africa complained.', 'West Africa'],
  ])('%s', (text, name) => {
    const g = extract(text);
    expect(entity(g, name)?.kind).toBe('Place');
    expect(g.entities).toHaveLength(1);
  });
});

describe('people named again by part of their name', () => {
  it('joins the end of a longer name to it', () => {
    const g = extract(
      'Commissioner Ursula Maria von Stein spoke first. Later von Stein left. Maria von Stein returned.',
    );
    expect(g.entities.filter((e) => e.kind === 'Person')).toHaveLength(1);
  });

  it('joins a family name written first to the full name', () => {
    const g = extract('Chinese Premier Li Qiang met the envoy. Li, a member of the Politburo, said trade would grow.');
    expect(g.entities.filter((e) => e.kind === 'Person').map((e) => e.name)).toEqual(['Li Qiang']);
  });
});

describe('short forms of organisations', () => {
  it.each([
    [
      'The Fatemiyoun Brigade crossed the border. Fatemiyoun fighters held the town, and Fatemiyoun said it would stay.',
    ],
    ['Russian private military company Redut moved in. The Redut Company has been hiring, and Redut denies it.'],
  ])('%s', (text) => {
    const g = extract(text);
    expect(g.entities.filter((e) => e.kind === 'Organization')).toHaveLength(1);
    expect(g.entities.filter((e) => e.kind === 'Person')).toHaveLength(0);
  });
});

describe('honorifics inside a run of capitalised words', () => {
  it('end the body before them and open the name after them', () => {
    const found = names('The board of Atlas Industries Prof. Dr. Kemal Arslan met on Monday in Ankara.');
    expect(found).toContain('Person Kemal Arslan');
    expect(found.some((n) => /Prof|Dr\./.test(n))).toBe(false);
  });

  it.each([
    ['Kenya hosted Somali President Hassan Sheikh Mohamud in Nairobi.', 'Person Hassan Sheikh Mohamud'],
    ['Ghana welcomed Governor Abdullahi Sheikh Nur in Accra.', 'Person Abdullahi Sheikh Nur'],
  ])('stay inside a name when given names stand on both sides: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('close a run and leave no person of their own ("... Industries Prof. Dr." before the name)', () => {
    for (const text of [
      'The delegation of Atlas Defense Industries Prof. Dr. Ana Ruiz met officials in Ankara.',
      'Veltra Marine Systems Prof. Dr. Kemal Arslan signed the contract.',
    ]) {
      const found = names(text);
      expect(found.filter((n) => n.startsWith('Person'))).toEqual([
        expect.stringMatching(/^Person (Ana Ruiz|Kemal Arslan)$/),
      ]);
    }
  });

  it('leave no lone word of a title before them as a person', () => {
    const found = names('Sanctions hit the Vice President of Defense Industries Prof. Dr. Ana Ruiz on Friday.');
    expect(found).toContain('Person Ana Ruiz');
    expect(found).not.toContain('Person Industries');
  });
});

describe('particles and hyphens inside a name', () => {
  it.each([
    ['Tarek al-Mansi met Ana Ruiz in Tunis.', 'Person Tarek al-Mansi'],
    ['Hadi bin Rashed hosted Ana Ruiz in Doha.', 'Person Hadi bin Rashed'],
    ['Ana Ruiz met Hadi bin Rashed and Tarek al-Mansi in Doha.', 'Person Tarek al-Mansi'],
  ])('keep a given name that opens the sentence before a particle: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['Marit van der Heyden met Ana Ruiz in Oslo.', 'Person Marit van der Heyden'],
    ['Ministers met Defence Minister Elke von der Brinck in Brussels.', 'Person Elke von der Brinck'],
  ])('keep particles that lead through each other to the surname: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['Prime Minister Somchai Wongsa-ard met Ana Ruiz in Bangkok.', 'Person Somchai Wongsa-ard'],
    ['Chief of staff Pira Ket-o-uthai visited Kuala Lumpur.', 'Person Pira Ket-o-uthai'],
  ])('keep a lower-case piece hyphened to a surname: %s', (text, name) => {
    expect(names(text)).toContain(name);
    expect(facts(extract(text)).filter((f) => !f.includes('MENTIONED_WITH')).length).toBeGreaterThan(0);
  });

  it('leave a known word, or a compound describing a noun, out of it ("Moscow-backed", "Soviet-era jets")', () => {
    const found = names('Moscow-backed fighters and Saudi-led forces clashed near Aden.');
    expect(found.some((n) => /backed|led/.test(n))).toBe(false);
    expect(names('Ankara flies Soviet-era jets and Kyiv-built drones.').some((n) => /era|built/.test(n))).toBe(false);
  });
});

describe('a system name after a titled given name', () => {
  it.each([
    ['Turkish Energy Minister Alparslan Bayraktar visited Baku.', 'Person Alparslan Bayraktar'],
    ['Baykar technology officer Selcuk Bayraktar said the drone flew.', 'Person Selcuk Bayraktar'],
  ])('is the surname: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('stays a system elsewhere ("used Bayraktar drones")', () => {
    expect(names('Ukraine used Bayraktar drones near Kherson.')).toContain('System Bayraktar TB2');
  });
});
