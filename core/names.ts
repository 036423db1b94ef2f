/**
 * String keys for names and ids, shared by ingest (lexicon, resolution,
 * linking) and by curation (split rules, duplicate suggestions), so that both
 * compare names the same way. Browser-safe.
 */

const ACCENTS = /[\u0300-\u036f]/g;

/** Strips accents and folds typographic apostrophes and dashes to ASCII. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(ACCENTS, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-');
}

/** Stable id of an entity or article: `Israeli Ministry of Defense` → `israeli-ministry-of-defense`. */
export function slugify(value: string): string {
  return foldText(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Comparison key of a name: case, accents, possessives, punctuation and a
 * leading article do not matter (`the Jewish state’s` = `Jewish state`).
 */
export function nameKey(value: string): string {
  return foldText(value)
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const NAME_CONNECTORS = /^(of|the|and|al|el|de|du|la|le|bin|ibn|for)$/;

/** A proper name rather than a description: capitalised words only, no leading "the". */
export function isNameLike(alias: string): boolean {
  const words = alias.trim().split(/\s+/);
  if (words[0] === 'the' || words.length === 0) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && NAME_CONNECTORS.test(w)));
}
