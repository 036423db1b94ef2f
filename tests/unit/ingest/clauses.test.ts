/**
 * The clause reader on invented sentences of varied stories: arguments,
 * voice, negation and modality, coordination, appositions, relative and
 * participial clauses, event nouns, light verbs, attribution, lists.
 */
import { describe, expect, it } from '@jest/globals';
import { readClauses, type Clause, type NounGroup, type NounPhrase } from '../../../ingest/clauses/index.js';
import { parseText, type ParsedText } from '../../../ingest/parse/parse.js';

interface Read {
  parsed: ParsedText;
  clauses: Clause[];
  /** The clause of a lemma (the first one, or the verbal one before a nominal one). */
  clause: (lemma: string, form?: 'noun') => Clause;
  /** The words of a phrase body, without possessor and "of" complement. */
  text: (p: NounPhrase | null | undefined) => string;
  /** The members of a group, as texts. */
  members: (g: NounGroup | null | undefined) => string[];
}

function read(text: string): Read {
  const parsed = parseText(text);
  const article = readClauses(parsed);
  const clauses = article.sentences.flatMap((s) => s.clauses);
  const words = (start: number, end: number) =>
    parsed.words
      .slice(start, end)
      .map((w) => w.text)
      .join(' ');
  const phraseText = (p: NounPhrase | null | undefined) =>
    p ? words(p.bodyStart, p.of ? Math.min(p.end, p.of.start - 1) : p.end) : '';
  return {
    parsed,
    clauses,
    clause: (lemma, form) => {
      const found = clauses.find(
        (c) => c.predicate.lemma === lemma && (form === undefined || c.predicate.form === form),
      );
      if (!found) throw new Error(`no clause of ${lemma} in: ${clauses.map((c) => c.predicate.lemma).join(', ')}`);
      return found;
    },
    text: phraseText,
    members: (g) => (g ? g.members.map(phraseText) : []),
  };
}

