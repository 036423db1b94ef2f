/**
 * The words around a name that make it a product or its maker, whatever the name: a made-compound before
 * it ("the German-made IRIS-T", "the U.S.-built Patriot"), a verb of purchase before a model code ("buy the
 * J-35"), or a verb of making with the name as its agent ("produced by LIG Nex1").
 */
import { relationCues } from '../lexicon/relation-cues.js';
import type { Word } from '../parse/parse.js';

/** Participles that make a compound of origin out of a name before them ("Israeli-made", "U.S.-built"). */
export const MADE_COMPOUNDS: ReadonlySet<string> = new Set([
  'made',
  'built',
  'developed',
  'designed',
  'manufactured',
  'produced',
]);

/**
 * Nouns of a maker. They describe the company named with them ("manufacturer Diehl Defence said",
 * "Planemaker Embraer said") and never open its name.
 */
export const MAKER_NOUNS: ReadonlySet<string> = new Set([
  'manufacturer',
  'maker',
  'planemaker',
  'shipbuilder',
  'builder',
  'producer',
  'developer',
]);

/** Whether a word is a maker's noun, whatever its case ("Manufacturer" opening a sentence). */
export const isMakerNoun = (w: Word): boolean => MAKER_NOUNS.has(w.lower);

/**
 * Verbs whose object is a thing bought. Only these: "deployed", "received", "used" also take groups
 * and people, and "ordered" takes whom it commands.
 */
const PURCHASE_LEMMAS: ReadonlySet<string> = new Set(['buy', 'purchase', 'acquire', 'procure']);

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);

/** Whether the words right before word `i` are a made-compound: a capitalised name, a hyphen, "made". */
export function madeCompoundBefore(words: readonly Word[], i: number, sentenceStart: number): boolean {
  const participle = words[i - 1];
  const origin = words[i - 2];
  return (
    i - 2 >= sentenceStart &&
    participle !== undefined &&
    origin !== undefined &&
    MADE_COMPOUNDS.has(participle.lower) &&
    /^\s+$/.test(participle.after) &&
    origin.after === '-' &&
    origin.capitalized
  );
}

/**
 * The first word of the determiner, number and made-compound before word `i`, which a verb of trade may govern
 * ("bought | the 12 Chinese-made F-7").
 */
function phraseOpening(words: readonly Word[], i: number, sentenceStart: number): number {
  let k = madeCompoundBefore(words, i, sentenceStart) ? i - 2 : i;
  const number = words[k - 1];
  if (k - 1 >= sentenceStart && number?.tags.has('Value') && !number.tags.has('Date') && /^\s+$/.test(number.after))
    k--;
  const det = words[k - 1];
  if (k - 1 >= sentenceStart && det !== undefined && DETERMINERS.has(det.lower) && /^\s+$/.test(det.after)) k--;
  return k;
}

/** The verb right before the phrase of word `i` (past its determiner, number and made-compound), if any. */
function governingVerb(words: readonly Word[], i: number, sentenceStart: number): Word | undefined {
  const k = phraseOpening(words, i, sentenceStart);
  const verb = words[k - 1];
  return k - 1 >= sentenceStart && verb !== undefined && /^\s+$/.test(verb.after) ? verb : undefined;
}

/** "operates Chinese-made F-7 fighters", "sold 12 J-10 fighters": a verb of acquiring or supplying governs word `i`. */
export function tradedAt(words: readonly Word[], i: number, sentenceStart: number): boolean {
  if (madeCompoundBefore(words, i, sentenceStart)) return true;
  const verb = governingVerb(words, i, sentenceStart);
  if (!verb?.tags.has('Verb')) return false;
  const classes = relationCues().classesOf(verb.lemma);
  return classes.has('acquire') || classes.has('supply');
}

/** "buy the J-35", "acquire the CAMM": a verb of purchase governs the phrase of word `i`. */
export function purchasedAt(words: readonly Word[], i: number, sentenceStart: number): boolean {
  return PURCHASE_LEMMAS.has(governingVerb(words, i, sentenceStart)?.lemma ?? '');
}

/**
 * A model code: capitals with digits or a hyphen ("J-35", "IRIS-T", "Nex1", "Cheongung-II") or an acronym
 * ("CAMM"), which after a verb of purchase is the thing bought. A plain word may be a company ("bought Twitter").
 */
export function isModelCode(words: readonly Word[], start: number, end: number): boolean {
  const first = words[start] as Word;
  const text = words
    .slice(start, end)
    .map((w, k) => w.text + (start + k < end - 1 ? w.after : ''))
    .join('');
  // A hyphened number or capitals ends a model's name too ("Cheongung-II", "Hyunmoo-V", "Guarani-2").
  return first.allCaps || /\p{Lu}.*\d|\d.*\p{Lu}|\p{Lu}-\p{Lu}|-(?:\p{Lu}{1,4}|\d+)$/u.test(text);
}
