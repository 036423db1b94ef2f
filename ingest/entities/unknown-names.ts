/**
 * Kinds of names the gazetteer does not know and that carry no head word or
 * title: the words around them say what they are. A kind noun after the name
 * ("the Dravik news agency", "Kestrel drones", "the Velmora region"), an
 * apposition ("Tarnow, a rural town", "Ostrava, the district's largest city"),
 * a descriptor before it ("the city of Kelmar", "an account called Night
 * Ledger"), a locative preposition ("in Borvik"), a bearing from a known place
 * ("Sderot, 40 km south of Tel Aviv"), a conjunct of a typed name
 * ("Anna Kowal, Piet Ruiters and Lars Holm"), or a verb of saying after a
 * full name ("Tomas Vellin said"). A name typed once keeps
 * its kind everywhere else in the article (one sense per discourse).
 */
import { ENTITY_KINDS, type EntityKind } from '../../core/ontology.js';
import { clauseWords } from '../lexicon/clause-words.js';
import { officeHolders } from '../lexicon/leaders.js';
import { relationCues } from '../lexicon/relation-cues.js';
import { dictionaryTag, isPlainNameWord } from '../parse/nlp.js';
import type { Word } from '../parse/parse.js';
import { COMPASS_POINTS, townAfterBearing } from './bearings.js';
import { addCandidate, countryOpening, sentenceOf, type DetectionContext } from './context.js';
import { isModelCode, MADE_COMPOUNDS, madeCompoundBefore, purchasedAt, tradedAt } from './products.js';
import { isTrailingSpeaker } from './trailing-speaker.js';
import type { Candidate } from './types.js';

/** A capitalised name left without a kind by the name detector. */
export interface UnknownName {
  start: number;
  end: number;
  /** The kind it has when its context says nothing (the tagger's guess). */
  fallback?: EntityKind;
  /** A capitalised sentence opener: only a kind noun about it, or the same name typed elsewhere, types it. */
  initial?: boolean;
}

type Typed = { kind: EntityKind; end: number };

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'within']);
/** Compass words that make "of" locative: "south of Lisbon". */
const isCompassWord = (lower: string): boolean => COMPASS_POINTS.has(lower) || lower === 'outskirts';
const NAMING_VERBS = new Set(['called', 'named', 'dubbed', 'known']);
/** Nouns of the members of a group: "members of X" makes X one. */
const MEMBERS = new Set(['members', 'fighters', 'militants', 'gunmen', 'rebels', 'insurgents', 'supporters']);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);

/**
 * The kind a common noun gives a name beside it ("town" → Place, "newspaper" → Organization), if any.
 * A noun of two kinds gives the first in ENTITY_KINDS: "Wagner fighters" are a group's before they are
 * jets, whose names the gazetteer mostly knows.
 */
function kindOfNoun(ctx: DetectionContext, noun: Word): EntityKind | null {
  if (ctx.lexicon.roles.heads.has(noun.lower)) return 'Person';
  return ENTITY_KINDS.find((k) => ctx.lexicon.kinds[k].kindNouns.has(noun.lower)) ?? null;
}

/**
 * The kind a kind noun after a name gives it. Traded ("operates F-7 fighters", "bought Chinese-made J-7 fighters"),
 * a model's fighters are jets, not a group's members ("the M23 fighters seized Goma").
 */
function nounKind(ctx: DetectionContext, u: UnknownName, noun: Word): EntityKind | null {
  const kind = kindOfNoun(ctx, noun);
  if (kind === 'System' || !ctx.lexicon.kinds.System.kindNouns.has(noun.lower)) return kind;
  const traded = tradedAt(ctx.words, u.start, sentenceOf(ctx, u.start).firstWord);
  return isModelCode(ctx.words, u.start, u.end) && traded ? 'System' : kind;
}

function isPlainModifier(w: Word): boolean {
  return (
    !w.capitalized &&
    !w.possessive &&
    !w.tags.has('Plural') &&
    /^(\s+|-)$/.test(w.after) &&
    (w.tags.has('Adjective') ||
      w.tags.has('Noun') ||
      w.tags.has('Comparative') ||
      w.tags.has('Superlative') ||
      w.tags.has('Ordinal')) &&
    !w.tags.has('Pronoun') &&
    !w.tags.has('Determiner')
  );
}

/**
 * A kind noun right after the name, past demonyms and plain modifiers
 * ("the Dravik news outlet", "the Korsak Belarusian security firm"). Place
 * nouns stay in the name's span ("the Mopti region"), others do not.
 */
