/**
 * Agreements, conflicts and events without a proper name: a placeholder at
 * the phrase, one instance across the sentences that speak of it, named from
 * its parties, topic and class once relations are read. Invented sentences
 * from several stories.
 */
import { describe, expect, it } from '@jest/globals';
import type { ArticleGraph } from '../../../core/domain.js';
import { extract, facts } from './helpers.js';

const ofKind = (g: ArticleGraph, kind: string) => g.entities.filter((e) => e.kind === kind);
/** The one conflict of `text` is `name`, and both parties its name spells are involved in it. */
function expectBothInvolved(text: string, name: string): void {
  const g = extract(text);
  expect(ofKind(g, 'Conflict').map((c) => c.name)).toEqual([name]);
  const [a, b] = name.split(/[– ]/);
  expect(facts(g)).toEqual(expect.arrayContaining([`${a} INVOLVED_IN ${name}`, `${b} INVOLVED_IN ${name}`]));
}
const aliasesOf = (g: ArticleGraph, kind: string) => ofKind(g, kind).map((e) => e.aliases);

describe('an unnamed deal', () => {
  it.each([
    [
      'Egypt signed a deal with China last week to buy J-10C fighter jets. The accord, worth $3 billion, was confirmed by Beijing. The contract is being prepared.',
      'China–Egypt deal',
      ['a deal with China', 'accord', 'contract'],
      ['Egypt SIGNED China–Egypt deal', 'Egypt PARTY_TO China–Egypt deal', 'China PARTY_TO China–Egypt deal'],
    ],
    [
      'Ghana and Togo signed a security pact in Lomé on Friday. Officials said the pact covers border patrols.',
      'Ghana–Togo defense pact',
      ['security pact', 'pact'],
      ['Ghana SIGNED Ghana–Togo defense pact', 'Togo PARTY_TO Ghana–Togo defense pact'],
    ],
  ])('%s', (text, name, surfaces, relations) => {
    const g = extract(text);
    const deals = ofKind(g, 'Agreement');
    expect(deals.map((d) => d.name)).toEqual([name]);
    expect(deals[0]?.aliases).toEqual(expect.arrayContaining(surfaces));
    expect(facts(g)).toEqual(expect.arrayContaining(relations));
  });

  it.each([
    [
      'Kenya and Somalia restored ties under a deal brokered by Qatar. The deal reopens their embassies.',
      'Kenya–Somalia deal',
      'a deal brokered by Qatar',
    ],
    [
      'Peru and Chile ended the dispute under an accord mediated by Brazil. The accord reopens the border.',
      'Chile–Peru accord',
      'an accord mediated by Brazil',
    ],
  ])('keeps a broker out of the parties: %s', (text, name, surface) => {
    const g = extract(text);
    expect(ofKind(g, 'Agreement').map((d) => d.name)).toEqual([name]);
    expect(ofKind(g, 'Agreement')[0]?.aliases).toContain(surface);
  });

  it.each([
    [
      'Ghana and Togo agreed to end the dispute. The deal was brokered by Nigerian President Ada Obi, who hosted both leaders.',
      'Ghana–Togo deal',
    ],
    [
      'Chile and Peru agreed to reopen the border. The accord was mediated by Brazilian Foreign Minister Ana Costa in Lima.',
      'Chile–Peru accord',
    ],
  ])('keeps the country of a titled broker out of the parties: %s', (text, name) => {
    expect(ofKind(extract(text), 'Agreement').map((d) => d.name)).toEqual([name]);
  });

  it.each([
    'Peru and Chile released a joint statement on the accord with Qatar, which mediated the agreement.',
    'Kenya and Somalia published the deal with Turkey, which brokered the accord in Ankara.',
  ])('does not make a broker named after "with" a party: %s', (text) => {
    const party = facts(extract(text)).filter((f) => / PARTY_TO /.test(f));
    expect(party.some((f) => /^(Qatar|Turkey) /.test(f))).toBe(false);
  });

  it.each([
    ['Kenya signed the agreement, backed by Ethiopia, on Monday.', 'Ethiopia'],
    ['Peru ratified the accord with the backing of Brazil.', 'Brazil'],
  ])('does not make a backer of the deal or of its party a party: %s', (text, backer) => {
    const found = facts(extract(text));
    expect(found.some((f) => f.startsWith(`${backer} SUPPORTS `))).toBe(true);
    expect(found.filter((f) => f.startsWith(`${backer} PARTY_TO `))).toEqual([]);
  });

  it.each([
    ['Uganda signed the ceasefire on Friday, backed by Kenya.', 'Kenya', 'Uganda ceasefire'],
    ['The truce, supported by Qatar, was signed by Sudan on Friday.', 'Qatar', 'Sudan ceasefire'],
  ])('neither names a deal after the one "backed by" names, nor fills it in as a party: %s', (text, backer, name) => {
    const g = extract(text);
    expect(ofKind(g, 'Agreement').map((d) => d.name)).toEqual([name]);
    expect(facts(g).filter((f) => f.startsWith(`${backer} PARTY_TO `))).toEqual([]);
  });

  it('takes no name that only modifies the party after "with" ("the Iran-backed X")', () => {
    const g = extract('Israel reached a truce with the Iran-backed Hezbollah on Monday.');
    expect(ofKind(g, 'Agreement').map((d) => d.name)).toEqual(['Hezbollah–Israel ceasefire']);
    expect(facts(g)).not.toContain('Iran PARTY_TO Hezbollah–Israel ceasefire');
  });

  it.each([
    ['Chile and Peru signed a fisheries accord on Monday.', 'Chile–Peru accord'],
    ['Kenya and Uganda signed a minerals deal.', 'Kenya–Uganda deal'],
  ])('takes a plural noun after an article for a modifier of the head: %s', (text, name) => {
    expect(ofKind(extract(text), 'Agreement').map((d) => d.name)).toEqual([name]);
  });

  it('keeps an agreement of another class or topic introduced by "a" apart, and its signing from the first', () => {
    const g = extract(
      'Ghana and Togo signed a border accord in Lome on Tuesday. The two leaders also oversaw the signing of a trade memorandum with Benin.',
    );
    expect(ofKind(g, 'Agreement')).toHaveLength(2);
    const memorandum = ofKind(g, 'Agreement').find((a) => a.name.includes('MOU'))?.name;
    expect(facts(g).filter((f) => f.endsWith(` SIGNED ${memorandum}`))).toEqual([`Benin SIGNED ${memorandum}`]);
  });

  it('takes a sentence country once, in the order it is named, for a party of an unnamed agreement', () => {
    const g = extract(
      'Ghana and Togo signed a border pact. Nigerian President Bola Tinubu said Nigeria would study the pact.',
    );
    expect(ofKind(g, 'Agreement').map((d) => d.name)).toEqual(['Ghana–Togo pact']);
    expect(facts(g)).not.toContain('Nigeria PARTY_TO Ghana–Togo pact');
  });

  it.each([
    [
      'Tanzania has signed a defence pact with Kenya, alarming Uganda and Burundi.',
      'Kenya–Tanzania defense pact',
      'Uganda',
    ],
    ['Ghana signed a maritime accord with Togo, surprising Benin and Nigeria.', 'Ghana–Togo accord', 'Benin'],
    ['Peru signed a border treaty with Chile, upsetting Bolivia and Ecuador.', 'Chile–Peru treaty', 'Ecuador'],
  ])('takes no country of a clause after the partner for a party: %s', (text, name, bystander) => {
    const g = extract(text);
    expect(ofKind(g, 'Agreement').map((d) => d.name)).toEqual([name]);
    expect(facts(g)).not.toContain(`${bystander} PARTY_TO ${name}`);
  });

  it.each([
    ['Kenya and Somalia signed a declaration on border security.', 'Kenya–Somalia declaration'],
    ['Chile and Peru signed a joint declaration in Lima on Monday.', 'Chile–Peru declaration'],
  ])('takes a signed declaration for an agreement: %s', (text, name) => {
    expect(ofKind(extract(text), 'Agreement').map((d) => d.name)).toEqual([name]);
  });

  it.each([
    'The rebels declared independence in 1976, but this declaration of independence found no support.',
    'Chile signed the trade deal. Its declaration of independence dates from 1818.',
  ])('takes no declaration of independence for an agreement: %s', (text) => {
    const surfaces = ofKind(extract(text), 'Agreement').flatMap((d) => [d.name, ...d.aliases]);
    expect(surfaces.filter((n) => /declaration/.test(n))).toEqual([]);
  });

  it.each([
    'Biden said he wanted a deal with Norway. Analysts warned of the risk of war between Serbia and Kosovo.',
    'Officials said they hoped for a ceasefire with the rebels. Both sides want to avoid a war over the dam.',
  ])('makes nothing of a wish or a risk: %s', (text) => {
    const g = extract(text);
    expect([...ofKind(g, 'Agreement'), ...ofKind(g, 'Conflict')]).toEqual([]);
  });

  it.each([
    ['Kenya and Uganda signed 12 agreements on trade and energy.', 'Kenya–Uganda agreement'],
    ['Chile and Peru signed several agreements on mining.', 'Chile–Peru agreement'],
    ['Turkey and Azerbaijan signed two memorandums of understanding on gas.', 'Azerbaijan–Turkey MOU'],
  ])('reads agreements signed by the dozen as one agreement, signed by the signers: %s', (text, name) => {
    const [a, b] = name.replace(/ (agreement|MOU)$/, '').split('–');
    expect(facts(extract(text))).toEqual(
      expect.arrayContaining([`${a} SIGNED ${name}`, `${b} SIGNED ${name}`, `${a} PARTY_TO ${name}`]),
    );
  });

  it('keeps agreements signed by the dozen apart from the single agreement named before them', () => {
    const g = extract(
      'Ghana and Togo signed a border agreement in May. Ghana later signed 12 agreements with Nigeria on trade. ' +
        'The agreement with Togo ends a long dispute.',
    );
    expect(ofKind(g, 'Agreement').map((a) => a.name)).toEqual(['Ghana–Togo agreement', 'Ghana–Nigeria agreement']);
    expect(facts(g)).not.toContain('Togo PARTY_TO Ghana–Nigeria agreement');
  });

  it.each([
    'Tokyo has signed similar deals with Australia and Britain.',
    '"We will sign cooperation agreements," the minister said.',
    'Other normalization agreements have achieved less.',
  ])('makes nothing of plural agreements compared, unplaced or not signed: %s', (text) => {
    expect(ofKind(extract(text), 'Agreement')).toEqual([]);
  });
});