describe('clause reader: arguments and verb groups', () => {
  it('reads subject, object, prepositions, tense and voice', () => {
    const r = read('Chile bought six frigates from the Netherlands in March.');
    const c = r.clause('buy');
    expect(r.members(c.agent)).toEqual(['Chile']);
    expect(r.members(c.theme)).toEqual(['six frigates']);
    expect(c.preps.map((p) => [p.prep, r.members(p.group)])).toEqual([
      ['from', ['the Netherlands']],
      ['in', ['March']],
    ]);
    expect(c.predicate).toMatchObject({ tense: 'past', voice: 'active', negated: false, form: 'finite' });
    expect(c.certainty).toBe('asserted');
  });

  it('takes the agent of a passive from "by"', () => {
    const r = read('The radar contract was signed by Norway and Kongsberg on Friday.');
    const c = r.clause('sign');
    expect(c.predicate.voice).toBe('passive');
    expect(r.members(c.theme)).toEqual(['The radar contract']);
    expect(r.members(c.agent)).toEqual(['Norway', 'Kongsberg']);
  });

  it('reads negation and modals as the certainty of the clause', () => {
    const r = read('Peru will not buy the Gripen. Bolivia could acquire the system. Ecuador will sign the accord.');
    expect(r.clause('buy')).toMatchObject({ certainty: 'denied', predicate: { negated: true, tense: 'future' } });
    expect(r.clause('acquire').certainty).toBe('alleged');
    expect(r.clause('sign').certainty).toBe('planned');
    expect(read('No Andean state operates the Gripen.').clause('operate').certainty).toBe('denied');
  });

  it.each([
    ['Chile is close to signing the accord with Peru.', 'sign'],
    ['Kenya is on the verge of signing a defence pact with Uganda.', 'sign'],
    ['Turkey is poised to sign the deal with Qatar.', 'sign'],
    ['Kenyan President William Ruto accepted an invitation to visit Chile.', 'visit'],
    ['Mongolia is about to sign a gas accord with Kazakhstan.', 'sign'],
    ['The Estonian envoy was about to visit Riga when the talks stalled.', 'visit'],
    // Under negotiation: not done.
    ['Vietnam is in talks with India about buying the missile.', 'buy'],
    ['Chile held talks with Brazil on buying Gripen jets.', 'buy'],
    ['Kenya is negotiating with Turkey to buy drones.', 'buy'],
  ])('reads an act that is near or proposed as only planned: %s', (text, lemma) => {
    expect(read(text).clause(lemma).certainty).toBe('planned');
  });

  it.each([
    ['Poland later bought Leopard 2 tanks from Spain.', 'buy', 'Poland', 'Leopard 2 tanks'],
    ['President Ruto later met President Museveni in Nairobi.', 'meet', 'President Ruto', 'President Museveni'],
    ['Iran earlier sold drones to Russia.', 'sell', 'Iran', 'drones'],
  ])('reads an adjective between the subject and its verb as an adverb: %s', (text, lemma, agent, theme) => {
    const r = read(text);
    const c = r.clause(lemma);
    expect(r.members(c.agent)).toEqual([agent]);
    expect(r.members(c.theme)).toEqual([theme]);
  });

  it.each([
    ['Finland and Sweden submitted written applications to join NATO.', 'submit', 'written applications'],
    ['Russia sent trained soldiers to Mali.', 'send', 'trained soldiers'],
  ])('reads a participle between a verb and its noun object as a modifier: %s', (text, lemma, theme) => {
    const r = read(text);
    expect(r.members(r.clause(lemma).theme)).toEqual([theme]);
  });

  it.each([
    ['The United States has given aid to Moldova.', 'give'],
    ['Kenya has taken the town.', 'take'],
    ['The drones were shown to Russian officials.', 'show'],
  ])('lemmatises an irregular participle: %s', (text, lemma) => {
    expect(read(text).clause(lemma).predicate.lemma).toBe(lemma);
  });

  it('reads an -ing word before a title as a gerund acting on the person, unless it describes them', () => {
    const r = read("Niger's junta seized power after ousting President Mohamed Bazoum.");
    expect(r.members(r.clause('oust').theme)).toEqual(['President Mohamed Bazoum']);
    const visiting = read('The deal was signed by visiting Israeli Defense Minister Benny Gantz in Rabat.');
    expect(visiting.clauses.some((c) => c.predicate.lemma === 'visit' && c.predicate.form !== 'noun')).toBe(false);
  });

  it('gives the verb after a relative clause its antecedent, past a phrase the relative clause left over', () => {
    const r = read(
      'President Javier Milei, who has made closer ties with Washington a priority of his government, attended the ceremony.',
    );
    expect(r.members(r.clause('attend').agent)).toEqual(['President Javier Milei']);
  });

  it('gives the verb after a relative clause its antecedent, whatever clause the relative clause ends in', () => {
    const r = read('Sandu, who has pushed for Moldova to join the European Union, defeated Alexandr Stoianoglo.');
    expect(r.members(r.clause('defeat').agent)).toEqual(['Sandu']);
  });

  it('reads a relative clause with a singular verb after a list as about its last name', () => {
    const r = read('The companies include Kestrel Dynamics, Borel Works and Tarvok Systems, which makes drones.');
    expect(r.members(r.clause('make').agent)).toEqual(['Tarvok Systems']);
    const both = read('Kenya and Uganda, which signed the pact, met.');
    expect(both.members(both.clause('sign').agent)).toEqual(['Kenya', 'Uganda']);
  });

  it('reads a plural the tagger took for a verb as a noun right before a past verb', () => {
    const r = read('U.S. and British warplanes struck Houthi targets overnight.');
    expect(r.members(r.clause('strike').agent)).toEqual(['U.S.', 'British warplanes']);
  });

  it.each([
    ["Taiwan's government rejects China's sovereignty claims.", 'reject', 'government'],
    ['The junta backs the Atlas Front.', 'back', 'The junta'],
  ])('reads a third-person verb the tagger took for a plural after a singular subject: %s', (text, lemma, agent) => {
    const r = read(text);
    expect(r.members(r.clause(lemma).agent)).toEqual([agent]);
  });

  it.each([
    ['Chile, a neighbour of Peru and Bolivia, plans to buy the jets.', 'buy', 'Chile'],
    ['Kenya, which borders Somalia and Ethiopia, hopes to sign the accord.', 'sign', 'Kenya'],
    ["Ghana, the region's largest producer, aims to buy the drones.", 'buy', 'Ghana'],
  ])(
    'reads a verb the tagger took for a plural after a stretch set off after the subject: %s',
    (text, lemma, agent) => {
      const r = read(text);
      expect(r.members(r.clause(lemma).agent)).toEqual([agent]);
    },
  );

  it.each([
    ['Warsaw bought K9 howitzers made by Hanwha and FA-50 jets built by KAI.', 'build', 'FA 50 jets', 'KAI'],
    ['Chile bought frigates made by Damen and Gripen jets built by Saab.', 'build', 'Gripen jets', 'Saab'],
  ])(
    'reads a phrase and a bare participle with "by" after "and" as one more described phrase: %s',
    (text, lemma, theme, agent) => {
      const r = read(text);
      const c = r.clause(lemma);
      expect([c.predicate.form, c.predicate.voice]).toEqual(['participle', 'passive']);
      expect(r.members(c.theme)).toEqual([theme]);
      expect(r.members(c.agent)).toEqual([agent]);
    },
  );

  it.each([
    ['President Ana Ruiz, a former judge who served as justice minister, visited Lima.', 'visit', 'President Ana Ruiz'],
    ['Kenya’s envoy, a veteran diplomat who led the talks in Nairobi, signed the pact.', 'sign', 'envoy'],
  ])(
    'reads the verb after a description and its relative clause as said of the name before them: %s',
    (text, lemma, agent) => {
      const r = read(text);
      expect(r.members(r.clause(lemma).agent)).toEqual([agent]);
    },
  );

  it.each([
    [
      "Peru's prime minister, Ana Ruiz, whose party won the vote, accused Chile.",
      'win',
      'party',
      'accuse',
      'prime minister',
    ],
    [
      'Tarvok, whose whereabouts have not been confirmed since May, has accused the junta.',
      'confirm',
      'whereabouts',
      'accuse',
      'Tarvok',
    ],
    [
      'Ghana, whose relations with Togo have soured over the border, backed Benin.',
      'sour',
      'relations',
      'back',
      'Ghana',
    ],
  ])(
    'reads a "whose" clause after the subject as a relative clause, the verb after it said of the name: %s',
    (text, inner, possessed, main, subject) => {
      const r = read(text);
      const relative = r.clause(inner);
      expect(relative.link).toBe('relative');
      expect(r.members(relative.subject)).toEqual([possessed]);
      expect(r.members(r.clause(main).subject)).toEqual([subject]);
    },
  );

  it('reads a "whose" clause after an object as a relative clause of the sentence', () => {
    const r = read('Kenya sanctioned the company, whose drones were used in Yemen.');
    const used = r.clause('use');
    expect(used.link).toBe('relative');
    expect(used.parent).toBe(r.clause('sanction').id);
    expect(r.members(used.subject)).toEqual(['drones']);
  });

  it('reads the possessed noun of "whose" before a name as the object of the relative clause', () => {
    const r = read(
      "Bolivia's foreign minister, Luis Vega, whose government Quito does not recognise, accused Ecuador.",
    );
    const recognise = r.clause('recognise');
    expect(r.members(recognise.agent)).toEqual(['Quito']);
    expect(r.members(recognise.theme)).toEqual(['government']);
    expect(r.members(r.clause('accuse').agent)).toEqual(['foreign minister']);
    // An office before a name is that name's title: "whose special adviser Luis Vega" is one phrase.
    const adviser = read(
      "Chile's President Ana Ruiz, whose special adviser Luis Vega attended the talks, welcomed it.",
    );
    expect(adviser.members(adviser.clause('attend').agent)).toEqual(['special adviser Luis Vega']);
  });

  it.each([
    ['Egypt has since deepened its military ties with Eritrea.', 'deepen', 'Egypt'],
    ['Kenya has since bought Bayraktar drones from Turkey.', 'buy', 'Kenya'],
  ])('reads "since" between an auxiliary and a past form as "since then": %s', (text, lemma, agent) => {
    const r = read(text);
    expect(r.members(r.clause(lemma).agent)).toEqual([agent]);
  });

  it.each([
    ['Kenya flies the Gripen jets, which Sweden supplied in 2022.', 'supply', 'Sweden', 'the Gripen jets'],
    [
      'The Rafale fighters that Jakarta ordered from Dassault Aviation arrived.',
      'order',
      'Jakarta',
      'The Rafale fighters',
    ],
  ])('reads a relative clause with a subject of its own as about its object: %s', (text, lemma, agent, theme) => {
    const r = read(text);
    const c = r.clause(lemma);
    expect(c.link).toBe('relative');
    expect(r.members(c.agent)).toEqual([agent]);
    expect(r.members(c.theme)).toEqual([theme]);
  });

  it.each([
    ['Peru warned Chile that sanctions would follow.', 'follow'],
    ['Reports that Turkey armed Kenya surfaced on Monday.', 'arm'],
    ['Lima wants guarantees that the jets will not be armed with Meteor missiles.', 'arm'],
  ])('keeps "that" after an addressee or a claim, or before an auxiliary, a complement: %s', (text, lemma) => {
    expect(read(text).clause(lemma).link).not.toBe('relative');
  });

  it('reads a past participle after a number as a modifier, not the verb: 24 used F-16 jets', () => {
    const r = read('Argentina signed a deal to buy 24 used F-16 fighter jets from Denmark.');
    expect(r.members(r.clause('buy').theme)).toEqual(['24 used F 16 fighter jets']);
  });

  it.each([
    ['Japan and the Netherlands were buying jets.', 'buy', ['Japan', 'the Netherlands']],
    ['Japan and the Philippines are negotiating a defence pact.', 'negotiate', ['Japan', 'the Philippines']],
  ])('keeps a country with its article in a coordinated subject: %s', (text, lemma, agents) => {
    const r = read(text);
    expect(r.members(r.clause(lemma).agent)).toEqual(agents);
  });

  it.each([
    ['Vucic met Chinese President Xi Jinping in Belgrade.', 'meet', 'Vucic', 'Chinese President Xi Jinping'],
    ['Kostic signed the deal with Hungary.', 'sign', 'Kostic', 'the deal'],
  ])(
    'reads an unknown name opening a sentence before its verb as the subject, not an adjective: %s',
    (text, lemma, agent, theme) => {
      const r = read(text);
      const c = r.clause(lemma);
      expect(r.members(c.agent)).toEqual([agent]);
      expect(r.members(c.theme)).toEqual([theme]);
    },
  );

  it.each([
    ['The Philippines signed a $375 million contract with India.', 'a $375 million contract'],
    ["Kenya's $2 billion order reached Seoul.", '$2 billion order'],
  ])('reads the noun after an amount or a measure as the head of its phrase: %s', (text, phrase) => {
    const r = read(text);
    const theme = r.clauses.map((c) => r.members(c.theme)).flat();
    const agent = r.clauses.map((c) => r.members(c.agent)).flat();
    expect([...theme, ...agent]).toContain(phrase);
  });

  it('keeps a bare number that is the phrase itself', () => {
    expect(read('The three agree on most issues.').clause('agree')).toBeDefined();
  });

  it('keeps an adjective after a possessive inside the noun phrase', () => {
    const r = read("Ankara's later purchase of the radar angered Athens.");
    expect(r.members(r.clause('anger').agent)).toEqual(['later purchase']);
  });

  it('makes the governing verb of an infinitive or gerund a frame of it', () => {
    const r = read(
      'Vietnam wants to buy coastal radars. Kenya plans to begin leasing the jets. Laos refused to host the drills.',
    );
    expect(r.clause('buy')).toMatchObject({ certainty: 'sought', predicate: { frames: ['want'] } });
    expect(r.members(r.clause('buy').agent)).toEqual(['Vietnam']);
    expect(r.clause('lease')).toMatchObject({ certainty: 'planned', predicate: { frames: ['plan', 'begin'] } });
    expect(r.clause('host').certainty).toBe('denied');
  });
});

