/**
 * Names the gazetteer does not know take their kind from the words around
 * them. Invented sentences from several stories; none of these names is in
 * the lexicon.
 */
import { describe, expect, it } from '@jest/globals';
import { entity, extract } from './helpers.js';

const kindOf = (text: string, name: string): string | undefined => entity(extract(text), name)?.kind;

describe('a kind noun after the name', () => {
  it.each([
    ['The Kyodo Tsushin news agency reported the launch.', 'Kyodo Tsushin', 'Organization'],
    ['According to the Dagbladet Nord newspaper, the deal fell through.', 'Dagbladet Nord', 'Organization'],
    ['The army fired Hwasong-17 missiles and Pukguksong-3 missiles.', 'Hwasong-17', 'System'],
    ['Rebels attacked villages in the Tillabéri region on Sunday.', 'Tillabéri region', 'Place'],
    // A hyphenated modifier is one word however many the tokenizer makes of it.
    ['Serbia displayed the FK-3 surface-to-air missile system.', 'FK-3', 'System'],
    ['Kenya ordered Tarvok air-to-ground missiles.', 'Tarvok', 'System'],
    // An -ing modifier inside a phrase an article opens.
    ['The firm makes the Switchblade loitering munition.', 'Switchblade', 'System'],
    // Armed groups named by their members, and codes of capitals and digits.
    ['Tarvok rebels, who are backed by Chad, seized the town.', 'Tarvok', 'Organization'],
    ['The army fought Korvath insurgents near the border.', 'Korvath', 'Organization'],
    ['The M23 rebels seized Goma in January.', 'M23', 'Organization'],
    // Who a system comes from makes or sells it.
    ['Ghana bought two jets from Velmor Kastel.', 'Velmor Kastel', 'Organization'],
    ['Kenya bought 12 drones from Korvath Tarsk.', 'Korvath Tarsk', 'Organization'],
    ['Lima ordered K7 howitzers made by a Chilean firm.', 'K7', 'System'],
    // A designator of a word and a bare number before a noun of systems, and a letter hyphened to a number.
    ['Canada will buy 15 Type 26 frigates from Britain.', 'Type 26', 'System'],
    ['Egypt bought four Type 209 submarines from Germany.', 'Type 209', 'System'],
    ['India bought six P-8 aircraft from Boeing.', 'P-8', 'System'],
    ['Petro, a former member of the M-19 guerrilla group, spoke.', 'M-19', 'Organization'],
    // Names joined by "and" before one singular organisation noun, or ending in its head word, are one name.
    ['Critics in the opposition Law and Justice party accused the government.', 'Law and Justice', 'Organization'],
    ['Voters in Cairo backed the Freedom and Justice Party.', 'Freedom and Justice Party', 'Organization'],
    // So are the members an "of" complement lists ("... of A and B States"); a regional community is a body.
    [
      'Kenya hosted the Organisation of Eastern and Southern States (OESS).',
      'Organisation of Eastern and Southern States',
      'Organization',
    ],
    [
      'Ruto chairs the Community of Latin American and Caribbean States.',
      'Community of Latin American and Caribbean States',
      'Organization',
    ],
    ['The talks were brokered by the Caribbean Community (CARICOM) and Brazil.', 'Caribbean Community', 'Organization'],
  ])('%s', (text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind);
  });
});