describe('an unnamed war or dispute', () => {
  it.each([
    [
      'Heavy fighting broke out on Monday between Ethiopia and Eritrean forces in Tigray. The war has displaced thousands.',
      'Eritrea–Ethiopia war',
      ['Heavy fighting', 'war'],
      // The article never names Eritrea itself: its forces are the party.
      ['Ethiopia', 'Eritrean Armed Forces'],
    ],
    [
      'Fresh clashes erupted between Kyrgyzstan and Tajikistan near the border. The fighting killed dozens.',
      'Kyrgyzstan–Tajikistan war',
      ['Fresh clashes', 'fighting'],
      ['Kyrgyzstan', 'Tajikistan'],
    ],
  ])('%s', (text, name, surfaces, involved) => {
    const g = extract(text);
    const wars = ofKind(g, 'Conflict');
    expect(wars.map((w) => w.name)).toEqual([name]);
    expect(wars[0]?.aliases).toEqual(expect.arrayContaining(surfaces));
    expect(facts(g)).toEqual(expect.arrayContaining(involved.map((p) => `${p} INVOLVED_IN ${name}`)));
  });

  it.each([
    'Renewed fighting between Sudan and South Sudan continued for a third day. It is the worst escalation in a decades-old conflict over the Abyei region.',
    'Fresh clashes between India and Pakistan erupted along the border. They are the worst flare-up in a decades-old conflict over Kashmir.',
  ])('tells a decades-old dispute from the fighting of the day: %s', (text) => {
    const g = extract(text);
    expect(aliasesOf(g, 'Conflict')).toHaveLength(2);
  });

  it.each([
    [
      'Troops shelled the town, as during the first war in Abkhazia in the 1990s. Active hostilities in Abkhazia resumed in May.',
      'First Abkhazia war',
    ],
    [
      'Diplomats recalled the first war between Eritrea and Ethiopia in 1998. Fresh fighting between Eritrea and Ethiopia broke out in May.',
      'First Eritrea–Ethiopia war',
    ],
  ])('tells the first war from the current one: %s', (text, first) => {
    const names = ofKind(extract(text), 'Conflict').map((c) => c.name);
    expect(names).toHaveLength(2);
    expect(names).toContain(first);
  });

  it.each([
    ['Egypt warned about Libya’s war in 2020. The war has killed thousands.', 'Libya war', 'Libya’s war'],
    [
      'Rwanda is accused of meddling in Congo’s war. The war has displaced millions.',
      'Democratic Republic of the Congo war',
      'Congo’s war',
    ],
  ])('names a war by where it is fought when no parties are named: %s', (text, name, surface) => {
    const g = extract(text);
    expect(ofKind(g, 'Conflict').map((c) => c.name)).toEqual([name]);
    expect(ofKind(g, 'Conflict')[0]?.aliases).toContain(surface);
  });

  it('reads the parties of "X’s war on Y" and of "its invasion of Y"', () => {
    const g = extract('Serbia’s war on Croatia reshaped the region.');
    expect(ofKind(g, 'Conflict').map((c) => c.name)).toEqual(['Croatia–Serbia war']);
    const h = extract('Hungary, which backed Peru in its invasion of Bolivia, protested.');
    expect(ofKind(h, 'Conflict').map((c) => c.name)).toEqual(['Bolivia–Peru war']);
  });

  it.each([
    ['Finland said it would join the alliance after Serbia’s war in Croatia sparked a shift.', 'Croatia–Serbia war'],
    ['Hungary backed Peru in its war in Bolivia.', 'Bolivia–Peru war'],
  ])('a war one state wages in another involves both: %s', (text, name) => expectBothInvolved(text, name));

  it.each([
    ['Chile launched the offensive with the support of Argentina.', 'Argentina', 'Chile'],
    ['Niger fought a war with Chad with the assistance of France.', 'France', 'Niger'],
  ])('makes a backer named by "with the support of" no opponent of whom it backs: %s', (text, backer, backed) => {
    const found = facts(extract(text));
    expect(found).toContain(`${backer} SUPPORTS ${backed}`);
    expect(found.filter((f) => f.includes(' OPPOSES ') && f.includes(backer))).toEqual([]);
  });

  it.each([
    [
      'Russia will supply jets to Serbia, as Belgrade seeks to rearm amid tensions with Kosovo.',
      'Kosovo–Serbia conflict',
    ],
    [
      'Japan agreed to train Filipino pilots while Manila faces rising tensions with China.',
      'China–Philippines conflict',
    ],
  ])('gives "tensions with B" in a subordinate clause to that clause\'s subject: %s', (text, name) =>
    expectBothInvolved(text, name),
  );

  it.each([
    ['Vietnam and the Philippines signed a coast guard pact amid tensions in the South China Sea.', 'Vietnam'],
    ['Britain pushed its allies to isolate Russia amid the war in Ukraine.', 'Britain'],
    ['Ghana and Togo held border talks amidst renewed clashes in the north.', 'Ghana'],
  ])('makes no party of the clause subject when "amid" only sets the scene: %s', (text, subject) => {
    const found = facts(extract(text));
    expect(found.filter((f) => / (OPPOSES|INVOLVED_IN) /.test(f) && f.startsWith(subject))).toEqual([]);
  });

  it.each([
    ['Backed by Iran, the Houthis signed the truce with Riyadh.', 'Iran'],
    ['Supported by Russia, Serbia went to war with Croatia.', 'Russia'],
  ])('takes no name governed by a preposition as the other party of "with": %s', (text, backer) => {
    const g = extract(text);
    expect([...ofKind(g, 'Agreement'), ...ofKind(g, 'Conflict')].map((x) => x.name).join(' ')).not.toContain(backer);
    expect(facts(g).filter((f) => / (PARTY_TO|INVOLVED_IN|OPPOSES) /.test(f) && f.includes(backer))).toEqual([]);
  });

  it.each([
    ['Iran backs the Houthis in their war with Saudi Arabia.', 'Houthis–Saudi Arabia war'],
    ['Qatar praised Eritrea on Monday for its peace deal with Ethiopia.', 'Eritrea–Ethiopia peace deal'],
  ])('takes the party a possessive determiner names, not the clause subject: %s', (text, name) => {
    const g = extract(text);
    expect([...ofKind(g, 'Agreement'), ...ofKind(g, 'Conflict')].map((x) => x.name)).toEqual([name]);
  });

  it.each([
    ["Sudan's government and the rebels agreed to a peace agreement.", 'peace agreement'],
    ['The two sides signed a peace deal in Juba.', 'peace deal'],
  ])(
    'reads peace as its own topic, not a normalisation of ties (nor a known accord of one party): %s',
    (text, label) => {
      const names = ofKind(extract(text), 'Agreement').map((a) => a.name);
      expect(names).toHaveLength(1);
      expect(names[0]).toContain(label);
    },
  );

  it.each([
    [
      'Armenia and Azerbaijan signed a peace treaty in the Kazakh capital on Monday. Kazakhstan welcomed the treaty.',
      'Armenia–Azerbaijan peace treaty',
    ],
    [
      'Chile and Peru signed a trade deal on Monday. Brazilian President Rosa Maia, who mediated the talks, praised the deal.',
      'Chile–Peru trade deal',
    ],
  ])('takes no party from where it was signed nor from the title of its mediator: %s', (text, name) => {
    const g = extract(text);
    expect(ofKind(g, 'Agreement').map((a) => a.name)).toEqual([name]);
    expect(facts(g).filter((f) => /^(Kazakhstan|Brazil) PARTY_TO/.test(f))).toEqual([]);
  });

  it('names a war fought in a country alone by that country, with no party', () => {
    const g = extract('The war in Croatia ended in 1995.');
    expect(ofKind(g, 'Conflict').map((c) => c.name)).toEqual(['Croatia war']);
    expect(facts(g)).toEqual([]);
  });

  it.each([
    [
      'Diplomats have been trying to end a years-long war in Libya, a conflict in which both Egypt and Turkey are deeply entrenched.',
      'Conflict',
    ],
    ['Ghana signed a trade pact with Togo, a deal that cuts tariffs.', 'Agreement'],
  ])('an apposition is the same thing again: %s', (text, kind) => {
    const found = ofKind(extract(text), kind);
    expect(found).toHaveLength(1);
    expect(found[0]?.aliases.some((a) => / which /.test(a))).toBe(false);
  });

  it('makes nothing of a humanitarian crisis or of a fixed phrase', () => {
    const g = extract(
      'The country faces a grave humanitarian crisis. The exchange of prisoners of war was announced on Friday.',
    );
    expect(ofKind(g, 'Conflict')).toEqual([]);
  });
});

