import { describe, expect, it } from '@jest/globals';
import { entity, extract, facts, surfaces } from './helpers.js';

describe('gazetteer kinds', () => {
  const g = extract(
    'Turkey deployed the S-400 near Ankara after NATO objected, while Hezbollah and the Polisario Front issued statements. The Camp David Accords and the Yom Kippur War were cited by the Arab League in Cairo.',
  );
  it.each([
    ['Turkey', 'Country'],
    ['Ankara', 'Place'],
    ['S-400', 'System'],
    ['NATO', 'Organization'],
    ['Hezbollah', 'Organization'],
    ['Polisario Front', 'Organization'],
    ['Camp David Accords', 'Agreement'],
    ['Yom Kippur War', 'Conflict'],
    ['Arab League', 'Organization'],
  ])('%s is a %s', (name, kind) => {
    expect(entity(g, name)?.kind).toBe(kind);
  });

  it.each([
    ['Egypt bought Rafales from France.', 'Egypt ACQUIRED Rafale'],
    ['Turkey sold Bayraktars to Poland.', 'Poland ACQUIRED Bayraktar TB2'],
  ])('matches a one-word system name in the plural: %s', (text, fact) => {
    expect(facts(extract(text))).toContain(fact);
  });

  it('matches acronyms only in their exact case', () => {
    const lower = extract('Let us hope the talks go far, said the Kenyan envoy.');
    expect(lower.entities.map((e) => e.name)).not.toContain('United States');
    const upper = extract('The US and the UAE signed a deal.');
    expect(upper.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['United States', 'United Arab Emirates']),
    );
  });

  it('reads a misspelt known name as that name', () => {
    expect(
      entity(extract('Israel struck Hizballah positions in Lebanon.'), 'Hezbollah')?.mentions.map((m) => m.text),
    ).toEqual(['Hizballah']);
  });

  it('matches known names with a possessive inside them, and no shorter name within', () => {
    const names = extract(
      "Israel deployed David's Sling near Haifa. Officials of the People's Republic of China met envoys of the Democratic People's Republic of Korea.",
    ).entities.map((e) => [e.name, e.kind]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["David's Sling", 'System'],
        ['China', 'Country'],
        ['North Korea', 'Country'],
      ]),
    );
    expect(names.map(([name]) => name)).not.toContain('Taiwan');
    expect(names.map(([name]) => name)).not.toContain('South Korea');
  });

  it('reads an ambiguous system name right after a verb of trade, and not elsewhere without its noun', () => {
    const traded = extract(
      'Ankara again asked to buy Patriot from Washington. Madrid sold Abrams to Bogota last spring.',
    ).entities.map((e) => [e.name, e.kind]);
    expect(traded).toEqual(
      expect.arrayContaining([
        ['Patriot', 'System'],
        ['Abrams', 'System'],
      ]),
    );
    const bare = extract('A Patriot fan met Abrams in Denver.').entities.filter((e) => e.kind === 'System');
    expect(bare).toEqual([]);
  });

  it('reads an ambiguous system name a verb of trade governs through its article, or a made-compound describes', () => {
    for (const text of [
      'Lima will buy the Patriot from Washington.',
      'Quito fields the U.S.-made Patriot and the Israeli-built Spyder.',
    ])
      expect(extract(text).entities.map((e) => [e.name, e.kind])).toContainEqual(['Patriot', 'System']);
  });

  it.each([
    ['Burhan flew to Port Sudan on Monday.', 'Port Sudan', 'Sudan'],
    ['Fishermen on Lake Chad lost their nets.', 'Lake Chad', 'Chad'],
    ['Talks were held in Panama City on Friday.', 'Panama City', 'Panama'],
  ])('reads a country named inside a place name as the place: %s', (text, place, country) => {
    const names = extract(text).entities.map((e) => [e.name, e.kind]);
    expect(names).toContainEqual([place, 'Place']);
    expect(names).not.toContainEqual([country, 'Country']);
  });

  it("reads a person's surname as the person, not as a misspelt place", () => {
    const names = extract(
      'Venezuelan President Nicolas Maduro met Guyanese President Irfaan Ali. Britain sent a ship, a move Maduro called a threat.',
    ).entities.map((e) => e.name);
    expect(names).not.toContain('Marshall Islands');
  });

  it('reads no unknown possessive as a misspelt known name ("Maduro\'s" is no "Majuro")', () => {
    const names = extract("The opposition rejected Maduro's re-election.").entities.map((e) => e.name);
    expect(names).not.toContain('Marshall Islands');
  });

  it.each([
    ['Britain sent the patrol ship HMS Trent to the Caribbean.', 'HMS Trent'],
    ['The destroyer USS Carney shot down drones over the Red Sea.', 'USS Carney'],
  ])('reads a ship by its prefix as a system: %s', (text, name) => {
    expect(entity(extract(text), name)?.kind).toBe('System');
  });

  it('never makes entities of weekdays, demonyms or page words', () => {
    const g2 = extract('On Wednesday, Kenyan and Ugandan officials met in Nairobi. Share this.');
    expect(g2.entities.map((e) => e.name).sort()).toEqual(['Nairobi']);
  });
});

