/**
 * Lower-case particles inside people's and bodies' names, in one place: which
 * connect the words of a name, which lead an Arabic surname by a hyphen, and
 * the surname a hyphened particle leads ("Assad" of "Bashar al-Assad").
 */

/** Particles of Arabic names joined to the name they lead by a hyphen ("al-Assad", "el-Sisi", "ash-Shara"). */
export const HYPHENED_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ash', 'as', 'an', 'ar', 'at', 'az']);

/** Particles of Arabic names standing alone between the names ("Hadi bin Rashed"). */
export const FREE_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint']);

/**
 * Lower-case words that connect the words of one name ("Lars Holm of Norway", "Ursula von der Leyen",
 * "Abu Mohammed al Jolani"). Of the hyphened particles only those that are no English words.
 */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'de',
  'van',
  'von',
  'der',
  'da',
  'du',
  'la',
  'le',
  'del',
  'di',
  'abu',
  'al',
  'el',
  ...FREE_PARTICLES,
]);

/** Words that lead an institution's name into its remit: "Service for ...", "Commission on ...". */
export const REMIT_LINKS: ReadonlySet<string> = new Set(['for', 'on']);

/** The surname a hyphened particle leads ("al-assad" → "assad"), or null when the word has none. */
export function afterHyphenedParticle(word: string): string | null {
  const dash = word.indexOf('-');
  if (dash < 0) return null;
  const rest = word.slice(dash + 1);
  return HYPHENED_PARTICLES.has(word.slice(0, dash).toLowerCase()) && rest.length > 1 ? rest : null;
}
