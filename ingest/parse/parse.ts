/**
 * Parse and sentence stage: the cleaned text goes through compromise once;
 * its terms become words with character offsets into the text (hyphenated
 * compounds split into their parts, possessive endings kept off the surface),
 * grouped into sentences that also break at paragraph ends.
 */
import { isAllCaps, isCapitalized, splitHyphenated, withoutPossessive, wordKey } from './normalize.js';
import { clauseWords } from '../lexicon/clause-words.js';
import { getNlp } from './nlp.js';

/** One word of the text with its offsets and the tags compromise gave it. */
export interface Word {
  index: number;
  /** Surface without a possessive ending: `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Lookup key (lower case, no accents, no periods). */
  key: string;
  lower: string;
  /** Dictionary form: the infinitive of a verb ("bought" → buy), the singular of a plural noun, else `lower`. */
  lemma: string;
  possessive: boolean;
  capitalized: boolean;
  allCaps: boolean;
  /** The text between this word and the next one (punctuation, spaces, hyphen). */
  after: string;
  tags: ReadonlySet<string>;
  sentence: number;
  /** First word of its sentence, or first after an opening quote: capitals say nothing there. */
  sentenceInitial: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Word indices `[firstWord, endWord)`. */
  firstWord: number;
  endWord: number;
  /** A headline in Title Case: capitals are no evidence of names there. */
  titleCase: boolean;
}

export interface ParsedText {
  text: string;
  words: Word[];
  sentences: Sentence[];
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  /** Set by compromise's `root` computation for verbs and plural nouns. */
  root?: string;
}

const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'as',
  'from',
  'that',
  'is',
  'are',
  'be',
  'its',
  'his',
  'her',
  'their',
  'but',
  'into',
]);

/** compromise tags that mark a word as a given name ("William", "Amina"). */
export const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

/** compromise tags that mark a word as part of a person's name. */
export const PERSON_NAME_TAGS = ['Person', 'LastName', ...GIVEN_NAME_TAGS];

/** compromise tags (its own and the lexicon plugin's) that mark a word as part of a name. */
export const NAME_TAGS = [
  'ProperNoun',
  'Person',
  'Place',
  'Organization',
  'Country',
  'City',
  'Demonym',
  'Acronym',
  'WeaponSystem',
  'Agreement',
  'Conflict',
];

/**
 * A headline in Title Case: next to no lower-case content words, and either no
 * closing punctuation or several capitalised common words (verbs, nouns the
 * tagger does not read as names).
 */