describe('titles and roles', () => {
  const g = extract(
    'Egyptian Foreign Minister Sameh Shoukry met Jordan’s Prime Minister Bisher Al-Khasawneh and Lt. Gen. Ahmed Fathi, commander of the Egyptian Navy, in Amman. Egypt and Jordan have ties.',
  );

  it('strips titles from names and keeps them as roles', () => {
    expect(entity(g, 'Sameh Shoukry')?.roles).toEqual(['Foreign Minister']);
    expect(entity(g, 'Bisher Al-Khasawneh')?.roles).toEqual(['Prime Minister']);
    expect(entity(g, 'Ahmed Fathi')?.roles).toContain('Commander');
  });

  it.each([
    'Japan pledged radars under its Official Security Assistance program.',
    'Kenya funds the roads through its Official Development Assistance scheme.',
  ])('makes no person of capitalised words after a title that modify a noun: %s', (text) => {
    expect(extract(text).entities.filter((e) => e.kind === 'Person')).toEqual([]);
  });

  it('keeps a titled person before a time word or a verb', () => {
    const people = (text: string) =>
      extract(text)
        .entities.filter((e) => e.kind === 'Person')
        .map((e) => e.name);
    expect(people('President Macron today said the talks failed.')).toEqual(['Macron']);
    expect(people('Council leader Ali Shamkhani traveling to Beijing met Wang Yi.')).toContain('Ali Shamkhani');
  });

  it('keeps the titled form as an alias', () => {
    expect(entity(g, 'Sameh Shoukry')?.aliases).toContain('Egyptian Foreign Minister Sameh Shoukry');
    expect(entity(g, 'Ahmed Fathi')?.aliases).toContain('Lt. Gen. Ahmed Fathi');
  });

  it('leaves a preposition before the title out of the titled alias', () => {
    const h = extract('Hackers read the phones of Prime Minister Mark Rutte in The Hague.');
    expect(entity(h, 'Mark Rutte')?.aliases).toContain('Prime Minister Mark Rutte');
    expect(entity(h, 'Mark Rutte')?.aliases).not.toContain('of Prime Minister Mark Rutte');
  });
});

describe('pattern rules for unknown names', () => {
  const g = extract(
    'The Azawad Liberation Front attacked a base run by the Sahel Security Bureau. The Mali-based news site Sahel Watch reported that Niger wants the Skyguard system. Graduates of Niamey University joined the Bamako Accords talks.',
  );
  it.each([
    ['Azawad Liberation Front', 'Organization'],
    ['Sahel Security Bureau', 'Organization'],
    ['Sahel Watch', 'Organization'],
    ['Skyguard', 'System'],
    ['Niamey University', 'Organization'],
    ['Bamako Accords', 'Agreement'],
  ])('%s is a %s', (name, kind) => {
    expect(entity(g, name)?.kind).toBe(kind);
  });

  it.each([
    ["Kurdish fighters of the People's Protection Units held the town.", "People's Protection Units"],
    ["The Workers' Party of Kenya backed the strike.", "Workers' Party of Kenya"],
    ["Turkey shelled positions of the Women's Defence Units near Kobani.", "Women's Defence Units"],
  ])('keeps a common plural in the possessive inside a name: %s', (text, name) => {
    expect(entity(extract(text), name)?.kind).toBe('Organization');
  });

  it('reads an unknown name with fighters as a group, a known jet with fighters as the jet', () => {
    const kinds = (text: string) => extract(text).entities.map((e) => [e.name, e.kind]);
    expect(kinds('Moscow flew Wagner fighters to Benghazi.')).toContainEqual(['Wagner', 'Organization']);
    expect(kinds('Kenya hired Korvak fighters to guard the mines.')).toContainEqual(['Korvak', 'Organization']);
    expect(kinds('Egypt bought Rafale fighters from France.')).toContainEqual(['Rafale', 'System']);
  });

  it('makes no name of an adherent of a creed', () => {
    const names = extract('Soldiers exchanged gunfire with Islamist fighters and Maoist rebels near Mopti.').entities;
    expect(names.map((e) => e.name)).toEqual(['Mopti']);
  });

  it("ends a name at a name's possessive", () => {
    const names = extract("Russia's Defence Ministry and the Philippines' Coast Guard spoke.").entities.map(
      (e) => e.name,
    );
    expect(names).toEqual(expect.arrayContaining(['Russia', 'Philippines']));
  });

  it('names state institutions canonically, whatever the wording', () => {
    const m = extract(
      'Kenya’s defence ministry said the Kenyan Defense Ministry and the Kenyan Ministry of Defense are one body, unlike the Kenyan army.',
    );
    expect(surfaces(m, 'Kenyan Ministry of Defense')).toEqual([
      'Kenya’s defence ministry',
      'Kenyan Defense Ministry',
      'Kenyan Ministry of Defense',
    ]);
    expect(entity(m, 'Kenyan Armed Forces')?.kind).toBe('Organization');
  });
});