describe('clause reader: offices coordinated in an apposition', () => {
  it.each([
    [
      "Hakan Fidan, Turkey's foreign minister and former intelligence chief, visited Iraq on Tuesday.",
      'visit',
      'Hakan Fidan',
    ],
    ['Ana Ruiz, the party leader and a former judge, met Luis Vega in Lima.', 'meet', 'Ana Ruiz'],
  ])('describe the name before them, the subject: %s', (text, lemma, subject) => {
    const r = read(text);
    expect(r.members(r.clause(lemma).agent)).toEqual([subject]);
  });

  it('keep a list of names a list', () => {
    const r = read('Ruto, Kenya’s president, and Museveni met in Kampala.');
    expect(r.members(r.clause('meet').agent)).toEqual(['Ruto', 'Museveni']);
  });
});

describe('clause reader: what a verb of naming calls its object', () => {
  it.each([
    ['Peru called the accord a betrayal.', 'call', 'the accord', 'a betrayal'],
    ['Kenya branded Tarvok a terrorist group.', 'brand', 'Tarvok', 'a terrorist group'],
    ['Chile described the claim as a provocation.', 'describe', 'the claim', 'a provocation'],
  ])('%s', (text, lemma, theme, called) => {
    const r = read(text);
    const c = r.clause(lemma);
    expect(r.members(c.theme)).toEqual([theme]);
    expect(c.recipient).toBeNull();
    expect(r.members(c.preps.find((p) => p.prep === 'as')?.group)).toEqual([called]);
  });
});

describe('clause reader: two objects of a verb of giving', () => {
  it.each([
    ['Israel sold Azerbaijan Harop drones.', 'sell', 'Azerbaijan', 'Harop drones'],
    ['Germany offered Kenya two jets.', 'offer', 'Kenya', 'two jets'],
    ['Turkey kept selling it Bayraktar drones.', 'sell', 'it', 'Bayraktar drones'],
  ])('reads a state or pronoun right after the verb as the recipient: %s', (text, lemma, recipient, theme) => {
    const r = read(text);
    const c = r.clause(lemma);
    expect(r.members(c.recipient)).toEqual([recipient]);
    expect(r.members(c.theme)).toEqual([theme]);
  });
});

