/**
 * The first pass of the clause reader: each word of a sentence gets a
 * syntactic class from compromise's tags and its neighbours (a participle
 * between a determiner and a noun is part of a noun phrase, "to" before a
 * verb marks an infinitive, "that" after a verb opens a complement), and the
 * punctuation between words becomes tokens of its own.
 */
import type { ClauseWords } from '../lexicon/clause-words.js';
import { dictionaryTag, hasPluralEnding, infinitiveOf } from '../parse/nlp.js';
import type { Sentence, Word } from '../parse/parse.js';
import { isTime } from './times.js';

export type TokenKind =
  | 'np' // part of a noun phrase
  | 'verb'
  | 'aux' // auxiliary, copula, modal
  | 'neg'
  | 'adv'
  | 'prep'
  | 'to' // the infinitive marker
  | 'conj'
  | 'rel' // relative pronoun (or relative "that")
  | 'comp' // complementiser "that"
  | 'sub' // subordinating conjunction
  | 'punct';

export interface Token {
  kind: TokenKind;
  /** Word index (for punctuation: the word the mark follows). */
  word: number;
  /** For `prep`, `conj`: the (possibly multi-word) function word; for `punct`: the mark. */
  text: string;
  /** Last word index covered (multi-word prepositions and conjunctions). */
  last: number;
}

/** The forms of "be" that make a verb group progressive or near-future ("is imposing", "was about to sign"). */
const BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', "'s", "'re"]);
const BE_HAVE_FORMS = new Set([...BE_FORMS, 'has', 'have', 'had']);
const BE_HAVE_DO_MODAL = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'am',
  "'s",
  "'re",
  'has',
  'have',
  'had',
  'having',
  "'ve",
  "'d",
  'do',
  'does',
  'did',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  "'ll",
]);
const MULTIWORD_PREPOSITIONS: ReadonlyArray<readonly string[]> = [
  ['according', 'to'],
  ['such', 'as'],
  ['along', 'with'],
  ['together', 'with'],
  ['alongside'],
  ['in', 'return', 'for'],
  ['in', 'response', 'to'],
  ['in', 'retaliation', 'for'],
  ['in', 'reprisal', 'for'],
  ['in', 'revenge', 'for'],
  ['because', 'of'],
  ['due', 'to'],
  ['on', 'behalf', 'of'],
  ['on', 'behalf'],
  ['in', 'favor', 'of'],
  ['in', 'favour', 'of'],
  ['as', 'part', 'of'],
  ['ahead', 'of'],
  ['instead', 'of'],
  ['out', 'of'],
  ['in', 'front', 'of'],
];
const MULTIWORD_CONJUNCTIONS: ReadonlyArray<readonly string[]> = [['as', 'well', 'as']];
/** Words that are prepositions whatever the tagger says ("against" is sometimes read as an adjective). */
const ALWAYS_PREPOSITIONS = new Set([
  'of',
  'against',
  'between',
  'among',
  'amid',
  'amidst',
  'despite',
  'via',
  'into',
  'onto',
  'upon',
  'toward',
  'towards',
  'during',
  'without',
  'within',
  'from',
  'with',
  'at',
  'for',
  'by',
]);
const PARTICIPLE_PREPOSITIONS = new Set([
  'following',
  'including',
  'regarding',
  'concerning',
  'excluding',
  'given',
  'notwithstanding',
]);
/** Quantifiers that may float after an auxiliary ("have both signed"). */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);
const DETERMINER_LIKE = new Set([
  'such',
  'several',
  'many',
  'few',
  'other',
  'another',
  'same',
  'various',
  'both',
  'each',
  'every',
]);
/** Finite forms of "be", lower case as written: never anything else. */
const FINITE_BE = new Set(['is', 'are', 'was', 'were']);
/** Quantifiers comparing amounts: before a plural, part of its noun phrase ("more jets", "fewer troops"). */
const COMPARATIVE_QUANTIFIERS = new Set(['more', 'fewer']);
const VERB_PARTICLES = new Set(['out', 'up', 'off', 'down', 'away', 'back', 'over', 'forward', 'aside']);
/** Articles opening a noun phrase. */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Prepositions the tagger may read as adjectives ("near") or adverbs ("outside", "under") after a verb. */
const PLACE_PREPOSITIONS = new Set(['near', 'inside', 'outside', 'under']);

const PREPOSITION_WORDS = new Set([
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'with',
  'by',
  'about',
  'against',
  'over',
  'under',
  'into',
  'onto',
  'between',
  'among',
  'amid',
  'during',
  'across',
  'through',
  'toward',
  'towards',
  'near',
  'via',
  'without',
  'within',
  'despite',
  'following',
  'including',
  'like',
  'than',
  'per',
  'beyond',
  'around',
  'inside',
  'outside',
  'upon',
  'after',
  'before',
  'since',
  'as',
  'off',
  'out',
  'up',
]);

/** The punctuation written between word `i` and the next word, as marks that matter to clauses. */
function marksAfter(w: Word): string[] {
  const after = w.after;
  if (after === '-' || /^\s*$/.test(after)) return [];
  const marks: string[] = [];
  for (const ch of after) {
    if (ch === ',' || ch === ';' || ch === ':' || ch === '(' || ch === ')') marks.push(ch);
    else if (ch === '—' || ch === '–') marks.push('—');
    else if (ch === '"' || ch === '“' || ch === '”' || ch === '‘' || ch === '’' || ch === "'") marks.push('"');
  }
  if (/\s-\s/.test(after)) marks.push('—');
  return marks;
}

const has = (w: Word | undefined, tag: string): boolean => w?.tags.has(tag) ?? false;
/** "becoming part of": an -ing form of a verb the lexicon knows, whatever the tagger called it. */
function knownGerund(lower: string, lex: ClauseWords): boolean {
  return /ing$/.test(lower) && lex.knownVerbs.has(infinitiveOf(lower, 'Gerund'));
}

