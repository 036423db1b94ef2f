/**
 * Three more invented articles of the sample story (sample-graphs.ts) that
 * allege, deny and plan: an acquisition reported by a watchdog and denied in
 * the same article, arms sales planned in one article and ruled out in a
 * later one, and an undated article that alleges a known fact again.
 */
import { articleGraph } from './article-factory.js';

const WATCH = { id: 'amnesty-watch', name: 'Amnesty Watch', kind: 'Organization' as const };

const delta = articleGraph(
  'delta-report',
  'Sylvania has acquired the Skyshield system, according to Amnesty Watch. ' +
    'Sylvania denied that it ever bought Skyshield. ' +
    'The arms pact paves the way for Freedonian arms sales to Sylvania.',
  [
    { id: 'sylvania', name: 'Sylvania', kind: 'Country', forms: ['Sylvania'] },
    { id: 'skyshield', name: 'Skyshield', kind: 'System', forms: ['Skyshield'] },
    WATCH,
    { id: 'freedonia', name: 'Freedonia', kind: 'Country', forms: ['Freedonian'] },
  ],
  [
    {
      subject: 'sylvania',
      type: 'ACQUIRED',
      object: 'skyshield',
      sentence: 'Sylvania has acquired the Skyshield system, according to Amnesty Watch.',
      certainty: 'reported',
      attribution: { entity: 'amnesty-watch', text: 'Amnesty Watch' },
      rule: 'acquire.verb',
    },
    {
      subject: 'sylvania',
      type: 'ACQUIRED',
      object: 'skyshield',
      sentence: 'Sylvania denied that it ever bought Skyshield.',
      certainty: 'denied',
      attribution: { entity: 'sylvania', text: 'Sylvania' },
      rule: 'acquire.verb',
    },
    {
      subject: 'freedonia',
      type: 'SUPPORTS',
      object: 'sylvania',
      sentence: 'The arms pact paves the way for Freedonian arms sales to Sylvania.',
      certainty: 'planned',
      rule: 'supply.noun',
    },
  ],
  { title: 'Watchdog: Sylvania has Skyshield', source: 'Delta Post', date: '2024-04-10' },
);

const epsilon = articleGraph(
  'epsilon-report',
  'Freedonia will not sell weapons to Sylvania, a Freedonian official said.',
  [
    { id: 'freedonia', name: 'Freedonia', kind: 'Country', forms: ['Freedonia'] },
    { id: 'sylvania', name: 'Sylvania', kind: 'Country', forms: ['Sylvania'] },
  ],
  [
    {
      subject: 'freedonia',
      type: 'SUPPORTS',
      object: 'sylvania',
      sentence: 'Freedonia will not sell weapons to Sylvania, a Freedonian official said.',
      certainty: 'denied',
      attribution: { entity: null, text: 'a Freedonian official' },
      rule: 'supply.verb',
    },
  ],
  { title: 'No weapons for Sylvania', source: 'Epsilon Times', date: '2024-05-20' },
);

const zeta = articleGraph(
  'zeta-report',
  'Marxonia allegedly backs the Red Front.',
  [
    { id: 'marxonia', name: 'Marxonia', kind: 'Country', forms: ['Marxonia'] },
    { id: 'red-front', name: 'Red Front', kind: 'Organization', forms: ['Red Front'] },
  ],
  [
    {
      subject: 'marxonia',
      type: 'SUPPORTS',
      object: 'red-front',
      sentence: 'Marxonia allegedly backs the Red Front.',
      certainty: 'alleged',
    },
  ],
  { title: 'Marxonia and the Front' },
);

export const CLAIM_GRAPHS = { delta, epsilon, zeta };
export const ALL_CLAIM_GRAPHS = [delta, epsilon, zeta];