describe('clause reader: coordination, appositions, relative and participial clauses', () => {
  it.each([
    ['France handed over its last two military bases in Senegal on Thursday.', 'hand', 'base'],
    ['Britain will close its two remaining training bases in Kenya next year.', 'close', 'base'],
    ['Poland ordered three more air defence batteries from Raytheon.', 'order', 'battery'],
  ])('reads a plural a count opens as the phrase’s noun, not a verb: %s', (text, verb, noun) => {
    const r = read(text);
    expect(r.clauses.map((c) => c.predicate.lemma)).toEqual([verb]);
    expect(r.members(r.clause(verb).theme).join(' ')).toMatch(new RegExp(noun.slice(0, 4)));
  });

  it.each([
    [
      'Ministers were divided over the trade agreement between the European Union and Mercosur, which Ireland has opposed.',
      'oppose',
      'the trade agreement',
    ],
    [
      'Poland criticised the pipeline between Russia and Germany, which Warsaw has opposed for years.',
      'oppose',
      'the pipeline',
    ],
  ])("reads 'which' after the sides a thing is between as that thing: %s", (text, lemma, thing) => {
    const r = read(text);
    const c = r.clause(lemma);
    expect([...r.members(c.agent), ...r.members(c.theme)]).toContain(thing);
    expect([...r.members(c.agent), ...r.members(c.theme)].join('|')).not.toMatch(/Mercosur|Germany/);
  });

  it("reads 'which' as the sides a thing is between when it is the subject: tensions between A and B, which severed ties", () => {
    const r = read(
      'The purchase will deepen tensions between Algeria and Morocco, which severed diplomatic ties in 2021.',
    );
    expect(r.members(r.clause('sever').agent)).toEqual(['Algeria', 'Morocco']);
  });

  it("keeps ', that' before a complement clause's subject a complement", () => {
    const r = read('The envoy warned Kenya, that sanctions would follow.');
    expect(r.members(r.clause('follow').agent)).toEqual(['sanctions']);
  });

  it.each([
    ['The Guard, that controls most of the drone force, confirmed the drills.', 'control', 'confirm'],
    ['The Front, that backs the rebels in the north, denied the report.', 'back', 'deny'],
  ])("reads ', that' before a verb the tagger took for a noun as a relative clause: %s", (text, inner, outer) => {
    const r = read(text);
    expect(r.members(r.clause(inner).agent)).toEqual([r.members(r.clause(outer).agent)[0]]);
    expect(r.members(r.clause(outer).agent)[0]).toMatch(/^The (Guard|Front)$/);
  });

  it.each([
    ['India and Pakistan, longtime rivals, held talks in Geneva.', 'hold', ['India', 'Pakistan'], 'longtime rivals'],
    [
      'Iran and Saudi Arabia, once bitter foes, restored ties.',
      'restore',
      ['Iran', 'Saudi Arabia'],
      'once bitter foes',
    ],
  ])('reads a plural description after a list as describing the whole list: %s', (text, lemma, members, described) => {
    const r = read(text);
    const subject = r.clause(lemma).subject;
    expect(r.members(subject)).toEqual(members);
    expect(r.text(subject?.description?.phrase)).toBe(described);
  });

  it('expands coordinated subjects and objects', () => {
    const r = read('Ghana, Togo and Benin signed the maritime pact and the fisheries accord.');
    const c = r.clause('sign');
    expect(r.members(c.agent)).toEqual(['Ghana', 'Togo', 'Benin']);
    expect(r.members(c.theme)).toEqual(['the maritime pact', 'the fisheries accord']);
  });

  it('gives a coordinated verb the subject of the first one', () => {
    const r = read('The Estonian minister arrived in Riga and signed a cyber defence memorandum.');
    expect(r.members(r.clause('sign').agent)).toEqual(['The Estonian minister']);
    expect(r.clause('sign').link).toBe('coordinated');
  });

  it('keeps clauses apart when a new subject follows "and"', () => {
    const r = read('Morocco sent troops and Senegal deployed ships.');
    expect(r.members(r.clause('send').theme)).toEqual(['troops']);
    expect(r.members(r.clause('deploy').agent)).toEqual(['Senegal']);
  });

  it('attaches an apposition to the name before it, and the main verb to that name', () => {
    const r = read('Maria Lopez, the defence minister of Chile, visited Lima.');
    const c = r.clause('visit');
    const subject = c.agent?.members[0];
    expect(r.text(subject)).toBe('Maria Lopez');
    expect(r.text(subject?.appositions[0]?.phrase)).toBe('the defence minister');
    expect(r.members(subject?.appositions[0]?.phrase.of)).toEqual(['Chile']);
    expect(r.members(c.theme)).toEqual(['Lima']);
  });

  it('gives a relative clause its antecedent and the main verb the subject past it', () => {
    const r = read('The frigate deal, which was approved by the Senate, angered Argentina.');
    expect(r.clause('approve')).toMatchObject({ link: 'relative', predicate: { voice: 'passive' } });
    expect(r.members(r.clause('approve').theme)).toEqual(['The frigate deal']);
    expect(r.members(r.clause('approve').agent)).toEqual(['the Senate']);
    expect(r.members(r.clause('anger').agent)).toEqual(['The frigate deal']);
  });

  it('coordinates a subject after ", and" with the phrase a closed relative clause is about', () => {
    const r = read('Chile, which has long claimed the corridor, and Bolivia, a landlocked neighbour, agreed to talk.');
    expect(r.members(r.clause('claim').agent)).toEqual(['Chile']);
    expect(r.members(r.clause('talk').agent)).toEqual(['Chile', 'Bolivia']);
  });

  it('attaches an office after a name as its apposition, however capitalised and inside a list', () => {
    const r = read("The Agency's Africa Editor, Ruth Njeri, met Omar Bashir and Ali Hassan, Sudan's envoy.");
    const subject = r.clause('meet').agent?.members[0];
    expect(r.text(subject)).toBe('Africa Editor');
    expect(r.text(subject?.appositions[0]?.phrase)).toBe('Ruth Njeri');
    const met = r.clause('meet').theme;
    expect(r.members(met)).toEqual(['Omar Bashir', 'Ali Hassan']);
    expect(r.text(met?.members[1]?.appositions[0]?.phrase)).toBe('envoy');
    const fined = read("Paris fined Marc Dubois, the bank's director, and other managers.").clause('fine');
    expect(fined.theme?.members.map((m) => m.appositions.length)).toEqual([1]);
  });

  it('drops a caption position between commas after a name', () => {
    const r = read('President Luis Arce, right, shakes hands with Gabriel Boric in La Paz.');
    expect(r.clauses.map((c) => c.predicate.lemma)).not.toContain('right');
    expect(r.members(r.clause('shake').agent)).toEqual(['President Luis Arce']);
  });

  it('reads the first word of a sentence without the last word of the sentence before', () => {
    const r = read('The deal was worth $2 billion.\nSpeaking to reporters, Olaf Scholz said it was fair.');
    expect(r.clause('speak')).toMatchObject({ link: 'participial', predicate: { form: 'gerund' } });
    const quoted = read('It showed Ana Soto with Luis Vega, Peru’s top diplomat.\n\n“We agreed,” she said.');
    expect(quoted.clause('show').preps[0]?.group.members[0]?.appositions).toHaveLength(1);
  });

  it('reads participles that modify a phrase, after a comma or after an object', () => {
    const r = read('The accord, reached in Nairobi, ended the war. Rebels fired rockets made in Korea.');
    expect(r.members(r.clause('reach').theme)).toEqual(['The accord']);
    expect(r.members(r.clause('end').agent)).toEqual(['The accord']);
    expect(r.clause('make').predicate.voice).toBe('passive');
    expect(r.members(r.clause('make').theme)).toEqual(['rockets']);
  });

  it.each([
    ['France sold frigates to Greece as Athens seeks to modernise its navy.', 'modernise', 'Athens'],
    ['Russia shipped grain to Syria while Tehran plans to build a port.', 'build', 'Tehran'],
    // "move to": to take steps to do something, a verb taking an infinitive like "seek to".
    ['Germany sent tanks to Poland as Warsaw moves to expand its army.', 'expand', 'Warsaw'],
    ['Japan sold radars to Vietnam while Hanoi moved to patrol its waters.', 'patrol', 'Hanoi'],
  ])(
    'reads a verb taking an infinitive after a name as the verb of a subordinate clause: %s',
    (text, lemma, subject) => {
      const r = read(text);
      expect(r.members(r.clause(lemma).agent)).toEqual([subject]);
    },
  );

  it('gives an infinitive the subject of its clause, or the object of verbs like "urge"', () => {
    const r = read('Norway signed a deal with Germany to buy submarines. Washington urged Manila to reject the offer.');
    expect(r.members(r.clause('buy').agent)).toEqual(['Norway']);
    expect(r.members(r.clause('sign').preps[0]?.group)).toEqual(['Germany']);
    expect(r.members(r.clause('reject').agent)).toEqual(['Manila']);
  });

  it.each([
    ['Kenya used the drones, supplied by Turkey since 2022, to strike the camps.', 'strike', 'Kenya'],
    ['Chile sent the frigates, which Britain had built, to patrol the strait.', 'patrol', 'Chile'],
  ])(
    'gives an infinitive after an aside closed by its comma the subject of the clause around the aside: %s',
    (text, lemma, agent) => {
      const r = read(text);
      expect(r.members(r.clause(lemma).agent)).toEqual([agent]);
    },
  );

  it.each([
    ['Egypt said in a statement that the plan was illegal and accused Israel of aggression.', 'accuse', 'Egypt'],
    ['Ghana said on Monday that the fees were unfair and warned Togo of retaliation.', 'warn', 'Ghana'],
  ])('gives a verb of saying after a reported clause about a thing the reporter: %s', (text, lemma, agent) => {
    const r = read(text);
    expect(r.members(r.clause(lemma).agent)).toEqual([agent]);
  });

  it('keeps a verb after a reported clause about someone with that someone', () => {
    const r = read('Chile said Peru had broken the accord and accused Bolivia of helping it.');
    expect(r.members(r.clause('accuse').agent)).toEqual(['Peru']);
  });

  it.each([
    ['Iran agreed the deal was dead.', 'agree', 'the deal'],
    ['Ghana feared the truce would collapse.', 'fear', 'the truce'],
  ])(
    "reads a phrase before a finite verb after a verb taking a clause as that clause's subject: %s",
    (text, lemma, subject) => {
      const r = read(text);
      expect(r.clause(lemma).theme).toBeNull();
      expect(r.members(r.clauses.find((c) => c.predicate.lemma !== lemma)?.subject)).toEqual([subject]);
    },
  );

  it.each([
    ['Mexico and Ecuador have both ratified the Vienna Convention.', 'ratify', ['Mexico', 'Ecuador']],
    ['Ghana, Togo and Benin are all expected to sign the pact.', 'sign', ['Ghana', 'Togo', 'Benin']],
  ])('reads a quantifier between an auxiliary and its verb as part of the verb group: %s', (text, lemma, agents) => {
    const r = read(text);
    expect(r.members(r.clause(lemma).agent)).toEqual(agents);
  });

  it.each([
    ['Tensions rose after Mali, Burkina Faso and Niger signed a defence pact.', ['Mali', 'Burkina Faso', 'Niger']],
    ['Ties were strained since Ghana, Togo and Benin signed a security pact.', ['Ghana', 'Togo', 'Benin']],
    ['After Chile, Peru signed a pact with Bolivia.', ['Peru']],
  ])('opens a clause with a subordinator before a list of names and its verb: %s', (text, signers) => {
    const r = read(text);
    expect(r.members(r.clause('sign').agent)).toEqual(signers);
  });

  it('reads who a gerund after a preposition is about', () => {
    const r = read('Canada accused Belarus of supplying fuel to the rebels.');
    expect(r.members(r.clause('supply').agent)).toEqual(['Belarus']);
    expect(r.members(r.clause('supply').recipient)).toEqual(['the rebels']);
  });

  it('gives what someone is warned against to whom the warning is for, as only wished for', () => {
    const r = read('Chile warned Bolivia on Monday against signing the accord.');
    expect(r.members(r.clause('sign').agent)).toEqual(['Bolivia']);
    expect(r.clause('sign').certainty).toBe('sought');
  });

  it('finds the object that controls an infinitive past its own phrases ("allowed X from Y to deploy")', () => {
    const r = read('Niger allowed fighters from the Atlas Group to deploy in the north.');
    expect(r.members(r.clause('deploy').agent)).toEqual(['fighters']);
  });

  it.each([
    ['India and Pakistan fought over Kashmir.', 'fight', 'Kashmir'],
    ['Ghana and Togo clashed over the fishing grounds.', 'clash', 'the fishing grounds'],
  ])('reads "over" after a verb as a preposition: %s', (text, lemma, topic) => {
    const c = read(text).clause(lemma);
    expect(c.theme).toBeNull();
    expect(c.preps.map((p) => p.prep)).toEqual(['over']);
    expect(read(text).members(c.preps[0]?.group)).toEqual([topic]);
  });

  it('keeps "over" in a phrasal verb the tagger knows ("took over the company")', () => {
    const r = read('Rwanda handed over the prisoners.');
    expect(r.members(r.clause('hand').theme)).toEqual(['the prisoners']);
  });
});