const isNounish = (w: Word | undefined): boolean =>
  w !== undefined &&
  (has(w, 'Noun') || has(w, 'ProperNoun') || has(w, 'Value') || has(w, 'Adjective') || has(w, 'Acronym')) &&
  !has(w, 'Pronoun');

/** A verb in base form, as after the infinitive marker. */
function isBaseVerb(w: Word | undefined): boolean {
  if (!w || !has(w, 'Verb')) return false;
  return has(w, 'Infinitive') || (!has(w, 'PastTense') && !has(w, 'Gerund') && !has(w, 'Noun'));
}

/** A name inside running text: capitals there mean a name, whatever the tagger read. */
function isNameWord(w: Word, s: Sentence): boolean {
  return !s.titleCase && w.capitalized && !w.sentenceInitial && w.lower !== 'i';
}

/** Whether a clause (a noun phrase then a finite verb) starts at word `i`. */
function clauseAhead(words: readonly Word[], i: number, end: number, lex?: ClauseWords): boolean {
  let reach = i + 8;
  let closed = -1;
  // "since Ghana, Togo and Benin signed": names listed before the verb, the list closed by "and" or "or".
  let listing = false;
  const allNames = (to: number) => words.slice(i, to).every((x) => x.capitalized && !x.sentenceInitial);
  for (let k = i; k < Math.min(end, reach); k++) {
    const w = words[k] as Word;
    if (k > i && /^\s*,\s*$/.test(words[k - 1]?.after ?? '') && w.capitalized && allNames(k)) {
      listing = true;
      continue;
    }
    if (listing && (w.lower === 'and' || w.lower === 'or')) listing = false;
    if (k > i && k !== closed && /[,;:]/.test(words[k - 1]?.after ?? '')) {
      // "while Saudi Arabia, which has fought the Houthis, called for restraint": past the relative clause.
      if (!/^\s*,\s*$/.test(words[k - 1]?.after ?? '') || !lex?.relativePronouns.has(w.lower)) return false;
      let close = k;
      while (close < end - 1 && !/,/.test((words[close] as Word).after)) close++;
      reach += close + 1 - k;
      k = close;
      closed = close + 1;
      continue;
    }
    if (k > i && lex?.knownVerbs.has(w.lower) && (words[k - 1] as Word).capitalized && !w.capitalized) return true;
    if (has(w, 'Verb') && (has(w, 'PastTense') || has(w, 'PresentTense') || has(w, 'Auxiliary') || has(w, 'Modal')))
      return k > i && !has(w, 'Gerund') && !listing;
  }
  return false;
}

function matchPhrase(words: readonly Word[], i: number, end: number, phrases: ReadonlyArray<readonly string[]>) {
  for (const p of phrases) {
    if (i + p.length > end) continue;
    if (
      p.every(
        (part, k) =>
          words[i + k]?.lower === part && (k === p.length - 1 || marksAfter(words[i + k] as Word).length === 0),
      )
    )
      return p;
  }
  return null;
}

/** Whether an auxiliary precedes word `i`, with only adverbs or negation between. */
function auxBefore(kinds: readonly TokenKind[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first; k--) {
    if (kinds[k] === 'aux') return true;
    if (kinds[k] !== 'adv' && kinds[k] !== 'neg') return false;
  }
  return false;
}

/**
 * Whether word `i` follows an amount or a measure ("$375 million", "10-year") that a determiner or
 * possessive opened: the phrase is still open, so the word is its head noun.
 */
function isMeasuredNoun(words: readonly Word[], i: number, firstWord: number): boolean {
  let k = i - 1;
  let unit = false;
  const measure = (w: Word) => has(w, 'Value') || w.after === '-' || (has(w, 'Hyphenated') && has(w, 'Noun'));
  for (; k >= firstWord && i - k <= 4 && measure(words[k] as Word); k--) {
    const w = words[k] as Word;
    // A bare number may be the noun phrase itself ("the three agree"); money, a multiple or a unit is not.
    unit ||= has(w, 'Money') || has(w, 'Multiple') || (has(w, 'Hyphenated') && has(w, 'Noun'));
  }
  if (!unit || k < firstWord) return false;
  const opener = words[k] as Word;
  return has(opener, 'Determiner') || has(opener, 'Possessive') || opener.possessive;
}

/** Whether an article opens the phrase of word `i`, past up to three modifiers ("a Philippine supply boat"). */
function articleOpens(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = words[k] as Word;
    if (['a', 'an', 'the'].includes(w.lower)) return true;
    if (marksAfter(w).length > 0 || has(w, 'Verb') || has(w, 'Preposition')) return false;
  }
  return false;
}

/**
 * Whether the plural at `i` closes a phrase a count opens, past its modifiers and names: "its last two military
 * bases in Senegal", "24 Rafale jets", "three air defence batteries". A number is no subject of a verb that agrees with it in "-s".
 */
function isCountedNoun(words: readonly Word[], i: number, firstWord: number): boolean {
  for (let k = i - 1; k >= firstWord && i - k <= 4; k--) {
    const w = words[k] as Word;
    if (marksAfter(w).length > 0) return false;
    if (has(w, 'Cardinal')) return !has(w, 'Date') && !has(w, 'Year') && !/^\p{N}{4}$/u.test(w.text);
    // A name counted ("24 Rafale jets") whatever the tagger made of it; else a modifier that is no verb.
    if (
      w.capitalized
        ? has(w, 'Pronoun')
        : !(has(w, 'Adjective') || has(w, 'Noun')) || has(w, 'Verb') || has(w, 'Pronoun')
    )
      return false;
  }
  return false;
}

/**
 * A capitalised sentence opener the tagger called an adjective by its ending alone ("Vucic", "Kostic" end like
 * "basic"): before a finite verb it is the subject's name ("Vucic met Xi"), not a modifier of what follows.
 */
function isGuessedAdjectiveName(w: Word, next: Word | undefined): boolean {
  return (
    w.sentenceInitial &&
    w.capitalized &&
    has(w, 'Adjective') &&
    !has(w, 'Demonym') &&
    w.after === ' ' &&
    dictionaryTag(w.lower) === null &&
    next !== undefined &&
    has(next, 'Verb') &&
    (has(next, 'PastTense') || has(next, 'PresentTense')) &&
    !has(next, 'Noun')
  );
}