describe('an apposition or predicate', () => {
  it.each([
    ['Fighters entered Menaka, a desert town near the border, at dawn.', 'Menaka', 'Place'],
    ['Students marched in Arak, the province’s main city.', 'Arak', 'Place'],
    ['The navy tested the Fateh-313, a short-range missile, last week.', 'Fateh-313', 'System'],
    ['Ouallam is located two hours from the capital.', 'Ouallam', 'Place'],
    ['Kidal is the largest town of the north.', 'Kidal', 'Place'],
    ["Maersk, one of the world's largest shipping companies, paused transits.", 'Maersk', 'Organization'],
    ['Rebels took Menaka, one of the largest towns in the north.', 'Menaka', 'Place'],
    // A capitalised modifier in an indefinite apposition describes; the name before the comma is what it types.
    ['Kinshasa pledged to stop arming the FDLR, a Hutu militia.', 'FDLR', 'Organization'],
    ['The Tarvok, a Tuareg rebel group, seized Kidal.', 'Tarvok', 'Organization'],
    ['Police said the shipment belonged to Barrio Azteca, a Mexican gang.', 'Barrio Azteca', 'Organization'],
    ['The boat was run by Tren de Aragua, a Venezuelan gang.', 'Tren de Aragua', 'Organization'],
    // Whose members they are: a group, not a person titled "members".
    ['Police arrested members of Barrio Azteca in Texas.', 'Barrio Azteca', 'Organization'],
    ['Fighters of Korvath Tarsk attacked the town.', 'Korvath Tarsk', 'Organization'],
    // The apposition outweighs the tagger's guess of a person.
    [
      'India blamed the attack on Lashkar-e-Taiba, a militant group based in Pakistan.',
      'Lashkar-e-Taiba',
      'Organization',
    ],
  ])('%s', (text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind);
  });
});

describe('the speaker put last after a name', () => {
  it.each([
    ['The jets landed at the base after a ferry flight from Tarsk, a spokesman said.', 'Tarsk'],
    [
      'The crews were replaced by technicians from Kelvar Marine, a spokesperson for the Kenyan president’s office said on Monday.',
      'Kelvar Marine',
    ],
  ])('describes nothing of the name, whose kind no role gives: %s', (text, name) => {
    expect(kindOf(text, name)).not.toBe('Person');
  });
});

describe('a descriptor before the name', () => {
  it.each([
    ['Troops reached the city of Kherwan after a week.', 'Kherwan', 'Place'],
    ['A Telegram channel called Rybar Watch posted the video.', 'Rybar Watch', 'Organization'],
    ['The drones flew from an airfield south of Isfahan.', 'Isfahan', 'Place'],
    // A person's occupation before an unknown name.
    ['Police said a network linked to fugitive businessman Ilan Shor had paid voters.', 'Ilan Shor', 'Person'],
    ['Opposition activist Tavita Soalu was detained.', 'Tavita Soalu', 'Person'],
  ])('%s', (text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind);
  });

  it('reads a name after a locative preposition as a place, even one the tagger takes for a surname', () => {
    expect(kindOf('The soldiers were stationed in Tarvik in northern Niger.', 'Tarvik')).toBe('Place');
    expect(kindOf('Protests broke out in Tessalit on Monday.', 'Tessalit')).toBe('Place');
  });

  it.each([
    ['Indian Prime Minister Narendra Modi travelled to Kazan on Tuesday.', 'Kazan'],
    ['Turkish President Tayyip Erdogan flew to Samarkand for the summit.', 'Samarkand'],
    ['Kenyan Foreign Minister Musalia Mudavadi headed to Kismayo after the vote.', 'Kismayo'],
  ])('reads where a verb of travel goes as a place: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('Place');
  });

  it('leaves a name after "to" of other verbs to its other evidence ("spoke to")', () => {
    expect(kindOf('The minister spoke to Dravik News on Monday.', 'Dravik News')).not.toBe('Place');
  });

  it('leaves a capitalised modifier alone ("in Arabic media", "Asian and African partners")', () => {
    const g = extract('The claim spread in Arabic media. France and Asian and African partners agreed.');
    expect(g.entities.map((e) => e.name)).toEqual(['France']);
  });
});