function nounAfter(ctx: DetectionContext, u: UnknownName, sentenceEnd: number): Typed | null {
  if (!/^\s+$/.test((ctx.words[u.end - 1] as Word).after) || (ctx.words[u.end - 1] as Word).possessive) return null;
  if (describesNameBefore(ctx, u.start)) return null;
  let i = u.end;
  // "Kano state", "in Venezuela's Zulia state" are a country's part; "the Gulf state" is a country described.
  const opened = ARTICLES.has(ctx.words[u.start - 1]?.lower ?? '');
  for (let steps = 0; i < sentenceEnd && steps < 4; steps++) {
    const demonym = ctx.demonyms.get(i);
    if (demonym) {
      i = demonym.end;
      continue;
    }
    const compound = hyphenatedModifierEnd(ctx, i, sentenceEnd);
    if (compound > i) {
      i = compound;
      continue;
    }
    const w = ctx.words[i] as Word;
    const next = ctx.words[i + 1];
    const kind = nounKind(ctx, u, w) ?? (w.lower === 'state' && !opened ? 'Place' : null);
    // The kind noun ends the phrase: the next word is no noun of the same phrase.
    const last = !next || i + 1 >= sentenceEnd || !/^\s+$/.test(w.after) || !next.tags.has('Noun') || next.capitalized;
    // "the European group MBDA", "the Nordic firm Kongsberg": a kind noun right before a name describes that name;
    // the word before it is a modifier of the description.
    const namesNext =
      next !== undefined && next.capitalized && !next.tags.has('Date') && /^\s+$/.test(w.after) && i + 1 < sentenceEnd;
    // "the Tajik capital", "the Somaliland capital": the name before "capital" says whose it is, not what it is called.
    if (w.lower === 'capital' && i === u.end) return null;
    if (kind && kind !== 'Person' && !w.capitalized && last && !(namesNext && kind !== 'Place'))
      return { kind, end: kind === 'Place' && i === u.end ? i + 1 : u.end };
    // "the Switchblade loitering munition": inside a phrase an article opens, an -ing word modifies the noun
    // ("Tarvok firing rockets" is a clause).
    // So does a participle ("the Guarani-II armoured vehicle").
    const participle = w.tags.has('Gerund') || (/ed$/.test(w.lower) && w.tags.has('Verb'));
    // So does a past participle right before a noun of systems traded ("ordered ATAGS towed howitzers", "received
    // Nimr armoured vehicles"), article or not.
    const tradedSystem =
      /ed$/.test(w.lower) &&
      next !== undefined &&
      i + 1 < sentenceEnd &&
      !next.capitalized &&
      ctx.lexicon.kinds.System.kindNouns.has(next.lower) &&
      tradedAt(ctx.words, u.start, sentenceOf(ctx, u.start).firstWord);
    if (!isPlainModifier(w) && !((opened || tradedSystem) && participle && !w.capitalized && /^\s+$/.test(w.after)))
      return null;
    i++;
  }
  return null;
}

/**
 * "the FDLR, a Hutu militia": a capitalised word after the indefinite article of an apposition modifies the
 * description of the name before the comma; it names nothing itself.
 */
function describesNameBefore(ctx: DetectionContext, i: number): boolean {
  const article = ctx.words[i - 1];
  return (article?.lower === 'a' || article?.lower === 'an') && /^\s*,\s*$/.test(ctx.words[i - 2]?.after ?? '');
}

/**
 * The end of a lower-case hyphenated compound opening at word `i` ("surface-to-air", "long-range"), one
 * modifier however many words the tokenizer made of it; `i` when none opens there.
 */
function hyphenatedModifierEnd(ctx: DetectionContext, i: number, sentenceEnd: number): number {
  let k = i;
  while (k + 1 < sentenceEnd && (ctx.words[k] as Word).after === '-' && !(ctx.words[k] as Word).capitalized) k++;
  const last = ctx.words[k] as Word;
  return k > i && !last.capitalized && /^\s+$/.test(last.after) ? k + 1 : i;
}

const COPULAS = new Set(['is', 'was', 'remains', 'became', 'becomes']);
const LOCATED = new Set(['located', 'situated']);

/**
 * "Tarnow, a rural town", "Kestrel-4, a larger Serbian drone", "Ostrava,
 * the district's largest city"; and the same said of the name as its subject:
 * "Ostrava is the capital of ...", "Kelmar is located ...".
 */
function apposition(ctx: DetectionContext, u: UnknownName, sentenceEnd: number): Typed | null {
  if (!/^\s*,\s*$/.test((ctx.words[u.end - 1] as Word).after)) return null;
  // "from Tarsk, a spokesman said": the phrase after the comma is the sentence's speaker.
  if (isTrailingSpeaker(ctx, u.end, sentenceEnd)) return null;
  return describedAt(ctx, u, u.end, sentenceEnd);
}

/**
 * "The manufacturer, Kelvar Tarsk, said", "its parent company, Tarvok, ...": a name set off by commas after a
 * definite phrase headed by a kind noun is what that phrase describes.
 */
function appositionToNoun(ctx: DetectionContext, u: UnknownName, sentenceStart: number): Typed | null {
  const noun = ctx.words[u.start - 1];
  const closed = /^\s*,\s*$/.test((ctx.words[u.end - 1] as Word).after) || u.end === sentenceOf(ctx, u.start).endWord;
  if (!noun || u.start - 1 < sentenceStart || noun.capitalized || !/^\s*,\s*$/.test(noun.after) || !closed) return null;
  const kind = kindOfNoun(ctx, noun);
  if (!kind || kind === 'Person') return null;
  for (let k = u.start - 2; k >= Math.max(sentenceStart, u.start - 4); k--) {
    const w = ctx.words[k] as Word;
    if (ARTICLES.has(w.lower) && w.lower !== 'a' && w.lower !== 'an') return { kind, end: u.end };
    if (!isPlainModifier(w)) return null;
  }
  return null;
}

