/**
 * The per-article state the entity detectors share: words, sentences,
 * gazetteer matches and which words are already taken by a candidate.
 */
import { datelineLength } from '../clean/dateline.js';
import type { Lexicon, LexiconEntry } from '../lexicon/index.js';
import type { ParsedText, Sentence, Word } from '../parse/parse.js';
import { longestPhraseAt, matchDemonyms, matchLexicon, type LexiconMatch } from './gazetteer.js';
import type { TitleContext } from './titles.js';
import type { Candidate } from './types.js';
import type { UnknownName } from './unknown-names.js';

export interface DetectionContext extends TitleContext {
  parsed: ParsedText;
  sentences: readonly Sentence[];
  /** Words already covered by a candidate. */
  taken: Uint8Array;
  candidates: Candidate[];
  /** Capitalised names that got no kind from their own words: their context types them later. */
  unknownNames: UnknownName[];
  /** Lower-cased names of people known from the store or earlier articles (full names and surnames). */
  knownPeople: ReadonlySet<string>;
}

/** Builds the shared context: gazetteer and demonym matches for every sentence. */
export function createContext(
  lexicon: Lexicon,
  parsed: ParsedText,
  knownPeople: ReadonlySet<string>,
): DetectionContext {
  const demonyms = new Map<number, LexiconMatch>();
  const demonymsByEnd = new Map<number, LexiconMatch>();
  const lexiconByEnd = new Map<number, LexiconMatch>();
  const lexiconByStart = new Map<number, LexiconMatch>();
  for (const s of parsed.sentences) {
    for (const m of matchLexicon(lexicon, parsed.words, s.firstWord, s.endWord, s.titleCase)) {
      lexiconByStart.set(m.start, m);
      lexiconByEnd.set(m.end, m);
    }
    for (const m of matchDemonyms(lexicon, parsed.words, s.firstWord, s.endWord).values()) {
      // "U.S." is both a name and a demonym; as a name it is a mention.
      if (lexiconByStart.get(m.start)?.end === m.end) continue;
      demonyms.set(m.start, m);
      demonymsByEnd.set(m.end, m);
    }
  }
  // "Peru's Treasury Department": a national institution of the gazetteer written for another
  // country is that country's institution, not the gazetteer's.
  for (const m of [...lexiconByStart.values()]) {
    const owner = m.entry.kind === 'Organization' ? m.entry.country : undefined;
    if (!owner) continue;
    const named = lexiconByEnd.get(m.start);
    const possessor = named?.entry.kind === 'Country' && parsed.words[m.start - 1]?.possessive ? named : undefined;
    const country = (demonymsByEnd.get(m.start) ?? possessor)?.entry.name;
    if (country && country !== owner) {
      lexiconByStart.delete(m.start);
      lexiconByEnd.delete(m.end);
    }
  }
  return {
    lexicon,
    parsed,
    words: parsed.words,
    sentences: parsed.sentences,
    demonyms,
    demonymsByEnd,
    lexiconByEnd,
    lexiconByStart,
    taken: new Uint8Array(parsed.words.length),
    candidates: [],
    unknownNames: [],
    knownPeople,
  };
}

/** Records a candidate and marks its words as taken. */
export function addCandidate(ctx: DetectionContext, candidate: Candidate): void {
  ctx.candidates.push(candidate);
  if (!candidate.pending) ctx.taken.fill(1, candidate.start, candidate.end);
}

/** Adds a gazetteer name found at words `[start, end)` as a candidate of its entry's kind. */
export function addLexiconCandidate(
  ctx: DetectionContext,
  match: { start: number; end: number; entry: LexiconEntry },
): void {
  addCandidate(ctx, {
    start: match.start,
    end: match.end,
    kind: match.entry.kind,
    name: match.entry.name,
    source: 'lexicon',
    lexicon: match.entry,
  });
}

/** True when any word of the range is already taken. */
export function isTaken(ctx: DetectionContext, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (ctx.taken[i]) return true;
  return false;
}

/** The sentence containing word `i`. */
export function sentenceOf(ctx: DetectionContext, i: number): Sentence {
  const w = ctx.words[i] as Word;
  return ctx.sentences[w.sentence] as Sentence;
}

/**
 * Whether the words up to `end` lie in the dateline that opens their sentence ("KUALA LUMPUR, July 28 (AP) -"):
 * where the report was filed, which is no part of what the sentence says.
 */
export function inDateline(ctx: DetectionContext, end: number): boolean {
  const last = ctx.words[end - 1];
  return last !== undefined && last.end <= datelineEnd(ctx, last.sentence);
}

/** Where the dateline opening each sentence ends (a character offset; the sentence's start when it has none), read once. */
const datelineEnds = new WeakMap<DetectionContext, Map<number, number>>();

function datelineEnd(ctx: DetectionContext, sentence: number): number {
  let ends = datelineEnds.get(ctx);
  if (!ends) datelineEnds.set(ctx, (ends = new Map()));
  let end = ends.get(sentence);
  if (end === undefined) {
    const first = ctx.words[ctx.sentences[sentence]?.firstWord ?? -1];
    end = first ? first.start + datelineLength(ctx.parsed.text.slice(first.start, first.start + 200)) : -1;
    ends.set(sentence, end);
  }
  return end;
}

/** The text of words `[start, end)`, spaces collapsed. */
/**
 * A country opening an institution's name ("US Defense Department", "Pakistan Aeronautical Complex"), not its
 * possessor: the gazetteer's match there, or the country's phrase where the name's other words kept it from
 * matching as a mention of its own.
 */
export function countryOpening(ctx: DetectionContext, start: number, end: number): string | null {
  const phrase = ctx.lexiconByStart.has(start)
    ? undefined
    : longestPhraseAt(ctx.lexicon.phrases, ctx.words, start, end);
  const named =
    ctx.lexiconByStart.get(start) ??
    (phrase ? { start, end: start + phrase.keys.length, entry: phrase.entry } : undefined);
  const m = ctx.demonyms.get(start) ?? (named?.entry.kind === 'Country' ? named : undefined);
  return m && m.end < end && !ctx.words[m.end - 1]?.possessive ? m.entry.name : null;
}

export function textOf(ctx: DetectionContext, start: number, end: number): string {
  const first = ctx.words[start] as Word;
  const last = ctx.words[end - 1] as Word;
  return ctx.parsed.text.slice(first.start, last.end).replace(/\s+/g, ' ');
}