describe('lists share a kind', () => {
  it('types the unknown members of a list of people', () => {
    const g = extract('A meeting of ministers Olaf Scholz, Ramiz Talibov and Garnik Avetyan lasted ten hours.');
    expect(entity(g, 'Ramiz Talibov')?.kind).toBe('Person');
    expect(entity(g, 'Garnik Avetyan')?.kind).toBe('Person');
  });

  it('types a list member that carries a complement ("X of Senegal, Y of Ghana")', () => {
    const g = extract(
      'The accord was signed by Moussa Faye of Senegal, Kojo Mensah of Ghana and Joe Biden of the United States.',
    );
    expect(entity(g, 'Moussa Faye')?.kind).toBe('Person');
    expect(entity(g, 'Kojo Mensah')?.kind).toBe('Person');
  });

  it.each([
    ['Lars Holm visited Oslo. Later, the envoy met Holm and Boeing chief executive Kelly Ortberg.', 'Holm'],
    ['Ana Ruiz arrived in Lima. The minister received Ruiz and Lockheed Martin president Jim Taiclet.', 'Ruiz'],
  ])('lets a person, not the employer before the title, head a list member: %s', (text, surname) => {
    const g = extract(text);
    expect(g.entities.find((e) => e.name === surname)).toBeUndefined();
    expect(g.entities.find((e) => e.name.endsWith(` ${surname}`))?.mentions).toHaveLength(2);
  });

  it('does not read two names joined by a comma alone as a list', () => {
    const g = extract('Before a dinner at the White House, Obama said the visit went well.');
    expect(entity(g, 'Obama')?.kind).not.toBe('Place');
  });

  it.each([
    ['Chile is also talking to Peru and Bolivia, Valdes said.', 'Valdes'],
    ['Kenya wants closer ties with Spain and Italy, Mudavadi said.', 'Mudavadi'],
  ])('ends at its conjunction: a name after the comma that follows is no member (%s)', (text, name) => {
    expect(entity(extract(text), name)?.kind).not.toBe('Country');
  });

  it('still types a member before the conjunction', () => {
    const g = extract('Delegates from Chile, Peru, Gondwana and Bolivia met.');
    expect(entity(g, 'Gondwana')?.kind).toBe('Country');
  });
});

describe('a month’s name inside a name', () => {
  it.each([
    ['Chinese Defence Minister Dong Jun met his Indian counterpart in Beijing on Monday.', 'Dong Jun'],
    ['Chinese general Li Jun said the drills were over.', 'Li Jun'],
  ])('belongs to the name after a name word: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('Person');
  });

  it('is still a date before a day', () => {
    const g = extract('Chinese general Li Jun met Ruto on Jun 5 in Nairobi.');
    expect(g.entities.map((e) => e.name)).not.toContain('Jun');
    expect(g.entities.map((e) => e.name)).toContain('Li Jun');
  });
});

describe('one sense per article', () => {
  it('gives every mention of a name the kind one of them shows', () => {
    const g = extract(
      'Kherwan fell on Tuesday. Aid convoys were stopped outside the city of Kherwan. Kherwan had 40,000 people.',
    );
    expect(entity(g, 'Kherwan')?.kind).toBe('Place');
    expect(entity(g, 'Kherwan')?.mentions).toHaveLength(3);
  });
});

