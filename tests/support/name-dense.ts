/**
 * Name-dense prose of any length, invented (no article text): people meeting
 * and visiting places, sentence after sentence. The worst case for entity
 * resolution, which compares names with names.
 */
import { seededRandom } from '../../core/random.js';

const FIRST = [
  'Amara',
  'Bastien',
  'Corin',
  'Dalia',
  'Emeric',
  'Fenna',
  'Galen',
  'Hedda',
  'Ilias',
  'Jorun',
  'Kasimir',
  'Lenka',
];
const LAST = [
  'Vantorre',
  'Quillon',
  'Marsh',
  'Okafor',
  'Lindqvist',
  'Brannock',
  'Szabo',
  'Ferreira',
  'Haldane',
  'Ivers',
];
const PLACES = ['Valdoria', 'Kestria', 'Orlan', 'Brevik', 'Tamsin Bay'];

/** About `words` words of name-dense sentences, the same for the same seed. */
export function nameDenseText(words: number, seed: number): string {
  const random = seededRandom(seed);
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  const sentences: string[] = [];
  for (let n = 0; n < words; n += 14) {
    const a = `${pick(FIRST)} ${pick(LAST)}`;
    const b = `${pick(FIRST)} ${pick(LAST)}`;
    sentences.push(`${a} met ${b} in ${pick(PLACES)}, and ${a} said ${b} would visit ${pick(PLACES)}.`);
  }
  return sentences.join(' ');
}
