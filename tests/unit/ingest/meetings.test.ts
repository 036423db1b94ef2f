/**
 * Meetings among listed people and where they meet: titled names each with
 * their country ("President A of X, President B of Y and ..."), a plural title
 * over a list of names ("talks between the ministers of X, Y and Z A, B and
 * C"), and the venue, which foreign participants visit and hosts do not.
 * Invented sentences of several stories.
 */
import { describe, expect, it } from '@jest/globals';
import { cleanArticle } from '../../../ingest/clean/index.js';
import { extract, facts } from './helpers.js';

const of = (text: string, type: string): string[] =>
  facts(extract(text))
    .filter((f) => f.includes(` ${type} `))
    .sort();

describe('people listed with a country each', () => {
  it.each([
    [
      'President Luiz Lula of Brazil, President Gabriel Boric of Chile and Prime Minister Mark Carney of Canada met in Lima on Tuesday.',
      ['Gabriel Boric MET_WITH Mark Carney', 'Luiz Lula MET_WITH Gabriel Boric', 'Luiz Lula MET_WITH Mark Carney'],
    ],
    ['King Harald of Norway and President Alar Karis of Estonia held talks in Oslo.', ['Harald MET_WITH Alar Karis']],
  ])('meet each other: %s', (text, expected) => {
    expect(of(text, 'MET_WITH')).toEqual(expected);
    expect(of(text, 'HOLDS_ROLE').length).toBeGreaterThanOrEqual(2);
  });

  it('meet in talks between a plural title and its list of names, opening the sentence', () => {
    const text =
      'After talks between the Foreign Ministers of Peru, Chile and Bolivia Javier Gonzalez, Alberto van Klaveren and Celinda Sosa, only Gonzalez came out.';
    expect(of(text, 'MET_WITH')).toEqual([
      'Alberto van Klaveren MET_WITH Celinda Sosa',
      'Javier Gonzalez MET_WITH Alberto van Klaveren',
      'Javier Gonzalez MET_WITH Celinda Sosa',
    ]);
    expect(of(text, 'HOLDS_ROLE')).toEqual([
      'Alberto van Klaveren HOLDS_ROLE Chile',
      'Celinda Sosa HOLDS_ROLE Bolivia',
      'Javier Gonzalez HOLDS_ROLE Peru',
    ]);
  });

  it('keeps a fronted phrase apart from the countries that act after it', () => {
    expect(facts(extract('After talks with Russia, Peru and Chile agreed to restore ties.'))).toContain(
      'Peru RELATIONS_WITH Chile',
    );
  });

  it('reads a list typed with a space before its commas', () => {
    const text = cleanArticle({
      file: 'a.txt',
      format: 'text',
      raw: 'President Ana Ruiz of Chile , President Tomas Vellin of Peru and President Lars Holm of Bolivia met in Quito.',
    }).text;
    expect(text).toContain('Chile, President');
    expect(of(text, 'MET_WITH')).toHaveLength(3);
  });
});

describe('the venue of a meeting', () => {
  it.each([
    [
      'Chinese President Xi Jinping and Iranian President Ebrahim Raisi met in Beijing on Tuesday.',
      ['Ebrahim Raisi VISITED Beijing'],
    ],
    [
      'Argentine President Javier Milei and Chilean President Gabriel Boric met in Santiago.',
      ['Javier Milei VISITED Santiago'],
    ],
  ])('is visited by those from elsewhere, not by the host: %s', (text, expected) => {
    expect(of(text, 'VISITED')).toEqual(expected);
  });

  it.each([
    ['Tomas Vellin hosted Ana Ruiz in Doha on Monday.', ['Ana Ruiz VISITED Doha']],
    ['Ana Ruiz was received in Lima by Tomas Vellin.', ['Ana Ruiz VISITED Lima']],
    [
      'Kenya welcomed Tomas Vellin and Ana Ruiz for talks on the border.',
      ['Ana Ruiz VISITED Kenya', 'Tomas Vellin VISITED Kenya'],
    ],
  ])('is visited by the guest of a host, not by the host, whoever the host is: %s', (text, expected) => {
    expect(of(text, 'VISITED')).toEqual(expected);
  });
});

describe('hosting what is no person', () => {
  it('is no visit of the one a hosted or welcomed thing names ("welcomed the election of X")', () => {
    expect(of('Kenya welcomed the election of Ana Ruiz.', 'VISITED')).toEqual([]);
    expect(of('Ana Ruiz landed on Monday. Kenya hosted her for two days.', 'VISITED')).toEqual([
      'Ana Ruiz VISITED Kenya',
    ]);
  });

  it('is no visit ("agreed to host European forces", "the 14-member force")', () => {
    const text = 'The decision applies to the 14-member European Velora force. Niger agreed to host European forces.';
    expect(of(text, 'VISITED')).toEqual([]);
    expect(extract(text).entities.filter((e) => e.kind === 'Person')).toEqual([]);
  });
});