describe('a full name that speaks', () => {
  it.each([
    ['On Friday, Tural Ganjaliyev said the shelling had stopped.', 'Tural Ganjaliyev'],
    ['“We will rebuild,” Ousmane Kaboré told reporters.', 'Ousmane Kaboré'],
    // Meeting or hosting someone, and opening the sentence, when no word of the name is a dictionary word.
    ['Tavita Soalu met Ana Ruiz in Apia.', 'Tavita Soalu'],
    ['Later, Kofi Mensah Boateng hosted Lars Holm.', 'Kofi Mensah Boateng'],
    // Met or hosted, likewise; the particles between its names are no dictionary words either.
    ['Ministers met Elke von der Brinck in Brussels.', 'Elke von der Brinck'],
    ['Kenya hosted Tavita Soalu in Nairobi.', 'Tavita Soalu'],
    // Signing, or signing as the agent of a passive, alone or in a list.
    ['On Monday, Tural Ganjaliyev signed the treaty.', 'Tural Ganjaliyev'],
    ['The treaty was signed in the Kazakh capital by Tural Ganjaliyev and Tavita Soalu.', 'Tavita Soalu'],
    ['The treaty was signed on Monday by Tavita Soalu.', 'Tavita Soalu'],
    // Visiting or travelling.
    ['On Monday, Tural Ganjaliyev flew to Baku.', 'Tural Ganjaliyev'],
    ['Tavita Soalu arrived in Wellington for talks.', 'Tavita Soalu'],
    ['Kofi Mensah Boateng visited Lome last week.', 'Kofi Mensah Boateng'],
    // Holding talks, or being the one talks are held with.
    ['On Monday, Tural Ganjaliyev held talks with Tavita Soalu in Apia.', 'Tural Ganjaliyev'],
    ['On Monday, Tural Ganjaliyev held talks with Tavita Soalu in Apia.', 'Tavita Soalu'],
  ])('%s', (text, name) => {
    expect(kindOf(text, name)).toBe('Person');
  });

  it.each([
    ["Turkey's Erdogan met Syria's Assad in Ankara.", ['Erdogan', 'Assad']],
    ['Boric hosted Boluarte in Santiago.', ['Boric', 'Boluarte']],
  ])('a lone surname that meets or is met: %s', (text, names) => {
    for (const name of names) expect(kindOf(text, name)).toBe('Person');
  });

  it('does not make a lone name that speaks a person', () => {
    expect(kindOf('Rosvel said the plant had reopened.', 'Rosvel')).not.toBe('Person');
  });

  it('leaves a name of dictionary words that hosts, meets or travels to its other evidence', () => {
    expect(kindOf('Baltic Shipping hosted the talks.', 'Baltic Shipping')).not.toBe('Person');
    expect(kindOf('Baltic Shipping returned to Riga.', 'Baltic Shipping')).not.toBe('Person');
    expect(kindOf('Officials met Baltic Shipping in Riga.', 'Baltic Shipping')).not.toBe('Person');
  });
});

describe('a nationality between a name and its kind noun', () => {
  it.each([
    ['Peru hired the Korsak Belarusian mercenary group.', 'Korsak'],
    ['Sudan paid the Atlas Russian security firm in gold.', 'Atlas'],
  ])('%s', (text, name) => {
    // The nationality describes the group ("a Belarusian group"); it is no part of its name.
    expect(kindOf(text, name)).toBe('Organization');
  });
});

describe('one sense per article over the tagger’s guess', () => {
  it('types a name the tagger knows as a surname by how the article types it elsewhere', () => {
    const g = extract('Chad hired the security company Wagner. Wagner’s private security group guards the palace.');
    expect(entity(g, 'Wagner')?.kind).toBe('Organization');
    expect(g.entities.filter((e) => e.kind === 'Person')).toEqual([]);
  });
});

describe('a dateline in capitals', () => {
  it('types a dictionary word in a dateline before a country as a place', () => {
    expect(kindOf('NICE, France (AP) — The last unit left Chad on Monday.', 'NICE')).toBe('Place');
    // Not a capitalised word alone.
    expect(kindOf('NICE work, the minister said of the talks in Chad.', 'NICE')).toBeUndefined();
  });
});

describe('an -ing word after a name with no article before it', () => {
  it('is a clause, not a modifier of a kind noun', () => {
    expect(kindOf('Kenya said Tarvok firing rockets hit the town.', 'Tarvok')).not.toBe('System');
  });
});

describe('a capitalised modifier of an indefinite apposition', () => {
  it.each([
    ['Kinshasa pledged to stop arming the FDLR, a Hutu militia.', 'Hutu'],
    ['The Tarvok, a Tuareg rebel group, seized Kidal.', 'Tuareg'],
  ])('names nothing: %s', (text, word) => {
    expect(extract(text).entities.map((e) => e.name)).not.toContain(word);
  });
});

describe('a modifier of a kind noun that describes the name after it', () => {
  it.each([
    ['Meteor missiles are made by the European group MBDA.', 'European'],
    ['The missiles are made by the Nordic firm Kongsberg.', 'Nordic'],
  ])('names nothing: %s', (text, word) => {
    expect(extract(text).entities.map((e) => e.name)).not.toContain(word);
  });

  it('still takes a name before a kind noun and a date for that kind', () => {
    expect(kindOf('Hajiyev said so in an interview with the Israeli Walla news outlet Wednesday.', 'Walla')).toBe(
      'Organization',
    );
  });
});