/** The kind a kind noun right after a name or an apposition beside it gives it ("X rebels", "X, a militant group"). */
export function describedKind(ctx: DetectionContext, u: UnknownName, sentenceEnd: number): EntityKind | null {
  return (nounAfter(ctx, u, sentenceEnd) ?? apposition(ctx, u, sentenceEnd))?.kind ?? null;
}

/** "Borvik is the largest town of the north", "Kelmar is located ...". */
function predicate(ctx: DetectionContext, u: UnknownName, sentenceEnd: number): Typed | null {
  const last = ctx.words[u.end - 1] as Word;
  const verb = ctx.words[u.end];
  if (!verb || !/^\s+$/.test(last.after) || !COPULAS.has(verb.lower) || last.possessive) return null;
  if (LOCATED.has(ctx.words[u.end + 1]?.lower ?? '')) return { kind: 'Place', end: u.end };
  return describedAt(ctx, u, u.end + 1, sentenceEnd);
}

/** A noun phrase from word `i` whose head is a kind noun ("a desert town", "the district's largest city"). */
function describedAt(ctx: DetectionContext, u: UnknownName, from: number, sentenceEnd: number): Typed | null {
  let i = from;
  // "Maersk, one of the world's largest shipping companies": one of a plural description is of its kind.
  const oneOf = ctx.words[i]?.lower === 'one' && ctx.words[i + 1]?.lower === 'of';
  if (oneOf) i += 2;
  const opener = ctx.words[i];
  if (!opener || !ARTICLES.has(opener.lower)) return null;
  i++;
  // "a Hutu militia": an indefinite apposition may hold a capitalised modifier.
  const indefiniteApposition = describesNameBefore(ctx, i);
  for (let n = 0; i < sentenceEnd && n < 5; n++, i++) {
    const w = ctx.words[i] as Word;
    const demonym = ctx.demonyms.get(i);
    if (demonym) {
      i = demonym.end - 1;
      continue;
    }
    const compound = hyphenatedModifierEnd(ctx, i, sentenceEnd);
    if (compound > i) {
      i = compound - 1;
      continue;
    }
    const kind =
      kindOfNoun(ctx, w) ?? (oneOf && w.tags.has('Plural') ? kindOfNoun(ctx, { ...w, lower: w.lemma }) : null);
    const next = ctx.words[i + 1];
    const closes =
      !next || i + 1 >= sentenceEnd || !/^\s+$/.test(w.after) || !next.tags.has('Noun') || next.capitalized;
    if (kind && closes && !w.capitalized) return { kind, end: u.end };
    // "the district's largest city": a possessive noun may open the apposition; "the Somaliland capital", "the
    // Greenlandic capital": whose capital it is may be a capitalised word.
    const ownersCapital = ctx.words[i + 1]?.lower === 'capital';
    const capitalisedModifier = (indefiniteApposition || ownersCapital) && w.capitalized && !w.possessive;
    if (!isPlainModifier(w) && !(w.possessive && !w.capitalized) && !capitalisedModifier) return null;
  }
  return null;
}

/**
 * "Kidal, Mali, on Monday", "TARBES, France (AP) —": a name followed by a comma and a country
 * the gazetteer knows, which the next punctuation closes, is a place in that country. Not a
 * member of a list ("Chad, Niger and X") and not before a possessive ("X, Peru's envoy").
 */