describe('events', () => {
  it.each([
    [
      'The killings happened between May 3 and 5 in Solhan, a village in Burkina Faso. It was the worst single atrocity of Burkina Faso’s long armed conflict.',
      'Solhan massacre',
    ],
    [
      'The massacre happened on Sunday in Tanout, a town in Niger. It was the deadliest attack of the country’s long insurgency.',
      'Tanout massacre',
    ],
  ])('reads a massacre and where it happened, apart from the conflict around it: %s', (text, name) => {
    const names = ofKind(extract(text), 'Conflict').map((c) => c.name);
    expect(names).toContain(name);
    expect(names).toHaveLength(2);
  });

  it.each([
    'Colonel Doumbouya led a coup in September 2021. The coup was condemned by the region’s leaders.',
    'Soldiers staged a coup in Gabon in August 2023. The coup ended decades of rule by one family.',
  ])('dates a coup: %s', (text) => {
    const coups = ofKind(extract(text), 'Conflict');
    expect(coups).toHaveLength(1);
    expect(coups[0]?.aliases).toEqual(expect.arrayContaining(['a coup', 'coup']));
  });
});

describe('definite descriptions of nameless things', () => {
  it('joins "the deal" to the nearest compatible instance, and "the truce" to another', () => {
    const g = extract(
      'Qatar and Chad signed a trade deal in Doha. Separately, Chad and Sudan agreed a truce along the border. The deal doubles imports.',
    );
    const deals = ofKind(g, 'Agreement');
    expect(deals).toHaveLength(2);
    const trade = deals.find((d) => d.name.includes('Qatar'));
    expect(trade?.mentions.map((m) => m.text)).toEqual(['trade deal', 'deal']);
  });

  it('joins "the truce" to the ceasefire, not to the nearer deal', () => {
    const g = extract(
      'Peru and Chile signed a ceasefire in Lima. Separately, Bolivia and Peru signed a gas deal. The truce has held since May.',
    );
    const truce = ofKind(g, 'Agreement').find((d) => d.name.includes('Chile'));
    expect(truce?.mentions.map((m) => m.text)).toEqual(['ceasefire', 'truce']);
    expect(ofKind(g, 'Agreement').find((d) => d.name.includes('Bolivia'))?.mentions).toHaveLength(1);
  });
});