describe('a name where someone holds a post', () => {
  it.each([
    ['Carlos Lopes, an analyst at Kelvar Reimagined, said the plan would fail.', 'Kelvar Reimagined'],
    ['Ana Ruiz, a senior fellow at Tarvok Forum, said so.', 'Tarvok Forum'],
  ])('is an organisation, not a place: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('Organization');
  });

  it('still places a name one arrives at', () => {
    expect(kindOf('The minister arrived at Kelvar on Monday.', 'Kelvar')).toBe('Place');
  });
});

describe('a product and its maker', () => {
  it.each([
    // A made-compound before a name, whatever follows it.
    ['Ukraine fields the German-made Korvath, the U.S.-built Tarsk and other systems.', 'Korvath', 'System'],
    ['Peru fields the U.S.-built Tarsk and other systems.', 'Tarsk', 'System'],
    ['Manila received the Korean-designed Velmor on Friday.', 'Velmor', 'System'],
    // A model code a verb of purchase governs.
    ['Egypt will buy the KJ-35 from China.', 'KJ-35', 'System'],
    ['Poland plans to purchase the VELM from Britain.', 'VELM', 'System'],
    ['Chile will acquire TR-4 from Spain.', 'TR-4', 'System'],
    // The agent of a verb of making, in the passive or with a system as its object.
    ['The Cheongung system is produced by Velmor Nex1.', 'Velmor Nex1', 'Organization'],
    ['The drones were built by Korvath Aero in Ankara.', 'Korvath Aero', 'Organization'],
    ['Kelvar Tarsk builds the NASAMS system for Norway.', 'Kelvar Tarsk', 'Organization'],
    // A hyphened numeral ends a model's name, not a king's ("Abdullah II"); a participle may modify its noun.
    ['Peru has bought the Tarvok-II armoured vehicle.', 'Tarvok-II', 'System'],
    ['Kenya will buy Seoul’s Korvath-II medium-range air defence system.', 'Korvath-II', 'System'],
    ['The Velmor-V was developed by the Agency for Defense Development.', 'Velmor-V', 'System'],
    // Fighters traded are jets: a model code's, after a verb of acquiring or a made-compound.
    ['Ghana operates Chinese-made KF-7 fighters.', 'KF-7', 'System'],
    ['Sudan bought 12 KJ-7 fighters in 2019.', 'KJ-7', 'System'],
    // An ampersand joins one firm's name, which speaks as a firm.
    ['Kongsberg Defence & Aerospace will deliver the radars.', 'Kongsberg Defence & Aerospace', 'Organization'],
    ['Velmor & Tarsk said it would leave Russia.', 'Velmor & Tarsk', 'Organization'],
  ])('%s → %s is a %s', (text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind);
  });

  it.each([
    // A plain name after a verb of purchase may be a company; "ordered" takes whom it commands.
    ['Velmor bought Tarskon last year.', 'Tarskon'],
    ['Kinshasa ordered the KM-23 to withdraw.', 'KM-23'],
    // A group's fighters fight.
    ['The KM-23 fighters seized Goma in January.', 'KM-23'],
    // A made-compound describes the noun after the name, not the name.
    ['Turkey bought Chinese-made Korvath cars.', 'Korvath'],
  ])('is no system: %s', (text, name) => {
    expect(kindOf(text, name)).not.toBe('System');
  });

  it('keeps tags and handles joined by an ampersand apart', () => {
    const graph = extract('We thank @Velmor & @Tarsk for this. #Kelvar & #Korvath will join.');
    expect(graph.entities.map((e) => e.name).filter((n) => n.includes('&'))).toEqual([]);
  });
});

