/**
 * Roles and the country they are for, wherever the sentence states them:
 * after the name ("President X of Chile"), over a list of names ("the
 * foreign ministers of A, B and C X, Y and Z"), and for a state's officials,
 * diplomats and envoys. Invented sentences from several stories.
 */
import { describe, expect, it } from '@jest/globals';
import { entity, extract, facts } from './helpers.js';

const roleFacts = (text: string): string[] =>
  facts(extract(text))
    .filter((f) => f.includes(' HOLDS_ROLE '))
    .sort();

describe('a country written after a titled name', () => {
  it.each([
    ['President Gustavo Petro of Colombia arrived in Lima on Monday.', ['Gustavo Petro HOLDS_ROLE Colombia']],
    [
      // Titles before names are no sign of a headline, however many there are.
      'On Monday, Prime Minister Lars Holm of the Netherlands met President Ana Ruiz of Chile in Santiago.',
      ['Ana Ruiz HOLDS_ROLE Chile', 'Lars Holm HOLDS_ROLE Netherlands'],
    ],
  ])('%s', (text, expected) => {
    expect(roleFacts(text)).toEqual(expected);
  });

  it('does not take the country of something else ("of Chile’s navy")', () => {
    expect(roleFacts('Admiral Tomas Vellin of Chile’s navy inspected the ships.')).toEqual([]);
  });
});

describe('a plural title over a list of names', () => {
  it.each([
    [
      'After talks between the Defence Ministers of Chile, Peru and Bolivia Ana Ruiz, Tomas Vellin and Lars Holm, only Ruiz spoke.',
      ['Ana Ruiz HOLDS_ROLE Chile', 'Lars Holm HOLDS_ROLE Bolivia', 'Tomas Vellin HOLDS_ROLE Peru'],
    ],
    [
      'The Presidents of Kenya and Uganda William Otieno and Grace Namutebi opened the pipeline.',
      ['Grace Namutebi HOLDS_ROLE Uganda', 'William Otieno HOLDS_ROLE Kenya'],
    ],
  ])('pairs countries and names in order: %s', (text, expected) => {
    expect(roleFacts(text)).toEqual(expected);
  });

  it.each([
    [
      'The charter was initialled by the foreign ministers of the three countries – Ana Costa of Angola, Kwame Boateng of Ghana, and Amara Diallo of Senegal – in Accra.',
      ['Amara Diallo HOLDS_ROLE Senegal', 'Ana Costa HOLDS_ROLE Angola', 'Kwame Boateng HOLDS_ROLE Ghana'],
    ],
    [
      'The trade ministers, Ines Duarte of Portugal and Lars Holm of Norway, signed the protocol.',
      ['Ines Duarte HOLDS_ROLE Portugal', 'Lars Holm HOLDS_ROLE Norway'],
    ],
  ])('gives each name the country written with it: %s', (text, expected) => {
    expect(roleFacts(text)).toEqual(expected);
    const g = extract(text);
    expect(entity(g, expected[0]?.split(' HOLDS_ROLE ')[0] ?? '')?.roles).toEqual(
      expect.arrayContaining([expect.stringMatching(/Minister$/)]),
    );
  });

  it('pairs nothing when the counts differ', () => {
    expect(roleFacts('The Presidents of Kenya, Uganda and Rwanda William Otieno and Grace Namutebi met.')).toEqual([]);
  });
});

describe('a state’s officials, diplomats and envoys hold a role of that state', () => {
  it.each([
    ['A senior Peruvian official, Ana Ruiz, welcomed the invitation to Peru.', ['Ana Ruiz HOLDS_ROLE Peru']],
    ['Tomas Vellin, a Chilean diplomat, arrived in Peru on behalf of Chile.', ['Tomas Vellin HOLDS_ROLE Chile']],
    ['Norway’s envoy Lars Holm met rebel leaders in Norway and Colombia.', ['Lars Holm HOLDS_ROLE Norway']],
  ])('%s', (text, expected) => {
    expect(roleFacts(text)).toEqual(expected);
  });

  it('keeps an expert at a university a member, not an office holder', () => {
    const text = 'Ana Ruiz, an expert on Chile at the University of Lisbon, doubted the plan.';
    expect(roleFacts(text)).toEqual([]);
  });
});