function countryAfter(ctx: DetectionContext, u: UnknownName, sentenceEnd: number): Typed | null {
  const last = ctx.words[u.end - 1] as Word;
  const prev = ctx.words[u.start - 1];
  if (!/^\s*,\s*$/.test(last.after) || last.possessive || (prev && /,/.test(prev.after))) return null;
  const country = ctx.lexiconByStart.get(u.end);
  if (!country || country.entry.kind !== 'Country' || country.end > sentenceEnd) return null;
  const closing = ctx.words[country.end - 1] as Word;
  if (closing.possessive || (!/^\s*[,.;(]/.test(closing.after) && country.end !== sentenceEnd)) return null;
  return { kind: 'Place', end: u.end };
}

/** "Sderot, about 40 km south of Tel Aviv": a name a bearing away from a known place is a place. */
function bearingAfter(ctx: DetectionContext, u: UnknownName, sentenceEnd: number): Typed | null {
  const town = townAfterBearing(ctx.words, u.end, sentenceEnd);
  const kind = town === null ? undefined : ctx.lexiconByStart.get(town)?.entry.kind;
  return kind === 'Place' || kind === 'Country' ? { kind: 'Place', end: u.end } : null;
}

/** "the city of Kelmar", "a video account called Night Ledger", "south of Lisbon", "in Borvik". */
function before(ctx: DetectionContext, u: UnknownName, sentenceStart: number): Typed | null {
  const prev = ctx.words[u.start - 1];
  if (!prev || u.start - 1 < sentenceStart) return null;
  const prev2 = ctx.words[u.start - 2];
  if (prev.lower === 'of' && prev2 && u.start - 2 >= sentenceStart) {
    if (ctx.lexicon.kinds.Place.kindNouns.has(prev2.lower) && !prev2.capitalized) return { kind: 'Place', end: u.end };
    if (isCompassWord(prev2.lower)) return { kind: 'Place', end: u.end };
    // "members of Barrio Azteca", "fighters of X": whose members they are is a group.
    if (MEMBERS.has(prev2.lower)) return { kind: 'Organization', end: u.end };
  }
  if (NAMING_VERBS.has(prev.lower) && prev2 && u.start - 2 >= sentenceStart) {
    const kind = kindOfNoun(ctx, prev2);
    if (kind) return { kind, end: u.end };
    if (prev2.lower === 'account' || prev2.lower === 'channel') return { kind: 'Organization', end: u.end };
  }
  // "K2 tanks from Hyundai Rotem", "bought the Kestrel from Tarvok": who a system comes from makes or sells it.
  if (prev.lower === 'from' && prev2 && u.start - 2 >= sentenceStart) {
    const system = ctx.lexiconByEnd.get(u.start - 1)?.entry.kind === 'System';
    if (system || (ctx.lexicon.kinds.System.kindNouns.has(prev2.lower) && !prev2.capitalized))
      return { kind: 'Organization', end: u.end };
  }
  // "state-owned Kazakhstan Engineering", "state-run Tarvok Media": what is owned or run is a body.
  if (
    (prev.lower === 'owned' || prev.lower === 'run') &&
    prev2?.after === '-' &&
    u.start - 2 >= sentenceStart &&
    (!prev2.capitalized || prev2.sentenceInitial)
  )
    return { kind: 'Organization', end: u.end };
  // "produced by LIG Nex1", "built by Kongsberg": who makes a thing is a company.
  if (prev.lower === 'by' && prev2 && u.start - 2 >= sentenceStart && MADE_COMPOUNDS.has(prev2.lower))
    return { kind: 'Organization', end: u.end };
  // "the German-made IRIS-T", "buy the J-35 from China": a made thing, a model code bought.
  if (!modifiesNoun(ctx, u)) {
    if (madeCompoundBefore(ctx.words, u.start, sentenceStart)) return { kind: 'System', end: u.end };
    if (purchasedAt(ctx.words, u.start, sentenceStart) && isModelCode(ctx.words, u.start, u.end))
      return { kind: 'System', end: u.end };
  }
  // "an analyst at Development Reimagined", "a senior fellow at X": where someone holds a post is a body, no place.
  if (prev.lower === 'at' && prev2 && !prev2.capitalized && ctx.lexicon.roles.heads.has(prev2.lower))
    return { kind: 'Organization', end: u.end };
  // A locative preposition places a name that is no possessor ("in Putin's words") and no person.
  const last = ctx.words[u.end - 1] as Word;
  if (last.possessive || modifiesNoun(ctx, u)) return null;
  if (LOCATIVE.has(prev.lower) || isInPlacesPossessive(ctx, u, sentenceStart)) return { kind: 'Place', end: u.end };
  // "travelled to Kazan", "flew to Samarkand": where someone travels to is a place ("is set to" is no travel).
  const travelled = prev2 && u.start - 2 >= sentenceStart && prev2.tags.has('Verb') && prev2.lemma !== 'set';
  if (prev.lower === 'to' && travelled && relationCues().classesOf(prev2.lemma).has('travel'))
    return { kind: 'Place', end: u.end };
  return null;
}

/** "The Hyunmoo-V was developed by ...", "the KJ-35 is built in China": a model code that is made is a system. */
function madeThing(ctx: DetectionContext, u: UnknownName, sentenceEnd: number): Typed | null {
  if (!isModelCode(ctx.words, u.start, u.end)) return null;
  // Past the auxiliaries of the passive ("is", "was", "has been").
  let i = u.end;
  while (i < sentenceEnd && i < u.end + 2 && (ctx.words[i] as Word).tags.has('Auxiliary')) i++;
  return i > u.end && MADE_COMPOUNDS.has(ctx.words[i]?.lower ?? '') ? { kind: 'System', end: u.end } : null;
}

/** "Narendra Modi, on a visit to Moscow, ...": a name the lexicon knows as an office holder's is a person's. */
function knownHolder(ctx: DetectionContext, u: UnknownName): Typed | null {
  const name = ctx.words
    .slice(u.start, u.end)
    .map((w) => w.text)
    .join(' ');
  return officeHolders().knows(name) ? { kind: 'Person', end: u.end } : null;
}

/** "Procter & Gamble", "Kongsberg Defence & Aerospace": names joined by an ampersand are a firm's. */
function firmName(ctx: DetectionContext, u: UnknownName): Typed | null {
  return ctx.words.slice(u.start, u.end).some((w) => w.text === '&') ? { kind: 'Organization', end: u.end } : null;
}

/**
 * "Kongsberg Defence & Aerospace builds the NASAMS system": the agent of a verb of making whose object is a
 * system is a company (a person who makes weapons is named by a title or a full name the tagger knows).
 */
function maker(ctx: DetectionContext, u: UnknownName, sentenceEnd: number): Typed | null {
  const verb = ctx.words[u.end];
  const last = ctx.words[u.end - 1] as Word;
  if (!verb || u.end >= sentenceEnd || !/^\s+$/.test(last.after) || last.possessive) return null;
  if (!verb.tags.has('Verb') || !relationCues().classesOf(verb.lemma).has('develop')) return null;
  for (let i = u.end + 1; i < Math.min(sentenceEnd, u.end + 6); i++) {
    const w = ctx.words[i] as Word;
    if (ctx.lexiconByStart.get(i)?.entry.kind === 'System') return { kind: 'Organization', end: u.end };
    if (ctx.lexicon.kinds.System.kindNouns.has(w.lower) && !w.capitalized) return { kind: 'Organization', end: u.end };
    if (/[,;.]/.test(w.after)) return null;
  }
  return null;
}

/**
 * "in Syria's Idlib", "near Ukraine's eastern Kharkiv", "deployed troops to Colombia's Norte de Santander": after a
 * locative preposition, or "to" or "into" after a verb of travelling or deploying, a name owned by a known country
 * or place (past plain modifiers) is a place in it. Without the preposition the owned name may be anyone
 * ("Syria's Assad", "wrote to Syria's Assad").
 */
export function isInPlacesPossessive(
  ctx: DetectionContext,
  u: { start: number; end: number },
  sentenceStart: number,
): boolean {
  let k = u.start;
  while (k - 1 > sentenceStart && isPlainModifier(ctx.words[k - 1] as Word) && u.start - k < 3) k--;
  const owner = ctx.lexiconByEnd.get(k);
  if (!owner || !(ctx.words[k - 1] as Word).possessive) return false;
  if (owner.entry.kind !== 'Country' && owner.entry.kind !== 'Place') return false;
  const prep = ctx.words[owner.start - 1];
  if (owner.start - 1 < sentenceStart || prep === undefined) return false;
  return (
    LOCATIVE.has(prep.lower) ||
    ((prep.lower === 'to' || prep.lower === 'into') && afterMotion(ctx, prep.index, sentenceStart))
  );
}

/**
 * Whether a verb of travelling or deploying stands within three words before word `at` ("deployed troops | to",
 * "flew | to"). Not one of sending: letters and envoys are sent to people ("sent a message to Nigeria's Bola Tinubu").
 */
function afterMotion(ctx: DetectionContext, at: number, sentenceStart: number): boolean {
  for (let k = at - 1; k >= Math.max(sentenceStart, at - 3); k--) {
    const w = ctx.words[k] as Word;
    if (!w.tags.has('Verb')) continue;
    return relationCues().classesOf(w.lemma).has('travel') || w.lemma === 'deploy';
  }
  return false;
}

interface Span {
  start: number;
  end: number;
  kind: EntityKind | null;
}

/** A name with its "of" complement ("Lars Holm of Norway"): the head's kind is the unit's kind. */
interface Unit {
  start: number;
  end: number;
  head: Span;
}

/** True when nothing but a comma, "and", "or" or ", and" separates word `end - 1` from word `next`. */
function coordinated(ctx: DetectionContext, end: number, next: number): boolean {
  const last = ctx.words[end - 1] as Word;
  if (next === end) return /^\s*,\s*$/.test(last.after);
  if (next !== end + 1) return false;
  const conj = ctx.words[end] as Word;
  return (conj.lower === 'and' || conj.lower === 'or') && /^\s*,?\s*$/.test(last.after) && /^\s+$/.test(conj.after);
}

/**
 * Lists of names share a kind: "Anna Kowal, Piet Ruiters and Lars Holm";
 * "Ines Duarte of Portugal, Lars Holm of Norway, and Piet Ruiters of the
 * Netherlands" (each member with its complement). Returns the kinds
 * the list gives its untyped members, when its typed members agree.
 */
function listKinds(ctx: DetectionContext, spans: Span[]): Map<Span, EntityKind> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const units: Unit[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const head = sorted[k] as Span;
    const of = ctx.words[head.end];
    const skip = of?.lower === 'of' ? (ctx.words[head.end + 1]?.lower === 'the' ? 2 : 1) : 0;
    const complement = skip > 0 ? sorted.find((x) => x.start === head.end + skip) : undefined;
    if (complement && /^\s+$/.test((ctx.words[head.end - 1] as Word).after)) {
      units.push({ start: head.start, end: complement.end, head });
      k = sorted.indexOf(complement);
    } else units.push({ start: head.start, end: head.end, head });
  }
  const out = new Map<Span, EntityKind>();
  let group: Unit[] = [];
  const flush = (): void => {
    // A typed name before a title heads no member: the person after it does ("Lecornu and Dassault chief executive Eric Trappier").
    const kinds = new Set(
      group
        .filter((u) => !beforeTitle(ctx, u))
        .map((u) => u.head.kind)
        .filter((k): k is EntityKind => k !== null),
    );
    const kind = kinds.size === 1 ? [...kinds][0] : undefined;
    // Two names with only a comma between them are no list ("at the Elysee, Macron said").
    const conjoined = group.some((u, k) => k > 0 && u.start > (group[k - 1] as Unit).end);
    if ((conjoined || group.length >= 3) && kind)
      for (const u of group) if (u.head.kind === null) out.set(u.head, kind);
    group = [];
  };
  // A list closes with its conjunction: in "talks with Peru and Bolivia, Valdes said" the name after the comma
  // begins something else.
  let closed = false;
  for (const u of units) {
    const prev = group[group.length - 1];
    const joined = prev !== undefined && coordinated(ctx, prev.end, u.start);
    if (prev && (!joined || (closed && u.start === prev.end))) {
      flush();
      closed = false;
    }
    if (prev && joined && u.start > prev.end) closed = true;
    group.push(u);
  }
  flush();
  return out;
}