function isTitleCase(words: Word[], sentence: string): boolean {
  const content = words.filter((w) => /\p{L}{3,}/u.test(w.text) && !FUNCTION_WORDS.has(w.lower));
  const lower = content.filter((w) => !w.capitalized).length;
  const capitals = content.length - lower;
  if (lower > 1 || capitals < 3) return false;
  if (!/[.!?]["”’)]*$/.test(sentence.trim())) return true;
  // Titles before names ("Prime Minister X of Y met President Z") are capitalised in running text too.
  const nameLike = (w: Word): boolean =>
    NAME_TAGS.some((t) => w.tags.has(t)) || ((w.tags.has('Actor') || w.tags.has('Honorific')) && w.tags.has('Noun'));
  return content.filter((w) => w.capitalized && !w.sentenceInitial && !nameLike(w)).length >= 2;
}

const ABBREVIATIONS =
  /^(lt|gen|col|maj|capt|adm|sgt|brig|mr|mrs|ms|dr|prof|st|sen|rep|gov|jr|sr|ret|no|vs|etc|inc|corp|co|ltd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|u\.s|u\.k|u\.n|e\.g|i\.e)$/i;

/** Words no name goes on with, so a capitalised one after an abbreviation's period opens a sentence (the tagger reads "It" after "Jr." as part of the name). */
const SENTENCE_OPENERS = new Set(
  'it he she they we i the this that these those his her its their a an in on at but and after before when while'.split(
    ' ',
  ),
);

/**
 * compromise keeps a quotation's closing mark with the next sentence
 * ("... Accords." He said ...): a sentence also ends after closing
 * punctuation followed by a capitalised word, unless the word is an abbreviation.
 */
function endsSentenceInside(term: Term, next: Term | undefined): boolean {
  if (!next || (!/^[.!?]["”’)\]]*\s+$/.test(term.post) && !/^["”’]?\s+$/.test(term.post))) return false;
  if (/^["”’]?\s+$/.test(term.post) && !/[.!?]$/.test(term.text)) return false;
  const opens = /^["“‘(]?\s*$/.test(next.pre) && /^\p{Lu}/u.test(next.text);
  // "signed by Ferdinand Marcos Jr. It takes effect": after an abbreviation, a capitalised pronoun, determiner,
  // preposition or conjunction opens a sentence all the same (no name goes on with it).
  const closedClass = SENTENCE_OPENERS.has(next.text.toLowerCase());
  if (ABBREVIATIONS.test(term.text.replace(/\.$/, '')) && /\.$/.test(term.text + term.post.trim()))
    return opens && closedClass && !/^\p{Lu}$/u.test(term.text);
  if (ABBREVIATIONS.test(term.text.replace(/\.$/, '')) || /^\p{Lu}$/u.test(term.text)) return false;
  return opens;
}

/** Parses the text once and returns its words and sentences. */
export function parseText(text: string): ParsedText {
  const doc = getNlp()(text);
  doc.compute('root');
  const document = (doc as unknown as { document: Term[][] }).document;
  const words: Word[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let sentenceStart = -1;
  let sentenceFirstWord = 0;
  let pendingInitial = true;
  let lastEnd = 0;

  const closeSentence = (end: number): void => {
    if (sentenceStart < 0 || words.length === sentenceFirstWord) return;
    const index = sentences.length;
    sentences.push({
      index,
      start: sentenceStart,
      end,
      text: text.slice(sentenceStart, end),
      firstWord: sentenceFirstWord,
      endWord: words.length,
      titleCase: false,
    });
    sentenceStart = -1;
    sentenceFirstWord = words.length;
    pendingInitial = true;
  };

  for (const terms of document) {
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k] as Term;
      const termStart = cursor + term.pre.length;
      const termEnd = termStart + term.text.length;
      cursor = termEnd + term.post.length;
      if (term.text.length === 0) continue;
      if (sentenceStart < 0) sentenceStart = termStart - term.pre.trimStart().length;
      // "Algiers'" keeps its apostrophe in the term's trailing punctuation.
      const stem = withoutPossessive(term.text);
      const possessive = stem !== null || (/s$/.test(term.text) && /^['’](\s|$)/.test(term.post));
      const body = stem ?? term.text;
      const pieces = splitHyphenated(body);
      pieces.forEach((piece, k) => {
        const start = termStart + piece.offset;
        const end = start + piece.text.length;
        const last = k === pieces.length - 1;
        const w: Word = {
          index: words.length,
          text: piece.text,
          start,
          end,
          key: wordKey(piece.text),
          lower: piece.text.toLowerCase(),
          lemma: pieces.length === 1 && term.root ? term.root : piece.text.toLowerCase(),
          possessive: last && possessive,
          capitalized: isCapitalized(piece.text),
          allCaps: isAllCaps(piece.text),
          after: last ? text.slice(end, cursor) : '-',
          tags: term.tags,
          sentence: sentences.length,
          sentenceInitial: pendingInitial,
        };
        words.push(w);
        pendingInitial = /["“‘(]\s*$/.test(w.after);
      });
      lastEnd = termEnd + term.post.replace(/\s[\s\S]*$/, '').length;
      if (term.post.includes('\n') || endsSentenceInside(term, terms[k + 1])) closeSentence(lastEnd);
    }
    closeSentence(lastEnd);
  }
  // The text between two words includes the next term's leading punctuation ("Bourita (R)").
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as Word;
    w.after = text.slice(w.end, (words[i + 1] as Word).start);
  }
  for (const s of sentences) {
    s.titleCase = isTitleCase(words.slice(s.firstWord, s.endWord), s.text);
    if (s.titleCase) readHeadlineVerbs(words, s);
  }
  return { text, words, sentences };
}

/** Tags of names the lexicon or compromise's dictionary knows: such words keep their capital in a headline. */
const KNOWN_NAME_TAGS = [
  'Country',
  'City',
  'Place',
  'Demonym',
  'Organization',
  'WeaponSystem',
  'Agreement',
  'Conflict',
  'Person',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
];

/**
 * In a Title Case headline every word has a capital, so the tagger reads verbs
 * as names ("Russia Hits Ukraine", "Lockheed Martin Excludes Turkey From ...").
 * The headline is tagged again as running text (words not known as names in
 * lower case), and a word read there as a finite verb of the lexicon takes
 * those tags and lemma.
 */
function readHeadlineVerbs(words: Word[], s: Sentence): void {
  const inSentence = words.slice(s.firstWord, s.endWord);
  const byOffset = new Map<number, Word>();
  let lowered = '';
  for (const w of inSentence) {
    byOffset.set(lowered.length, w);
    const known = w.allCaps || KNOWN_NAME_TAGS.some((t) => w.tags.has(t));
    lowered += (known ? w.text : w.lower) + w.after;
  }
  const doc = getNlp()(lowered);
  doc.compute('root');
  let cursor = 0;
  for (const t of (doc as unknown as { document: Term[][] }).document.flat()) {
    const w = byOffset.get(cursor + t.pre.length);
    cursor += t.pre.length + t.text.length + t.post.length;
    if (!w || !t.tags.has('Verb') || w.tags.has('Verb') || t.text.toLowerCase() !== w.lower) continue;
    // Only a finite verb the lexicon knows ("hits", "excludes"), never a word read as a noun too ("jet").
    const finite = t.tags.has('PresentTense') || t.tags.has('PastTense');
    const lemma = t.root ?? w.lower;
    if (!finite || !clauseWords().knownVerbs.has(lemma) || t.tags.has('Noun')) continue;
    w.tags = t.tags;
    w.lemma = lemma;
  }
}