describe('a role read from the words around it', () => {
  it.each([
    [
      'Peruvian foreign ministry spokesman, Ana Ruiz, said in a statement that Peru would reopen the embassy.',
      ['Ana Ruiz HOLDS_ROLE Peru', 'Ana Ruiz HOLDS_ROLE Peruvian Ministry of Foreign Affairs'],
    ],
    [
      'Kenyan defence ministry spokeswoman, Grace Wanjiru, said Kenya had sent troops.',
      ['Grace Wanjiru HOLDS_ROLE Kenya', 'Grace Wanjiru HOLDS_ROLE Kenyan Ministry of Defense'],
    ],
  ])('an institution before the title holds the role, for its country: %s', (text, expected) => {
    expect(roleFacts(text)).toEqual(expected);
  });

  it.each([
    ['Colonel Tomas Vellin, leader of Guinea’s military junta, spoke in Conakry.', ['Tomas Vellin HOLDS_ROLE Guinea']],
    ['Ines Duarte, head of Portugal’s negotiating team, left Brussels.', ['Ines Duarte HOLDS_ROLE Portugal']],
  ])('a role in an unnamed body of a country is a role of the country: %s', (text, expected) => {
    expect(roleFacts(text)).toEqual(expected);
  });

  it('a role in a named body is held there, not in the country', () => {
    expect(roleFacts('Lars Holm, leader of Norway’s far-right Green Party, met the envoy.')).toEqual([
      'Lars Holm HOLDS_ROLE Green Party',
    ]);
  });
});

describe('offices named through a seat of government or a state referred back to', () => {
  it.each([
    ['Kremlin spokesman Ivan Sokolov told reporters that the talks had failed.', ['Ivan Sokolov HOLDS_ROLE Russia']],
    ['White House spokeswoman Dana Kline said the sanctions would follow.', ['Dana Kline HOLDS_ROLE United States']],
    [
      'Chile held elections in May. Colonel Juan Perez, the country’s current leader, was part of the junta.',
      ['Juan Perez HOLDS_ROLE Chile'],
    ],
    [
      'Ghana hosted the summit. Kofi Mensah, the nation’s foreign minister, opened it.',
      ['Kofi Mensah HOLDS_ROLE Ghana'],
    ],
  ])('%s', (text, expected) => {
    expect(roleFacts(text)).toEqual(expected);
  });
});

describe('offices introduced by their country before their holders are named', () => {
  it.each([
    [
      'coordinated offices, then their holders named together',
      'Chile’s president and foreign minister said on Monday they backed the plan. Neighbouring Peru will decide at a meeting of Foreign Minister Elmer Schialer’s party. “Chile must act,” President Gabriel Boric and Foreign Minister Alberto van Klaveren said.',
      ['Alberto van Klaveren HOLDS_ROLE Chile', 'Gabriel Boric HOLDS_ROLE Chile'],
    ],
    [
      'a plural office: every minister with a bare title nearby',
      'Norwegian ministers warned Sweden on Tuesday against the deal. Foreign Minister Espen Eide said it was dangerous. Defence Minister Tore Sandvik told a hearing he was concerned about Norway’s security.',
      ['Espen Eide HOLDS_ROLE Norway', 'Tore Sandvik HOLDS_ROLE Norway'],
    ],
  ])('%s', (_, text, expected) => {
    expect(roleFacts(text)).toEqual(expected);
  });

  it('is no description when a phrase or a name goes on after the office', () => {
    expect(
      roleFacts('Chile’s minister in charge of defence, Ana Ruiz, met Peru’s Foreign Minister Elmer Schialer.'),
    ).toEqual(['Ana Ruiz HOLDS_ROLE Chile', 'Elmer Schialer HOLDS_ROLE Peru']);
  });
});