/** A lone capitalised adjective or common word ("Last group", "Arabic media") is no name. */
function isCommonWord(w: Word, u: UnknownName): boolean {
  if (u.end - u.start !== 1) return false;
  // A dateline's place in capitals may be a dictionary word too ("NICE, France (AP) —"): its context types it.
  if (w.allCaps && /^\s*,/.test(w.after)) return false;
  // Capitals with digits ("M23", "K9") are a code, never a dictionary word, whatever the tagger calls them.
  if (/\p{Lu}/u.test(w.text) && /\d/.test(w.text)) return false;
  // A nationality adjective the gazetteer lacks ("European") is no name either, nor a dictionary word ("Last").
  if (w.tags.has('Demonym') || (!u.initial && dictionaryTag(w.lower) !== null)) return true;
  // An adherent of a creed the dictionary lacks ("Islamist fighters", "Jihadists", "Kemalist") is no name.
  if (/^\p{Lu}\p{Ll}{2,}ists?$/u.test(w.text)) return true;
  return !u.initial && !w.tags.has('ProperNoun') && COMMON_WORD_TAGS.some((t) => w.tags.has(t));
}

const COMMON_WORD_TAGS = [
  'Adjective',
  'Determiner',
  'Adverb',
  'Verb',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Value',
];

/** A name followed by a common noun modifies it ("European allies", "Arabic media"): it names nothing by itself. */
function modifiesNoun(ctx: DetectionContext, u: UnknownName): boolean {
  const last = ctx.words[u.end - 1] as Word;
  const next = ctx.words[u.end];
  return (
    next !== undefined &&
    /^\s+$/.test(last.after) &&
    !next.capitalized &&
    next.tags.has('Noun') &&
    !next.tags.has('Pronoun') &&
    !next.tags.has('Verb')
  );
}