describe('a name a country owns after a preposition of place', () => {
  it.each([
    ['Rwanda will keep troops in Mozambique’s Cabo Delgado as the insurgency flares.', 'Cabo Delgado'],
    ['Venezuela deployed troops to Colombia’s Norte de Santander on Monday.', 'Norte de Santander'],
    ['Brazil will deploy police to Peru’s Madre de Dios.', 'Madre de Dios'],
  ])('is a place, though the tagger knows its words as names: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('Place');
  });

  it.each([
    ['Joe Biden wrote to Syria’s Bashar al-Assad on Monday.', 'Bashar al-Assad'],
    ['Lula sent a letter to Kenya’s William Ruto.', 'William Ruto'],
  ])('is whom one writes or sends to, not a place: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('Person');
  });

  it('is no place after a verb of sending, which takes people too', () => {
    expect(kindOf('Xi Jinping sent a message to Nigeria’s Bola Tinubu on Tuesday.', 'Bola Tinubu')).not.toBe('Place');
  });
});

describe('a name before "state"', () => {
  it.each([
    ['Colombia deployed troops in Venezuela’s Zulia state.', 'Zulia state'],
    ['Protests spread to Nigeria’s Kano state on Friday.', 'Kano state'],
  ])('is a part of a country: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('Place');
  });

  it('is a country described when an article opens it ("the Gulf state")', () => {
    const g = extract('Israel signed a deal with the North African state.');
    expect(g.entities.filter((e) => e.kind === 'Place')).toEqual([]);
  });
});

describe('a name beside "the X capital"', () => {
  it.each([
    ['The envoy visited Tarvok, the Kelvar capital, in January.', 'Tarvok'],
    ['The prince flew to Velmor, the Korvathian capital, on Monday.', 'Velmor'],
  ])('is the capital, and "X capital" no place of its own: %s', (text, name) => {
    const g = extract(text);
    expect(kindOf(text, name)).toBe('Place');
    expect(g.entities.map((e) => e.name).filter((n) => n.endsWith('capital'))).toEqual([]);
  });
});

describe('a country opening a body’s name', () => {
  it.each([
    ['The Tarvok jet is built by Pakistan Aeronautical Complex.', 'Pakistan Aeronautical Complex'],
    ['State-owned Kenya Ordnance Factories will assemble the rifles.', 'Kenya Ordnance Factories'],
    ['Under the deal, state-owned Peru Naval Engineering will build the ships.', 'Peru Naval Engineering'],
  ])('is part of that name, not a mention of the country: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('Organization');
  });

  it.each([
    ['The ministers of Chile and Peru Javier Gonzalez and Ana Ruiz met.', 'Peru'],
    ['Ghana President John Mahama met the envoy.', 'Ghana'],
    ['Kenya Monday rejected the plan.', 'Kenya'],
  ])('is the country before a name, a title or a date: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('Country');
  });
});

describe('a name set off by commas after a definite description', () => {
  it.each([
    ['The manufacturer, Kelvar Tarsk, said Chile had ordered the Borax system.', 'Kelvar Tarsk', 'Organization'],
    ['The rebel group, Vorka Front, said it had seized the town.', 'Vorka Front', 'Organization'],
    ['The town, Borvik, was shelled overnight.', 'Borvik', 'Place'],
  ])('is what the description names: %s', (text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind);
  });

  it('leaves a possessive pronoun opening the sentence no name', () => {
    expect(extract('Its parent company, Rheinmetall, denied the report.').entities.map((e) => e.name)).toEqual([
      'Rheinmetall',
    ]);
  });
});

describe("a maker's noun opening a sentence", () => {
  it.each([
    ['Manufacturer Embraer said Portugal had ordered five C-390 aircraft.', 'Embraer'],
    ['Shipbuilder Fincantieri said Indonesia had ordered two frigates.', 'Fincantieri'],
  ])('describes the company named after it: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('Organization');
  });
});

describe('a name before a phrase set off by commas', () => {
  it.each([
    ['Ivo Tarsk, on a visit to Lagos, met Bola Tinubu.', 'Ivo Tarsk'],
    ['Ivo Tarsk, who arrived on Monday, met Bola Tinubu.', 'Ivo Tarsk'],
    ['Narendra Modi, on a two-day visit to Moscow, met Vladimir Putin.', 'Narendra Modi'],
  ])('is a person when the verb after it is one people do: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('Person');
  });
});
