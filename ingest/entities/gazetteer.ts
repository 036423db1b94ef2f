/**
 * Gazetteer matching: finds lexicon names and demonyms in the words, longest
 * match first, with case rules that keep acronyms ("US", "FAR") from matching
 * ordinary words ("us", "far").
 */
import { distance } from 'fastest-levenshtein';
import type { Lexicon, LexiconEntry, LexiconPhrase } from '../lexicon/index.js';
import { isPlainNameWord } from '../parse/nlp.js';
import { PERSON_NAME_TAGS, type Word } from '../parse/parse.js';
import { isAllCaps, isCapitalized } from '../parse/normalize.js';
import { tradedAt } from './products.js';

export interface LexiconMatch {
  start: number;
  end: number;
  entry: LexiconEntry;
}

/** Whether a text word may stand for a lexicon word, case-wise. */
function caseFits(textWord: Word, lexWord: string): boolean {
  if (isAllCaps(lexWord) && lexWord.replace(/[^\p{L}]/gu, '').length <= 5) return textWord.allCaps;
  if (isCapitalized(lexWord)) return textWord.capitalized;
  return true;
}

function matchAt(words: readonly Word[], i: number, phrase: LexiconPhrase, sentenceEnd: number): boolean {
  if (i + phrase.keys.length > sentenceEnd) return false;
  for (let k = 0; k < phrase.keys.length; k++) {
    const w = words[i + k];
    if (!w || !caseFits(w, phrase.words[k] ?? '')) return false;
    // A system's model name takes a plural ("S-400s", "F-35s", "Patriots").
    const plural = phrase.entry.kind === 'System' && k === phrase.keys.length - 1 && w.key === `${phrase.keys[k]}s`;
    if (w.key !== phrase.keys[k] && !plural) return false;
    // A possessive the name does not have can only end it ("Israel's Iron Dome" is two names).
    if (phrase.possessive[k] ? !w.possessive : w.possessive && k < phrase.keys.length - 1) return false;
    if (k < phrase.keys.length - 1 && /[,;:()]/.test(w.after)) return false;
  }
  return true;
}

/** The longest lexicon phrase starting at word `i`, if any. */
export function longestPhraseAt(
  index: ReadonlyMap<string, LexiconPhrase[]>,
  words: readonly Word[],
  i: number,
  sentenceEnd: number,
): LexiconPhrase | null {
  const w = words[i];
  if (!w) return null;
  for (const phrase of index.get(w.key) ?? []) if (matchAt(words, i, phrase, sentenceEnd)) return phrase;
  // "Rafales", "Shaheds": a one-word system name in the plural is indexed under its singular.
  if (w.key.endsWith('s'))
    for (const phrase of index.get(w.key.slice(0, -1)) ?? [])
      if (phrase.keys.length === 1 && matchAt(words, i, phrase, sentenceEnd)) return phrase;
  return null;
}

/**
 * "Energy Minister Alparslan Bayraktar", "technology officer Selcuk Bayraktar": a one-word name of a
 * system right after a title and a given name the dictionary does not know is that person's surname.
 */
function isSurnameAfterTitledName(
  lexicon: Lexicon,
  words: readonly Word[],
  i: number,
  sentenceStart: number,
  phrase: LexiconPhrase,
): boolean {
  const given = words[i - 1];
  const title = words[i - 2];
  if (phrase.entry.kind !== 'System' || phrase.keys.length !== 1 || i - 2 < sentenceStart) return false;
  if (!given || !title || !isPlainNameWord(given) || !/^\s+$/.test(given.after) || !/^\s+$/.test(title.after))
    return false;
  const roles = lexicon.roles;
  return roles.heads.has(title.lower) || roles.honorifics.has(title.lower) || roles.honorifics.has(`${title.lower}.`);
}

/**
 * "Port Sudan", "Lake Chad", "Panama City": a country's name inside a place's name, after a
 * capitalised opener of place names or before "City", is no mention of the country.
 */
function isInsidePlaceName(lexicon: Lexicon, words: readonly Word[], i: number, stop: number, start: number): boolean {
  const before = words[i - 1];
  const opened =
    i - 1 >= start &&
    before !== undefined &&
    /^\s+$/.test(before.after) &&
    lexicon.kinds.Place.nameOpeners.has(before.text);
  const after = words[stop];
  return opened || (after?.text === 'City' && /^\s+$/.test(words[stop - 1]?.after ?? ''));
}

/**
 * "Pakistan Aeronautical Complex", "Kenya Ordnance Factories": a country's name followed by capitalised words the
 * gazetteer does not know, no title and no date, opens the name of something else (a company, a body), and is no
 * mention of the country. Not in a headline's Title Case, where every word is capitalised.
 */
