/**
 * A small invented news story in three articles, enough to exercise every
 * store operation: aliases, a fact repeated across articles, symmetric
 * relations, several kinds, a path of length two and more.
 */
import { articleGraph } from './article-factory.js';

const alpha = articleGraph(
  'alpha-report',
  'Freedonian Defence Minister Rufus Firefly signed an arms pact with Sylvania on Monday. ' +
    'Firefly met Sylvanian envoy Trentino in Vinci. ' +
    'Sylvania wants the Skyshield system, which Acme Dynamics developed.',
  [
    {
      id: 'rufus-firefly',
      name: 'Rufus Firefly',
      kind: 'Person',
      forms: ['Rufus Firefly', 'Firefly'],
      roles: ['Defence Minister'],
    },
    { id: 'freedonia', name: 'Freedonia', kind: 'Country', forms: ['Freedonian'] },
    { id: 'sylvania', name: 'Sylvania', kind: 'Country', forms: ['Sylvania'] },
    { id: 'ambassador-trentino', name: 'Ambassador Trentino', kind: 'Person', forms: ['Trentino'] },
    {
      id: 'freedonia-sylvania-arms-pact',
      name: 'Freedonia–Sylvania arms pact',
      kind: 'Agreement',
      forms: ['arms pact'],
    },
    { id: 'vinci', name: 'Vinci', kind: 'Place', forms: ['Vinci'] },
    { id: 'skyshield', name: 'Skyshield', kind: 'System', forms: ['Skyshield'] },
    { id: 'acme-dynamics', name: 'Acme Dynamics', kind: 'Organization', forms: ['Acme Dynamics'] },
  ],
  [
    {
      subject: 'rufus-firefly',
      type: 'HOLDS_ROLE',
      object: 'freedonia',
      sentence: 'Freedonian Defence Minister Rufus Firefly signed an arms pact with Sylvania on Monday.',
      properties: { role: 'Defence Minister' },
    },
    {
      subject: 'rufus-firefly',
      type: 'SIGNED',
      object: 'freedonia-sylvania-arms-pact',
      sentence: 'Freedonian Defence Minister Rufus Firefly signed an arms pact with Sylvania on Monday.',
    },
    {
      subject: 'sylvania',
      type: 'PARTY_TO',
      object: 'freedonia-sylvania-arms-pact',
      sentence: 'Freedonian Defence Minister Rufus Firefly signed an arms pact with Sylvania on Monday.',
    },
    {
      subject: 'rufus-firefly',
      type: 'MET_WITH',
      object: 'ambassador-trentino',
      sentence: 'Firefly met Sylvanian envoy Trentino in Vinci.',
    },
    {
      subject: 'rufus-firefly',
      type: 'VISITED',
      object: 'vinci',
      sentence: 'Firefly met Sylvanian envoy Trentino in Vinci.',
    },
    {
      subject: 'sylvania',
      type: 'SEEKS',
      object: 'skyshield',
      sentence: 'Sylvania wants the Skyshield system, which Acme Dynamics developed.',
    },
    {
      subject: 'skyshield',
      type: 'DEVELOPED_BY',
      object: 'acme-dynamics',
      sentence: 'Sylvania wants the Skyshield system, which Acme Dynamics developed.',
    },
    {
      subject: 'sylvania',
      type: 'MENTIONED_WITH',
      object: 'acme-dynamics',
      sentence: 'Sylvania wants the Skyshield system, which Acme Dynamics developed.',
    },
  ],
  { title: 'Freedonia and Sylvania sign arms pact', source: 'Alpha News', date: '2024-03-04' },
);

const beta = articleGraph(
  'beta-report',
  'Trentino and Firefly met again on Tuesday. ' +
    'Sylvania is seeking Skyshield to counter drones. ' +
    'Marxonia backs the Red Front, which opposes Sylvania.',
  [
    { id: 'rufus-firefly', name: 'Rufus Firefly', kind: 'Person', forms: ['Firefly'] },
    { id: 'ambassador-trentino', name: 'Ambassador Trentino', kind: 'Person', forms: ['Trentino'] },
    { id: 'sylvania', name: 'Sylvania', kind: 'Country', forms: ['Sylvania'] },
    { id: 'skyshield', name: 'Skyshield', kind: 'System', forms: ['Skyshield'] },
    { id: 'marxonia', name: 'Marxonia', kind: 'Country', forms: ['Marxonia'] },
    { id: 'red-front', name: 'Red Front', kind: 'Organization', forms: ['Red Front'] },
  ],
  [
    // Stated the other way round: a symmetric relation must land on the same edge.
    {
      subject: 'ambassador-trentino',
      type: 'MET_WITH',
      object: 'rufus-firefly',
      sentence: 'Trentino and Firefly met again on Tuesday.',
    },
    {
      subject: 'sylvania',
      type: 'SEEKS',
      object: 'skyshield',
      sentence: 'Sylvania is seeking Skyshield to counter drones.',
    },
    {
      subject: 'marxonia',
      type: 'SUPPORTS',
      object: 'red-front',
      sentence: 'Marxonia backs the Red Front, which opposes Sylvania.',
    },
    {
      subject: 'red-front',
      type: 'OPPOSES',
      object: 'sylvania',
      sentence: 'Marxonia backs the Red Front, which opposes Sylvania.',
    },
  ],
  { title: 'Envoys meet again', source: 'Beta Daily', date: '2024-03-05' },
);

const gamma = articleGraph(
  'gamma-report',
  'The Freedonian government confirmed the pact. Marxonia denounced Freedonia.',
  [
    { id: 'freedonia', name: 'Freedonia', kind: 'Country', forms: ['Freedonian', 'Freedonia'] },
    { id: 'marxonia', name: 'Marxonia', kind: 'Country', forms: ['Marxonia'] },
  ],
  [{ subject: 'marxonia', type: 'OPPOSES', object: 'freedonia', sentence: 'Marxonia denounced Freedonia.' }],
  { title: 'Pact confirmed', source: 'Gamma Wire', date: '2024-03-06' },
);

export const SAMPLE_GRAPHS = { alpha, beta, gamma };
export const ALL_SAMPLE_GRAPHS = [alpha, beta, gamma];
