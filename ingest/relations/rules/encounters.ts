/** Meetings, calls and visits. */
import type { RelationRule } from '../engine/types.js';

const PLACES = ['Country', 'Place'] as const;

export const ENCOUNTER_RULES: readonly RelationRule[] = [
  {
    id: 'meet.agent-theme',
    description: 'a person meets, hosts, receives or calls another',
    cue: 'meet',
    // "called Erdogan a dictator" says what he is, not that they spoke.
    unless: ['prep:as'],
    type: 'MET_WITH',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ['Person'], object: ['Person'] },
    examples: [
      { text: 'Joe Biden met Emmanuel Macron in Paris.', facts: ['Joe Biden MET_WITH Emmanuel Macron'] },
      { text: 'King Abdullah II received Vladimir Putin in Amman.', facts: ['Abdullah II MET_WITH Vladimir Putin'] },
    ],
  },
  {
    id: 'meet.with',
    description: 'a person meets, talks or speaks with another ("held talks with", "spoke by phone with")',
    cue: 'meet',
    type: 'MET_WITH',
    subject: 'agent',
    object: 'prep:with',
    kinds: { subject: ['Person'], object: ['Person'] },
    examples: [
      {
        text: 'Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping in Kazan.',
        facts: ['Narendra Modi MET_WITH Xi Jinping'],
      },
      {
        text: 'Olaf Scholz spoke by phone with Recep Tayyip Erdogan on Sunday.',
        facts: ['Olaf Scholz MET_WITH Recep Tayyip Erdogan'],
      },
      {
        text: 'German Chancellor Olaf Scholz, left, shakes hands with Indian Prime Minister Narendra Modi in New Delhi.',
        facts: ['Olaf Scholz MET_WITH Narendra Modi'],
      },
    ],
  },
  {
    id: 'meet.to',
    description: 'a person speaks or talks to another, or phones them',
    cue: 'meet',
    type: 'MET_WITH',
    subject: 'agent',
    object: 'prep:to',
    kinds: { subject: ['Person'], object: ['Person'] },
    examples: [
      {
        text: 'Chilean President Gabriel Boric spoke to Peruvian President Dina Boluarte on Monday.',
        facts: ['Gabriel Boric MET_WITH Dina Boluarte'],
      },
      {
        text: 'Kenyan President William Ruto talked to Somali President Hassan Sheikh Mohamud by phone.',
        facts: ['William Ruto MET_WITH Hassan Sheikh Mohamud'],
      },
    ],
  },
  {
    id: 'depict.together',
    description: 'a picture or footage showing a person with others shows them together: they met',
    cue: 'depict',
    type: 'MET_WITH',
    subject: 'theme',
    object: 'prep:with',
    kinds: { subject: ['Person'], object: ['Person'] },
    examples: [
      {
        text: 'The footage showed Sergei Lavrov with Wang Yi at the airport in Beijing.',
        facts: ['Sergei Lavrov MET_WITH Wang Yi'],
      },
      {
        text: 'A photo released on Monday pictured Javier Milei with Luiz Inacio Lula da Silva in Brasilia.',
        facts: ['Javier Milei MET_WITH Luiz Inacio Lula da Silva'],
      },
    ],
  },
  {
    id: 'depict.with-each-other',
    description: 'the people a picture shows someone with are shown with each other too',
    cue: 'depict',
    type: 'MET_WITH',
    pairwise: 'prep:with',
    kinds: ['Person'],
    examples: [
      {
        text: 'The footage showed Sergei Lavrov with Wang Yi and Antony Blinken in Jakarta.',
        facts: ['Wang Yi MET_WITH Antony Blinken'],
      },
      {
        text: 'Images pictured Olaf Scholz with Emmanuel Macron and Giorgia Meloni at the summit.',
        facts: ['Emmanuel Macron MET_WITH Giorgia Meloni'],
      },
    ],
  },
  {
    id: 'meet.together',
    description: 'people who meet, with no one else named, meet each other ("X and Y met", "talks between X and Y")',
    cue: 'meet',
    type: 'MET_WITH',
    pairwise: 'agent',
    unless: ['theme', 'prep:with'],
    kinds: ['Person'],
    examples: [
      { text: 'Joe Biden and Chinese President Xi Jinping met in Bali.', facts: ['Joe Biden MET_WITH Xi Jinping'] },
      {
        text: 'Luiz Inacio Lula da Silva and Javier Milei talked on Tuesday.',
        facts: ['Luiz Inacio Lula da Silva MET_WITH Javier Milei'],
      },
      {
        text: "Chile's Alberto van Klaveren and Peru's Javier Gonzalez met for a summit hosted by Brazil on Monday.",
        facts: ['Alberto van Klaveren MET_WITH Javier Gonzalez'],
      },
    ],
  },
  {
    id: 'confer.together',
    description:
      'people who discuss something or shake hands together, with no one else named, meet each other (the object is the topic or the gesture)',
    cue: 'confer',
    type: 'MET_WITH',
    pairwise: 'agent',
    unless: ['prep:with'],
    kinds: ['Person'],
    examples: [
      {
        text: 'Olaf Scholz and Emmanuel Macron also discussed the war in Ukraine.',
        facts: ['Olaf Scholz MET_WITH Emmanuel Macron'],
      },
      {
        text: 'Kenyan President William Ruto and Raila Odinga shook hands at a ceremony in Nairobi.',
        facts: ['William Ruto MET_WITH Raila Odinga'],
      },
    ],
  },
  {
    id: 'meet.between',
    description: 'talks or a meeting between people: each meets the others',
    cue: 'meet',
    type: 'MET_WITH',
    pairwise: 'prep:between',
    kinds: ['Person'],
    examples: [
      {
        text: 'Talks between Antony Blinken and Sergei Lavrov ended in Geneva.',
        facts: ['Antony Blinken MET_WITH Sergei Lavrov'],
      },
      {
        text: 'A meeting between Pakistani Prime Minister Shehbaz Sharif and Indian Prime Minister Narendra Modi took place in Astana.',
        facts: ['Shehbaz Sharif MET_WITH Narendra Modi'],
      },
    ],
  },
  {
    id: 'meet.venue',
    description:
      'people who meet or hold talks in a place visit it (not their own country: relations/home-visits.ts); a host does not',
    cue: 'meet',
    exceptCue: 'host',
    type: 'VISITED',
    subject: 'agent',
    object: 'prep:in',
    kinds: { subject: ['Person'], object: PLACES },
    examples: [
      {
        text: 'Chilean President Gabriel Boric and Peruvian President Dina Boluarte met in Quito on Friday.',
        facts: ['Gabriel Boric VISITED Quito', 'Dina Boluarte VISITED Quito'],
      },
      {
        text: 'Kenyan President William Ruto held talks in Addis Ababa with Ethiopian Prime Minister Abiy Ahmed.',
        facts: ['William Ruto VISITED Addis Ababa'],
      },
    ],
  },
  {
    id: 'meet.between-venue',
    description:
      'people a meeting in a place is between visit it ("hosted talks between A and B in Doha"; not their own country: relations/home-visits.ts)',
    cue: 'meet',
    forms: ['noun'],
    type: 'VISITED',
    subject: 'prep:between',
    object: 'prep:in',
    kinds: { subject: ['Person'], object: PLACES },
    examples: [
      {
        text: 'Turkey hosted talks between Vladimir Putin and Volodymyr Zelensky in Istanbul.',
        facts: ['Vladimir Putin VISITED Istanbul', 'Volodymyr Zelensky VISITED Istanbul'],
      },
      {
        text: 'Qatar, which hosted a meeting between Felix Tshisekedi and Paul Kagame in Doha in March, welcomed the deal.',
        facts: ['Felix Tshisekedi VISITED Doha', 'Paul Kagame VISITED Doha'],
      },
    ],
  },
  {
    id: 'meet.venue-at',
    description:
      'people who meet at a named place (a palace, a base, a building) visit it (not their own country: relations/home-visits.ts); a host does not',
    cue: 'meet',
    exceptCue: 'host',
    type: 'VISITED',
    subject: 'agent',
    object: 'prep:at',
    kinds: { subject: ['Person'], object: ['Place'] },
    examples: [
      {
        text: 'Kenyan President William Ruto met Emmanuel Macron at the Elysee Palace on Friday.',
        facts: ['William Ruto VISITED Élysée Palace'],
      },
      {
        text: 'Turkish President Tayyip Erdogan discussed the F-35 with Joe Biden at the White House in May.',
        facts: ['Tayyip Erdogan VISITED White House'],
      },
    ],
  },
  {
    id: 'host.venue',
    description: 'a person hosted, received or welcomed in a place visits it (the host is at home)',
    cue: 'host',
    type: 'VISITED',
    themeNamed: true,
    subject: 'theme',
    object: 'prep:in',
    kinds: { subject: ['Person'], object: PLACES },
    examples: [
      {
        text: 'Qatari Emir Tamim bin Hamad hosted Kenyan President William Ruto in Doha on Monday.',
        facts: ['William Ruto VISITED Doha'],
      },
      {
        text: 'Peruvian Foreign Minister Javier Gonzalez was received in Santiago by his Chilean counterpart.',
        facts: ['Javier Gonzalez VISITED Santiago'],
      },
    ],
  },
  {
    id: 'host.country',
    description: 'a person a state hosts, receives or welcomes visits it',
    cue: 'host',
    type: 'VISITED',
    themeNamed: true,
    subject: 'theme',
    object: 'agent',
    kinds: { subject: ['Person'], object: ['Country'] },
    examples: [
      {
        text: 'Kenya hosted Somali President Hassan Sheikh Mohamud for two days of talks.',
        facts: ['Hassan Sheikh Mohamud VISITED Kenya'],
      },
      { text: 'Japan welcomed Indian Prime Minister Narendra Modi on Friday.', facts: ['Narendra Modi VISITED Japan'] },
    ],
  },
  {
    id: 'sign.venue',
    description: 'people who sign something in a place visit it (not their own country: relations/home-visits.ts)',
    cue: 'sign',
    type: 'VISITED',
    subject: 'agent',
    object: 'prep:in',
    kinds: { subject: ['Person'], object: PLACES },
    examples: [
      {
        text: 'Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed signed the accord in Djibouti.',
        facts: ['William Ruto VISITED Djibouti', 'Abiy Ahmed VISITED Djibouti'],
      },
      {
        text: 'The trade pact was signed in Lima by Chilean Foreign Minister Alberto van Klaveren.',
        facts: ['Alberto van Klaveren VISITED Lima'],
      },
    ],
  },
  {
    id: 'attend.venue',
    description: 'people who attend something in a place visit it (not their own country: relations/home-visits.ts)',
    cue: 'attend',
    type: 'VISITED',
    subject: 'agent',
    object: 'prep:in',
    kinds: { subject: ['Person'], object: PLACES },
    examples: [
      {
        text: 'Argentine President Javier Milei attended the signing ceremony in Copenhagen.',
        facts: ['Javier Milei VISITED Copenhagen'],
      },
      {
        text: 'Kenyan President William Ruto attended an African Union summit in Addis Ababa on Sunday.',
        facts: ['William Ruto VISITED Addis Ababa'],
      },
    ],
  },
  {
    id: 'visit.theme',
    description: 'a person visits or tours a country or place',
    cue: 'visit',
    type: 'VISITED',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ['Person'], object: PLACES },
    examples: [
      { text: 'Emmanuel Macron visited Nigeria in 2018.', facts: ['Emmanuel Macron VISITED Nigeria'] },
      { text: 'Lloyd Austin toured the Philippines last week.', facts: ['Lloyd Austin VISITED Philippines'] },
    ],
  },
  {
    id: 'visit.to',
    description: 'a visit or trip to a place ("his visit to Cairo", "a trip to Kazakhstan")',
    cue: 'visit',
    type: 'VISITED',
    subject: 'agent',
    object: 'prep:to',
    kinds: { subject: ['Person'], object: PLACES },
    examples: [
      { text: "Olaf Scholz's visit to Brazil lasted two days.", facts: ['Olaf Scholz VISITED Brazil'] },
      {
        text: 'Japanese Prime Minister Fumio Kishida paid a visit to Ukraine in March.',
        facts: ['Fumio Kishida VISITED Ukraine'],
      },
      {
        text: 'Returning from a trip to Brazil, Olaf Scholz praised the deal.',
        facts: ['Olaf Scholz VISITED Brazil'],
      },
    ],
  },
  {
    id: 'visit.in',
    description:
      'a visit held in a place, named as a noun ("his visit in Warsaw", "Macron\'s visit, which began in Belem")',
    cue: 'visit',
    forms: ['noun'],
    type: 'VISITED',
    subject: 'agent',
    object: 'prep:in',
    kinds: { subject: ['Person'], object: PLACES },
    examples: [
      {
        text: "Emmanuel Macron's three-day visit, which began in Belem, will end in Brasilia.",
        facts: ['Emmanuel Macron VISITED Belem'],
      },
      { text: 'During his visit in Warsaw, Narendra Modi met Donald Tusk.', facts: ['Narendra Modi VISITED Warsaw'] },
    ],
  },
  {
    id: 'travel.destination',
    description: 'a person arrives in, lands in or travels to a place',
    cue: 'travel',
    type: 'VISITED',
    subject: 'agent',
    object: 'prep:to',
    kinds: { subject: ['Person'], object: PLACES },
    examples: [
      { text: 'Joe Biden flew to Poland on Wednesday.', facts: ['Joe Biden VISITED Poland'] },
      { text: 'Antony Blinken flew to Israel after the attack.', facts: ['Antony Blinken VISITED Israel'] },
    ],
  },
  {
    id: 'travel.destination-region',
    description:
      'a person who travels to a part of a country ("to Russia\'s far east", "to Ukraine\'s south") visits the country',
    cue: 'travel',
    type: 'VISITED',
    subject: 'agent',
    object: 'region:prep:to',
    kinds: { subject: ['Person'], object: ['Country'] },
    examples: [
      { text: "Kim Jong Un travelled to Russia's Far East in 2023.", facts: ['Kim Jong Un VISITED Russia'] },
      {
        text: "Recep Tayyip Erdogan flew to Ukraine's west on Monday.",
        facts: ['Recep Tayyip Erdogan VISITED Ukraine'],
      },
    ],
  },
  {
    id: 'visit.theme-region',
    description: 'a person who visits a part of a country ("visited Syria\'s north") visits the country',
    cue: 'visit',
    type: 'VISITED',
    subject: 'agent',
    object: 'region:theme',
    kinds: { subject: ['Person'], object: ['Country'] },
    examples: [
      { text: "Antony Blinken visited Israel's south on Tuesday.", facts: ['Antony Blinken VISITED Israel'] },
      { text: "Emmanuel Macron toured Mali's north in 2019.", facts: ['Emmanuel Macron VISITED Mali'] },
    ],
  },
  {
    id: 'travel.departure',
    description:
      'a person leaving or departing for a place visits it (with a "to" destination, "for" gives the purpose: "travelled to Brussels for an EU-Africa summit")',
    cue: 'travel',
    unless: ['prep:to'],
    type: 'VISITED',
    subject: 'agent',
    object: 'prep:for',
    kinds: { subject: ['Person'], object: PLACES },
    examples: [
      {
        text: 'Departing for Cairo on Sunday, Antony Blinken told reporters he hoped for a truce.',
        facts: ['Antony Blinken VISITED Cairo'],
      },
      { text: 'Olaf Scholz left for China on Saturday.', facts: ['Olaf Scholz VISITED China'] },
    ],
  },
  {
    id: 'travel.arrival',
    description: 'a person arrives or lands in a place',
    cue: 'travel',
    type: 'VISITED',
    subject: 'agent',
    object: 'prep:in',
    kinds: { subject: ['Person'], object: PLACES },
    examples: [
      { text: 'Emmanuel Macron landed in Nigeria on Monday.', facts: ['Emmanuel Macron VISITED Nigeria'] },
      { text: 'Sergei Lavrov arrived in Pyongyang for talks.', facts: ['Sergei Lavrov VISITED Pyongyang'] },
    ],
  },
];