/** A name right before a lower-case title ("Dassault chief executive", "Boeing's defence chief"): an employer. */
function beforeTitle(ctx: DetectionContext, u: { start: number; end: number }): boolean {
  const titleWord = (w: Word | undefined) => w !== undefined && !w.capitalized && ctx.lexicon.roles.heads.has(w.lower);
  return titleWord(ctx.words[u.end]) || (!ctx.words[u.end]?.capitalized && titleWord(ctx.words[u.end + 1]));
}

/**
 * "Rolls-Royce", "Mercedes-Benz": two capitalised words hyphened together and nothing else, the way
 * companies are named; a person's double-barrelled surname stands alone only after the full name.
 */
export function isHyphenedPair(words: readonly Word[], start: number, end: number): boolean {
  const first = words[start];
  return (
    end - start === 2 &&
    first !== undefined &&
    first.after === '-' &&
    words.slice(start, end).every((w) => w.capitalized)
  );
}

/** Whether the words close the name of a person named in full already ("Budginaite-Froehly" after "Justina Budginaite-Froehly"). */
function closesNamedPerson(ctx: DetectionContext, u: UnknownName): boolean {
  const keys = textKey(ctx, u);
  const n = u.end - u.start;
  return ctx.candidates.some(
    (c) => c.kind === 'Person' && c.end - c.start > n && textKey(ctx, { start: c.end - n, end: c.end }) === keys,
  );
}

/**
 * "Tomas Vellin said", "Vellin told reporters": a full name that says something is a person; so is one
 * that signs, visits or travels, or meets or hosts someone, or is met ("Arjun Mehta met ...", "... met Elke von der Brinck"), when
 * none of its words is a dictionary word ("Dassault Aviation hosted ..." is a company). A sentence
 * opener counts only on that condition too, and so does a lone surname, which only meeting makes a
 * person ("Erdogan met Assad"; "Gazprom said" may be a company's statement); a hyphened pair
 * ("Mercedes-Benz said") is a person only as the surname of one named in full.
 */