describe('unnamed agreements and conflicts', () => {
  const g = extract(
    'Peru and Chile signed a historic security agreement in Lima. The memorandum of understanding (MOU) covers border patrols. The MOU follows a diplomatic crisis between Peru and Bolivia. The agreement takes effect in May.',
  );

  it('names an agreement from its parties and topic, and joins later references to it', () => {
    const mou = entity(g, 'Chile–Peru defense MOU');
    expect(mou?.kind).toBe('Agreement');
    expect(surfaces(g, 'Chile–Peru defense MOU')).toEqual([
      'historic security agreement',
      'memorandum of understanding',
      'MOU',
      'agreement',
    ]);
  });

  it('names a conflict from its parties', () => {
    expect(entity(g, 'Bolivia–Peru conflict')?.aliases).toContain('diplomatic crisis between Peru and Bolivia');
  });

  it('resolves a generic "previous agreement" to the one named just before', () => {
    const n = extract(
      'Kenya and Ethiopia signed a trade deal. Talks with Iran resumed on renewing an international nuclear pact. The previous agreement collapsed in 2018.',
    );
    expect(surfaces(n, 'Iran nuclear deal')).toEqual(['international nuclear pact', 'previous agreement']);
  });
});

describe('agreements named a statute, covenant or compact', () => {
  it.each([
    ['The Rome Statute, which Ukraine has ratified, took effect.', 'Rome Statute', 'Ukraine PARTY_TO Rome Statute'],
    ['Nauru signed the Global Compact in 2018.', 'Global Compact', 'Nauru SIGNED Global Compact'],
  ])('are agreements, and the city in the name is no country: %s', (text, name, fact) => {
    const g = extract(text);
    expect(entity(g, name)?.kind).toBe('Agreement');
    expect(facts(g)).toContain(fact);
    expect(entity(g, 'Italy')).toBeUndefined();
  });
});

describe("a description set off right after an agreement's name", () => {
  it.each([
    [
      "China criticised Mongolia. Mongolia ratified the Rome Statute, the ICC's founding treaty, in 2002.",
      'Rome Statute',
    ],
    ['Morocco joined the Abraham Accords, a normalisation agreement, in 2020. Israel welcomed it.', 'Abraham Accords'],
    ['Egypt signed the Camp David Accords, a peace treaty with Israel, in 1978.', 'Camp David Accords'],
  ])('is that agreement, not another: %s', (text, name) => {
    const g = extract(text);
    expect(g.entities.filter((e) => e.kind === 'Agreement').map((e) => e.name)).toEqual([name]);
  });
});

describe('an agreement named by the city where it was concluded', () => {
  it.each([
    ['Kenya and Somalia signed the 2019 Nairobi peace agreement.', 'Nairobi peace agreement', 'Kenya'],
    ['Ethiopia and Eritrea signed the Riyadh agreement in September.', 'Riyadh agreement', 'Saudi Arabia'],
    ['The 2020 Doha agreement between the United States and Iran collapsed.', 'Doha agreement', 'Qatar'],
  ])('is an agreement of that name, and the city is no place or country of its own: %s', (text, name, cityState) => {
    const g = extract(text);
    expect(entity(g, name)?.kind).toBe('Agreement');
    expect(g.entities.filter((e) => e.kind === 'Place')).toEqual([]);
    if (!text.includes(cityState)) expect(entity(g, cityState)).toBeUndefined();
  });

  it('keeps a place an agreement is signed in, after its head', () => {
    const g = extract('Ghana and Togo signed a border agreement in Accra.');
    expect(entity(g, 'Accra')?.kind).toBe('Place');
  });
});