describe('a meeting set as the circumstance of a clause', () => {
  it.each([
    [
      'Kenyan President William Ruto said in a phone call with Ethiopian Prime Minister Abiy Ahmed that the border would reopen.',
      'William Ruto MET_WITH Abiy Ahmed',
    ],
    [
      'In a telephone conversation with Chilean Foreign Minister Ana Ruiz, Iranian Foreign Minister Reza Tavakoli called the reports baseless.',
      'Reza Tavakoli MET_WITH Ana Ruiz',
    ],
    [
      'Qatari Emir Tamim Khalid during talks with Turkish President Kemal Arslan praised the new pipeline.',
      'Tamim Khalid MET_WITH Kemal Arslan',
    ],
  ])('is had by the clause subject: %s', (text, expected) => {
    expect(of(text, 'MET_WITH')).toEqual([expected]);
  });

  it.each([
    [
      'Chilean President Gabriel Boric thanked Peruvian President Dina Boluarte in a phone call on Monday.',
      'Gabriel Boric MET_WITH Dina Boluarte',
    ],
    [
      'Kenyan President William Ruto told Somali President Hassan Sheikh Mohamud in a phone call that Kenya would help.',
      'William Ruto MET_WITH Hassan Sheikh Mohamud',
    ],
    [
      'During a telephone conversation, Greek Prime Minister Kyriakos Mitsotakis assured Cypriot President Nikos Christodoulides of support.',
      'Kyriakos Mitsotakis MET_WITH Nikos Christodoulides',
    ],
  ])('with no partner named, is with whom the clause addresses: %s', (text, expected) => {
    expect(of(text, 'MET_WITH')).toEqual([expected]);
  });

  it.each([
    [
      'Russian President Vladimir Putin apologised to Azerbaijani President Ilham Aliyev in a phone call on Saturday.',
      'Vladimir Putin MET_WITH Ilham Aliyev',
    ],
    [
      'Kenyan President William Ruto explained to Somali President Hassan Sheikh Mohamud during a call that the troops would stay.',
      'William Ruto MET_WITH Hassan Sheikh Mohamud',
    ],
  ])('with no partner named, is with whom the clause speaks to: %s', (text, expected) => {
    expect(of(text, 'MET_WITH')).toEqual([expected]);
  });

  it('happened, whatever the clause it frames reports', () => {
    const g = extract(
      'Kenyan President William Ruto told Somali President Hassan Sheikh Mohamud during a call that Kenya would help.',
    );
    const met = g.relations.find((r) => r.type === 'MET_WITH');
    expect(met?.evidence.map((e) => e.certainty)).toEqual(['asserted']);
  });

  it('is not with whom the clause only speaks of', () => {
    expect(
      of('Chilean President Gabriel Boric criticised Peruvian President Dina Boluarte in a phone call.', 'MET_WITH'),
    ).toEqual([]);
  });

  it('not when the noun is no meeting ("in an interview with")', () => {
    expect(
      of('Kenyan President William Ruto said in an interview with Abiy Ahmed that he was hopeful.', 'MET_WITH'),
    ).toEqual([]);
  });
});

describe('a counted meeting', () => {
  it.each([
    [
      'Chilean President Gabriel Boric held two rounds of talks with Peruvian President Dina Boluarte.',
      'Gabriel Boric MET_WITH Dina Boluarte',
    ],
    [
      'Kenyan President William Ruto held several rounds of talks with Somali President Hassan Sheikh Mohamud in Nairobi.',
      'William Ruto MET_WITH Hassan Sheikh Mohamud',
    ],
    [
      'Indian Foreign Minister S. Jaishankar had a series of meetings with Chinese Foreign Minister Wang Yi in Beijing.',
      'S. Jaishankar MET_WITH Wang Yi',
    ],
  ])('is a meeting with whom its event is with: %s', (text, expected) => {
    expect(of(text, 'MET_WITH')).toEqual([expected]);
  });
});

describe('discussing something with someone', () => {
  it.each([
    [
      'Kenyan President William Ruto discussed the border with Somali President Hassan Sheikh Mohamud.',
      ['William Ruto MET_WITH Hassan Sheikh Mohamud'],
    ],
    [
      'Chilean President Gabriel Boric discussed the F-16 with Peruvian President Ana Ruiz.',
      ['Gabriel Boric MET_WITH Ana Ruiz'],
    ],
  ])('is meeting them: %s', (text, expected) => {
    expect(of(text, 'MET_WITH')).toEqual(expected);
  });
});

describe('discussing something or shaking hands together', () => {
  it.each([
    ['Ana Ruiz and Juan Vega discussed the war in Ukraine.', ['Ana Ruiz MET_WITH Juan Vega']],
    [
      'President Gabriel Boric and Dina Boluarte shook hands in Lima on Friday.',
      ['Gabriel Boric MET_WITH Dina Boluarte'],
    ],
  ])('is meeting each other: %s', (text, expected) => {
    expect(of(text, 'MET_WITH')).toEqual(expected);
  });

  it('is no meeting of those who only welcome something together', () => {
    expect(of('Ana Ruiz and Juan Vega welcomed the accord.', 'MET_WITH')).toEqual([]);
  });
});

