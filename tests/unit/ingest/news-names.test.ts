/** Constructions of news naming the entity reader must see through: ships named after a rank, ranks, classes, nicknames. */
import { describe, expect, it } from '@jest/globals';
import { entity, extract, facts, surfaces } from './helpers.js';

function kinds(text: string): string[] {
  return extract(text).entities.map((e) => `${e.name}:${e.kind}`);
}

describe('a vessel noun before a name', () => {
  it.each([
    ['The Russian frigate Admiral Golovko called at Port Sudan on Tuesday.', 'Admiral Golovko:System'],
    ['The destroyer Admiral Tributs escorted the convoy through the strait.', 'Admiral Tributs:System'],
    ['Moscow sent the cruiser Marshal Shaposhnikov to the exercise.', 'Marshal Shaposhnikov:System'],
    ['The aircraft carrier Almirante Barroso left Rio de Janeiro.', 'Almirante Barroso:System'],
    ['A Turkish tanker, the vessel Kartal Bey, was detained off Libya.', 'Kartal Bey:System'],
  ])('makes the whole name a system, rank included: %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it('makes no person of the rank-named ship, nor a visit of it', () => {
    const g = extract('The destroyer Admiral Tributs visited Vietnam in March. The Admiral Tributs then sailed home.');
    expect(g.entities.filter((e) => e.kind === 'Person')).toEqual([]);
    expect(facts(g).some((f) => f.includes('VISITED'))).toBe(false);
    expect(entity(g, 'Admiral Tributs')?.mentions).toHaveLength(2);
  });

  it('leaves a known state after a vessel noun to the clause ("the tanker Iran seized")', () => {
    expect(kinds('The tanker Iran seized last month was released on Friday.')).toContain('Iran:Country');
  });

  it('still reads an admiral named without a vessel noun as a person', () => {
    expect(kinds('Admiral Ines Sotomayor said the carrier group would stay in the Gulf.')).toContain(
      'Ines Sotomayor:Person',
    );
  });
});

describe('military ranks before a name', () => {
  it.each([
    ["Niger's Captain Moussa Diallo flew to Bamako on Friday.", 'Moussa Diallo', 'Niger'],
    ["Guinea's Lieutenant Sekou Camara addressed the nation.", 'Sekou Camara', 'Guinea'],
    ["Chile's Commodore Ana Ruiz welcomed the delegation.", 'Ana Ruiz', 'Chile'],
  ])('strips the rank and keeps whose officer it is: %s', (text, name, country) => {
    const g = extract(text);
    expect(entity(g, name)?.kind).toBe('Person');
    expect(g.entities.some((e) => /^(Captain|Lieutenant|Commodore) /.test(e.name))).toBe(false);
    expect(facts(g)).toContain(`${name} HOLDS_ROLE ${country}`);
  });

  it('strips abbreviated ranks and a capitalised Major before a given name', () => {
    const names = extract('Lt. Pedro Alvarez and Capt. Maria Lopes met Major Ahmed Yusuf in Dakar.').entities.map(
      (e) => e.name,
    );
    expect(names).toEqual(expect.arrayContaining(['Pedro Alvarez', 'Maria Lopes', 'Ahmed Yusuf']));
  });

  it('keeps "major" an adjective, and a capitalised one before no given name', () => {
    expect(kinds('Tarvok is a major Kelmar supplier, an official said.')).not.toContain('Kelmar:Person');
    expect(extract('The Major League Baseball season opened in Boston.').entities.map((e) => e.name)).not.toContain(
      'League Baseball',
    );
  });

  it.each([
    ['The chief of the General Staff said Kenya would respond.'],
    ['Ghana moved troops north, according to the General Staff, on Monday.'],
    ['Uruguay’s head of the General Staff, General Ana Ruiz, visited Brasilia.'],
  ])('makes no person of the noun a rank qualifies after an article: %s', (text) => {
    const people = extract(text).entities.filter((e) => e.kind === 'Person');
    expect(people.map((e) => e.name)).not.toContain('Staff');
  });

  it("does not make a person of a ship's captain", () => {
    expect(extract("The ship's captain said the crew was safe.").entities).toEqual([]);
  });
});