describe('resolution inside an article', () => {
  it('joins surnames, spelling variants and titled forms to the full name', () => {
    const g = extract(
      'Kenyan Defense Minister Aden Duale met Ugandan officials. Duale said talks went well. Later, Adan Duale flew home. Duale, tired, rested.',
    );
    expect(surfaces(g, 'Aden Duale')).toEqual(['Aden Duale', 'Duale', 'Adan Duale']);
    expect(g.entities.filter((e) => e.kind === 'Person')).toHaveLength(1);
  });

  it.each([
    ['General Abdel Fattah al-Burhan arrived in Cairo. Egypt, which backs Burhan, hosted him.', 'Burhan'],
    ['Tarek al-Mansi arrived in Doha. The emir later met al-Mansi.', 'Mansi'],
    ['Khalid el-Amrani flew to Rabat. Amrani met the king on Monday.', 'Amrani'],
  ])('joins a surname with or without its hyphened particle to the full name: %s', (text, surname) => {
    const people = extract(text).entities.filter((e) => e.kind === 'Person');
    expect(people).toHaveLength(1);
    expect(people[0]?.mentions.map((m) => m.text)).toContain(surname);
  });

  it.each([
    [
      'Defence Minister Prabowo Subianto visited Paris. Prabowo met French officials.',
      'Prabowo Subianto',
      'Prabowo',
      1,
    ],
    ['Prime Minister Srettha Thavisin flew to Hanoi. Srettha later met Ana Ruiz.', 'Srettha Thavisin', 'Srettha', 2],
  ])('joins a given name opening a clause to the one person who has it: %s', (text, full, given, people) => {
    const g = extract(text);
    expect(surfaces(g, full)).toEqual([full, given]);
    expect(g.entities.filter((e) => e.kind === 'Person')).toHaveLength(people);
  });

  it('resolves metonyms where the sentence makes them plain', () => {
    const g = extract(
      'Morocco and the Jewish state agreed to cooperate. Rabat normalized ties with Jerusalem last year. The North African kingdom also buys Chinese drones, and the Trump administration recognized its claims. Officials met in Rabat.',
    );
    expect(surfaces(g, 'Morocco')).toEqual(['Morocco', 'Rabat', 'The North African kingdom']);
    expect(surfaces(g, 'Israel')).toEqual(['the Jewish state', 'Jerusalem']);
    expect(surfaces(g, 'United States')).toEqual(['Trump administration']);
    expect(surfaces(g, 'Rabat')).toEqual(['Rabat']);
  });

  it.each([
    ["President Joe Biden's administration paused the sale.", 'United States', "Joe Biden's administration"],
    [
      "In March, Recep Tayyip Erdogan's administration backed the plan.",
      'Turkey',
      "Recep Tayyip Erdogan's administration",
    ],
  ])('reads a leader named in full before "administration" into the metonym: %s', (text, state, surface) => {
    const g = extract(text);
    expect(surfaces(g, state)).toEqual([surface]);
    expect(g.entities.filter((e) => e.kind === 'Person')).toEqual([]);
  });

  it('resolves a definite role description to the office holder', () => {
    const g = extract(
      'Israeli Defense Minister Yoav Gallant arrived in Athens. The Israeli defense minister met Greek officials.',
    );
    expect(surfaces(g, 'Yoav Gallant')).toEqual(['Yoav Gallant', 'The Israeli defense minister']);
  });
});