describe('clause reader: event nouns and light verbs', () => {
  it.each([
    ['The Guard confirmed joint exercises with Russia.', 'The Guard'],
    ['Washington announced joint naval drills with Manila.', 'Washington'],
  ])("makes a joint event the reporting verb's subject's own: %s", (text, agent) => {
    const r = read(text);
    const event = r.clauses.find((c) => c.predicate.form === 'noun' && c.preps.some((p) => p.prep === 'with'));
    expect(r.members(event?.agent)).toEqual([agent]);
  });

  it('reads the phrases of an event noun past its closing quote', () => {
    const r = read('The Guard confirmed “joint exercises” with Russia in May.');
    expect(r.clause('exercise', 'noun').preps.map((p) => p.prep)).toEqual(['with', 'in']);
  });

  it.each([
    [
      'Kenyan President William Ruto remains “a loyal supporter” of Yoweri Museveni, his aide said.',
      'a loyal supporter',
      ['Yoweri Museveni'],
    ],
    ['Chile said the treaty was a "grave violation" of its sovereignty.', 'a grave violation', ['sovereignty']],
  ])('keeps the "of" complement of a noun phrase past its closing quote: %s', (text, phrase, complement) => {
    const r = read(text);
    const quoted = r.clauses.flatMap((c) => c.objects.flatMap((o) => o.members)).find((p) => r.text(p) === phrase);
    expect(r.members(quoted?.of)).toEqual(complement);
  });

  it("gives an event noun no phrase of a passive participle about it ('developed by A and B')", () => {
    const r = read('It is the first export of the Kestrel drone, jointly developed by Chile and Peru.');
    const exportClause = r.clause('export', 'noun');
    expect(r.members(exportClause.agent)).toEqual([]);
    expect(r.members(r.clause('develop').agent)).toEqual(['Chile', 'Peru']);
  });

  it('reads a possessive nominalisation', () => {
    const r = read("Egypt's purchase of the Rafale jets from France worried Israel.");
    const c = r.clause('buy', 'noun');
    expect(r.members(c.agent)).toEqual(['Egypt']);
    expect(r.members(c.theme)).toEqual(['the Rafale jets']);
  });

  it('reads an "of ... by" nominalisation', () => {
    const r = read('Officials welcomed the signing of the border treaty by Chad.');
    const c = r.clause('sign', 'noun');
    expect(r.members(c.theme)).toEqual(['the border treaty']);
  });

  it("gives a journey one comes back from to the clause's subject", () => {
    const r = read('Returning from a trip to Brazil, Olaf Scholz praised the deal.');
    expect(r.members(r.clause('visit', 'noun').agent)).toEqual(['Olaf Scholz']);
  });

  it('gives a light verb its subject to the event noun it governs', () => {
    const r = read('The Thai and Cambodian ministers held talks with Vietnamese officials in Hanoi.');
    const c = r.clause('meet', 'noun');
    expect(c.predicate.light).toBe('hold');
    expect(r.members(c.agent)).toEqual(['The Thai and Cambodian ministers']);
    expect(c.preps.map((p) => p.prep)).toEqual(['with', 'in']);
  });

  it.each([
    ['Peru began the war against Bolivia in 1879.', 'begin', 'Peru'],
    ['Kenya declared war on Somalia.', 'declare', 'Kenya'],
    ['Norway joined the war against Sweden in May.', 'join', 'Norway'],
  ])("gives a verb that starts or joins an event its subject as the event's agent: %s", (text, light, agent) => {
    const r = read(text);
    const c = r.clause('fight', 'noun');
    expect(c.predicate.light).toBe(light);
    expect(r.members(c.agent)).toEqual([agent]);
  });
});