describe('a meeting a relative clause is framed by ("a meeting in X at which A and B agreed")', () => {
  it.each([
    [
      'The deal came after a meeting in Nairobi on Monday at which Kenyan President William Ruto and Ugandan ' +
        'President Yoweri Museveni agreed to build a railway.',
      ['William Ruto MET_WITH Yoweri Museveni'],
    ],
    [
      'Fighting eased after talks in Geneva at which Antony Blinken and Russian Foreign Minister Sergei Lavrov ' +
        'agreed to keep talking.',
      ['Antony Blinken MET_WITH Sergei Lavrov'],
    ],
  ])('has its subjects meet each other: %s', (text, expected) => {
    expect(of(text, 'MET_WITH')).toEqual(expected);
  });
});

describe('visits given as examples of trips ("X\'s trips, including visits to A and B")', () => {
  it.each([
    [
      "Putin's previous foreign trips, including visits to China and Vietnam, were to friendly countries.",
      ['Putin VISITED China', 'Putin VISITED Vietnam'],
    ],
    [
      "Lula's trips abroad this year, including visits to Egypt and the UAE, angered Washington.",
      ['Lula VISITED Egypt', 'Lula VISITED United Arab Emirates'],
    ],
  ])("are visits of the trips' traveller: %s", (text, expected) => {
    expect(of(text, 'VISITED')).toEqual(expected);
  });
});

describe('a visit owned by "his" or "her" in a time adjunct of a meeting', () => {
  it.each([
    ['Lula met Xi Jinping during his visit to China.', ['Lula VISITED China']],
    ['Emmanuel Macron met Narendra Modi during his visit to India.', ['Emmanuel Macron VISITED India']],
    ['Antony Blinken thanked Wang Yi during his trip to Beijing.', ['Antony Blinken VISITED Beijing']],
    ['Olaf Scholz praised Lula on his visit to Brazil.', ['Olaf Scholz VISITED Brazil']],
    // A verb of hosting: the guest's visit.
    ['Xi Jinping received Lula during his visit to China.', ['Lula VISITED China']],
    ['King Abdullah hosted Giorgia Meloni during her visit to Jordan.', ['Giorgia Meloni VISITED Jordan']],
  ])("is the visit of the clause's subject, or of the guest: %s", (text, expected) => {
    expect(of(text, 'VISITED')).toEqual(expected);
  });
});

describe("a trip to a part of a country ('Russia's far east')", () => {
  it.each([
    ["Kim Jong Un travelled to Russia's Far East last year.", 'Kim Jong Un VISITED Russia'],
    ["Antony Blinken visited Israel's south on Tuesday.", 'Antony Blinken VISITED Israel'],
  ])('visits the country: %s', (text, fact) => {
    expect(facts(extract(text))).toContain(fact);
  });

  it('is no visit to the state that owns a building abroad', () => {
    expect(of("Ana Ruiz visited Chile's embassy in Lima.", 'VISITED')).not.toContain('Ana Ruiz VISITED Chile');
  });
});

describe('a verb of calling with what it calls someone', () => {
  it.each([
    'Venezuelan President Nicolas Maduro called Argentine President Javier Milei a traitor.',
    'Kenyan President William Ruto called Sudanese General Abdel Fattah al-Burhan a warlord on Monday.',
  ])('says what the person is, not that they met: %s', (text) => {
    expect(of(text, 'MET_WITH')).toEqual([]);
  });

  it('still meets on a call', () => {
    expect(
      of('Chilean President Gabriel Boric called Peruvian President Dina Boluarte on Monday.', 'MET_WITH'),
    ).toEqual(['Gabriel Boric MET_WITH Dina Boluarte']);
  });
});

describe('a time adverb before a second predicate ("attended the talks and later met")', () => {
  it.each([
    [
      'General Taoreed Lagbaja attended the ceremony and later met the U.S. defence secretary, Lloyd Austin.',
      'Taoreed Lagbaja MET_WITH Lloyd Austin',
    ],
    [
      'Hakan Fidan visited the exhibition and later met the Iraqi foreign minister, Fuad Hussein.',
      'Hakan Fidan MET_WITH Fuad Hussein',
    ],
    [
      "Kenya's defence chief, General Charles Kahariri, later met the U.S. defence secretary, Lloyd Austin, in Nairobi.",
      'Charles Kahariri MET_WITH Lloyd Austin',
    ],
  ])('keeps the subject of the clause: %s', (text, fact) => {
    expect(facts(extract(text))).toContain(fact);
  });
});

describe('a place after the "of" complement of an office', () => {
  it.each([
    "The ceremony was attended by Kenya's army commander, General Peter Njiru, and the head of U.S. forces in Africa, General Michael Langley.",
    "The handover was attended by Nigeria's foreign minister, Yusuf Tuggar, and the head of British forces in Cyprus, General Ian Grant.",
  ])('is where what the office heads is, not a venue: %s', (text) => {
    expect(of(text, 'VISITED')).toEqual([]);
  });

  it('leaves the venue of the clause a venue', () => {
    expect(of('Emmanuel Macron met the commander of French troops in Mali in Bamako.', 'VISITED')).toContain(
      'Emmanuel Macron VISITED Bamako',
    );
  });
});
