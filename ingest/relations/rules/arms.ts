/** Weapons and systems: who acquires, seeks, supplies or makes them. */
import type { RelationRule } from '../engine/types.js';

const ACTORS = ['Country', 'Organization'] as const;
const SYSTEM = ['System'] as const;
const WISHES = ['sought', 'planned'] as const;

export const ARMS_RULES: readonly RelationRule[] = [
  {
    id: 'acquire.buyer',
    description: 'a state or organisation that buys, receives, deploys or uses a system acquires it',
    cue: 'acquire',
    type: 'ACQUIRED',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: SYSTEM },
    when: { notCertainty: WISHES },
    examples: [
      { text: 'India bought the S-400 from Russia in 2018.', facts: ['India ACQUIRED S-400'] },
      { text: 'Qatar deploys Patriot missiles near its capital.', facts: ['Qatar ACQUIRED Patriot'] },
      { text: 'Brazil began receiving deliveries of the Leopard 2 in 2022.', facts: ['Brazil ACQUIRED Leopard 2'] },
    ],
  },
  {
    id: 'acquire.wanted',
    description: 'a purchase that is wanted or planned ("wants to buy", "plans to acquire") is sought',
    cue: 'acquire',
    type: 'SEEKS',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: SYSTEM },
    when: { certainty: WISHES },
    certainty: 'asserted',
    examples: [
      { text: 'Saudi Arabia wants to buy the F-35.', facts: ['Saudi Arabia SEEKS F-35'] },
      { text: 'Egypt plans to acquire the Su-35 fighter.', facts: ['Egypt SEEKS Su-35'] },
    ],
  },
  {
    id: 'seek.wanted-programme',
    description: 'wanting to join or return to the programme of a system is seeking it',
    cue: 'any',
    type: 'SEEKS',
    subject: 'agent',
    object: 'prep:to',
    kinds: { subject: ACTORS, object: SYSTEM },
    when: { certainty: ['sought'] },
    certainty: 'asserted',
    examples: [
      {
        text: 'Colombia wants to return to the F-16 programme after the election.',
        facts: ['Colombia SEEKS F-16'],
      },
      { text: 'India hopes to return to the Su-57 program.', facts: ['India SEEKS Su-57'] },
    ],
  },
  {
    id: 'acquire.seller-makes',
    description:
      'a state or company a system is bought from makes it ("bought the S-400 from Russia"), unless the gazetteer knows another maker',
    cue: 'acquire',
    unlessOtherMaker: true,
    type: 'DEVELOPED_BY',
    subject: 'theme',
    object: 'prep:from',
    kinds: { subject: SYSTEM, object: ACTORS },
    examples: [
      { text: 'Greece’s military bought the Rafale from France.', facts: ['Rafale DEVELOPED_BY France'] },
      {
        text: 'India purchased Heron drones from Israel Aerospace Industries.',
        facts: ['Heron DEVELOPED_BY Israel Aerospace Industries'],
      },
    ],
  },
  {
    id: 'acquire.seller-supports',
    description: 'who sells or delivers arms to a buyer supports it ("India bought the S-400 from Russia")',
    cue: 'acquire',
    when: { notCertainty: WISHES },
    type: 'SUPPORTS',
    subject: 'prep:from',
    object: 'agent',
    kinds: { subject: ['Country', 'Organization'], object: ['Country', 'Organization'] },
    examples: [
      { text: 'India bought the S-400 from Russia in 2018.', facts: ['Russia SUPPORTS India'] },
      { text: 'Egypt acquired Rafale jets from France.', facts: ['France SUPPORTS Egypt'] },
    ],
  },
  {
    id: 'sign.seller-supports',
    description:
      'the partner of a deal signed to buy arms sells them: it supports the buyer ("signed a deal with Russia to buy")',
    cue: 'acquire',
    parentCue: ['sign', 'conclude'],
    when: { notCertainty: WISHES },
    type: 'SUPPORTS',
    subject: 'parent:prep:with',
    object: 'agent',
    kinds: { subject: ['Country', 'Organization'], object: ['Country', 'Organization'] },
    examples: [
      { text: 'Algeria signed a contract with Russia to buy Su-57 jets.', facts: ['Russia SUPPORTS Algeria'] },
      { text: 'Greece has signed a deal with France to acquire Rafale jets.', facts: ['France SUPPORTS Greece'] },
    ],
  },
  {
    id: 'seek.seeker',
    description: 'a state that seeks, requests, eyes or orders (not yet has) a system seeks it',
    cue: 'seek',
    type: 'SEEKS',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: SYSTEM },
    examples: [
      { text: 'Poland requested Patriot missiles in 2017.', facts: ['Poland SEEKS Patriot'] },
      { text: 'Vietnam is eyeing the Rafale, officials said.', facts: ['Vietnam SEEKS Rafale'] },
      { text: 'Chile has ordered 12 of the Gripen fighters from Sweden.', facts: ['Chile SEEKS Gripen'] },
    ],
  },
  {
    id: 'seek.from-maker',
    description:
      'a state or company a system is ordered or requested from makes it ("ordered Rafale jets from Dassault"), unless the gazetteer knows another maker',
    cue: 'seek',
    unlessOtherMaker: true,
    type: 'DEVELOPED_BY',
    subject: 'theme',
    object: 'prep:from',
    kinds: { subject: SYSTEM, object: ACTORS },
    examples: [
      {
        text: 'Indonesia ordered 42 Rafale jets from Dassault Aviation in 2022.',
        facts: ['Rafale DEVELOPED_BY Dassault Aviation'],
      },
      { text: 'Chile has requested the Gripen from Sweden.', facts: ['Gripen DEVELOPED_BY Sweden'] },
    ],
  },
  {
    id: 'supply.supports',
    description:
      'a state or organisation supplying, selling or sending something to another supports it; not one sending an envoy or trading goods (oil, copper, "exports")',
    cue: 'supply',
    unlessTheme: ['emissary', 'person', 'commodity'],
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'recipient',
    kinds: { subject: ['Country', 'Organization'], object: ['Country', 'Organization'] },
    examples: [
      { text: 'Russia delivered the S-400 to India in 2021.', facts: ['Russia SUPPORTS India'] },
      { text: 'Turkey has supplied Poland with Bayraktar TB2 drones.', facts: ['Turkey SUPPORTS Poland'] },
    ],
  },
  {
    id: 'supply.to-owner',
    description:
      'who supplied a system its owner uses or acquires supports the owner ("Taiwan deployed Harpoon missiles, supplied by the United States")',
    cue: 'supply',
    parentCue: 'acquire',
    voice: 'passive',
    unless: ['recipient'],
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'parent:agent',
    kinds: { subject: ['Country', 'Organization'], object: ['Country', 'Organization'] },
    examples: [
      {
        text: 'Taiwan has deployed Harpoon missiles, supplied by the United States since 2020.',
        facts: ['United States SUPPORTS Taiwan'],
      },
      { text: 'Morocco operates Bayraktar TB2 drones, sold by Turkey in 2021.', facts: ['Turkey SUPPORTS Morocco'] },
    ],
  },
  {
    id: 'supply.owner',
    description: 'who supplies (a share of) someone\'s arms supports them ("supplies 60 percent of Y\'s armaments")',
    cue: 'supply',
    unless: ['recipient'],
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'owner:theme',
    kinds: { subject: ['Country', 'Organization'], object: ['Country', 'Organization'] },
    examples: [
      { text: "China supplies 70 percent of Pakistan's weapons.", facts: ['China SUPPORTS Pakistan'] },
      { text: "Russia supplied most of India's fighter jets.", facts: ['Russia SUPPORTS India'] },
    ],
  },
  {
    id: 'supply.mutual',
    description:
      'sales or supplies between parties, or an arms trade parties engage in together: each supplies the other',
    cue: 'supply',
    forms: ['noun'],
    type: 'SUPPORTS',
    pairwise: 'agent',
    unless: ['recipient', 'prep:between'],
    mutual: true,
    kinds: ['Country', 'Organization'],
    examples: [
      {
        text: 'Chile and Peru will not engage in arms sales, officials said.',
        facts: ['Chile SUPPORTS Peru', 'Peru SUPPORTS Chile'],
      },
      {
        text: 'Kenya and Uganda engaged in weapons sales in the 1990s.',
        facts: ['Kenya SUPPORTS Uganda', 'Uganda SUPPORTS Kenya'],
      },
    ],
  },
  {
    id: 'supply.between',
    description: 'sales or supplies between parties: each supplies the other',
    cue: 'supply',
    forms: ['noun'],
    type: 'SUPPORTS',
    pairwise: 'prep:between',
    mutual: true,
    kinds: ['Country', 'Organization'],
    examples: [
      { text: 'Arms sales between Chile and Peru resumed.', facts: ['Chile SUPPORTS Peru', 'Peru SUPPORTS Chile'] },
      {
        text: 'The treaty ended weapons sales between Ghana and Togo.',
        facts: ['Ghana SUPPORTS Togo', 'Togo SUPPORTS Ghana'],
      },
    ],
  },
  {
    id: 'supply.recipient-acquires',
    description: 'the recipient of a supplied system acquires it',
    cue: 'supply',
    type: 'ACQUIRED',
    subject: 'recipient',
    object: 'goods',
    kinds: { subject: ACTORS, object: SYSTEM },
    when: { notCertainty: ['sought'] },
    examples: [
      { text: 'Russia delivered the S-400 to India in 2021.', facts: ['India ACQUIRED S-400'] },
      { text: 'The United States supplied Ukraine with HIMARS.', facts: ['Ukraine ACQUIRED HIMARS'] },
    ],
  },
  {
    id: 'supply.recipient-seeks',
    description:
      'the recipient of a supply only asked or hoped for seeks the system ("Taiwan requested the sale of Harpoon systems")',
    cue: 'supply',
    type: 'SEEKS',
    subject: 'recipient',
    object: 'goods',
    kinds: { subject: ACTORS, object: SYSTEM },
    when: { certainty: ['sought'] },
    certainty: 'asserted',
    examples: [
      { text: 'Taiwan has requested the sale of Harpoon coastal defence systems.', facts: ['Taiwan SEEKS Harpoon'] },
      { text: 'Poland requested the sale of AIM-120 missiles in 2023.', facts: ['Poland SEEKS AIM-120'] },
    ],
  },
  {
    id: 'supply.maker',
    description:
      'a state that supplies, sells or offers a system makes it, unless the gazetteer knows another maker or it is a gift ("India donated a Dornier aircraft")',
    cue: 'supply',
    exceptCue: 'donate',
    unlessOtherMaker: true,
    type: 'DEVELOPED_BY',
    subject: 'goods',
    object: 'agent',
    kinds: { subject: SYSTEM, object: ['Country'] },
    examples: [
      { text: 'Russia delivered the S-400 to India in 2021.', facts: ['S-400 DEVELOPED_BY Russia'] },
      { text: 'France sold Rafale jets to Egypt.', facts: ['Rafale DEVELOPED_BY France'] },
    ],
  },
  {
    id: 'present.maker',
    description: 'a state or company that demonstrates, showcases or unveils a system makes it',
    cue: 'present',
    type: 'DEVELOPED_BY',
    subject: 'theme',
    object: 'agent',
    kinds: { subject: SYSTEM, object: ACTORS },
    examples: [
      { text: 'Turkey unveiled the Kizilelma drone in Istanbul.', facts: ['Kizilelma DEVELOPED_BY Turkey'] },
      {
        text: 'South Korea demonstrated the K2 Black Panther tank to Poland in 2022.',
        facts: ['K2 Black Panther DEVELOPED_BY South Korea'],
      },
    ],
  },
  {
    id: 'present.prospect',
    description: 'whom a system is demonstrated or showcased to is looking to acquire it',
    cue: 'present',
    type: 'SEEKS',
    subject: 'prep:to',
    object: 'theme',
    kinds: { subject: ACTORS, object: SYSTEM },
    certainty: 'asserted',
    examples: [
      {
        text: 'South Korea demonstrated the K2 Black Panther tank to Poland in 2022.',
        facts: ['Poland SEEKS K2 Black Panther'],
      },
      { text: 'Israel showcased the Iron Beam laser to India last year.', facts: ['India SEEKS Iron Beam'] },
    ],
  },
  {
    id: 'develop.maker',
    description: 'the agent of "develop", "make", "manufacture" makes the system',
    cue: 'develop',
    type: 'DEVELOPED_BY',
    subject: 'theme',
    object: 'agent',
    kinds: { subject: SYSTEM, object: ACTORS },
    examples: [
      { text: 'The Bayraktar TB2 drone is made by Baykar.', facts: ['Bayraktar TB2 DEVELOPED_BY Baykar'] },
      { text: 'China developed the HQ-9 in the 1990s.', facts: ['HQ-9 DEVELOPED_BY China'] },
    ],
  },
  {
    id: 'develop.partner',
    description:
      'whom a system is made with makes it too ("developed by MBDA with Saab", "built together with Chengdu"; not "with US funding")',
    cue: 'develop',
    type: 'DEVELOPED_BY',
    subject: 'theme',
    object: 'prep:with',
    kinds: { subject: SYSTEM, object: ['Organization', 'Country'] },
    examples: [
      { text: 'The Meteor missile was developed by MBDA with Saab.', facts: ['Meteor DEVELOPED_BY Saab'] },
      { text: 'Rafael developed the Iron Dome with Raytheon.', facts: ['Iron Dome DEVELOPED_BY Raytheon'] },
    ],
  },
  {
    id: 'develop.partner-together',
    description: 'whom a system is made together with makes it too ("built by Hanwha together with LIG Nex1")',
    cue: 'develop',
    type: 'DEVELOPED_BY',
    subject: 'theme',
    object: 'prep:together with',
    kinds: { subject: SYSTEM, object: ['Organization', 'Country'] },
    examples: [
      {
        text: 'The K9 howitzer was developed by Hanwha Aerospace together with Thales.',
        facts: ['K9 Thunder DEVELOPED_BY Thales'],
      },
      {
        text: 'The JF-17 is built by Pakistan together with China.',
        facts: ['JF-17 Thunder DEVELOPED_BY China'],
      },
    ],
  },
  {
    id: 'develop.programme-partner',
    description:
      'a partner, participant or manufacturer in a system\'s programme, or who takes part in developing it, makes it ("the F-16 programme, of which X is a partner")',
    run: 'programme-partners',
    types: ['DEVELOPED_BY'],
    examples: [
      {
        text: 'Spain was listed together with Germany and Italy as participant in the Eurofighter Typhoon program.',
        facts: [
          'Eurofighter Typhoon DEVELOPED_BY Spain',
          'Eurofighter Typhoon DEVELOPED_BY Germany',
          'Eurofighter Typhoon DEVELOPED_BY Italy',
        ],
      },
      {
        text: 'Italy stays in the Eurofighter Typhoon program, of which it is a partner.',
        facts: ['Eurofighter Typhoon DEVELOPED_BY Italy'],
      },
      {
        text: 'Three countries have taken part in developing the Tempest fighter alongside Britain: Japan, Italy and Sweden.',
        facts: ['Tempest DEVELOPED_BY United Kingdom', 'Tempest DEVELOPED_BY Japan', 'Tempest DEVELOPED_BY Italy'],
      },
    ],
  },
  {
    id: 'develop.made-in',
    description: 'a system made or produced in a country is developed by it ("drones manufactured in Iran")',
    cue: 'develop',
    type: 'DEVELOPED_BY',
    subject: 'theme',
    object: 'prep:in',
    kinds: { subject: SYSTEM, object: ['Country'] },
    examples: [
      { text: 'The rebels fired Kornet missiles produced in Russia.', facts: ['Kornet DEVELOPED_BY Russia'] },
      {
        text: 'The K9 Thunder howitzer is manufactured in South Korea.',
        facts: ['K9 Thunder DEVELOPED_BY South Korea'],
      },
    ],
  },
];