describe('clause reader: attribution and reported speech', () => {
  it('attributes what follows "said" to its subject', () => {
    const r = read('The Kenyan army said the militants had seized two villages.');
    const c = r.clause('seize');
    expect(c.certainty).toBe('reported');
    expect(r.members(c.attribution?.source)).toEqual(['The Kenyan army']);
  });

  it('attributes a clause to a reporting verb after it', () => {
    const r = read('Uganda supplied the rebels with arms, the panel said.');
    expect(r.members(r.clause('supply').attribution?.source)).toEqual(['the panel']);
  });

  it.each([
    ['Germany supplied Ukraine with tanks, Boris Pistorius said on Friday.', 'supply', 'Boris Pistorius'],
    [
      'Peru provided Chile with frigates, Defence Minister Ana Ruiz told reporters in Lima.',
      'provide',
      'Defence Minister Ana Ruiz',
    ],
  ])(
    'reads a name after a comma and before its reporting verb as the speaker, not a description of what precedes: %s',
    (text, lemma, speaker) => {
      const r = read(text);
      const c = r.clause(lemma);
      expect(c.certainty).toBe('reported');
      expect(r.members(c.attribution?.source)).toEqual([speaker]);
    },
  );

  it.each([
    ['Kenya denied the charge and expelled Somalia’s ambassador.', 'expel'],
    ['Russia rejected the accusation and recalled its envoy from Oslo.', 'recall'],
  ])('keeps a verb coordinated with a denial out of what is denied: %s', (text, lemma) => {
    const c = read(text).clause(lemma);
    expect(c.certainty).toBe('asserted');
    expect(c.attribution).toBeNull();
  });

  it('reads "according to" and denials', () => {
    const r = read('According to the ministry, Sudan bought drones. Sudan denied buying the drones.');
    const [first, second] = [
      r.clauses.find((c) => c.sentence === 0 && c.predicate.lemma === 'buy'),
      r.clauses.find((c) => c.sentence === 1 && c.predicate.lemma === 'buy'),
    ];
    expect(first?.certainty).toBe('reported');
    expect(r.members(first?.attribution?.source)).toEqual(['the ministry']);
    expect(second?.certainty).toBe('denied');
    expect(r.members(second?.attribution?.source)).toEqual(['Sudan']);
  });

  it('reads hedges as allegations', () => {
    expect(read('Serbia allegedly sold shells to the militia.').clause('sell').certainty).toBe('alleged');
  });

  it('reads "a claim denied by X" after a statement as X denying it, and the denial as speech', () => {
    const r = read('Kenya allegedly armed the rebels, a claim denied by Nairobi.');
    const armed = r.clause('arm');
    expect(armed.certainty).toBe('alleged');
    expect(armed.counter?.certainty).toBe('denied');
    expect(r.members(armed.counter?.source)).toEqual(['Nairobi']);
    expect(r.clause('deny').speech).toBe(true);
    const dash = read('The navy seized the tanker off Oman — an allegation rejected by the shipping firm.');
    expect(dash.members(dash.clause('seize').counter?.source)).toEqual(['the shipping firm']);
  });

  it('reads rejecting or dismissing reports as speech that denies the reported clause', () => {
    const r = read('Peru dismissed reports that it had bought the jets.');
    expect(r.clause('dismiss').speech).toBe(true);
    expect(r.clause('buy')).toMatchObject({ certainty: 'denied', counter: null });
    expect(r.members(r.clause('buy').attribution?.source)).toEqual(['Peru']);
    expect(read('The ministry rejected the accusations of the opposition.').clause('reject').speech).toBe(true);
    expect(read('The council rejected the budget.').clause('reject').speech).toBe(false);
    // A party's claim with nothing said after it is what the party pursues: rejecting it is no speech.
    expect(read("Vietnam rejects China's claims in the sea.").clause('reject').speech).toBe(false);
    expect(read("Somalia rejected Kenya's claims that it had armed the rebels.").clause('reject').speech).toBe(true);
  });

  it('reports what follows a verb of saying only when its object slot is open or holds what it reports', () => {
    // "show" with a plain object is an act, not a report: the later clause is the outer speaker's.
    const cond = read(
      'Lopez said if Peru does not show respect to its neighbours, it will not receive aid from Chile.',
    );
    expect(cond.clause('receive').attribution).toMatchObject({ cue: 'say' });
    expect(cond.members(cond.clause('receive').attribution?.source)).toEqual(['Lopez']);
    const announced = read('The army announced the capture of the town, and Kenya sent troops to Uganda.');
    expect(announced.clause('send').attribution).toBeNull();
    // An addressee, a claim, or what hangs on the object is still reported.
    expect(read('Officials told reporters Ghana had sold rifles to Togo.').clause('sell').attribution).toMatchObject({
      cue: 'tell',
    });
    expect(
      read('The ministry confirmed the purchase of ten tanks from Chile.').clause('buy', 'noun').attribution,
    ).toMatchObject({
      cue: 'confirm',
    });
    expect(
      read('Video showed soldiers of Chile attacking a village in Peru.').clause('attack').attribution,
    ).toMatchObject({
      cue: 'show',
    });
  });

  it('gives the reason "for" doing something after a verb judging someone to whom it judges', () => {
    const sanctioned = read('The EU sanctioned Belarus for supplying Russia with fuel.');
    expect(sanctioned.members(sanctioned.clause('supply').agent)).toEqual(['Belarus']);
    const ties = read('Ghana cut ties with Togo for arming the rebels.');
    expect(ties.members(ties.clause('arm').agent)).toEqual(['Togo']);
    // No judging verb: the subject acts.
    const apology = read('Peru apologised for supplying the rebels with rifles.');
    expect(apology.members(apology.clause('supply').agent)).toEqual(['Peru']);
  });

  it('takes names after a verb of saying as the subject of what is said', () => {
    const r = read('Officials stressed Ghana and Togo will not sign the pact.');
    expect(r.members(r.clause('sign').agent)).toEqual(['Ghana', 'Togo']);
    expect(r.clause('stress').objects).toEqual([]);
  });

  it('gives a gerund after "prevent/stop X from" to X, as sought', () => {
    const r = read('Washington tried to stop India from buying the S-400.');
    expect(r.members(r.clause('buy').agent)).toEqual(['India']);
    expect(r.clause('buy').certainty).toBe('sought');
    // No preventing verb: "from" after the object keeps the subject acting.
    const plain = read('Ghana received aid from Togo for building roads.');
    expect(plain.members(plain.clause('build').agent)).toEqual(['Ghana']);
  });

  it('reads "where" as opening a clause with its own subject', () => {
    const r = read('Kenya sent troops to Somalia, where the rebels had attacked the capital.');
    expect(r.members(r.clause('attack').agent)).toEqual(['the rebels']);
  });

  it('gives the antecedent of "in which" to the preposition, and the main clause its own subject', () => {
    const r = read('The Libyan civil war, in which Egypt is deeply entrenched, dragged on.');
    const entrenched = r.clause('entrench');
    expect(entrenched.link).toBe('relative');
    expect(r.members(entrenched.subject)).toEqual(['Egypt']);
    expect(r.members(entrenched.preps.find((p) => p.prep === 'in')?.group)).toEqual(['The Libyan civil war']);
    expect(r.members(r.clause('drag').subject)).toEqual(['The Libyan civil war']);
  });

  it('keeps the head of a phrase before a measure after "worth"', () => {
    const r = read('The contract worth $2 billion was signed in May.');
    expect(r.text(r.clause('sign').theme?.members[0])).toBe('The contract worth $2 billion');
    const p = r.clause('sign').theme?.members[0];
    expect(p && r.parsed.words[p.head]?.text).toBe('contract');
  });

  it('gives support "with the support of X" after a possessed act to the act\'s doer', () => {
    const r = read("Ukraine condemned Russia's invasion with the backing of Belarus.");
    const backing = r.clause('back', 'noun');
    expect(r.members(backing.agent)).toEqual(['Belarus']);
    expect(r.members(backing.theme)).toEqual(['Russia']);
  });

  it('gives an event noun after "engage in" the verb\'s subject, negation and tense', () => {
    const r = read('Chile and Peru will not engage in arms sales.');
    expect(r.members(r.clause('sell', 'noun').agent)).toEqual(['Chile', 'Peru']);
    expect(r.clause('sell', 'noun')).toMatchObject({ certainty: 'denied', predicate: { negated: true } });
  });
});