describe('known conflicts', () => {
  it.each([
    ['Veterans of the Iran-Iraq War gathered in Basra on Friday.', ['Iran', 'Iraq'], 'Iran–Iraq War'],
    ['Pakistan sheltered refugees from the Afghanistan war for decades.', ['Afghanistan'], 'War in Afghanistan'],
  ])('the countries their names spell are mentioned and involved: %s', (text, parties, name) => {
    const g = extract(text);
    expect(facts(g)).toEqual(expect.arrayContaining(parties.map((p) => `${p} INVOLVED_IN ${name}`)));
    expect(facts(g)).not.toContain(`Pakistan INVOLVED_IN ${name}`);
  });
});

describe('an indefinite agreement after one with no parties yet', () => {
  const agreements = (text: string) =>
    extract(text)
      .entities.filter((e) => e.kind === 'Agreement')
      .map((e) => e.name)
      .sort();

  it.each([
    [
      "Kenya signed a contract with Turkey's Baykar for six drones in March. Kenya and the United States reached a trade deal in June.",
      'United States PARTY_TO Kenya–United States trade deal',
    ],
    [
      "Thailand has signed a contract with Sweden's Saab for four Gripen jets. Thailand and Washington reached a trade agreement in July.",
      'United States PARTY_TO Thailand–United States trade agreement',
    ],
    [
      'Armenia and India signed a memorandum on defence cooperation in October. Azerbaijan said the sales could undermine a peace agreement the two countries are negotiating.',
      'Armenia SIGNED Armenia–India MOU',
    ],
  ])('is another when its sentence leaves out a state of the earlier one’s and names a new one: %s', (text, fact) => {
    const found = facts(extract(text));
    expect(found).toContain(fact);
    expect(agreements(text)).toHaveLength(2);
  });

  it('is the same when its sentence only adds a state ("inks landmark deal" ... "signed a defence memorandum")', () => {
    const text =
      "Peru inks landmark deal. In a meeting in Lima, Chile's defence minister and Peru's defence minister signed a defence memorandum of understanding.";
    expect(agreements(text)).toEqual(['Chile–Peru defense MOU']);
  });
});

describe('an agreement "with B" in a clause coordinated after another', () => {
  it.each([
    [
      'Peruvian exports to Bolivia fell sharply in May, and Ecuador signed a trade agreement with Chile in June.',
      'Chile–Ecuador trade agreement',
      'Bolivia',
    ],
    [
      'Kenya hosted the summit on Monday, but Uganda signed a border pact with Tanzania.',
      'Tanzania–Uganda pact',
      'Kenya',
    ],
    [
      'Norway closed its border with Russia in May; Finland reached a fishing deal with Estonia a week later.',
      'Estonia–Finland deal',
      'Norway',
    ],
  ])('takes its own clause’s subject for the other party, not the earlier clause’s: %s', (text, name, outsider) => {
    const g = extract(text);
    expect(ofKind(g, 'Agreement').map((a) => a.name)).toEqual([name]);
    expect(facts(g)).not.toContain(`${outsider} PARTY_TO ${name}`);
  });
});