/** Systems arriving, and systems used against someone. */
export const ARMS_MOVEMENT_RULES: readonly RelationRule[] = [
  {
    id: 'travel.system-arrives',
    description: 'a system that arrives in or makes its way to a state is acquired by it',
    cue: 'travel',
    type: 'ACQUIRED',
    subject: 'prep:to',
    object: 'agent',
    kinds: { subject: ACTORS, object: SYSTEM },
    examples: [
      { text: 'The Pegasus spyware has made its way to Mexico, researchers said.', facts: ['Mexico ACQUIRED Pegasus'] },
      { text: 'The first HIMARS came to Estonia in 2023.', facts: ['Estonia ACQUIRED HIMARS'] },
    ],
  },
  {
    id: 'fight.weapon',
    description: 'who attacks or strikes with a system has it ("struck Armenian positions with Bayraktar TB2 drones")',
    cue: 'fight',
    when: { notCertainty: WISHES },
    type: 'ACQUIRED',
    subject: 'agent',
    object: 'prep:with',
    kinds: { subject: ACTORS, object: SYSTEM },
    examples: [
      {
        text: 'Azerbaijan struck Armenian positions with Bayraktar TB2 drones.',
        facts: ['Azerbaijan ACQUIRED Bayraktar TB2'],
      },
      { text: 'The Houthis attacked Saudi oil facilities with Samad-3 drones.', facts: ['Houthis ACQUIRED Samad-3'] },
    ],
  },
  {
    id: 'fire.weapon',
    description: 'who fires or launches a munition has it ("fired BM-21 rockets"; not "Lockheed launched the F-35")',
    cue: 'fire',
    themeClass: 'munition',
    when: { notCertainty: WISHES },
    type: 'ACQUIRED',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: SYSTEM },
    examples: [
      { text: 'Cambodian forces fired BM-21 rockets into Thailand.', facts: ['Cambodian Armed Forces ACQUIRED BM-21'] },
      { text: 'Iran launched Shahed-136 drones at Israel.', facts: ['Iran ACQUIRED Shahed-136'] },
    ],
  },
  {
    id: 'use.against',
    description: 'who uses something against someone opposes them',
    cue: 'acquire',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'prep:against',
    kinds: { subject: ['Country', 'Organization', 'Person'], object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: 'Hamas used Qassam rockets against Israel.', facts: ['Hamas OPPOSES Israel'] },
      { text: 'Azerbaijan deployed the Harop against Armenia in 2016.', facts: ['Azerbaijan OPPOSES Armenia'] },
    ],
  },
];