describe('offices known through whom or what they serve', () => {
  it.each([
    [
      'an adviser to an office holder serves that holder’s state',
      'Chile’s President Ana Ruiz signed the deal. Tomas Vellin, a military adviser to Ruiz, said it was ready.',
      ['Ana Ruiz HOLDS_ROLE Chile', 'Tomas Vellin HOLDS_ROLE Chile'],
    ],
    [
      'an aide to a state’s office is the state’s',
      'Kwame Mensah, an aide to the president of Ghana, said the talks failed.',
      ['Kwame Mensah HOLDS_ROLE Ghana'],
    ],
    [
      'an assistant to a state’s office is the state’s',
      'Hikmet Aliyev, assistant to the president of Azerbaijan, said Armenia attacked first.',
      ['Hikmet Aliyev HOLDS_ROLE Azerbaijan'],
    ],
    [
      '"its" before a title is the country last named',
      'Peru denied the reports, but its ruler Ana Ruiz in a meeting with visiting Bolivian leaders praised the plan.',
      ['Ana Ruiz HOLDS_ROLE Peru'],
    ],
    [
      '"its" skips demonyms',
      'Norway rejected American and Swedish criticism, and its representative Ola Berg left the talks.',
      ['Ola Berg HOLDS_ROLE Norway'],
    ],
  ])('%s', (_, text, expected) => {
    expect(roleFacts(text)).toEqual(expected);
  });
});

describe('an organisation before a title', () => {
  it.each([
    'BRASILIA, Dec 14 (Reuters) - Brazilian President Luiz Inacio Lula da Silva hosted the talks.',
    'NAIROBI (AP) — Kenyan President William Ruto met the envoys.',
    'Finland joined NATO, Deputy Speaker Haydar Akar said.',
  ])('is no employer when punctuation stands between them: %s', (text) => {
    expect(roleFacts(text).filter((f) => /Reuters|Associated Press|NATO/.test(f))).toEqual([]);
  });

  it('still employs the holder of a title written right after it', () => {
    expect(roleFacts("NSO's chief Shalev Hulio spoke in Tel Aviv.")).toContain('Shalev Hulio HOLDS_ROLE NSO Group');
  });
});

describe('a title opened by a description of a state', () => {
  it.each([
    [
      "Mali expelled the envoy. The country's prime minister, Boubou Cisse, resigned in 2020.",
      'Boubou Cisse HOLDS_ROLE Mali',
    ],
    [
      "Chile protested. The country's Foreign Minister, Alberto van Klaveren, summoned the envoy.",
      'Alberto van Klaveren HOLDS_ROLE Chile',
    ],
  ])("reads the person named after 'the country's' title and the state it refers to: %s", (text, fact) => {
    expect(roleFacts(text)).toContain(fact);
  });
});

describe('a title with its ministry before the name', () => {
  it.each([
    [
      'Ethiopia denied the charge. Its foreign ministry spokesman, Nebiat Getachew, said the deal was legal.',
      'Nebiat Getachew',
    ],
    ['Chile protested. The ministry spokesman, Ana Ruiz, summoned the envoy.', 'Ana Ruiz'],
  ])('reads the person named after it: %s', (text, name) => {
    expect(entity(extract(text), name)?.kind).toBe('Person');
  });
});

describe('"its" before a title set beside a name, after a body', () => {
  it.each([
    ['Kenya backs the Tarvok Front and its leader, Ali Musa.', 'Ali Musa HOLDS_ROLE Tarvok Front', 'Kenya'],
    [
      'The UAE backs the Rapid Support Forces and its commander, Mohamed Hamdan Dagalo.',
      'Mohamed Hamdan Dagalo HOLDS_ROLE Rapid Support Forces',
      'United Arab Emirates',
    ],
  ])('gives the role in the body, not in the state before it: %s', (text, fact, state) => {
    const roles = roleFacts(text);
    expect(roles).toContain(fact);
    expect(roles.filter((f) => f.endsWith(` ${state}`))).toEqual([]);
  });
});

describe('a title after "and" that names no country', () => {
  it.each([
    [
      'Japan signed the pact. Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara signed it.',
      'Minoru Kihara HOLDS_ROLE Japan',
    ],
    [
      'Chile protested. Chilean Interior Minister Ana Ruiz and Defence Minister Luis Vega visited the border.',
      'Luis Vega HOLDS_ROLE Chile',
    ],
  ])('shares the nationality of the titled name before it: %s', (text, fact) => {
    expect(roleFacts(text)).toContain(fact);
  });

  it.each([
    [
      'Kenya and Uganda met. Kenyan President William Ruto and President Yoweri Museveni signed the pact.',
      'Yoweri Museveni HOLDS_ROLE Kenya',
    ],
    [
      'Ethiopia signed the deal. Ethiopian Prime Minister Abiy Ahmed and Somaliland leader Muse Bihi Abdi met.',
      'Muse Bihi Abdi HOLDS_ROLE Ethiopia',
    ],
  ])('not for an office each country has one holder of, nor a title naming its own place: %s', (text, not) => {
    expect(roleFacts(text)).not.toContain(not);
  });
});

