/** Agreements: who signs, ratifies, joins or agrees to them, who brokers or welcomes them. */
import type { RelationRule } from '../engine/types.js';

const SIGNERS = ['Person', 'Country', 'Organization'] as const;
const PARTIES = ['Country', 'Organization'] as const;
const AGREEMENT = ['Agreement'] as const;

export const AGREEMENT_RULES: readonly RelationRule[] = [
  {
    id: 'sign.signer',
    description: 'the agent of "sign", "ink" signs the agreement it acts on',
    cue: 'sign',
    type: 'SIGNED',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: SIGNERS, object: AGREEMENT },
    examples: [
      { text: 'Argentina signed the Arms Trade Treaty in 2013.', facts: ['Argentina SIGNED Arms Trade Treaty'] },
      {
        text: 'The Geneva Conventions were signed by Brazilian President Lula da Silva.',
        facts: ['Lula da Silva SIGNED Geneva Conventions'],
      },
    ],
  },
  {
    id: 'sign.party',
    description: 'a state or organisation that signs, reaches or strikes an agreement is party to it',
    cue: ['sign', 'conclude'],
    type: 'PARTY_TO',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: PARTIES, object: AGREEMENT },
    examples: [
      { text: 'Argentina signed the Arms Trade Treaty in 2013.', facts: ['Argentina PARTY_TO Arms Trade Treaty'] },
      {
        text: 'Ukraine and Russia signed the Minsk agreements in 2015.',
        facts: ['Ukraine PARTY_TO Minsk agreements', 'Russia PARTY_TO Minsk agreements'],
      },
    ],
  },
  {
    id: 'sign.partner',
    description: 'the party named after "with" signs too ("X signed a deal with Y")',
    cue: 'sign',
    type: 'SIGNED',
    subject: 'prep:with',
    object: 'theme',
    kinds: { subject: SIGNERS, object: AGREEMENT },
    examples: [
      { text: 'Peru signed a security agreement with Chile.', facts: ['Chile SIGNED Chile–Peru defense agreement'] },
      {
        text: 'Vietnam signed a trade deal with Japan on Friday.',
        facts: ['Japan SIGNED Japan–Vietnam trade deal'],
      },
    ],
  },
  {
    id: 'sign.purpose-partner',
    description: 'the partner of what a signing is for signs too ("A signed a deal to normalise ties with B")',
    cue: 'any',
    parentCue: 'sign',
    type: 'SIGNED',
    subject: 'prep:with',
    object: 'parent:theme',
    kinds: { subject: SIGNERS, object: AGREEMENT },
    examples: [
      {
        text: 'Egypt signed the Camp David Accords to make peace with Israel.',
        facts: ['Israel SIGNED Camp David Accords'],
      },
      {
        text: 'Japan signed the Anti-Comintern Pact to cooperate with Germany.',
        facts: ['Germany SIGNED Anti-Comintern Pact'],
      },
    ],
  },
  {
    id: 'sign.purpose-party',
    description: 'a state that is the partner of what a signing is for is party to the agreement',
    cue: 'any',
    parentCue: ['sign', 'conclude'],
    type: 'PARTY_TO',
    subject: 'prep:with',
    object: 'parent:theme',
    kinds: { subject: PARTIES, object: AGREEMENT },
    examples: [
      {
        text: 'Egypt signed the Camp David Accords to make peace with Israel.',
        facts: ['Israel PARTY_TO Camp David Accords'],
      },
      {
        text: 'Japan signed the Anti-Comintern Pact to cooperate with Germany.',
        facts: ['Germany PARTY_TO Anti-Comintern Pact'],
      },
    ],
  },
  {
    id: 'sign.instrument',
    description: 'who formalises or seals something with an agreement signs it',
    cue: 'formalize',
    type: 'SIGNED',
    subject: 'agent',
    object: 'prep:with',
    kinds: { subject: SIGNERS, object: AGREEMENT },
    examples: [
      {
        text: 'Peru and Chile formalized their cooperation with the Lima Accord.',
        facts: ['Peru SIGNED Lima Accord', 'Chile SIGNED Lima Accord'],
      },
      {
        text: 'Kenya sealed its partnership with Ethiopia with the Nairobi Protocol.',
        facts: ['Kenya SIGNED Nairobi Protocol'],
      },
    ],
  },
  {
    id: 'sign.partner-party',
    description: 'a state or organisation named after "with" in a signing is party to the agreement',
    cue: ['sign', 'conclude'],
    type: 'PARTY_TO',
    subject: 'prep:with',
    object: 'theme',
    kinds: { subject: PARTIES, object: AGREEMENT },
    examples: [
      { text: 'Peru signed a security agreement with Chile.', facts: ['Chile PARTY_TO Chile–Peru defense agreement'] },
      {
        text: 'Vietnam signed a trade deal with Japan on Friday.',
        facts: ['Japan PARTY_TO Japan–Vietnam trade deal'],
      },
    ],
  },
  {
    id: 'sign.met-partner',
    description: 'a person who signs an agreement with another meets them',
    cue: 'sign',
    type: 'MET_WITH',
    subject: 'agent',
    object: 'prep:with',
    kinds: { subject: ['Person'], object: ['Person'] },
    examples: [
      {
        text: 'Japanese Prime Minister Fumio Kishida signed a defense pact with Philippine President Ferdinand Marcos.',
        facts: ['Fumio Kishida MET_WITH Ferdinand Marcos'],
      },
      {
        text: 'Joe Biden signed the AUKUS deal with Anthony Albanese in San Diego.',
        facts: ['Joe Biden MET_WITH Anthony Albanese'],
      },
    ],
  },
  {
    id: 'sign.cosigners-meet',
    description:
      'people who sign an agreement together somewhere meet each other ("A and her counterpart B signed the accord in Lima"); a list of signers alone may have signed apart',
    cue: 'sign',
    type: 'MET_WITH',
    pairwise: 'agent',
    unless: ['prep:with'],
    venue: true,
    kinds: ['Person'],
    examples: [
      {
        text: 'Chilean Foreign Minister Alberto van Klaveren and his Peruvian counterpart Elmer Schialer signed the treaty in Lima.',
        facts: ['Alberto van Klaveren MET_WITH Elmer Schialer'],
      },
      {
        text: 'The accord was signed at the State Department by Congolese Foreign Minister Therese Kayikwamba Wagner and Rwandan Foreign Minister Olivier Nduhungirehe.',
        facts: ['Therese Kayikwamba Wagner MET_WITH Olivier Nduhungirehe'],
      },
    ],
  },
  {
    id: 'ratify.party',
    description: 'a state that ratifies, approves or joins an agreement is party to it',
    cue: 'ratify',
    type: 'PARTY_TO',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: PARTIES, object: AGREEMENT },
    examples: [
      { text: 'Kenya ratified the Paris Agreement last year.', facts: ['Kenya PARTY_TO Paris Agreement'] },
      { text: 'The Paris Agreement was ratified by India in 2016.', facts: ['India PARTY_TO Paris Agreement'] },
    ],
  },
  {
    id: 'join.party',
    description: 'a state that joins or accedes to an agreement is party to it',
    cue: 'join',
    type: 'PARTY_TO',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: PARTIES, object: AGREEMENT },
    examples: [
      { text: 'Sudan joined the Abraham Accords in January.', facts: ['Sudan PARTY_TO Abraham Accords'] },
      {
        text: 'In 1993 the Philippines joined the Chemical Weapons Convention.',
        facts: ['Philippines PARTY_TO Chemical Weapons Convention'],
      },
    ],
  },
  {
    id: 'join.bid',
    description:
      'a state that wants, applies, requests or plans to join an alliance or organisation supports it (a bid to join)',
    cue: 'join',
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: PARTIES, object: ['Organization'] },
    when: { certainty: ['sought', 'planned'] },
    certainty: 'asserted',
    examples: [
      { text: 'Georgia wants to join the European Union.', facts: ['Georgia SUPPORTS European Union'] },
      { text: 'Bosnia applied to join NATO in 2008.', facts: ['Bosnia and Herzegovina SUPPORTS NATO'] },
      // An application or request named as the object: "submitted requests to join"; envoys act for their states.
      {
        text: "Georgia and Moldova's envoys submitted requests to join the European Union.",
        facts: ['Georgia SUPPORTS European Union', 'Moldova SUPPORTS European Union'],
      },
      {
        text: "Ukraine's ambassador filed an application to join the Council of Europe.",
        facts: ['Ukraine SUPPORTS Council of Europe'],
      },
    ],
  },
  {
    id: 'join.membership',
    description: "a state's membership, accession or application to an organisation is its bid to join it",
    cue: 'join',
    forms: ['noun'],
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'self',
    kinds: { subject: PARTIES, object: ['Organization'] },
    examples: [
      { text: 'Moldova applied for European Union membership in 2022.', facts: ['Moldova SUPPORTS European Union'] },
      { text: 'Ireland’s NATO membership is not on the agenda.', facts: ['Ireland SUPPORTS NATO'] },
      // Names coordinated before a possessive share it.
      {
        text: "Hungary delayed Georgia and Moldova's EU membership.",
        facts: ['Georgia SUPPORTS European Union', 'Moldova SUPPORTS European Union'],
      },
    ],
  },
  {
    id: 'uphold.party',
    description: 'who reactivates, renews, implements or honours an agreement is a party to it',
    cue: 'uphold',
    type: 'PARTY_TO',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: PARTIES, object: AGREEMENT },
    examples: [
      {
        text: 'Egypt and Israel agreed to renew the Camp David Accords.',
        facts: ['Egypt PARTY_TO Camp David Accords'],
      },
      {
        text: 'Russia and Ukraine extended the Black Sea Grain Initiative in 2022.',
        facts: ['Ukraine PARTY_TO Black Sea Grain Initiative'],
      },
    ],
  },
  {
    id: 'withdraw.party',
    description: 'who quits, abandons, ends or suspends an agreement was a party to it',
    cue: 'withdraw',
    // Only a party can leave (so in the two rules below too): threatening or refusing to leave says as much.
    certainty: 'asserted',
    type: 'PARTY_TO',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: PARTIES, object: AGREEMENT },
    examples: [
      { text: 'Burkina Faso quit the Algiers Accord in January.', facts: ['Burkina Faso PARTY_TO Algiers Accord'] },
      {
        text: 'Russia terminated the Black Sea Grain Initiative in July 2023.',
        facts: ['Russia PARTY_TO Black Sea Grain Initiative'],
      },
    ],
  },
  {
    id: 'withdraw.party-from',
    description: 'who withdraws from an agreement was a party to it ("the U.S. withdrawal from the deal")',
    cue: 'withdraw',
    certainty: 'asserted',
    type: 'PARTY_TO',
    subject: 'agent',
    object: 'prep:from',
    kinds: { subject: PARTIES, object: AGREEMENT },
    examples: [
      {
        text: 'The United States withdrew from the Paris Agreement in 2020.',
        facts: ['United States PARTY_TO Paris Agreement'],
      },
      { text: 'Niger announced its withdrawal from the Rome Statute.', facts: ['Niger PARTY_TO Rome Statute'] },
    ],
  },
  {
    id: 'withdraw.party-out-of',
    description: 'who pulls out of an agreement was a party to it',
    cue: 'withdraw',
    certainty: 'asserted',
    type: 'PARTY_TO',
    subject: 'agent',
    object: 'prep:out of',
    kinds: { subject: PARTIES, object: AGREEMENT },
    examples: [
      {
        text: 'Moscow pulled out of the New START treaty in February.',
        facts: ['Russia PARTY_TO New START'],
      },
      { text: 'Mali and Niger pulled out of the Algiers Accord.', facts: ['Niger PARTY_TO Algiers Accord'] },
    ],
  },
  {
    id: 'agree.party',
    description: 'parties that agree on or to an agreement are party to it ("agreed on a ceasefire")',
    cue: 'agree',
    type: 'PARTY_TO',
    subject: 'agent',
    object: 'prep:on',
    kinds: { subject: PARTIES, object: AGREEMENT },
    examples: [
      {
        text: 'Ukraine and Russia agreed on the Black Sea Grain Initiative in July.',
        facts: ['Ukraine PARTY_TO Black Sea Grain Initiative', 'Russia PARTY_TO Black Sea Grain Initiative'],
      },
      {
        text: 'Egypt and Israel agreed on the Camp David Accords in 1978.',
        facts: ['Egypt PARTY_TO Camp David Accords'],
      },
      {
        text: 'Israel and Hamas fought for months. A mediator said the Israelis and Hamas had agreed on the Doha Accord.',
        facts: ['Israel PARTY_TO Doha Accord', 'Hamas PARTY_TO Doha Accord'],
      },
    ],
  },
  {
    id: 'agree.object',
    description:
      'parties that agree or accept an agreement are party to it ("agreed a ceasefire", "accepted the deal")',
    cue: 'agree',
    voice: 'active',
    type: 'PARTY_TO',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: PARTIES, object: AGREEMENT },
    examples: [
      {
        text: 'Israel and Hamas agreed a ceasefire in Cairo.',
        facts: ['Israel PARTY_TO Hamas–Israel ceasefire', 'Hamas PARTY_TO Hamas–Israel ceasefire'],
      },
      {
        text: 'Sudan and South Sudan agreed a truce on Monday.',
        facts: ['Sudan PARTY_TO South Sudan–Sudan ceasefire', 'South Sudan PARTY_TO South Sudan–Sudan ceasefire'],
      },
      {
        text: 'Ukraine accepted the Black Sea Grain Initiative in July.',
        facts: ['Ukraine PARTY_TO Black Sea Grain Initiative'],
      },
    ],
  },
  {
    id: 'agree.party-to',
    description: 'parties that agree to an agreement are party to it ("agreed to a truce")',
    cue: 'agree',
    type: 'PARTY_TO',
    subject: 'agent',
    object: 'prep:to',
    kinds: { subject: PARTIES, object: AGREEMENT },
    examples: [
      {
        text: 'Israel and Hamas agreed to a truce on Friday.',
        facts: ['Israel PARTY_TO Hamas–Israel ceasefire', 'Hamas PARTY_TO Hamas–Israel ceasefire'],
      },
      {
        text: 'Sudan and the Sudan Liberation Movement agreed to the Juba Peace Agreement.',
        facts: ['Sudan Liberation Movement PARTY_TO Juba Peace Agreement'],
      },
    ],
  },
  {
    id: 'broker.supports',
    description: 'who brokers or mediates an agreement supports it',
    cue: 'broker',
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ['Country', 'Organization', 'Person'], object: AGREEMENT },
    examples: [
      {
        text: 'Turkey brokered the Black Sea Grain Initiative in Istanbul.',
        facts: ['Turkey SUPPORTS Black Sea Grain Initiative'],
      },
      {
        text: 'The Camp David Accords were mediated by Jimmy Carter.',
        facts: ['Jimmy Carter SUPPORTS Camp David Accords'],
      },
    ],
  },
  {
    id: 'mediation.supports',
    description:
      'whom the mediation or auspices an agreement is made under belong to backs it, and is no party ("agreed a truce under the mediation of Saudi Arabia"); so does the host of the meeting it is signed or agreed at',
    run: 'mediators',
    types: ['SUPPORTS'],
    examples: [
      {
        text: 'Ethiopia and Egypt signed the accord at a summit hosted by Kenya.',
        facts: ['Kenya SUPPORTS Egypt–Ethiopia accord'],
      },
      {
        text: 'Serbia and Kosovo agreed on a deal at a meeting hosted by EU foreign policy chief Josep Borrell.',
        facts: ['Josep Borrell SUPPORTS Kosovo–Serbia deal'],
      },
      {
        text: "Sudan's army and the Rapid Support Forces agreed a truce under the mediation of Saudi Arabia.",
        facts: ['Saudi Arabia SUPPORTS Rapid Support Forces–Sudan ceasefire'],
      },
      {
        text: 'Ethiopia and Eritrea signed a peace deal under the auspices of the African Union.',
        facts: ['African Union SUPPORTS Eritrea–Ethiopia peace deal'],
      },
    ],
  },
  {
    id: 'negotiate.broker',
    description:
      'who negotiates an agreement with no partner named (for others) supports it as a broker; "negotiate a truce with X" is a side\'s own',
    cue: 'negotiate',
    unless: ['prep:with'],
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ['Country', 'Organization', 'Person'], object: AGREEMENT },
    examples: [
      {
        text: 'Qatar negotiated the Doha Agreement between the Taliban and the United States.',
        facts: ['Qatar SUPPORTS Doha Agreement'],
      },
      {
        text: 'Norway negotiated the Oslo Accords in secret.',
        facts: ['Norway SUPPORTS Oslo Accords'],
      },
    ],
  },
  {
    id: 'welcome.supports',
    description: 'who welcomes, praises or congratulates an agreement supports it',
    cue: 'welcome',
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ['Country', 'Organization', 'Person'], object: AGREEMENT },
    examples: [
      {
        text: 'The European Union welcomed the Dayton Agreement.',
        facts: ['European Union SUPPORTS Dayton Agreement'],
      },
      { text: 'Japan praised the Paris Agreement on Monday.', facts: ['Japan SUPPORTS Paris Agreement'] },
      // The signing or ratification of an agreement stands for it; "I" in a quote is the speaker.
      { text: 'Egypt welcomed the signing of the Ankara Accord.', facts: ['Egypt SUPPORTS Ankara Accord'] },
      {
        text: 'Anna Weiss said: “I welcome the ratification of the Lima Accord.”',
        facts: ['Anna Weiss SUPPORTS Lima Accord'],
      },
      {
        text: 'The Lima Accord was welcomed by many, including Japan and the European Union.',
        facts: ['Japan SUPPORTS Lima Accord', 'European Union SUPPORTS Lima Accord'],
      },
    ],
  },
];