/** A known verb's third-person form ("rejects", "plans") that the tagger read as a plural noun. */
function isKnownVerbReadAsPlural(w: Word, lex: ClauseWords): boolean {
  return !has(w, 'Verb') && !w.capitalized && /[^s]s$/.test(w.lower) && lex.knownVerbs.has(w.lower.slice(0, -1));
}

/** Whether a word can open a verb's object: a determiner, a possessive or a name. */
function opensObject(w: Word | undefined, s: Sentence): boolean {
  return w !== undefined && (has(w, 'Determiner') || has(w, 'Possessive') || w.possessive || isNameWord(w, s));
}

/**
 * Whether word `i` comes right after a stretch set off by commas after the sentence's subject: the sentence
 * opens with a noun phrase closed by a comma ("Poland, which borders Ukraine, ..."; "Chile, a neighbour of
 * Peru, ..."), and the stretch runs from there to the comma before `i`.
 */
function afterSetOffSubject(words: readonly Word[], kinds: readonly TokenKind[], s: Sentence, i: number): boolean {
  let k = s.firstWord;
  while (k < i - 2 && kinds[k] === 'np' && marksAfter(words[k] as Word).length === 0) k++;
  return k < i - 2 && kinds[k] === 'np' && /^,\s+$/.test((words[k] as Word).after);
}

/** A word compromise's dictionary knows as a finite verb form ("controls", "backed"), whatever its tag here. */
function isFiniteInDictionary(w: Word): boolean {
  const tag = dictionaryTag(w.lower);
  return tag === 'PresentTense' || tag === 'PastTense';
}

/** An article or a possessive ("the", "a", "its", "Kenya's"): a word that opens its own noun phrase. */
function opensOwnPhrase(w: Word | undefined): boolean {
  return (
    w !== undefined &&
    (ARTICLES.has(w.lower) || w.possessive || (has(w, 'Possessive') && has(w, 'Pronoun') && !w.capitalized))
  );
}

/** A base verb, or a known verb the tagger read as a singular noun ("is due to visit": "visit" as a noun). */
function isInfinitiveLike(w: Word | undefined, lex: ClauseWords): boolean {
  if (isBaseVerb(w)) return true;
  return w !== undefined && has(w, 'Noun') && !has(w, 'Plural') && !w.capitalized && lex.knownVerbs.has(w.lower);
}

/** Word `i` closes a person's name of two or more words the tagger knows as one ("Ana Ruiz", "Tom Hale"). */
function endsFullPersonalName(words: readonly Word[], i: number, firstWord: number): boolean {
  return i > firstWord && has(words[i], 'Person') && has(words[i - 1], 'Person');
}

/** Whether the names after a sentence's first preposition end at a comma ("On Monday, ...", "In Lima, ..."). */
function frontedPhraseCloses(words: readonly Word[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 6); k++) {
    const w = words[k] as Word;
    if (!w.capitalized && !has(w, 'Value') && !has(w, 'Date')) return false;
    if (/,/.test(w.after)) return true;
    if (!/^(\s+|-)$/.test(w.after)) return false;
  }
  return false;
}