describe('how the holder came to the office, before the title', () => {
  it.each([
    ["Chile's newly elected President Ana Ruiz met the envoy.", 'Ana Ruiz HOLDS_ROLE Chile'],
    ["Peru's recently appointed Defence Minister Luis Vega visited Lima.", 'Luis Vega HOLDS_ROLE Peru'],
    ["Ghana's democratically elected President Kofi Mensah resigned.", 'Kofi Mensah HOLDS_ROLE Ghana'],
  ])('keeps the possessive country the title holder of: %s', (text, fact) => {
    expect(roleFacts(text)).toContain(fact);
  });
});

describe("an organisation's title in the possessive, then a name between commas", () => {
  it.each([
    ["The Andean Bank's president, Marta Quispe, visited Lima.", 'Marta Quispe HOLDS_ROLE Andean Bank'],
    ["The European Union's envoy to Chile, Jonas Berg, said the talks failed.", 'Jonas Berg HOLDS_ROLE European Union'],
  ])('names the holder, who holds the role in the organisation: %s', (text, fact) => {
    expect(roleFacts(text)).toContain(fact);
  });
});

describe('a title of several words ("Secretary of State") before a name between commas, or alone', () => {
  it.each([
    ['The US Secretary of State, Maria Lopez, visited Chile.', 'Maria Lopez HOLDS_ROLE United States'],
    ['The Kenyan Chief of Staff, Grace Otieno, visited Uganda. Kenya signed a deal.', 'Grace Otieno HOLDS_ROLE Kenya'],
    ['The UK ambassador, Tom Hale, met Ana Ruiz in Lima.', 'Tom Hale HOLDS_ROLE United Kingdom'],
  ])('the title is the role of the name after it, with its country: %s', (text, fact) => {
    expect(roleFacts(text)).toContain(fact);
  });

  it('is no place named by its last word', () => {
    const g = extract('The Secretary of State, Maria Lopez, visited Chile.');
    expect(g.entities.map((e) => `${e.kind} ${e.name}`).sort()).toEqual(['Country Chile', 'Person Maria Lopez']);
  });

  it.each([
    'US Secretary of State Maria Lopez spoke on Monday. On Friday, the US Secretary of State imposed sanctions on Peru.',
    'On Friday, the US Secretary of State imposed sanctions on Peru. The US Secretary of State, Maria Lopez, spoke later.',
  ])('described alone, it is the holder named before or, failing one, after: %s', (text) => {
    expect(facts(extract(text))).toContain('Maria Lopez OPPOSES Peru');
  });
});

describe('an acronym the article defined, as the first word of a title', () => {
  it.each([
    [
      'The Volta Patriotic Movement (VPM) attacked Accra. VPM commander Kofi Boateng said the attack was a warning.',
      'Kofi Boateng HOLDS_ROLE Volta Patriotic Movement',
    ],
    [
      'Chile fought the Andean Liberation Front (ALF) for years. ALF leader Rosa Quispe welcomed the accord.',
      'Rosa Quispe HOLDS_ROLE Andean Liberation Front',
    ],
  ])('names the organisation the holder leads: %s', (text, fact) => {
    expect(roleFacts(text)).toContain(fact);
  });
});

describe('a title after "whose" that follows a country', () => {
  it.each([
    [
      'Norway, whose special envoy Tore Hattrem attended the talks, said it would help.',
      'Tore Hattrem HOLDS_ROLE Norway',
    ],
    ['Chile, whose President Ana Ruiz met Juan Vega, signed the accord.', 'Ana Ruiz HOLDS_ROLE Chile'],
  ])('is a role of that country: %s', (text, fact) => {
    expect(roleFacts(text)).toContain(fact);
  });
});

