/** Offices and seats stated by a verb: who heads, leads, founded or serves in a body; where a body is based. */
import type { ClauseRule, RuleExamples, RelationRule } from '../engine/types.js';

/**
 * "works for Rosneft", "who sits on the Senate Armed Services Committee", "served in the Kenya Defence Forces",
 * "works at Tel Aviv University", "belongs to the Andean Front": a person working or serving in a body is
 * its member. Each preposition is its own rule (a clause reads one slot an end); the kinds keep out places
 * ("served in Syria") and people ("serves as an adviser to Ruto").
 */
function memberRules(): ClauseRule[] {
  const examples: Record<'for' | 'at' | 'on' | 'in' | 'to', RuleExamples> = {
    for: [
      { text: 'Ivan Petrov worked for Gazprom for a decade.', facts: ['Ivan Petrov MEMBER_OF Gazprom'] },
      { text: 'Ana Ruiz, who works for the Andean Front, was arrested.', facts: ['Ana Ruiz MEMBER_OF Andean Front'] },
    ],
    at: [
      { text: 'Karim Haddad works at Cairo University.', facts: ['Karim Haddad MEMBER_OF Cairo University'] },
      {
        text: 'Lena Berg, who worked at the Atlas Group until 2020, testified.',
        facts: ['Lena Berg MEMBER_OF Atlas Group'],
      },
    ],
    on: [
      {
        text: 'Senator Tom Hale, who sits on the Senate Armed Services Committee, criticised the sale.',
        facts: ['Tom Hale MEMBER_OF Senate Armed Services Committee'],
      },
      { text: 'Maria Costa serves on the Lusitania Party board.', facts: ['Maria Costa MEMBER_OF Lusitania Party'] },
    ],
    in: [
      {
        text: 'Yusuf Ali served in the Kenya Defence Forces for 20 years.',
        facts: ['Yusuf Ali MEMBER_OF Kenya Defence Forces'],
      },
      { text: 'Ana Ruiz works in the Atlas Group.', facts: ['Ana Ruiz MEMBER_OF Atlas Group'] },
    ],
    to: [
      {
        text: 'Lena Berg belongs to the Andean Front, officials said.',
        facts: ['Lena Berg MEMBER_OF Andean Front'],
      },
      { text: 'Ivan Petrov, who belonged to the Atlas Group, fled.', facts: ['Ivan Petrov MEMBER_OF Atlas Group'] },
    ],
  };
  return Object.entries(examples).map(([prep, cases]) => ({
    id: `employ.${prep}`,
    description: `a person who works, serves or sits ${prep} a body is its member`,
    cue: 'employ',
    voice: 'active',
    type: 'MEMBER_OF',
    subject: 'agent',
    object: `prep:${prep}`,
    kinds: { subject: ['Person'], object: ['Organization'] },
    examples: cases,
  }));
}

