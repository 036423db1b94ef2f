/**
 * String keys shared by every stage: slugs for ids, comparison keys for names
 * (both from core/names.ts) and word keys for gazetteer lookups. Kept in one
 * place so the lexicon index, the resolver and the evaluation compare names
 * the same way.
 */

import { foldText } from '../../core/names.js';

// Name keys and slugs are shared with curation: defined once in core.
export { foldText, nameKey, slugify } from '../../core/names.js';

const POSSESSIVE_ENDING = /(['’]s|s['’])$/;

/** A word without its possessive ending ("People's", "Workers'" → "People", "Workers"), or null if it has none. */
export function withoutPossessive(word: string): string | null {
  return POSSESSIVE_ENDING.test(word) && word.length > 2 ? word.replace(/['’]s?$/, '') : null;
}

/** Key of one word for lexicon lookups: lower case, no accents, no periods (`U.S.` → `us`). */
export function wordKey(word: string): string {
  return foldText(word).toLowerCase().replace(/\./g, '');
}

/**
 * Splits a lexicon phrase into the words the tokenizer produces: on spaces and
 * on hyphens inside words (`Nagorno-Karabakh`, `F-35`, `Su-57`).
 */
export function phraseWords(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .flatMap((part) => splitHyphenated(part).map((piece) => piece.text))
    .filter((w) => w.length > 0);
}

/** Pieces of a hyphenated word that are words of their own, with their offsets inside it. */
export function splitHyphenated(word: string): Array<{ text: string; offset: number }> {
  const pieces: Array<{ text: string; offset: number }> = [];
  let start = 0;
  for (let i = 1; i < word.length - 1; i++) {
    const ch = word[i];
    if (
      (ch === '-' || ch === '‐' || ch === '‑') &&
      /[\p{L}\p{N}.]/u.test(word[i - 1] ?? '') &&
      /[\p{L}\p{N}]/u.test(word[i + 1] ?? '')
    ) {
      pieces.push({ text: word.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  pieces.push({ text: word.slice(start), offset: start });
  return pieces;
}

/** True when the word is written in capitals only (`UAE`, `U.S.`, `RABAT`). */
export function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** True when the word starts with a capital letter (or a digit, for names like `F-35`). */
export function isCapitalized(word: string): boolean {
  const first = word.match(/[\p{L}\p{N}]/u)?.[0];
  return (
    first !== undefined && (/\p{N}/u.test(first) || (first === first.toUpperCase() && first !== first.toLowerCase()))
  );
}