describe('a rank of several words ending in a title head', () => {
  it.each([
    [
      'Kenya sent troops to Haiti. Kenyan Major General Peter Mwangi said the mission would last a year.',
      'Peter Mwangi HOLDS_ROLE Kenya',
    ],
    [
      'Uganda sent troops to Somalia. Ugandan Lieutenant General Sam Okiding said the mission would end.',
      'Sam Okiding HOLDS_ROLE Uganda',
    ],
  ])('is the title, with its nationality: %s', (text, fact) => {
    expect(roleFacts(text)).toContain(fact);
  });
});

describe('an office with its complement before the name it is set beside', () => {
  it.each([
    [
      'Germany protested. A spokesman for the German government, Wolfgang Buechner, said Berlin expected clarity.',
      'Wolfgang Buechner HOLDS_ROLE Germany',
    ],
    [
      'Kenya denied it. A spokesman for the Kenyan government, Isaac Mwaura, said the report was false.',
      'Isaac Mwaura HOLDS_ROLE Kenya',
    ],
  ])('holds the role in what the complement names: %s', (text, fact) => {
    expect(roleFacts(text)).toContain(fact);
  });
});

describe('"its" opening a sentence, before an office set beside a name', () => {
  it.each([
    [
      'Hezbollah fired rockets at Israel. Its leader, Hassan Nasrallah, said the attacks would continue.',
      'Hassan Nasrallah HOLDS_ROLE Hezbollah',
    ],
    [
      'Ethiopia denied the report. Its foreign ministry spokesman, Nebiat Getachew, said the deal was legal.',
      'Nebiat Getachew HOLDS_ROLE Ethiopia',
    ],
    [
      'The Sudanese army said it had retaken the city. Its spokesman, Brigadier General Nabil Abdallah, said so.',
      'Nabil Abdallah HOLDS_ROLE Sudanese Armed Forces',
    ],
    // An office of two words.
    [
      'Lockheed Martin won the contract. Its chief executive, Jim Taiclet, said the jets would arrive in 2027.',
      'Jim Taiclet HOLDS_ROLE Lockheed Martin',
    ],
    [
      'Rheinmetall will build the plant. Its chief executive, Armin Papperger, said work would start soon.',
      'Armin Papperger HOLDS_ROLE Rheinmetall',
    ],
  ])('refers back to what the sentence before is about: %s', (text, fact) => {
    expect(roleFacts(text)).toContain(fact);
  });

  it('after other words of its sentence, refers to what they describe, not further back', () => {
    const text =
      'Turkey and the United States disagree. Russian troops pulled back. Erdogan said that the two countries ' +
      'could only overcome their dispute through dialogue.';
    expect(facts(extract(text)).filter((f) => f.startsWith('Russian Armed Forces INVOLVED_IN'))).toEqual([]);
  });
});

describe('an envoy set beside a name', () => {
  it.each([
    [
      'Syria and Turkey agreed. Geir Pedersen, the U.N. special envoy for Syria, welcomed the deal.',
      'Geir Pedersen HOLDS_ROLE United Nations',
      'Geir Pedersen HOLDS_ROLE Syria',
    ],
    [
      "Sudan's war continued. Tom Perriello, the U.S. special envoy for Sudan, said talks would resume.",
      'Tom Perriello HOLDS_ROLE United States',
      'Tom Perriello HOLDS_ROLE Sudan',
    ],
  ])('holds the office of who sends them, not of where they are sent: %s', (text, held, brief) => {
    const roles = roleFacts(text);
    expect(roles).toContain(held);
    expect(roles).not.toContain(brief);
  });
});

describe('an office set beside a name, with whose it is before its head', () => {
  it.each([
    [
      'The Taliban blamed Pakistan. Zabihullah Mujahid, the Taliban government’s chief spokesman, said Afghan forces had responded.',
      'Zabihullah Mujahid HOLDS_ROLE Taliban',
    ],
    ['Ramzan Kadyrov, the Chechen leader, met Putin in Moscow.', 'Ramzan Kadyrov MET_WITH Putin'],
    [
      'Russia denied it. Denis Pushilin, the Moscow-backed leader of Donetsk, said the town had fallen.',
      'Russia SUPPORTS Denis Pushilin',
    ],
  ])('keeps the person: %s', (text, fact) => {
    expect(facts(extract(text))).toContain(fact);
  });

  it('reads no complement past the comma that closes it', () => {
    const text = 'Zabihullah Mujahid, the Taliban government’s chief spokesman, said Afghan forces had responded.';
    expect(roleFacts(text).filter((f) => f.includes('Armed Forces'))).toEqual([]);
  });

  it('makes no person of the place an office is "of"', () => {
    const g = extract('Ramzan Kadyrov, the Kremlin-backed leader of Chechnya, called Aliyev on Saturday.');
    expect(g.entities.filter((e) => e.name === 'Chechnya' && e.kind === 'Person')).toEqual([]);
  });
});