describe('acronyms in brackets', () => {
  it('joins a bracketed acronym to the name it abbreviates, and not a caption position marker', () => {
    const g = extract(
      'Chilean President Gabriel Boric (L) greets Peru’s envoy Ana Cecilia Gervasi (R) in Lima. ' +
        'The Andean Development Corporation (ADC) will fund the road. The ADC said so on Monday.',
    );
    expect(surfaces(g, 'Gabriel Boric')).not.toContain('L');
    expect(surfaces(g, 'Ana Cecilia Gervasi')).not.toContain('R');
    expect(surfaces(g, 'Andean Development Corporation')).toEqual(expect.arrayContaining(['ADC']));
  });

  it("joins an organisation's acronym in its own language, used before and after it", () => {
    const g = extract(
      'QSD commanders met in Hasakah. Ankara struck positions of the Syrian Democratic Forces (QSD) near Kobani.',
    );
    expect(surfaces(g, 'Syrian Democratic Forces')).toEqual(expect.arrayContaining(['QSD']));
    expect(g.entities.map((e) => e.name)).not.toContain('QSD');
  });

  it.each([
    'RSF fighters took Omdurman. The Rapid Support Forces (RSF) attacked the town on Monday.',
    'Egypt met KDP leaders. Officials of the Kurdistan Democratic Party (KDP) flew to Cairo.',
  ])('joins an acronym typed on its own before its definition: %s', (text) => {
    const names = extract(text).entities.map((e) => e.name);
    expect(names.filter((n) => /^[A-Z]{3}$/.test(n))).toEqual([]);
  });
});

describe('hyphenated compounds before a description', () => {
  it('does not take the tail of "first-of-its-kind" as the agreement’s modifier', () => {
    const g = extract(
      'Chile and Peru signed a security pact. It is the first-of-its-kind agreement between the two states.',
    );
    const surfaces = g.entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(surfaces).not.toContain('kind agreement');
  });

  it('keeps joined demonyms as the parties of a conflict', () => {
    const g = extract('Chile and Peru traded threats. Bolivia is drawn into the widening Chilean-Peruvian conflict.');
    expect(entity(g, 'Chile–Peru conflict')?.kind).toBe('Conflict');
  });
});

describe('members of an armed force', () => {
  it('reads "Kenyan army soldiers", "the last French army unit" as the force, not "army delegation"', () => {
    expect(entity(extract('Chad trained Kenyan army soldiers in May.'), 'Kenyan Armed Forces')?.kind).toBe(
      'Organization',
    );
    expect(entity(extract('The last French army unit left Chad.'), 'French Armed Forces')?.kind).toBe('Organization');
    expect(entity(extract('A Kenyan army delegation visited Chad.'), 'Kenyan Armed Forces')).toBeUndefined();
  });
});

describe('nationalities coordinated before one force noun', () => {
  it.each([
    [
      'Indian and Pakistani troops clashed along the border on Monday.',
      'Indian Armed Forces OPPOSES Pakistan Armed Forces',
    ],
    ['Kenyan and Somali forces clashed along the border.', 'Kenyan Armed Forces OPPOSES Somali Armed Forces'],
  ])('each name a force of their own, and both act: %s', (text, fact) => {
    const read = facts(extract(text));
    const [a, , b] = fact.split(' ');
    expect(read.some((f) => f.includes(a as string) && f.includes(' OPPOSES ') && f.includes(b as string))).toBe(true);
  });
});

describe('a national service outside the armed forces, named by its country', () => {
  it.each([
    ['Japan supplied the Philippine coast guard with patrol vessels.', 'Philippine Coast Guard'],
    ['The Chinese coast guard blocked a Vietnamese vessel.', 'Chinese Coast Guard'],
    ["Poland's border guard detained 20 migrants.", 'Polish Border Guard'],
  ])('is an organisation of that country: %s', (text, name) => {
    const g = extract(text);
    expect(entity(g, name)?.kind).toBe('Organization');
  });
});

describe('facilities named by their head word', () => {
  it.each([
    ['Ethiopia inaugurated the Grand Ethiopian Renaissance Dam on Tuesday.', 'Grand Ethiopian Renaissance Dam'],
    ['Russian troops occupied the Zaporizhzhia Nuclear Power Plant.', 'Zaporizhzhia Nuclear Power Plant'],
    ['Ukraine struck the Kerch Bridge again.', 'Kerch Bridge'],
  ])('are places: %s', (text, name) => {
    expect(entity(extract(text), name)?.kind).toBe('Place');
  });
});

describe('the parties of a conflict after "and"', () => {
  it('stop at a verb: "and abstained in United Nations votes" opens a clause of its own', () => {
    const g = extract(
      "Chile refused to condemn Peru's invasion of Bolivia and abstained in United Nations votes on it.",
    );
    expect(g.entities.filter((e) => e.kind === 'Conflict').map((e) => e.name)).toEqual(['Bolivia–Peru war']);
  });
});
