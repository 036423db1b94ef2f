/**
 * Name-dense prose of any length, invented (no article text): people meeting
 * and visiting places, sentence after sentence, by full name and by surname.
 * The worst case for entity resolution, which compares names with names.
 */
import { seededRandom } from '../../core/random.js';

const FIRST = ['Maria', 'Ahmed', 'Elena', 'David', 'Fatima', 'Peter', 'Anna', 'Omar', 'Sara', 'Ivan', 'Laura', 'John'];
const SYLLABLES = ['van', 'tor', 'quil', 'lon', 'mar', 'sza', 'fer', 'rei', 'hal', 'dane', 'iv', 'ok', 'lind', 'bran'];
const PLACES = ['Valdoria', 'Kestria', 'Orlan', 'Brevik', 'Tamsin Bay'];

/** The `n`-th invented surname: two syllables or more, all different from each other. */
function surname(n: number): string {
  let word = '';
  for (let rest = n + SYLLABLES.length; rest > 0; rest = Math.floor(rest / SYLLABLES.length))
    word = SYLLABLES[rest % SYLLABLES.length] + word;
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * About `words` words of name-dense sentences, the same for the same seed.
 * `people` is the size of the cast (default 120): a cast that grows with the
 * text makes every new name meet more names already seen.
 */
export function nameDenseText(words: number, seed: number, people = 120): string {
  const random = seededRandom(seed);
  const cast = Array.from({ length: people }, (_, n) => [FIRST[n % FIRST.length]!, surname(n)] as const);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sentences: string[] = [];
  for (let n = 0; n < words; n += 16) {
    const [first, last] = pick(cast);
    const b = pick(cast).join(' ');
    sentences.push(`${first} ${last} met ${b} in ${pick(PLACES)}, and ${last} said ${b} would visit ${pick(PLACES)}.`);
  }
  return sentences.join(' ');
}