describe('"the <demonym> leader"', () => {
  it('is the named state’s president or prime minister before any other leader', () => {
    const text =
      'Azerbaijan blamed Russia. Azerbaijani President Ilham Aliyev spoke to reporters. Ramzan Kadyrov, the ' +
      'Kremlin-backed leader of Chechnya, called Aliyev on Saturday. The Azerbaijani leader said he expected an inquiry.';
    const roles = roleFacts(text);
    expect(roles).toContain('Ilham Aliyev HOLDS_ROLE Azerbaijan');
    expect(roles.filter((f) => f.startsWith('Ramzan Kadyrov HOLDS_ROLE Azerbaijan'))).toEqual([]);
  });
});

describe('a description with a verb after it, before a comma and a name', () => {
  it.each([
    [
      'Uganda and Tanzania met. Ruto invited Museveni to Nairobi, and the Ugandan leader accepted, Samia Suluhu Hassan said.',
      'Samia Suluhu Hassan',
    ],
    [
      'Guyana and Venezuela met. Maduro invited Ali to Caracas, and the Guyanese leader accepted, Ralph Gonsalves said.',
      'Ralph Gonsalves',
    ],
  ])('is a clause, not the title of the speaker after the comma: %s', (text, speaker) => {
    const g = extract(text);
    expect(entity(g, speaker)?.roles ?? []).toEqual([]);
    expect(facts(g).filter((f) => f.startsWith(`${speaker} HOLDS_ROLE`))).toEqual([]);
  });
});

