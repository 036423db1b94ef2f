/**
 * An invented story with the faults analysts correct: the same president
 * under two ids, one company's entity that swallowed another company's name,
 * a relation read from a misparsed sentence, a generic ministry, a missing
 * outlet. Written for the tests; nothing of ../shared.
 */
import { articleGraph } from './article-factory.js';

const summit = articleGraph(
  'zenda-summit',
  'Ruritanian President Rudolf Rassendyll met Flavia Strelsau in Zenda. ' +
    'The Thunderbolt system was developed by Black Elk Arms. ' +
    'Elk Holdings financed Ruritania through the winter. ' +
    'Ruritania opposes Osterlich, a diplomat joked. ' +
    'The Ministry of Defence bought Thunderbolt.',
  [
    {
      id: 'rudolf-rassendyll',
      name: 'Rudolf Rassendyll',
      kind: 'Person',
      forms: ['Rudolf Rassendyll'],
      roles: ['President'],
    },
    { id: 'flavia-strelsau', name: 'Flavia Strelsau', kind: 'Person' },
    { id: 'zenda', name: 'Zenda', kind: 'Place' },
    { id: 'ruritania', name: 'Ruritania', kind: 'Country', forms: ['Ruritanian', 'Ruritania'] },
    { id: 'osterlich', name: 'Osterlich', kind: 'Country' },
    { id: 'thunderbolt', name: 'Thunderbolt', kind: 'System' },
    // The resolver wrongly took a second company's name for this one's.
    { id: 'black-elk-arms', name: 'Black Elk Arms', kind: 'Organization', forms: ['Black Elk Arms', 'Elk Holdings'] },
    { id: 'ministry-of-defence', name: 'Ministry of Defence', kind: 'Organization' },
  ],
  [
    {
      subject: 'rudolf-rassendyll',
      type: 'HOLDS_ROLE',
      object: 'ruritania',
      sentence: 'Ruritanian President Rudolf Rassendyll met Flavia Strelsau in Zenda.',
      properties: { role: 'President' },
    },
    {
      subject: 'rudolf-rassendyll',
      type: 'MET_WITH',
      object: 'flavia-strelsau',
      sentence: 'Ruritanian President Rudolf Rassendyll met Flavia Strelsau in Zenda.',
    },
    {
      subject: 'rudolf-rassendyll',
      type: 'VISITED',
      object: 'zenda',
      sentence: 'Ruritanian President Rudolf Rassendyll met Flavia Strelsau in Zenda.',
    },
    {
      subject: 'thunderbolt',
      type: 'DEVELOPED_BY',
      object: 'black-elk-arms',
      sentence: 'The Thunderbolt system was developed by Black Elk Arms.',
    },
    {
      subject: 'black-elk-arms',
      type: 'SUPPORTS',
      object: 'ruritania',
      sentence: 'Elk Holdings financed Ruritania through the winter.',
    },
    {
      subject: 'ruritania',
      type: 'OPPOSES',
      object: 'osterlich',
      sentence: 'Ruritania opposes Osterlich, a diplomat joked.',
    },
    {
      subject: 'ministry-of-defence',
      type: 'ACQUIRED',
      object: 'thunderbolt',
      sentence: 'The Ministry of Defence bought Thunderbolt.',
    },
  ],
  { title: 'Summit in Zenda', source: 'Zenda Courier', date: '2025-01-10' },
);

const sale = articleGraph(
  'thunderbolt-sale',
  'President Rassendyll met Flavia Strelsau again. ' +
    'The Ruritanian Republic is seeking more Thunderbolt batteries. ' +
    'Osterlich is against Ruritania, critics wrote.',
  [
    // The same president, resolved to a second id.
    { id: 'rassendyll', name: 'Rassendyll', kind: 'Person' },
    { id: 'flavia-strelsau', name: 'Flavia Strelsau', kind: 'Person' },
    { id: 'ruritanian-republic', name: 'Ruritanian Republic', kind: 'Country' },
    { id: 'thunderbolt', name: 'Thunderbolt', kind: 'System' },
    { id: 'osterlich', name: 'Osterlich', kind: 'Country' },
    { id: 'ruritania', name: 'Ruritania', kind: 'Country' },
  ],
  [
    {
      subject: 'rassendyll',
      type: 'MET_WITH',
      object: 'flavia-strelsau',
      sentence: 'President Rassendyll met Flavia Strelsau again.',
    },
    {
      subject: 'ruritanian-republic',
      type: 'SEEKS',
      object: 'thunderbolt',
      sentence: 'The Ruritanian Republic is seeking more Thunderbolt batteries.',
    },
    {
      subject: 'osterlich',
      type: 'OPPOSES',
      object: 'ruritania',
      sentence: 'Osterlich is against Ruritania, critics wrote.',
    },
  ],
  // No outlet: the page did not say.
  { title: 'Thunderbolt sale', date: '2025-01-12' },
);

const shipment = articleGraph(
  'elk-shipment',
  'Black Elk Arms shipped Thunderbolt to Ruritania.',
  [
    { id: 'black-elk-arms', name: 'Black Elk Arms', kind: 'Organization' },
    { id: 'thunderbolt', name: 'Thunderbolt', kind: 'System' },
    { id: 'ruritania', name: 'Ruritania', kind: 'Country' },
  ],
  [
    {
      subject: 'ruritania',
      type: 'ACQUIRED',
      object: 'thunderbolt',
      sentence: 'Black Elk Arms shipped Thunderbolt to Ruritania.',
    },
  ],
  { title: 'Shipment', source: 'Elk Wire', date: '2025-01-14' },
);

/** A later article that states the misread relation again and names the president by his surname id. */
const rebuttal = articleGraph(
  'osterlich-rebuttal',
  'Ruritania opposes Osterlich again, said Rassendyll.',
  [
    { id: 'ruritania', name: 'Ruritania', kind: 'Country' },
    { id: 'osterlich', name: 'Osterlich', kind: 'Country' },
    { id: 'rassendyll', name: 'Rassendyll', kind: 'Person' },
  ],
  [
    {
      subject: 'ruritania',
      type: 'OPPOSES',
      object: 'osterlich',
      sentence: 'Ruritania opposes Osterlich again, said Rassendyll.',
    },
  ],
  { title: 'Rebuttal', source: 'Zenda Courier', date: '2025-01-20' },
);

export const CURATION_GRAPHS = { summit, sale, shipment, rebuttal };
/** The corpus loaded before the edits (the rebuttal comes later, as a new article). */
export const CURATION_CORPUS = [summit, sale, shipment];