describe('clause reader: what a verb of saying reports past phrases and adjuncts', () => {
  it.each([
    [
      'Ecuador reacted at once, saying Chilean membership in the bloc was a threat to Peru.',
      'be',
      'Ecuador',
      'reported',
    ],
    ['Vietnam said talks with Manila over the reef had collapsed.', 'collapse', 'Vietnam', 'reported'],
    ['The Ghanaian army said the battalion "never crossed" into Togo.', 'cross', 'The Ghanaian army', 'denied'],
  ])(
    'reads a subject with its own phrases, or a quote opening before its verb, as what is said: %s',
    (text, lemma, source, certainty) => {
      const r = read(text);
      expect(r.clause('say').objects).toEqual([]);
      const said = r.clause(lemma);
      expect(r.members(said.attribution?.source)).toEqual([source]);
      expect(said.certainty).toBe(certainty);
    },
  );

  it.each([
    [
      'The Chilean navy chief said in July that the purchase of two Type 23 frigates from Britain would be completed by December.',
      'complete',
      'say',
    ],
    [
      'The Kenyan army said last week that the transfer of the first two of six Turkish drones to the air force of Somalia had begun.',
      'begin',
      'say',
    ],
  ])(
    'reads "that" after a time adjunct of a verb of saying as opening what is said, however long its subject: %s',
    (text, lemma, cue) => {
      const c = read(text).clause(lemma);
      expect(c.attribution?.cue).toBe(cue);
      expect(c.certainty).not.toBe('asserted');
    },
  );

  it('closes a description with a participle of showing or accusing, not a speaker put last', () => {
    // The participle is the description's, so the phrase it is about is the name the description stands beside.
    const shown = read('The Falco, the drone shown at the fair in May, was built by Leonardo.');
    expect(shown.members(shown.clause('show').subject)).toEqual(['The Falco']);
    // "accused of abuses" describes the firm; it reports nothing of the hiring.
    const accused = read('Kenya hired Tarvok, the firm accused of abuses in Sudan, to train its police.');
    expect(accused.clause('hire').attribution).toBeNull();
    expect(accused.clause('hire').theme?.members[0]?.appositions.map((a) => accused.text(a.phrase))).toEqual([
      'the firm',
    ]);
    // A verb of saying with nothing but adjuncts after it puts its speaker last, describing no one.
    const speaker = read('Chile received frigates built in Britain, the navy said on Friday, completing the purchase.');
    expect(speaker.members(speaker.clause('receive').attribution?.source)).toEqual(['the navy']);
  });
});