describe('an office read back from a comma', () => {
  it.each([
    [
      'Ruto met Peru’s army chief, General Ana Ruiz, and Foreign Minister Juan Vega.',
      ['Ana Ruiz HOLDS_ROLE Peru', 'Juan Vega HOLDS_ROLE Peru'],
    ],
    ['Boric met Ghana’s navy chief, Admiral Kofi Mensah, on Monday.', ['Kofi Mensah HOLDS_ROLE Ghana']],
  ])('reaches past a rank before the name: %s', (text, expected) => {
    expect(roleFacts(text)).toEqual(expect.arrayContaining(expected));
  });

  it('keeps the modifiers of the office right before its head', () => {
    const g = extract('Ruto met Peru’s army chief, General Ana Ruiz, on Monday.');
    expect(entity(g, 'Ana Ruiz')?.roles).toContain('Army Chief');
    const h = extract('A senior Chilean official, Juan Vega, said so.');
    expect(entity(h, 'Juan Vega')?.roles).not.toContain('Senior Chilean Official');
  });

  it('is none of a list member after a titled name', () => {
    const text = 'Chile hosted talks. Boric met Chilean Foreign Minister Ana Ruiz, Juan Vega and Luis Soto in Lima.';
    expect(roleFacts(text)).toEqual(['Ana Ruiz HOLDS_ROLE Chile']);
  });

  // A head in the "of" complement ("general" in "general staff", "minister") qualifies what the complement names;
  // the office before "of" is the one the name holds, and the list after it goes on with its own titles.
  it.each([
    [
      'Georgia’s chief of general staff, General Levan Oniani, and Defence Minister Tamar Kvaratskhelia attended the talks.',
      ['Levan Oniani HOLDS_ROLE Georgia', 'Tamar Kvaratskhelia HOLDS_ROLE Georgia'],
    ],
    [
      'Vietnam’s chief of the general staff, Senior General Nguyen Van Long, and Defence Minister Tran Quoc Hung met Cambodian officials.',
      ['Nguyen Van Long HOLDS_ROLE Vietnam', 'Tran Quoc Hung HOLDS_ROLE Vietnam'],
    ],
  ])('is the office whose "of" complement holds the nearest head: %s', (text, expected) => {
    expect(roleFacts(text)).toEqual(expected);
  });

  it('names the office before "of" as the role', () => {
    const g = extract(
      'Georgia’s chief of general staff, General Levan Oniani, and Defence Minister Tamar Kvaratskhelia met.',
    );
    expect(entity(g, 'Levan Oniani')?.roles).toContain('Chief of General Staff');
    const h = extract('The spokesman of the foreign minister, Lina Haddad, said the talks had failed.');
    expect(entity(h, 'Lina Haddad')?.roles).toEqual(['Spokesman of the Foreign Minister']);
  });

  it.each([
    [
      'The head of Ukraine’s military intelligence, Kyrylo Bondar, said Russia had fired missiles.',
      'Kyrylo Bondar HOLDS_ROLE Ukraine',
    ],
    ['The deputy of Peru’s defence minister, Jorge Vargas, met the delegation.', 'Jorge Vargas HOLDS_ROLE Peru'],
  ])('is the office of the state whose possessive opens its complement: %s', (text, fact) => {
    expect(roleFacts(text)).toEqual([fact]);
    const holder = fact.split(' HOLDS_ROLE ')[0] ?? '';
    expect(entity(extract(text), holder)?.roles).toEqual([expect.stringMatching(/^(Head|Deputy) of /)]);
  });

  // A nationality opening the complement says whose office it is when the noun it modifies is a state's body;
  // one deeper in the complement ("a commission on French war crimes") or on another noun ("a Kenyan bank") does not.
  // The body's own entity, where one is found ("Turkish Armed Forces"), is held too and left out here.
  it.each([
    [
      'The head of the Egyptian intelligence service, Hassan Farouk, met the negotiators. Egypt hosted the talks. The chief of a Kenyan bank, Peter Otieno, said Kenya would borrow less.',
      ['Hassan Farouk HOLDS_ROLE Egypt'],
    ],
    [
      'The commander of Brazilian troops in Haiti, General Paulo Souza, said the mission would end. Brazil sent the first unit in 2004.',
      ['Paulo Souza HOLDS_ROLE Brazil'],
    ],
    [
      'Vietnam protested. The head of a commission on French war crimes in Algeria, Marc Delorme, said France had apologised. The head of the Vietnamese army, General Le Quang Vinh, said so too.',
      ['Le Quang Vinh HOLDS_ROLE Vietnam'],
    ],
    [
      'Riots spread across Kenya. The chief of Kenyan police, Daniel Mwangi, ordered officers back to their barracks.',
      ['Daniel Mwangi HOLDS_ROLE Kenya'],
    ],
    [
      'Mehmet Yilmaz, commander of Turkish forces in northern Syria, said Turkey would respond.',
      ['Mehmet Yilmaz HOLDS_ROLE Turkey'],
    ],
    [
      'Ines Okafor, head of the Nigerian intelligence service, told Nigeria’s senate the threat had grown.',
      ['Ines Okafor HOLDS_ROLE Nigeria'],
    ],
  ])('is the office of the state whose nationality opens its complement: %s', (text, expected) => {
    expect(roleFacts(text).filter((f) => !/Armed Forces|Army/.test(f))).toEqual(expected);
  });

  it('keeps the complement in the role read from a nationality', () => {
    const g = extract('The head of French forces in Chad, General Luc Varenne, said France would keep a base there.');
    expect(entity(g, 'Luc Varenne')?.roles).toContain('Head of French Forces in Chad');
    expect(facts(g)).toContain('Luc Varenne HOLDS_ROLE France');
  });
});

describe('"Its <office>, X" after a sentence whose relative clause names a state', () => {
  it.each([
    [
      'The Polisario Front, which has fought Morocco over Western Sahara since 1975, rejected the plan. Its secretary-general, Brahim Ghali, accused Rabat of aggression.',
      'Brahim Ghali HOLDS_ROLE Polisario Front',
      'Brahim Ghali HOLDS_ROLE Morocco',
    ],
    [
      'Hezbollah, which has fought Israel since 1982, said it would respond. Its leader, Naim Qassem, spoke on Monday.',
      'Naim Qassem HOLDS_ROLE Hezbollah',
      'Naim Qassem HOLDS_ROLE Israel',
    ],
  ])('is the office of what that sentence is about: %s', (text, right, wrong) => {
    const found = facts(extract(text));
    expect(found).toContain(right);
    expect(found).not.toContain(wrong);
  });
});

