/**
 * Invented people's names as articles write them over a run: new names, and
 * respellings of earlier ones (typos, a surname alone, the last words, the
 * family name first, upper case, a possessive). Seeded, so a test that
 * compares an index with a scan sees the same stream every run.
 */
import { seededRandom } from '../../core/random.js';

const FIRST = ['Maria', 'Ahmed', 'Elena', 'David', 'Jean-Luc', 'Omar', 'Wen', 'Ivan'];
const SYLLABLES = ['van', 'tor', 'quil', 'lon', 'mar', 'sza', 'le', 'dri', 'an', 'ok'];

/** Invented names and the ways an article respells them: typos, a surname alone, its last words, a family name first. */
export function nameStream(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const word = () => {
    const w = pick(SYLLABLES) + pick(SYLLABLES) + (random() < 0.3 ? pick(SYLLABLES) : '');
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const typo = (name: string) => {
    const i = 1 + Math.floor(random() * (name.length - 1));
    return random() < 0.5 ? name.slice(0, i) + name.slice(i + 1) : name.slice(0, i) + 'e' + name.slice(i);
  };
  const seen: string[] = [];
  const out: string[] = [];
  while (out.length < count) {
    const old = seen.length > 0 ? pick(seen) : null;
    const r = random();
    let name: string;
    if (!old || r < 0.35) {
      name = [pick(FIRST), ...(random() < 0.25 ? [word(), word()] : [word()])].join(' ');
      seen.push(name);
    } else if (r < 0.55) name = typo(old);
    else if (r < 0.7) name = old.split(' ').slice(-2).join(' ');
    else if (r < 0.85) name = pick(old.split(' ').slice(1));
    else if (r < 0.9) name = old.split(' ')[0]!;
    else name = random() < 0.5 ? old.toUpperCase() : `${old}'s`;
    out.push(name);
  }
  return out;
}