function opensOtherName(lexicon: Lexicon, words: readonly Word[], stop: number, end: number): boolean {
  const roles = lexicon.roles;
  // A title ("Armenia Prime Minister X"), a person's name ("Azerbaijan Ilham Aliyev"), a date, a name of its own.
  const titleOpens = (w: Word) =>
    roles.heads.has(w.lower) ||
    roles.honorifics.has(w.lower) ||
    roles.multiWordHeads.some((h) => h[0] === w.lower) ||
    roles.ranks.some((r) => r[0] === w.lower);
  let k = stop;
  while (k < end && k < stop + 3) {
    const w = words[k] as Word;
    const joined = /^\s+$/.test((words[k - 1] as Word).after);
    const other =
      longestPhraseAt(lexicon.phrases, words, k, end) !== null ||
      longestPhraseAt(lexicon.demonyms, words, k, end) !== null ||
      titleOpens(w) ||
      PERSON_NAME_TAGS.some((t) => w.tags.has(t)) ||
      ['Date', 'Month', 'WeekDay', 'Value'].some((t) => w.tags.has(t));
    if (!joined || !w.capitalized) break;
    if (w.allCaps || other) return false;
    k++;
  }
  const next = words[k];
  // The name ends before a lower-case word or the sentence's end; one with a head of a kind ("Bangladesh Air Force",
  // "Kenya Airways") is read with the country that opens it.
  const last = words[k - 1] as Word;
  const headed = Object.values(lexicon.kinds).some((kind) => kind.nameHeads.has(last.text));
  // A company's name has a common word in it ("Aeronautical Complex", "Ordnance Factories"), known to the dictionary
  // or shaped like an English noun or adjective; a person's name after a country ("Armenia Jeyhun Bayramov", a
  // list's last country and a name) has none.
  const worded = words.slice(stop, k).some((w) => !isPlainNameWord(w) || COMMON_WORD_ENDING.test(w.lower));
  return k > stop && !headed && worded && (k >= end || next === undefined || !next.capitalized);
}

/** Endings of English common nouns and adjectives the tagger's dictionary may lack ("ordnance", "factories"). */
const COMMON_WORD_ENDING = /(?:al|ics|ing|ies|ance|ence|ment|tion|sion|ory|ery|ure|ity|ship|yard|works)$/;

/** All names of the gazetteer in one sentence, left to right, without overlaps. */
export function matchLexicon(
  lexicon: Lexicon,
  words: readonly Word[],
  start: number,
  end: number,
  titleCase = false,
): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  for (let i = start; i < end;) {
    const phrase = longestPhraseAt(lexicon.phrases, words, i, end);
    if (!phrase) {
      i++;
      continue;
    }
    const stop = i + phrase.keys.length;
    const next = words[stop];
    // Ambiguous names ("Patriot", "Abrams") count only before a system noun or after a verb of trade; an alias
    // ending in one has its own ("Patriot missiles").
    const last = words[stop - 1] as Word;
    const headFits =
      !phrase.entry.needsHead ||
      (next !== undefined && stop < end && lexicon.kinds.System.kindNouns.has(next.lower)) ||
      (stop - i > 1 && lexicon.kinds.System.kindNouns.has(last.lower)) ||
      // "to buy Patriot from the US", "sold the Abrams", "the U.S.-made Patriot": the thing traded or made.
      tradedAt(words, i, start);
    // A lower-case lexicon word at the start ("the Islamic Republic") must not be sentence-initial capitalised noise.
    const country = phrase.entry.kind === 'Country';
    if (
      headFits &&
      !isSurnameAfterTitledName(lexicon, words, i, start, phrase) &&
      !(country && isInsidePlaceName(lexicon, words, i, stop, start)) &&
      !(country && !titleCase && opensOtherName(lexicon, words, stop, end))
    ) {
      matches.push({ start: i, end: stop, entry: phrase.entry });
      i = stop;
    } else i++;
  }
  return matches;
}

/** Demonym phrases in a sentence ("Israeli", "South African"), by start word. */
export function matchDemonyms(
  lexicon: Lexicon,
  words: readonly Word[],
  start: number,
  end: number,
): Map<number, LexiconMatch> {
  const found = new Map<number, LexiconMatch>();
  for (let i = start; i < end; i++) {
    const w = words[i];
    if (!w?.capitalized) continue;
    const phrase = longestPhraseAt(lexicon.demonyms, words, i, end);
    if (phrase) {
      found.set(i, { start: i, end: i + phrase.keys.length, entry: phrase.entry });
      i += phrase.keys.length - 1;
    }
  }
  return found;
}

/**
 * A lexicon name this unknown word is a misspelling of ("Hisbollah" →
 * Hezbollah): same first letter, at most two edits, and at most a fifth of
 * the word changed.
 */
export function fuzzyLexiconName(lexicon: Lexicon, word: Word): LexiconEntry | null {
  if (word.text.length < 6 || word.allCaps) return null;
  let best: { entry: LexiconEntry; d: number } | null = null;
  for (const candidate of lexicon.singleWordNames.get(word.key[0] ?? '') ?? []) {
    if (Math.abs(candidate.key.length - word.key.length) > 2) continue;
    // Derived words ("Israelis", "Moroccan") are not misspellings of the name they come from.
    if (word.key.slice(0, -2).startsWith(candidate.key.slice(0, -1)) || candidate.key.startsWith(word.key.slice(0, -1)))
      continue;
    const d = distance(candidate.key, word.key);
    if (d <= 2 && d / word.key.length <= 0.25 && (!best || d < best.d)) best = { entry: candidate.entry, d };
  }
  return best?.entry ?? null;
}