function speaker(ctx: DetectionContext, u: UnknownName): Typed | null {
  const single = u.end - u.start === 1;
  const next = ctx.words[u.end];
  const last = ctx.words[u.end - 1] as Word;
  // The particles between the names are lower-case ("Hadi bin Rashed", "Tarek al-Mansi").
  const plainName = ctx.words.slice(u.start, u.end).every((w) => !w.capitalized || isPlainNameWord(w));
  // "signed by Ararat Mirzoyan and Jeyhun Bayramov.": a full name that signs, wherever the sentence ends.
  if (!single && plainName && !u.initial && signedBy(ctx, u)) return { kind: 'Person', end: u.end };
  // "Ivo Tarsk, on a visit to Lagos, met ...", "X, a former minister, said": the verb after a phrase set off by commas.
  const verbPastCommas = /^\s*,\s*$/.test(last.after) ? wordAfterSetOff(ctx, u.end) : undefined;
  if (verbPastCommas && !single && plainName && personVerb(ctx, verbPastCommas)) return { kind: 'Person', end: u.end };
  if (!next || !/^\s+$/.test(last.after)) return null;
  if ((u.initial || single) && !plainName) return null;
  // "Mercedes-Benz said it would ...": a company speaks too.
  if (isHyphenedPair(ctx.words, u.start, u.end) && !closesNamedPerson(ctx, u)) return null;
  const says = speaking(ctx, next);
  const meeting = (w: Word | undefined) => (w?.tags.has('Verb') ?? false) && meetingCue(ctx, w);
  // "... met Elke von der Brinck in Brussels", "met Syria's Assad": the one met is a person too.
  const owner = ctx.lexiconByEnd.get(u.start);
  const verbAt = owner?.entry.kind === 'Country' && ctx.words[u.start - 1]?.possessive ? owner.start - 1 : u.start - 1;
  const prev = ctx.words[verbAt];
  // "held talks with Xi Jinping": the one talks or a meeting are held with.
  const talkedWith =
    prev?.lower === 'with' &&
    /^\s+$/.test(prev.after) &&
    meetingCue(ctx, ctx.words[verbAt - 1]) &&
    !single &&
    plainName;
  const met = !u.initial && prev !== undefined && /^\s+$/.test(prev.after) && (meeting(prev) || talkedWith);
  // "Narendra Modi held talks with ...": a light verb before a meeting noun is meeting too.
  const lightMeeting =
    next.tags.has('Verb') && clauseWords().lightVerbs.has(next.lemma) && meetingCue(ctx, ctx.words[u.end + 1]);
  // "Jeyhun Bayramov signed the treaty", "Hakan Fidan flew to Damascus": a full name that signs or travels.
  const signsOrTravels = !single && plainName && (signing(ctx, next) || travelling(ctx, next));
  // '..., said Kamran Bokhari of the ...', '"...," says Ana Ruiz': a full name a quotation is inverted onto.
  const quoted =
    !single &&
    plainName &&
    prev !== undefined &&
    speaking(ctx, prev) &&
    /[,"”]\s*$/.test(ctx.words[verbAt - 1]?.after ?? '');
  return (says && !single) ||
    (plainName && (meeting(next) || met || (lightMeeting && !single))) ||
    signsOrTravels ||
    quoted
    ? { kind: 'Person', end: u.end }
    : null;
}

/** The word after a phrase of up to a dozen words that a comma closes, starting at word `from`. */
function wordAfterSetOff(ctx: DetectionContext, from: number): Word | undefined {
  const sentence = sentenceOf(ctx, from);
  for (let k = from; k < Math.min(sentence.endWord - 1, from + 12); k++) {
    const after = (ctx.words[k] as Word).after;
    if (/,/.test(after)) return ctx.words[k + 1];
    if (/[;:.()"“”]/.test(after)) return undefined;
  }
  return undefined;
}

/** A verb only people do: saying, meeting, signing or travelling. */
function personVerb(ctx: DetectionContext, w: Word): boolean {
  return speaking(ctx, w) || (w.tags.has('Verb') && meetingCue(ctx, w)) || signing(ctx, w) || travelling(ctx, w);
}

/** A verb of saying ("said", "told"; "according" opens an attribution, it says nothing itself). */
function speaking(ctx: DetectionContext, w: Word): boolean {
  return ctx.lexicon.cues.speechVerbs.has(w.lower) && w.lower !== 'according';
}

/** A word of meeting ("met", "talks"). */
function meetingCue(ctx: DetectionContext, w: Word | undefined): boolean {
  return ctx.lexicon.cues.classesByWord.get(w?.lower ?? '')?.has('meet') ?? false;
}

function signing(ctx: DetectionContext, w: Word | undefined): boolean {
  return w !== undefined && w.tags.has('Verb') && (ctx.lexicon.cues.classesByWord.get(w.lower)?.has('sign') ?? false);
}

/** A verb of visiting or travelling ("visited", "flew", "arrived"): who does it is someone, not something. */
function travelling(ctx: DetectionContext, w: Word): boolean {
  const classes = relationCues().classesOf(w.lemma);
  return w.tags.has('Verb') && (classes.has('visit') || classes.has('travel'));
}

/** Whether a name is the agent of a signing in the passive, alone or in a list of names ("signed by A and B"). */
function signedBy(ctx: DetectionContext, u: UnknownName): boolean {
  for (let k = u.start - 1; k >= Math.max(0, u.start - 8); k--) {
    const w = ctx.words[k] as Word;
    // The verb may have a place or time between it and its agent ("signed in the Kazakh capital by").
    if (w.lower === 'by') {
      for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
        const x = ctx.words[j] as Word;
        if (signing(ctx, x)) return true;
        if (/[,;:]/.test(x.after)) return false;
      }
      return false;
    }
    if (!w.capitalized && w.lower !== 'and') return false;
  }
  return false;
}

/**
 * Types the unknown names of the article from their context and adds them as
 * candidates; a lone word that was only a possible surname gives way to the
 * kind its context says.
 */
export function typeUnknownNames(ctx: DetectionContext): void {
  const typed = new Map<number, { start: number; end: number; kind: EntityKind }>();
  for (const c of ctx.candidates) if (!c.pending) typed.set(c.end, { start: c.start, end: c.end, kind: c.kind });
  // A gazetteer phrase over the name ("Middle East and North Africa") is added as a whole later.
  const known = new Uint8Array(ctx.words.length);
  for (const m of ctx.lexiconByStart.values()) known.fill(1, m.start, m.end);
  ctx.unknownNames = ctx.unknownNames.filter(
    (u) => !known.slice(u.start, u.end).some((x) => x === 1) && !isCommonWord(ctx.words[u.start] as Word, u),
  );
  const found = new Map<UnknownName, Typed>();
  const sentence = (u: UnknownName) => ctx.sentences[(ctx.words[u.start] as Word).sentence];
  for (const u of ctx.unknownNames) {
    const s = sentence(u);
    if (!s) continue;
    // A capitalised sentence opener the tagger reads as a common word is typed only by what is said of it.
    const common = u.initial && COMMON_WORD_TAGS.some((tag) => (ctx.words[u.start] as Word).tags.has(tag));
    const t = common
      ? (predicate(ctx, u, s.endWord) ??
        ((ctx.words[u.start] as Word).allCaps ? countryAfter(ctx, u, s.endWord) : null))
      : (knownHolder(ctx, u) ??
        firmName(ctx, u) ??
        nounAfter(ctx, u, s.endWord) ??
        apposition(ctx, u, s.endWord) ??
        appositionToNoun(ctx, u, s.firstWord) ??
        countryAfter(ctx, u, s.endWord) ??
        bearingAfter(ctx, u, s.endWord) ??
        predicate(ctx, u, s.endWord) ??
        maker(ctx, u, s.endWord) ??
        madeThing(ctx, u, s.endWord) ??
        (u.initial ? null : before(ctx, u, s.firstWord)));
    if (t) {
      found.set(u, t);
      typed.set(u.end, { start: u.start, end: t.end, kind: t.kind });
    }
  }
  // Members of a list share a kind.
  const spans = new Map<UnknownName, Span>();
  const allSpans: Span[] = [...typed.values()].map((t) => ({ ...t }));
  for (const u of ctx.unknownNames) {
    if (found.has(u) || u.initial || modifiesNoun(ctx, u)) continue;
    const span: Span = { start: u.start, end: u.end, kind: null };
    spans.set(u, span);
    allSpans.push(span);
  }
  const listed = listKinds(ctx, allSpans);
  for (const [u, span] of spans) {
    const kind = listed.get(span);
    if (kind) found.set(u, { kind, end: u.end });
  }
  for (const u of ctx.unknownNames) {
    if (found.has(u)) continue;
    const t = speaker(ctx, u);
    if (t) found.set(u, t);
  }
  // One sense per discourse: the same name elsewhere in the article has the same kind, which
  // outweighs the tagger's guess ("Wagner's private security group" where "the security company
  // Wagner" was typed).
  const byText = new Map<string, EntityKind>();
  for (const c of ctx.candidates) if (!c.pending && c.source !== 'lexicon') byText.set(textKey(ctx, c), c.kind);
  for (const [u, t] of found) byText.set(textKey(ctx, u), t.kind);
  for (const u of ctx.unknownNames) {
    if (found.has(u)) continue;
    const kind = byText.get(textKey(ctx, u)) ?? (u.initial ? undefined : u.fallback);
    if (kind) found.set(u, { kind, end: u.end });
  }
  for (const [u, t] of found) addTyped(ctx, u, t);
}

function textKey(ctx: DetectionContext, u: { start: number; end: number }): string {
  return ctx.words
    .slice(u.start, u.end)
    .map((w) => w.key)
    .join(' ');
}

function addTyped(ctx: DetectionContext, u: UnknownName, t: Typed): void {
  // A possible surname on the same words gives way.
  const pending = ctx.candidates.findIndex((c) => c.pending && c.start === u.start && c.end === u.end);
  if (pending >= 0) ctx.candidates.splice(pending, 1);
  const first = ctx.words[u.start] as Word;
  const last = ctx.words[t.end - 1] as Word;
  // "Pakistan Aeronautical Complex": the country that opens a body's name is where it is.
  const country = t.kind === 'Organization' ? countryOpening(ctx, u.start, t.end) : null;
  const candidate: Candidate = {
    start: u.start,
    end: t.end,
    kind: t.kind,
    name: ctx.parsed.text.slice(first.start, last.end).replace(/\s+/g, ' '),
    source: t.kind === 'Person' ? 'name' : 'pattern',
    ...(t.kind === 'Person' ? { roles: [], titledStart: u.start } : {}),
    ...(country ? { country } : {}),
  };
  addCandidate(ctx, candidate);
}