/** The token stream of one sentence. */
export function tokenize(words: readonly Word[], s: Sentence, lex: ClauseWords): Token[] {
  const tokens: Token[] = [];
  const kinds: TokenKind[] = [];
  const push = (kind: TokenKind, word: number, text: string, last = word) => {
    tokens.push({ kind, word, text, last });
    if (kind !== 'punct') for (let k = word; k <= last; k++) kinds[k] = kind;
    // After a sentence's last word, what follows a space opens the next sentence (its opening quote).
    const w = words[last] as Word;
    const own = last === s.endWord - 1 ? { ...w, after: w.after.replace(/\s[\s\S]*$/, '') } : w;
    if (kind !== 'punct') for (const m of marksAfter(own)) tokens.push({ kind: 'punct', word: last, text: m, last });
  };
  for (let i = s.firstWord; i < s.endWord; i++) {
    const w = words[i] as Word;
    // The sentence's first word has no neighbour before it (the last word of the sentence before is none).
    const prev = i > s.firstWord ? words[i - 1] : undefined;
    const next = i + 1 < s.endWord ? words[i + 1] : undefined;
    const lower = w.lower;
    const prevKind = i > s.firstWord ? kinds[i - 1] : undefined;
    const joinedToPrev = prev !== undefined && prev.after === '-';
    // "X, left, shakes hands with Y": a caption's position between commas after a name is no verb; it is dropped with its commas.
    const lastToken = tokens[tokens.length - 1];
    if (
      lex.captionPositions.has(lower) &&
      prev?.capitalized &&
      lastToken?.kind === 'punct' &&
      lastToken.text === ',' &&
      lastToken.word === i - 1 &&
      marksAfter(w).join('') === ','
    ) {
      tokens.pop();
      kinds[i] = 'np';
      continue;
    }
    // "bought at least 12 jets", "will buy up to 30 F-16s": an amount's phrase before a number belongs to its noun phrase.
    const amount = matchPhrase(words, i, s.endWord, lex.amountPhrases);
    if (amount && has(words[i + amount.length], 'Value')) {
      push('np', i, amount.join(' '), i + amount.length - 1);
      i += amount.length - 1;
      continue;
    }
    const conj = matchPhrase(words, i, s.endWord, MULTIWORD_CONJUNCTIONS);
    if (conj) {
      push('conj', i, conj.join(' '), i + conj.length - 1);
      i += conj.length - 1;
      continue;
    }
    // "is due to visit": a frame, not the preposition "due to" ("was delayed due to the storm").
    const frame = prevKind === 'aux' && BE_FORMS.has(prev?.lower ?? '') && isInfinitiveLike(words[i + 2], lex);
    const multi = matchPhrase(words, i, s.endWord, MULTIWORD_PREPOSITIONS);
    if (multi && !joinedToPrev && !(frame && lex.catenatives.has(lower))) {
      // "on behalf the army" (a dropped "of") reads as "on behalf of".
      const text = multi.join(' ') === 'on behalf' ? 'on behalf of' : multi.join(' ');
      push('prep', i, text, i + multi.length - 1);
      i += multi.length - 1;
      continue;
    }
    // Right after an auxiliary of these forms and right before "to" and a base verb ("is about | to sign").
    const beforeInfinitive = (auxiliaries: ReadonlySet<string>): boolean =>
      prevKind === 'aux' &&
      auxiliaries.has(prev?.lower ?? '') &&
      next?.lower === 'to' &&
      isInfinitiveLike(words[i + 2], lex);
    let kind: TokenKind;
    if (joinedToPrev || (w.after === '-' && next !== undefined)) kind = 'np';
    // "made by U.S. firm Boeing": a noun calling the name after it an organisation describes it, whatever the tagger
    // said ("firm" as a verb).
    else if (
      lex.organisationNouns.has(lower) &&
      prevKind === 'np' &&
      next !== undefined &&
      isNameWord(next, s) &&
      /^\s+$/.test(w.after) &&
      !marksAfter(prev as Word).length
    )
      kind = 'np';
    // "It last year ordered", "this week": a modifier of a time noun is no verb ("last") or determiner of a clause.
    else if (isTime(words, i) && !marksAfter(w).length) kind = 'np';
    // "wants more jets": a plural after "more" or "fewer" is what there is more of, whatever the tagger said.
    else if (COMPARATIVE_QUANTIFIERS.has(prev?.lower ?? '') && prevKind === 'np' && hasPluralEnding(lower)) kind = 'np';
    else if (
      COMPARATIVE_QUANTIFIERS.has(lower) &&
      next !== undefined &&
      hasPluralEnding(next.lower) &&
      !marksAfter(w).length
    )
      kind = 'np';
    // "Algeria, whose ties with France ...": "whose" opens a noun phrase, whatever the tagger said of the word after it.
    else if (prev?.lower === 'whose') kind = 'np';
    // "is imposing sanctions": an -ing word after a form of "be" is a progressive verb, whatever the tagger said.
    else if (/ing$/.test(lower) && prevKind === 'aux' && BE_FORMS.has(prev?.lower ?? '') && !has(w, 'Noun'))
      kind = 'verb';
    // "is about to sign": a near-future word between a form of be and an infinitive joins the verb group.
    else if (lex.nearFuture.has(lower) && !has(w, 'Verb') && beforeInfinitive(BE_FORMS)) kind = 'adv';
    // "is set to receive", "is due to sign": a frame word the tagger read as a noun or adjective, between a form of
    // "be" and an infinitive, is the frame verb.
    else if (lex.catenatives.has(lower) && !has(w, 'Verb') && beforeInfinitive(BE_FORMS)) kind = 'verb';
    // "has yet to ratify", "is yet to be signed": "yet" between an auxiliary and an infinitive joins the verb group.
    else if (lex.notYet.has(lower) && beforeInfinitive(BE_HAVE_FORMS)) kind = 'adv';
    // "have taken part in": an event noun right after a light verb is its object; "provides training to X": one
    // in -ing right after a verb of giving too.
    else if (
      prevKind === 'verb' &&
      lex.eventNouns.has(lower) &&
      ((lex.lightVerbs.has(prev?.lemma ?? '') && !has(w, 'Gerund')) || lex.giving.has(prev?.lemma ?? ''))
    )
      kind = 'np';
    // "a town of around 10,000 inhabitants": an approximate number after a preposition is one phrase.
    else if (prevKind === 'prep' && lex.approximators.has(lower) && has(next, 'Value') && !marksAfter(w).length)
      kind = 'np';
    // "have both ratified", "are all expected to sign": a quantifier floated between an auxiliary and its verb
    // joins the verb group; the subject is what it counts.
    else if (
      FLOATING_QUANTIFIERS.has(lower) &&
      prevKind === 'aux' &&
      next !== undefined &&
      has(next, 'Verb') &&
      (has(next, 'PastTense') || has(next, 'Participle') || has(next, 'Gerund')) &&
      !marksAfter(w).length
    )
      kind = 'adv';
    // "the first such visit", "several other states": determiner-like words belong to the phrase.
    else if (DETERMINER_LIKE.has(lower) && next !== undefined && !marksAfter(w).length) kind = 'np';
    else if (lex.negations.has(lower) || has(w, 'Negative')) kind = 'neg';
    else if (lex.relativePronouns.has(lower)) kind = 'rel';
    else if (prevKind === 'rel' && prev?.lower === 'that' && isFiniteInDictionary(w) && !has(w, 'Verb'))
      // "that controls most of ...": the relative clause's verb, read by the tagger as a plural noun.
      kind = 'verb';
    else if (lower === 'that') {
      const prevIsNoun = prevKind === 'np' && marksAfter(prev as Word).length === 0;
      const nextIsVerb = next !== undefined && (has(next, 'Verb') || has(next, 'Adverb')) && !has(next, 'Noun');
      // "the Guard, that controls the drone force, confirmed ...": after a name set off by a comma, "that" before
      // a word the dictionary knows as a finite verb opens a relative clause, whatever the tagger made of the word.
      const commaAfterNoun = prevKind === 'np' && prev !== undefined && /^,\s*$/.test(prev.after);
      // Not a subject noun of a complement clause: "warned Kenya, that sanctions would follow".
      const after = words[i + 2];
      const finite =
        next !== undefined &&
        (isFiniteInDictionary(next) || (has(next, 'Verb') && !has(next, 'Noun'))) &&
        !['Verb', 'Modal', 'Auxiliary', 'Copula'].some((t) => has(after, t));
      if (commaAfterNoun && finite) kind = 'rel';
      else if (prevKind === 'verb' || prevKind === 'aux' || (prev && /,\s*$/.test(prev.after))) kind = 'comp';
      else if (prevIsNoun && nextIsVerb) kind = 'rel';
      // "said in July that the purchase of ... would", "told reporters on Monday that Kenya's ...": a demonstrative
      // "that" goes before its noun, never before an article or a possessive, so after a time or other phrase it
      // opens a clause however long its subject (the clause reader tells a complement from a relative clause).
      else if (prevIsNoun && opensOwnPhrase(next)) kind = 'comp';
      else if (prevIsNoun && next !== undefined && clauseAhead(words, i + 1, s.endWord)) kind = 'comp';
      else kind = 'np';
    } else if (lower === 'to') {
      // After a frame word read as the verb ("is due | to visit"), a known verb read as a noun is the infinitive.
      const afterFrame = prevKind === 'verb' && lex.catenatives.has(prev?.lower ?? '') && isInfinitiveLike(next, lex);
      kind = isBaseVerb(next) || afterFrame || (has(next, 'Adverb') && isBaseVerb(words[i + 2])) ? 'to' : 'prep';
    } else if (prevKind === 'to' && !has(w, 'Verb') && isInfinitiveLike(w, lex)) kind = 'verb';
    else if (lex.coordinators.has(lower)) kind = 'conj';
    else if (lex.subordinators.has(lower) && clauseAhead(words, i + 1, s.endWord, lex)) kind = 'sub';
    else if (has(w, 'QuestionWord') && lower !== 'that') kind = clauseAhead(words, i + 1, s.endWord) ? 'sub' : 'np';
    // "since Algeria cut diplomatic relations", "Israel hit Iran with F-35 jets": a known verb the tagger read as a
    // noun, right after a name (at the sentence's start, one the tagger knows as a name).
    else if (
      !has(w, 'Verb') &&
      !w.capitalized &&
      lex.knownVerbs.has(lower) &&
      prev !== undefined &&
      (isNameWord(prev, s) || (prev.sentenceInitial && prev.capitalized && has(prev, 'ProperNoun'))) &&
      marksAfter(prev).length === 0 &&
      next !== undefined &&
      (has(next, 'Determiner') || has(next, 'Adjective') || isNounish(next) || isNameWord(next, s)) &&
      !kinds.slice(s.firstWord, i).includes('verb')
    )
      kind = 'verb';
    // "Taiwan's government rejects China's claims": a known verb's third-person form the tagger read as a plural,
    // right after a singular subject noun and before its object, in a clause with no verb yet.
    else if (
      isKnownVerbReadAsPlural(w, lex) &&
      prevKind === 'np' &&
      prev !== undefined &&
      has(prev, 'Noun') &&
      !has(prev, 'Plural') &&
      !prev.capitalized &&
      !prev.possessive &&
      marksAfter(prev).length === 0 &&
      opensObject(next, s) &&
      !kinds.slice(s.firstWord, i).includes('verb')
    )
      kind = 'verb';
    // "U.S. sanctions Venezuelan officials over election", "EU sanctions judge overseeing trial": in a sentence with
    // no other finite verb (a headline's), a known verb's plural reading right after a name and before its object is
    // the verb.
    else if (
      isKnownVerbReadAsPlural(w, lex) &&
      prevKind === 'np' &&
      prev?.capitalized === true &&
      marksAfter(prev).length === 0 &&
      next !== undefined &&
      (next.capitalized || has(next, 'Determiner')) &&
      !kinds.slice(s.firstWord, i).includes('verb') &&
      !words.slice(i + 1, s.endWord).some((x) => has(x, 'Verb') && !has(x, 'Gerund') && !has(x, 'Participle'))
    )
      kind = 'verb';
    // "Poland, which borders Ukraine, plans to spend ...", "Chile, a neighbour of Peru, wants the jets": the
    // same plural reading right after the comma that closes a stretch set off after the sentence's subject.
    else if (
      isKnownVerbReadAsPlural(w, lex) &&
      prev !== undefined &&
      /^,\s+$/.test(prev.after) &&
      ((next?.lower === 'to' && isBaseVerb(words[i + 2])) || opensObject(next, s)) &&
      afterSetOffSubject(words, kinds, s, i)
    )
      kind = 'verb';
    else if (isNameWord(w, s) && !has(w, 'Verb')) kind = 'np';
    // "Russia threatened the Baltic states.": a plural after "the" and a name, closing the clause after its verb, is
    // the phrase's head, not a second verb.
    else if (
      has(w, 'PresentTense') &&
      hasPluralEnding(lower) &&
      prev !== undefined &&
      isNameWord(prev, s) &&
      marksAfter(prev).length === 0 &&
      words[i - 2]?.lower === 'the' &&
      kinds.slice(s.firstWord, i).includes('verb') &&
      (next === undefined || marksAfter(w).length > 0 || has(next, 'Preposition'))
    )
      kind = 'np';
    // "India struck air bases in Pakistan", "Russia bombed power plants.": a plural right after a bare noun that
    // follows the clause's verb heads a compound with it, not a second verb (unless the verb takes a clause: "said
    // aid arrives").
    else if (
      has(w, 'PresentTense') &&
      hasPluralEnding(lower) &&
      prev !== undefined &&
      prevKind === 'np' &&
      has(prev, 'Noun') &&
      !has(prev, 'Plural') &&
      !prev.capitalized &&
      marksAfter(prev).length === 0 &&
      kinds[i - 2] === 'verb' &&
      !lex.reporting.has(words[i - 2]?.lemma ?? '') &&
      !lex.complementVerbs.has(words[i - 2]?.lemma ?? '') &&
      (next === undefined || marksAfter(w).length > 0 || has(next, 'Preposition'))
    )
      kind = 'np';
    // "denied media reports that ...", "rejected press claims": what a denial denies is a claim, one noun with the
    // noun before it, not a clause of its own.
    else if (
      lex.claimNouns.has(lower) &&
      prevKind === 'np' &&
      prev !== undefined &&
      !prev.capitalized &&
      marksAfter(prev).length === 0 &&
      kinds[i - 2] === 'verb' &&
      lex.reporting.get(words[i - 2]?.lemma ?? '') === 'denied'
    )
      kind = 'np';
    // "King Abdullah II received ...": a capitalised first word before a name is part of it; a preposition whose
    // phrase a comma closes is not ("On Monday, A and B signed", "In Lima, ...", "Under President X, ..."). Without
    // the comma ("In Lima Chile and Peru signed") the reader cannot tell where the phrase ends, and reads the names.
    else if (
      w.sentenceInitial &&
      w.capitalized &&
      !s.titleCase &&
      next !== undefined &&
      isNameWord(next, s) &&
      !has(w, 'Auxiliary') &&
      !(has(w, 'Preposition') && frontedPhraseCloses(words, i + 1, s.endWord))
    )
      kind = 'np';
    // "Egypt has since deepened its ties": between an auxiliary and a past form, "since" means "since then";
    // "Jordan has long sought": "long" means "for a long time".
    else if (
      (lower === 'since' || lower === 'long') &&
      prevKind === 'aux' &&
      next !== undefined &&
      (has(next, 'PastTense') || has(next, 'Participle')) &&
      !marksAfter(w).length
    )
      kind = 'adv';
    else if (ALWAYS_PREPOSITIONS.has(lower)) kind = 'prep';
    // "Following ten-hour talks, ...", "including Iran": participles used as prepositions, unless an auxiliary precedes.
    else if (PARTICIPLE_PREPOSITIONS.has(lower) && prevKind !== 'aux' && next !== undefined && !/[,;:]/.test(w.after))
      kind = 'prep';
    // "against striking a deal", ", becoming part of ...": an -ing word taking an object is a gerund.
    else if (
      /ing$/.test(lower) &&
      !isNameWord(w, s) &&
      marksAfter(w).length === 0 &&
      next !== undefined &&
      (prevKind === 'prep' || prevKind === undefined || (prev !== undefined && /,\s*$/.test(prev.after))) &&
      (has(next, 'Determiner') ||
        has(next, 'Possessive') ||
        isNameWord(next, s) ||
        ((has(w, 'Verb') || knownGerund(lower, lex)) && isNounish(next))) &&
      // "visiting Israeli Defense Minister X", "acting President Y" describe the person; "after ousting President Y"
      // acts on them.
      !((has(next, 'Demonym') || has(next, 'Honorific')) && lex.titleParticiples.has(lower))
    )
      kind = 'verb';
    // "fought over Kashmir", "clashed over the islands": "over" after a verb opens a phrase, unless the
    // tagger knows the phrasal verb ("took over the company", "handed over the prisoners").
    else if (
      lower === 'over' &&
      prevKind === 'verb' &&
      !has(w, 'Particle') &&
      next !== undefined &&
      (isNounish(next) || has(next, 'Determiner') || has(next, 'Possessive') || isNameWord(next, s))
    )
      kind = 'prep';
    // "broke off relations", "carried out attacks": a particle right after its verb belongs to the verb.
    else if (VERB_PARTICLES.has(lower) && prevKind === 'verb') kind = 'adv';
    else if (has(w, 'Preposition') || (PREPOSITION_WORDS.has(lower) && !has(w, 'Verb') && !has(w, 'Adjective')))
      kind = 'prep';
    // "sovereignty over the territory": a preposition the tagger read otherwise, before a determiner or a name;
    // after a verb too for a word of place or circumstance ("clashed near the border", "signed under US mediation").
    else if (
      PREPOSITION_WORDS.has(lower) &&
      (prevKind === 'np' || (prevKind === 'verb' && PLACE_PREPOSITIONS.has(lower))) &&
      next !== undefined &&
      (has(next, 'Determiner') || has(next, 'Possessive') || isNameWord(next, s))
    )
      kind = 'prep';
    // "read out a statement", "broke out": a particle right after its verb belongs to the verb; "reached in Nairobi" is a preposition.
    else if (has(w, 'Particle')) {
      const nounFollows = next !== undefined && (isNounish(next) || has(next, 'Determiner') || isNameWord(next, s));
      kind = nounFollows && (prevKind !== 'verb' || !VERB_PARTICLES.has(lower)) ? 'prep' : 'adv';
    } else if (
      has(w, 'Auxiliary') ||
      has(w, 'Modal') ||
      has(w, 'Copula') ||
      (BE_HAVE_DO_MODAL.has(lower) && has(w, 'Verb')) ||
      // "Russia was Syria's most important backer": a finite "be" is one whatever the tagger said ("was" as an adjective).
      FINITE_BE.has(w.text)
    )
      kind = 'aux';
    else if (has(w, 'Verb') && prevKind === 'prep' && !has(w, 'Gerund')) kind = 'np';
    // "are present in Mali": a bare verb form right after a form of "be" is its complement, not a verb
    // ("is set to sign" keeps its frame verb).
    else if (
      has(w, 'Infinitive') &&
      !['PastTense', 'Participle', 'Gerund'].some((t) => has(w, t)) &&
      prevKind === 'aux' &&
      BE_FORMS.has(prev?.lower ?? '') &&
      next?.lower !== 'to' &&
      !lex.catenatives.has(w.lemma)
    )
      kind = 'np';
    else if (
      has(w, 'Verb') &&
      (prevKind === 'verb' || (prevKind === 'adv' && has(prev, 'Particle'))) &&
      has(w, 'PresentTense') &&
      !has(w, 'Infinitive') &&
      hasPluralEnding(lower)
    )
      // "carried out abuses": a plural noun where the tagger saw a third-person verb.
      kind = 'np';
    else if (
      has(w, 'Verb') &&
      /ing$/.test(lower) &&
      prevKind === 'np' &&
      prev !== undefined &&
      !prev.capitalized &&
      has(prev, 'Noun') &&
      marksAfter(prev).length === 0 &&
      !(next && (has(next, 'Determiner') || isNounish(next) || isNameWord(next, s)))
    )
      // "the press briefing", "peace building": an -ing noun closing a compound.
      kind = 'np';
    else if (
      has(w, 'Verb') &&
      !has(w, 'PastTense') &&
      !has(w, 'Gerund') &&
      prevKind === 'np' &&
      prev !== undefined &&
      !prev.capitalized &&
      has(prev, 'Noun') &&
      !has(prev, 'Pronoun') &&
      marksAfter(prev).length === 0 &&
      (next === undefined ||
        has(next, 'Auxiliary') ||
        has(next, 'Copula') ||
        has(next, 'Modal') ||
        (marksAfter(w).length > 0 && !hasPluralEnding(lower) && !has(prev, 'Plural') && articleOpens(words, i)))
    )
      // "The radar contract was signed", "... and the fisheries accord.", "fired water cannon at a Philippine supply
      // boat, Manila said": a noun closing a compound (before punctuation, in a phrase an article opens).
      kind = 'np';
    else if (
      has(w, 'Verb') &&
      has(w, 'PresentTense') &&
      /s$/.test(lower) &&
      !lex.reporting.has(w.lemma) &&
      prevKind === 'np' &&
      prev?.capitalized === true &&
      !has(prev, 'Country') &&
      marksAfter(prev).length === 0 &&
      (next === undefined ||
        PREPOSITION_WORDS.has(next.lower) ||
        marksAfter(w).length > 0 ||
        // "British warplanes struck": a past verb right after it is the verb; the word is its subject's noun.
        (has(next, 'PastTense') && has(next, 'Verb') && !has(next, 'Noun') && !has(next, 'Participle'))) &&
      // "as Athens seeks to modernise", "Tehran plans to build": a verb taking an infinitive after its subject.
      !(lex.catenatives.has(w.lemma) && next?.lower === 'to' && isBaseVerb(words[i + 2])) &&
      // "Ana Ruiz works for the group", "Senator Tom Hale sits on the committee": a person's full name is the verb's
      // subject; no compound is headed by a plural after a first and last name.
      !endsFullPersonalName(words, i - 1, s.firstWord)
    )
      // "Heron drones from Israel": a plural noun after a name, where the tagger saw a verb.
      kind = 'np';
    else if (
      /ing$/.test(lower) &&
      prevKind === 'np' &&
      prev !== undefined &&
      has(prev, 'Noun') &&
      !has(prev, 'Adjective') &&
      !has(prev, 'Determiner') &&
      marksAfter(prev).length === 0 &&
      next !== undefined &&
      (has(next, 'Determiner') || (isNounish(next) && !has(next, 'Preposition')))
    )
      // "the Jewish state offering products": an -ing word after a noun, taking an object, is a participle.
      kind = 'verb';
    else if (
      !has(w, 'Verb') &&
      !has(w, 'Plural') &&
      lex.knownVerbs.has(lower) &&
      prevKind === 'np' &&
      prev !== undefined &&
      prev.capitalized &&
      marksAfter(prev).length === 0 &&
      next !== undefined &&
      (has(next, 'Determiner') || has(next, 'Adjective')) &&
      isNounish(words[i + 2])
    )
      // "since Algeria cut diplomatic relations": a verb whose past is its base, read as a noun after a name.
      kind = 'verb';
    else if (
      /ing$/.test(lower) &&
      prev !== undefined &&
      prev.capitalized &&
      prevKind === 'np' &&
      marksAfter(prev).length === 0 &&
      next !== undefined &&
      ['to', 'from', 'into', 'for'].includes(next.lower)
    )
      // "followed by Minister X traveling to Y": an -ing word after a person's name, before a preposition of motion.
      kind = 'verb';
    // "the last of 24 Rafale jets it bought", "its last two military bases": a plural a count opens is its noun.
    else if (has(w, 'PresentTense') && hasPluralEnding(lower) && isCountedNoun(words, i, s.firstWord)) kind = 'np';
    else if (has(w, 'Verb') && !has(w, 'PastTense') && !has(w, 'Gerund') && isMeasuredNoun(words, i, s.firstWord))
      // "a $375 million contract", "a 10-year contract": after an amount a determiner opened, a noun.
      kind = 'np';
    else if (has(w, 'Verb')) {
      const afterDeterminer =
        prev !== undefined &&
        (has(prev, 'Determiner') ||
          has(prev, 'Possessive') ||
          prev.possessive ||
          (has(prev, 'Adjective') && prevKind !== 'adv' && !isGuessedAdjectiveName(prev, w)) ||
          has(prev, 'Demonym') ||
          // "the 24 ordered jets"; not a year ("Poland in 2024 bought tanks").
          (has(prev, 'Value') && !has(prev, 'Year')) ||
          // "the internationally recognized government": an adverb between the determiner and the participle.
          (/ly$/.test(prev.lower) &&
            has(prev, 'Adverb') &&
            i - 2 >= s.firstWord &&
            has(words[i - 2] as Word, 'Determiner') &&
            next !== undefined &&
            isNounish(next))) &&
        // "Iran's backing of": the possessive's apostrophe is no quotation mark.
        marksAfter(prev.possessive ? { ...prev, after: prev.after.replace(/^['’]s?/, '') } : prev).length === 0;
      // "the signed statement", "its first major weapons purchase", "the signing of": a noun or a modifier here.
      // "its weapons purchase from Moscow": an event noun after a common noun is that noun's head.
      const afterCommonNoun =
        prev !== undefined &&
        prevKind === 'np' &&
        !prev.capitalized &&
        has(prev, 'Noun') &&
        marksAfter(prev).length === 0;
      // "has long armed Algeria", "but restored ties": after an auxiliary, or a conjunction in a clause that had a verb, a verb.
      const verbal =
        (auxBefore(kinds, i, s.firstWord) && !has(prev, 'Determiner')) ||
        (prevKind === 'conj' &&
          kinds.slice(s.firstWord, i).includes('verb') &&
          (has(w, 'PastTense') || has(w, 'PresentTense')));
      // "submitted written applications", "sent trained soldiers": a participle between a verb and its noun object.
      const modifiesObject =
        prevKind === 'verb' &&
        (has(w, 'PastTense') || has(w, 'Participle')) &&
        marksAfter(prev as Word).length === 0 &&
        marksAfter(w).length === 0 &&
        next !== undefined &&
        has(next, 'Noun') &&
        !has(next, 'Pronoun') &&
        !next.capitalized &&
        !has(next, 'Verb');
      // "signed a peace deal under the auspices of ...": a bare form after an article and a common noun heads their
      // phrase, unless an object follows it ("the army fight the rebels" is rare; "the army deal" is not).
      const compoundHead =
        afterCommonNoun &&
        i - 2 >= s.firstWord &&
        ARTICLES.has(words[i - 2]?.lower ?? '') &&
        !/(s|ed|ing)$/.test(lower) &&
        !has(w, 'PastTense') &&
        (next === undefined ||
          !(has(next, 'Determiner') || has(next, 'Possessive') || has(next, 'Pronoun') || isNameWord(next, s)));
      if (verbal) kind = 'verb';
      else if (modifiesObject || compoundHead) kind = 'np';
      else if (afterDeterminer && (has(w, 'Noun') || has(w, 'Gerund') || isNounish(next) || has(w, 'Adjective')))
        kind = 'np';
      else if (
        (afterCommonNoun ||
          (prevKind === 'np' && prev !== undefined && marksAfter(prev).length === 0 && !prev.capitalized)) &&
        lex.eventNouns.has(lower) &&
        !has(w, 'PastTense') &&
        !has(w, 'Gerund')
      )
        kind = 'np';
      // "visiting Israeli Defense Minister X": an -ing word before a title or demonym modifies the name.
      else if (/ing$/.test(lower) && next !== undefined && (has(next, 'Demonym') || has(next, 'Honorific')))
        kind = 'np';
      // "After talks between ...": an event noun where no verb can stand (after a preposition, before "between").
      else if (
        lex.eventNouns.has(lower) &&
        !has(w, 'PastTense') &&
        !has(w, 'Gerund') &&
        (prevKind === 'prep' || prevKind === 'sub' || prevKind === undefined) &&
        (next === undefined || PREPOSITION_WORDS.has(next.lower))
      )
        kind = 'np';
      else if ((has(w, 'PastTense') || has(w, 'Participle')) && has(w, 'Adjective') && isNounish(next)) kind = 'np';
      else if (isNameWord(w, s)) kind = 'np';
      else kind = 'verb';
    } else if (
      prevKind === 'aux' &&
      has(w, 'Adjective') &&
      next !== undefined &&
      /ed$/.test(next.lower) &&
      words[i + 2] !== undefined &&
      !marksAfter(w).length
    )
      // "has long armed": an adjective between an auxiliary and a participle is an adverb.
      kind = 'adv';
    else if (
      /ed$/.test(lower) &&
      has(w, 'Adjective') &&
      next !== undefined &&
      (isNameWord(next, s) || has(next, 'Determiner') || isNounish(next)) &&
      (auxBefore(kinds, i, s.firstWord) || (prevKind === 'conj' && kinds.slice(s.firstWord, i).includes('verb')))
    )
      // "has long armed Algeria", "but restored ties": a past form the tagger read as an adjective, after an auxiliary
      // or opening a second predicate.
      kind = 'verb';
    else if (
      /ed$/.test(lower) &&
      has(w, 'Adjective') &&
      prevKind === 'np' &&
      prev?.capitalized === true &&
      // A number is no name: "24 used F-16 jets" (second-hand ones).
      !/^\p{N}/u.test(prev.text) &&
      marksAfter(prev).length === 0 &&
      next !== undefined &&
      (isNameWord(next, s) || has(next, 'Determiner'))
    )
      // "King Abdullah II received Vladimir Putin": a past form between names is the verb, whatever the tagger said.
      kind = 'verb';
    else if (
      /ed$/.test(lower) &&
      has(w, 'Adjective') &&
      auxBefore(kinds, i, s.firstWord) &&
      [lower.slice(0, -1), lower.slice(0, -2)].some((stem) => lex.knownVerbs.has(stem)) &&
      (next === undefined || !isNounish(next))
    )
      // "is deeply involved in", "are entrenched": a participle the tagger read as an adjective after
      // a form of "be" is a passive verb when the lexicon knows its verb.
      kind = 'verb';
    else if (
      has(w, 'Adjective') &&
      !has(w, 'Noun') &&
      !has(w, 'Demonym') &&
      !w.capitalized &&
      prev !== undefined &&
      ((prevKind === 'np' &&
        !prev.possessive &&
        !['Possessive', 'Determiner', 'Adjective'].some((t) => has(prev, t)) &&
        ['', ','].includes(marksAfter(prev).join(''))) ||
        (prevKind === 'conj' && marksAfter(prev).length === 0)) &&
      marksAfter(w).length === 0 &&
      next !== undefined &&
      (has(next, 'PastTense') || has(next, 'PresentTense')) &&
      !has(next, 'Noun')
    )
      // "Poland later bought", "Kenya earlier signed", "Turkey first bought", "attended the talks and later met",
      // "General X, later met": an adjective between a noun, a comma or "and" and a finite verb cannot modify a
      // noun; it is the verb's adverb.
      kind = 'adv';
    else if (has(w, 'Adverb')) {
      // "most significant purchase", "the internationally recognized government": an adverb inside a noun phrase.
      const modifies =
        next !== undefined &&
        (has(next, 'Adjective') || (prev !== undefined && has(prev, 'Determiner') && /ed$/.test(next.lower))) &&
        isNounish(words[i + 2]);
      kind = modifies && (!has(next, 'Verb') || prevKind === 'np') ? 'np' : 'adv';
    } else kind = 'np';
    push(kind, i, lower);
  }
  // "support for proxies (such as A and B)": a bracket opening examples is no break between them and the noun.
  return tokens.filter(
    (t, k) =>
      !(
        t.kind === 'punct' &&
        t.text === '(' &&
        tokens[k + 1]?.kind === 'prep' &&
        lex.exemplifying.has(tokens[k + 1]!.text)
      ),
  );
}