export const OFFICE_RULES: readonly RelationRule[] = [
  {
    id: 'lead.holder',
    description:
      'a person who heads, leads or chairs a body, a state or its delegation holds a role in it ("headed by X", "X leads the party", "the Peruvian delegation was led by X")',
    cue: 'lead',
    type: 'HOLDS_ROLE',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ['Person'], object: ['Organization', 'Country'] },
    properties: { role: 'head' },
    examples: [
      {
        text: 'The Atlas Group is headed by Ivan Petrov, a businessman.',
        facts: ['Ivan Petrov HOLDS_ROLE Atlas Group'],
      },
      {
        text: 'Maria Costa has chaired the Lusitania Party since 2019.',
        facts: ['Maria Costa HOLDS_ROLE Lusitania Party'],
      },
      // A state's delegation stands for the state.
      {
        text: 'Peru and Chile held talks. The Peruvian delegation was led by Foreign Minister Javier Gonzalez.',
        facts: ['Javier Gonzalez HOLDS_ROLE Peru'],
      },
      {
        text: "Ghana hosted the talks. Togo's side was headed by Foreign Minister Robert Dussey.",
        facts: ['Robert Dussey HOLDS_ROLE Togo'],
      },
    ],
  },
  ...memberRules(),
  {
    id: 'lead.conflict',
    description: 'who leads a war, coup or offensive is involved in it ("a coup led by X", "X led the offensive")',
    cue: 'lead',
    type: 'INVOLVED_IN',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ['Person', 'Country', 'Organization'], object: ['Conflict'] },
    examples: [
      {
        text: 'The 2009 coup in Gabon was led by Colonel Marc Ravel.',
        facts: ['Marc Ravel INVOLVED_IN Gabon coup'],
      },
      {
        text: 'Kenya led the offensive against al-Shabaab in Somalia in 2011.',
        facts: ['Kenya INVOLVED_IN Somalia–al-Shabaab war'],
      },
    ],
  },
  {
    id: 'envoy.sent',
    description:
      'a person a state or body sends on a mission ("sent X to break the agreement") is its envoy, and acts with that purpose',
    run: 'envoys',
    types: ['HOLDS_ROLE'],
    examples: [
      {
        text: 'Kenya sent Amina Mohamed to Addis Ababa to mediate between Ethiopia and Eritrea.',
        facts: ['Amina Mohamed HOLDS_ROLE Kenya'],
      },
      {
        text: 'Qatar dispatched Mohammed Al-Khulaifi to Kabul to negotiate with the Taliban.',
        facts: ['Mohammed Al-Khulaifi HOLDS_ROLE Qatar'],
      },
    ],
  },
  {
    id: 'locate.based',
    description: 'a body or place based, stationed or located in a place is located there',
    cue: 'locate',
    voice: 'passive',
    type: 'LOCATED_IN',
    subject: 'theme',
    object: 'prep:in',
    kinds: { subject: ['Organization', 'Place'], object: ['Country', 'Place'] },
    examples: [
      { text: 'The Atlas Group is based in Benghazi.', facts: ['Atlas Group LOCATED_IN Benghazi'] },
      { text: 'The Atlas Group was founded in 2014 and is based in Tobruk.', facts: ['Atlas Group LOCATED_IN Tobruk'] },
    ],
  },
  {
    id: 'locate.involved',
    description: 'a body involved or engaged in a country or place (not in an event) is present there',
    cue: 'involve',
    voice: 'passive',
    type: 'LOCATED_IN',
    subject: 'theme',
    object: 'prep:in',
    kinds: { subject: ['Organization'], object: ['Country', 'Place'] },
    examples: [
      {
        text: 'The Atlas Group is also involved in Chad, Niger and Sudan.',
        facts: ['Atlas Group LOCATED_IN Chad', 'Atlas Group LOCATED_IN Niger', 'Atlas Group LOCATED_IN Sudan'],
      },
      {
        text: 'The Wagner Group, which is involved in Libya, denied the report.',
        facts: ['Wagner Group LOCATED_IN Libya'],
      },
    ],
  },
  {
    id: 'locate.in',
    description:
      'a body that operates, is headquartered or sits in a place (active reading, no object) is located there',
    cue: 'locate',
    voice: 'active',
    unless: ['theme'],
    type: 'LOCATED_IN',
    subject: 'agent',
    object: 'prep:in',
    kinds: { subject: ['Organization', 'Place'], object: ['Country', 'Place'] },
    examples: [
      { text: 'The Atlas Group has operated in Chad since 2019.', facts: ['Atlas Group LOCATED_IN Chad'] },
      {
        text: 'The Baltic Defence College, headquartered in Tartu, trains officers.',
        facts: ['Baltic Defence College LOCATED_IN Tartu'],
      },
    ],
  },
  {
    id: 'locate.controls',
    description:
      'a body that controls or holds a place is there ("the rebels who control the city"), not one that only plans to',
    cue: 'control',
    voice: 'active',
    when: { notCertainty: ['sought', 'planned'] },
    type: 'LOCATED_IN',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ['Organization'], object: ['Place'] },
    examples: [
      { text: 'The Atlas Group controls Benghazi.', facts: ['Atlas Group LOCATED_IN Benghazi'] },
      {
        text: 'Chile talked to the Andean Front rebels, who have held Benghazi since 2019.',
        facts: ['Andean Front LOCATED_IN Benghazi'],
      },
    ],
  },
  {
    id: 'locate.on-territory',
    description:
      'a body that deploys, operates or is stationed on a state\'s territory or soil is located in that state ("allowed X to deploy on its territory")',
    cue: 'locate',
    voice: 'active',
    unless: ['theme'],
    type: 'LOCATED_IN',
    subject: 'agent',
    object: 'prep:on',
    kinds: { subject: ['Organization'], object: ['Country'] },
    examples: [
      {
        text: 'Niger allowed the Atlas Group to deploy on its territory.',
        facts: ['Atlas Group LOCATED_IN Niger'],
      },
      {
        text: 'Estonia is a NATO member. The Sentinel Force has operated on Estonian soil since 2017.',
        facts: ['Sentinel Force LOCATED_IN Estonia'],
      },
    ],
  },
];