describe('a title whose owner and head stand apart', () => {
  it.each([
    ['EU foreign policy chief Kaja Kallas criticised the vote.', 'Kaja Kallas HOLDS_ROLE European Union'],
    ["The EU's foreign policy chief Kaja Kallas criticised the vote.", 'Kaja Kallas HOLDS_ROLE European Union'],
    ['U.S. climate envoy John Kerry visited Beijing.', 'John Kerry HOLDS_ROLE United States'],
    ["Germany's foreign policy adviser Jens Ploetner said the talks went well.", 'Jens Ploetner HOLDS_ROLE Germany'],
  ])('is the office of its owner: %s', (text, fact) => {
    expect(facts(extract(text))).toContain(fact);
  });
});

describe('a title that spells the body it serves before its head', () => {
  it.each([
    [
      'Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow would respond.',
      'Maria Zakharova HOLDS_ROLE Russian Ministry of Foreign Affairs',
    ],
    [
      'Turkish Defence Ministry spokesman Zeki Akturk said the drills would continue.',
      'Zeki Akturk HOLDS_ROLE Turkish Ministry of Defense',
    ],
    ['Indian Navy chief Admiral Dinesh Tripathi met the French envoy.', 'Dinesh Tripathi HOLDS_ROLE Indian Navy'],
  ])('is an office in that body: %s', (text, fact) => {
    expect(facts(extract(text))).toContain(fact);
  });
});

describe('a person named before "of" and a body', () => {
  it.each([
    [
      'The deal is a blow to Moscow, said Hamidreza Azizi of the German Institute for International and Security Affairs.',
      'Hamidreza Azizi MEMBER_OF German Institute for International and Security Affairs',
    ],
    [
      'The pact is a warning to India, said Kamran Bokhari of the New Lines Institute in Washington.',
      'Kamran Bokhari MEMBER_OF New Lines Institute',
    ],
  ])('is a person who works there, not part of its name: %s', (text, fact) => {
    const g = extract(text);
    expect(facts(g)).toContain(fact);
    expect(
      g.entities.filter((e) => e.kind === 'Organization' && / of the /.test(e.name) && /Azizi|Bokhari/.test(e.name)),
    ).toEqual([]);
  });

  it.each(['The Duke of Edinburgh visited Kenya.', 'The Bank of England raised rates.'])(
    'keeps a name that has "of" inside: %s',
    (text) => {
      expect(extract(text).entities.map((e) => e.name)).toContain(
        text.includes('Duke') ? 'Duke of Edinburgh' : 'Bank of England',
      );
    },
  );
});

describe('a body followed by "of" and a state', () => {
  it.each([
    [
      'Thailand chose the Gripen over the F-16 offered by Lockheed Martin of the United States.',
      'Lockheed Martin LOCATED_IN United States',
    ],
    ['Dassault Aviation of France built the jets.', 'Dassault Aviation LOCATED_IN France'],
  ])('is in that state: %s', (text, fact) => {
    expect(facts(extract(text))).toContain(fact);
  });
});

describe('a name after the brief of an office ("the U.N. envoy for Libya, X,")', () => {
  it.each([
    [
      'The U.N. envoy for Western Sahara, Staffan de Mistura, visited Rabat.',
      'Staffan de Mistura HOLDS_ROLE United Nations',
    ],
    [
      'The EU special representative for the Sahel, Joao Cravinho, met the junta.',
      'Joao Cravinho HOLDS_ROLE European Union',
    ],
  ])('holds that office: %s', (text, fact) => {
    expect(facts(extract(text))).toContain(fact);
  });
});

describe('a speaker put last after a name', () => {
  it.each([
    ['Talks were held in Quito with Ana Ruiz, a spokesman for the Ecuadorian navy said on Monday.'],
    ['Kenya later met Amina Odhiambo, a spokeswoman for the Somali army said in a statement.'],
  ])('gives the name before it no office: %s', (text) => {
    expect(facts(extract(text)).filter((f) => f.includes(' HOLDS_ROLE '))).toEqual([]);
  });
});