describe('clause reader: lists', () => {
  it('gives a list after a colon to the plural phrase it counts', () => {
    const r = read('Four states joined the mission alongside France: Chad, Niger, Mali and Togo.');
    const subject = r.clause('join').agent?.members[0];
    expect(r.text(subject)).toBe('Four states');
    expect(r.members(subject?.list)).toEqual(['Chad', 'Niger', 'Mali', 'Togo']);
  });

  it('pairs a plural title with the names that follow it', () => {
    const r = read('Defence Ministers of Chile and Peru Ana Soto and Luis Vega met in Santiago.');
    const agent = r.clause('meet').agent;
    expect(r.members(agent)).toEqual(['Ana Soto', 'Luis Vega']);
    expect(r.members(agent?.titles?.of)).toEqual(['Chile', 'Peru']);
  });
});

describe('clause reader: where a mention sits', () => {
  it('says whether a name is subject, agent, object or after a preposition', () => {
    const parsed = parseText('Lisbon was praised by Madrid after Lisbon sent aid to Luanda.');
    const article = readClauses(parsed);
    const at = (text: string, nth = 0) => {
      const idx = parsed.words.filter((w) => w.text === text)[nth]?.index as number;
      return article.roleAt(idx, idx + 1);
    };
    expect(at('Madrid')?.role).toBe('agent');
    expect(at('Lisbon', 1)?.role).toBe('subject');
    expect(at('Luanda')).toMatchObject({ role: 'prep', prep: 'to' });
    expect(at('aid')?.role).toBe('object');
  });
});

describe('clause reader: numbers, times and quotes inside phrases', () => {
  it('keeps an approximate number after a preposition in its phrase, so an apposition runs on', () => {
    const r = read('Rebels entered Tarnow, a town of around 5,000 people in the Lublin region, at dawn.');
    const town = r.clause('enter').theme?.members[0];
    expect(r.text(town?.appositions[0]?.phrase)).toBe('a town');
    expect(town?.appositions[0]?.preps.map((p) => [p.prep, r.members(p.group)])).toEqual([
      ['in', ['the Lublin region']],
    ]);
  });

  it('reads "the past year" as one time phrase, not an object', () => {
    const r = read('Tensions have grown over the past year between Kenya and Somalia.');
    expect(r.clauses.find((c) => c.predicate.form === 'finite')?.theme).toBeNull();
    expect(r.members(r.clause('fight', 'noun').preps.find((p) => p.prep === 'between')?.group)).toEqual([
      'Kenya',
      'Somalia',
    ]);
  });

  it.each([
    ['Peru wants more jets.', 'want', 'more jets'],
    ['Kenya will send fewer troops to Haiti.', 'send', 'fewer troops'],
  ])('reads a plural after "more" or "fewer" as a noun: %s', (text, lemma, theme) => {
    const r = read(text);
    expect(r.members(r.clause(lemma).theme)).toEqual([theme]);
  });

  it.each([
    ['Ghana last year banned the Tarvok movement.', 'ban', 'Ghana'],
    ['Peru this week signed a treaty with Chile.', 'sign', 'Peru'],
    ['Ukraine Friday downgraded its ties with Iran.', 'downgrade', 'Ukraine'],
    ['Chile in 2019 bought six frigates from Britain.', 'buy', 'Chile'],
    ['It last year ordered Tarvok drones from Chile.', 'order', 'It'],
    ['Since 2021 it has bought Kestrel drones from Peru.', 'buy', 'it'],
  ])('reads a time between the subject and its verb as an adjunct: %s', (text, lemma, subject) => {
    const c = read(text).clause(lemma);
    expect(c.predicate.form).toBe('finite');
    expect(read(text).members(c.subject)).toEqual([subject]);
  });

  it('reads a verb group across quotes ("was \\"deeply concerned\\" by")', () => {
    const r = read('The senator said she was "deeply concerned" by the deal.');
    const c = r.clause('concern');
    expect(c.predicate.voice).toBe('passive');
    expect(r.members(c.theme)).toEqual(['she']);
    expect(r.members(c.agent)).toEqual(['the deal']);
  });
});