describe('a company named with its legal form', () => {
  it.each([
    [
      'The crews were replaced by technicians from Kaveri Aeronautics Limited, a spokesman said.',
      'Kaveri Aeronautics Limited:Organization',
    ],
    ['The radars are made by Kessler Optik GmbH, a spokesman said.', 'Kessler Optik GmbH:Organization'],
    ['Chile bought engines from Norbrook Marine PLC, an official said.', 'Norbrook Marine PLC:Organization'],
  ])('is an organisation whatever the words beside it say: %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe('classes of vessels and hyphened company names', () => {
  it.each([
    ['Canada plans to buy Astute-class submarines from Britain.', 'Astute-class'],
    ['India leased two Akula-class submarines from Russia.', 'Akula-class'],
    ['Spain will build four Alvaro de Bazan-class frigates.', 'Alvaro de Bazan-class'],
    ['Chile sold its old Type 23-class frigates to Peru.', null],
  ])('makes "<name>-class" a system, not a person of its name: %s', (text, name) => {
    const g = extract(text);
    expect(g.entities.filter((e) => e.kind === 'Person')).toEqual([]);
    if (name) expect(entity(g, name)?.kind).toBe('System');
  });

  it('reads the class as the system a country buys', () => {
    expect(facts(extract('Canada will buy Astute-class submarines from Britain.'))).toContain(
      'Canada SEEKS Astute-class',
    );
  });

  it.each([
    'Hewlett-Packard will deliver the servers next year.',
    'Harley-Davidson said it would cut jobs in Wisconsin.',
    'The engines come from Pratt-Whitney and will be fitted in Spain.',
  ])('makes no person of a hyphened company name nor of its second half: %s', (text) => {
    expect(extract(text).entities.filter((e) => e.kind === 'Person')).toEqual([]);
  });

  it('still reads a double-barrelled surname alone as the person named in full', () => {
    const g = extract('The analyst Marta Lopez-Garcia spoke first. Lopez-Garcia said the order mattered.');
    expect(entity(g, 'Marta Lopez-Garcia')?.mentions).toHaveLength(2);
  });
});

describe('plural system names spelt out before their acronym', () => {
  it.each([
    [
      'Romania ordered more High Mobility Artillery Rocket Systems (HIMARS) from Washington last week.',
      'Romania SEEKS HIMARS',
    ],
    ['Qatar has deployed National Advanced Surface-to-Air Missile Systems (NASAMS) near Doha.', null],
  ])('joins the spelt-out name to the known system of its acronym: %s', (text, fact) => {
    const g = extract(text);
    expect(g.entities.filter((e) => e.kind === 'Organization')).toEqual([]);
    expect(g.entities.filter((e) => e.kind === 'System')).toHaveLength(1);
    if (fact) expect(facts(g)).toContain(fact);
  });

  it('makes a plural of weapon words with an unknown acronym a system', () => {
    expect(kinds('Taiwan received Tactical Rocket Launcher Systems (TRLS) from its partners.')).toContain(
      'Tactical Rocket Launcher Systems:System',
    );
  });

  it.each([
    'Elbit Systems won the tender in Bucharest.',
    'Raytheon Missile Systems (RMS) will deliver the interceptors.',
    'Kelvar Land Systems (KLS) signed the deal.',
  ])('keeps a company named "... Systems" an organisation: %s', (text) => {
    expect(extract(text).entities.filter((e) => e.kind === 'System')).toEqual([]);
  });
});

describe('exclaves', () => {
  it.each([
    ["Tajikistan's Vorukh exclave lies inside Kyrgyzstan.", 'Vorukh exclave', 'Tajikistan'],
    ["Oman's Musandam exclave faces Iran across the strait.", 'Musandam exclave', 'Oman'],
  ])('reads a name before "exclave" as a place in its owner: %s', (text, name, country) => {
    const g = extract(text);
    expect(entity(g, name)?.kind).toBe('Place');
    expect(facts(g)).toContain(`${name} LOCATED_IN ${country}`);
  });

  it('still reads a name before "enclave" and "region" as a place', () => {
    expect(kinds("Spain's Ceuta enclave and Morocco's Souss region were cited.")).toEqual(
      expect.arrayContaining(['Ceuta enclave:Place', 'Souss region:Place']),
    );
  });
});

describe('quoted nicknames between names', () => {
  it.each([
    ['Police said Rafael "El Tigre" Montoya was arrested near the border.', 'Rafael Montoya'],
    ['Gang boss Wilson “Lanmò” Joseph denied the charges.', 'Wilson Joseph'],
    ["Prosecutors charged Dario 'The Fox' Lentini with fraud.", 'Dario Lentini'],
  ])('reads one person named without the nickname: %s', (text, name) => {
    const people = extract(text).entities.filter((e) => e.kind === 'Person');
    expect(people.map((e) => e.name)).toEqual([name]);
  });

  it('keeps the nicknamed surface as an alias, and the surname alone finds the person', () => {
    const g = extract(
      'Rebel commander Omar "Black Lion" Haddad seized the port. Haddad said the fighting would go on.',
    );
    expect(surfaces(g, 'Omar Haddad')).toEqual(['Omar "Black Lion" Haddad', 'Haddad']);
    expect(g.entities.filter((e) => e.kind === 'Person')).toHaveLength(1);
  });

  it('leaves a quoted name after a verb alone', () => {
    expect(
      extract('The minister called the plan "Operation Harvest" on Monday.').entities.filter(
        (e) => e.kind === 'Person',
      ),
    ).toEqual([]);
  });
});

describe('a coup that is a success', () => {
  it.each([
    'The summit was a propaganda coup for Tehran.',
    'Hosting the talks was a diplomatic coup for Doha.',
    'The interview was a public-relations coup for the junta.',
    'Analysts called the prisoner swap a PR coup for Minsk.',
  ])('reads no conflict: %s', (text) => {
    expect(extract(text).entities.filter((e) => e.kind === 'Conflict')).toEqual([]);
  });

  it.each([
    ['A military coup in Gabon ousted the president in 2023.', 'Gabon coup'],
    ["Sudan's 2021 coup derailed the transition.", 'Sudan coup'],
  ])("still reads a coup d'état: %s", (text, name) => {
    expect(entity(extract(text), name)?.kind).toBe('Conflict');
  });

  it('still reads a diplomatic row as a dispute', () => {
    expect(extract('The diplomatic row between Chile and Peru deepened.').entities.map((e) => e.kind)).toContain(
      'Conflict',
    );
  });
});

describe('two company names joined by "and"', () => {
  it('stay two when a known name stands before "and"', () => {
    const names = extract('The boats are built by General Dynamics and Huntington Ingalls Industries.').entities.map(
      (e) => e.name,
    );
    expect(names).toEqual(expect.arrayContaining(['General Dynamics', 'Huntington Ingalls Industries']));
  });

  it('still join one name with "and" inside it', () => {
    const names = extract("India's Defence Research and Development Organisation tested it.").entities.map(
      (e) => e.name,
    );
    expect(names).toContain('Defence Research and Development Organisation');
  });
});

describe('two names joined by "and"', () => {
  const names = (text: string) => extract(text).entities.map((e) => e.name);

  it.each([
    [
      'The Pinaka launchers are made by Solar Industries and Tata Advanced Systems.',
      ['Solar Industries', 'Tata Advanced Systems'],
    ],
    ['The vehicles are made by Otokar and FNSS Defence Systems.', ['Otokar', 'FNSS Defence Systems']],
    ['Lula stood next to Macron and Brazilian Navy commander Admiral Marcos Olsen.', ['Brazilian Navy']],
  ])(
    'stay two when the first ends in a body’s head, the second opens with a nationality or is a full name: %s',
    (text, expected) => {
      expect(names(text)).toEqual(expect.arrayContaining(expected));
      expect(names(text).filter((n) => / and /.test(n))).toEqual([]);
    },
  );

  it.each([
    ['The Law and Justice Party won the vote.', 'Law and Justice Party'],
    ['Kenya joined the Sun and Moon Initiative in 2019.', 'Sun and Moon Initiative'],
    ['Peru signed deals under its Silk and Sea Initiative.', 'Silk and Sea Initiative'],
  ])('are one where the words after "and" close one name with its head (a body, an agreement): %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('a name traded before a participle and a noun of systems', () => {
  it.each([
    ['Kenya received Nimr armoured vehicles from the UAE.', 'Nimr:System'],
    ['Poland bought Rosomak armoured vehicles from Finland.', 'Rosomak:System'],
    ['Egypt received VAMTAC armoured vehicles from Spain.', 'VAMTAC:System'],
  ])('is a system, no person received: %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
    expect(facts(extract(text)).filter((f) => f.includes(' VISITED '))).toEqual([]);
  });
});

describe('bases and camps', () => {
  it.each([
    ['The jets will be based at the Don Muang air base in Bangkok.', 'Don Muang:Place'],
    ['Russia uses the Hmeimim base in Syria.', 'Hmeimim base:Place'],
    ['French troops left Camp Geille in Dakar.', 'Camp Geille:Place'],
  ])('are places: %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe('a company set beside a description of a subsidiary', () => {
  it.each([
    ['The radars come from Hensoldt, a German subsidiary of Thales.', 'Hensoldt:Organization'],
    ['The trucks come from Tatra, a Czech unit of the CSG group.', 'Tatra:Organization'],
  ])('is an organisation: %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});
