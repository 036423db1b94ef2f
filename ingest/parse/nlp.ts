/**
 * The one compromise instance of the process, extended with the gazetteer
 * plugin on first use.
 */
import nlp from 'compromise';
import { getLexicon, lexiconPlugin } from '../lexicon/index.js';
import type { Word } from './parse.js';

let ready = false;

/** compromise with the domain lexicon loaded. */
export function getNlp(): typeof nlp {
  if (!ready) {
    nlp.plugin(lexiconPlugin(getLexicon()));
    ready = true;
  }
  return nlp;
}

/** Tags of compromise's dictionary that mark a name rather than a common word. */
const NAME_ENTRY =
  /^(Person|FirstName|LastName|MaleName|FemaleName|Place|Country|City|Region|Organization|ProperNoun|Honorific|Demonym|WeaponSystem|Agreement|Conflict)$/;

/**
 * The tag compromise's dictionary gives a lower-case word when it knows it as
 * a common word ("last" → Adjective, "states" → PresentTense), or null for
 * names and unknown words. Capitalised alone, such a word is a sentence's or a
 * headline's capital, not a name.
 */
export function dictionaryTag(lower: string): string | null {
  const world = getNlp().world() as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } };
  const entry = world.model.one.lexicon[lower];
  if (entry === undefined) return null;
  const tags = Array.isArray(entry) ? entry : [entry];
  return tags.some((t) => NAME_ENTRY.test(t)) ? null : (tags[0] ?? null);
}

/**
 * A capitalised word the dictionary knows no common reading of: a name, or a
 * word it has never seen ("Soalu", "Mohamud"); "Baltic Shipping" has one.
 */
export function isPlainNameWord(w: Word): boolean {
  return w.capitalized && dictionaryTag(w.lower) === null;
}

/**
 * A regular plural ending (-s, not -ss, -us, -is). The tagger misreads some
 * plurals ("militias", "troops" as singular, "boats", "abuses" as verbs); where
 * the context wants a noun, the ending says plural.
 */
export function hasPluralEnding(lower: string): boolean {
  return /s$/.test(lower) && !/(ss|us|is)$/.test(lower);
}

/** Dictionary tags of words that never name anything, even after a title ("Member States"). */
const NEVER_NAMES =
  /^(PresentTense|PastTense|Infinitive|Gerund|Modal|Auxiliary|Copula|Adverb|Preposition|Conjunction|Determiner|Pronoun|Possessive|Value|Cardinal|Ordinal|TextValue)$/;

/** True when the dictionary knows the word only as a verb, adverb or function word. */
export function isNeverName(lower: string): boolean {
  const tag = dictionaryTag(lower);
  return tag !== null && NEVER_NAMES.test(tag);
}

interface Conjugator {
  methods: { two: { transform: { verb: { toInfinitive: (word: string, model: unknown, tense: string) => string } } } };
  model: unknown;
}

/** The infinitive of a verb form the tagger did not read as a verb ("striking" → strike), by compromise's conjugator. */
export function infinitiveOf(word: string, tense: 'Gerund' | 'PastTense' | 'PresentTense' | 'Participle'): string {
  const world = (getNlp() as unknown as { world: () => Conjugator }).world();
  return world.methods.two.transform.verb.toInfinitive(word, world.model, tense);
}
