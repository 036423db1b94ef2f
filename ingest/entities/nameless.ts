/**
 * Agreements, conflicts and events without a proper name: "a deal with
 * Russia", "the accord", "heavy fighting between A and B", "the war", "the
 * killings". A head noun of a nameless kind (lexicon/kinds.json) with its
 * modifiers becomes a candidate carrying what the phrase itself says: its
 * class (deal, ceasefire, war, dispute, massacre ...), determiner, the
 * parties its modifiers name, its topic, an ordinal or year that sets it
 * apart, and where its complements start ("between ...", "with ...", "in
 * ..."). Resolution reads the complements against the resolved mentions and
 * decides which phrases are one instance.
 */
import type { EntityKind } from '../../core/ontology.js';
import { NAMELESS_KINDS } from '../kinds.js';
import { relationCues } from '../lexicon/relation-cues.js';
import type { Word } from '../parse/parse.js';
import { addCandidate, isTaken, type DetectionContext } from './context.js';
import type { FrameInfo } from './types.js';

const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);
const INDEFINITE = new Set(['a', 'an', 'another', 'any', 'such']);
/** Plural heads that name one event ("heavy clashes", "the killings"); other plurals are several things. */
const MASS_PLURALS = new Set(['clashes', 'hostilities', 'tensions', 'killings', 'executions', 'battles']);
/** Words that deny the state a phrase after them names: "not at war", "never in conflict", "no war". */
const DENYING = new Set(['not', "n't", 'never', 'no']);

/**
 * "Kenya is not at war with Somalia", "has never been in conflict with", "there is no war": a war or dispute
 * denied right where it is named is none.
 */
function isDenied(ctx: DetectionContext, start: number, sentenceStart: number): boolean {
  let k = start - 1;
  if (k >= sentenceStart && ctx.words[k]?.tags.has('Preposition')) k--;
  if (k >= sentenceStart && ctx.words[k]?.lower === 'been') k--;
  return k >= sentenceStart && DENYING.has(ctx.words[k]?.lower ?? '');
}

/** Words before the phrase that make it hypothetical: "the risk of open war", "to prevent a war". */
const HYPOTHETICAL = new Set([
  'chance',
  'risk',
  'threat',
  'danger',
  'prospect',
  'possibility',
  'prevent',
  'avoid',
  'averting',
  'want',
  'wants',
  'wanted',
  'hope',
  'hopes',
  'hoped',
]);
/** Prepositions whose object says who or where ("between A and B", "with B", "in Libya", "over Kashmir"). */
export const FRAME_PREPOSITIONS = new Set([
  'between',
  'with',
  'against',
  'on',
  'of',
  'in',
  'over',
  'for',
  'into',
  'to',
]);
/** Modifiers that mark a long-standing dispute rather than a bout of fighting. */
const LONG_STANDING = /^(decades|years|long|centuries|century|decade|generations)$/;
/**
 * Modifiers that tell one instance from another of its kind, as ordinals do: "a second deal", "a broader deal",
 * "a separate agreement", "a final treaty" are other than the one told before.
 */
const ORDINALS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'previous',
  'earlier',
  'last',
  'broader',
  'wider',
  'separate',
  'final',
]);
/** Function words that make a hyphenated compound a phrase, not a modifier ("first-of-its-kind"). */
const COMPOUND_STOPS = new Set(['of', 'its', 'the', 'a', 'an', 'to', 'in', 'for', 'and', 'or', 'their']);

type HeadClass = { kind: EntityKind; cls: string; head: string };

/** The class and kind a head noun gives, when it is one of a nameless kind. */
function headClass(ctx: DetectionContext, w: Word): HeadClass | null {
  const key = w.key === 'mou' && (w.allCaps || w.text === 'MoU') ? 'mou' : w.lower;
  for (const kind of NAMELESS_KINDS) {
    const cls = ctx.lexicon.kinds[kind].nameless?.heads.get(key);
    if (cls) return { kind, cls, head: key === 'mou' ? 'MOU' : key };
  }
  return null;
}

/** Words counting a plural between a verb and its object (with numbers): "signed several agreements". */
const QUANTIFIERS = new Set(['several', 'many', 'multiple', 'numerous', 'some', 'various', 'further', 'more']);
/** Modifiers comparing a plural with something else: "signed similar deals with A and B" names no signing. */
const COMPARING = new Set(['similar', 'other', 'such', 'comparable', 'parallel']);

/**
 * "the two presidents signed agreements on energy", "signed 12 deals", "signed two memorandums of understanding":
 * other plurals of agreements name several things, but what a verb of signing takes is what was signed, one
 * instance for the signing; not when the sentence names what they are later ("signed agreements ... known as
 * the Abraham Accords").
 */
function signedPlural(ctx: DetectionContext, i: number, sentenceStart: number, sentenceEnd: number): HeadClass | null {
  const w = ctx.words[i] as Word;
  if (!ctx.lexicon.kinds.Agreement.pluralHeads.has(w.lower)) return null;
  const start = modifiersStart(ctx, i, sentenceStart, false);
  if (ctx.words.slice(start, i).some((m) => COMPARING.has(m.lower))) return null;
  for (let j = i + 1; j < sentenceEnd; j++) if (ctx.lexiconByStart.get(j)?.entry.kind === 'Agreement') return null;
  let k = start - 1;
  while (k > sentenceStart && (QUANTIFIERS.has(ctx.words[k]?.lower ?? '') || ctx.words[k]?.tags.has('Value'))) k--;
  const verb = ctx.words[k];
  if (!verb || k < sentenceStart || !verb.tags.has('Verb') || !relationCues().classesOf(verb.lemma).has('sign'))
    return null;
  const singular = w.lower === 'memoranda' ? 'memorandum' : w.lower.replace(/ies$/, 'y').replace(/s$/, '');
  const cls = ctx.lexicon.kinds.Agreement.nameless?.heads.get(singular);
  return cls ? { kind: 'Agreement', cls, head: singular } : null;
}

/** Nouns that name an agreement only as what is signed: "the text", "the document". */
const SIGNED_DOCUMENTS = new Set(['text', 'document']);

/**
 * "The text was signed by A and B", "the two ministers signed the document": a definite text or document
 * that is signed is an agreement (told before, as a definite one is). Not "the text of the treaty".
 */
function signedDocument(
  ctx: DetectionContext,
  i: number,
  sentenceStart: number,
  sentenceEnd: number,
): HeadClass | null {
  const w = ctx.words[i] as Word;
  if (!SIGNED_DOCUMENTS.has(w.lower) || !DEFINITE.has(ctx.words[i - 1]?.lower ?? '') || i - 1 < sentenceStart)
    return null;
  const signs = (x: Word | undefined) => x !== undefined && relationCues().classesOf(x.lemma).has('sign');
  let k = i + 1;
  while (k < sentenceEnd && k <= i + 3 && ctx.words[k]?.tags.has('Auxiliary')) k++;
  const passive = k > i + 1 && k < sentenceEnd && signs(ctx.words[k]);
  const object = i - 2 >= sentenceStart && ctx.words[i - 2]?.tags.has('Verb') && signs(ctx.words[i - 2]);
  return passive || object ? { kind: 'Agreement', cls: 'agreement', head: w.lower } : null;
}

/** A participle that, hyphened to a name, makes it a broker or backer: "-brokered", "-backed", "-led", "-hosted". */
function isBrokerParticiple(ctx: DetectionContext, lower: string): boolean {
  return ctx.lexicon.cues.backingCompounds.has(lower) || lower === 'led' || lower === 'hosted';
}

/** The word after a compound naming a broker or backer ("US-brokered", "AU-backed") that opens words `from`..`head`. */
function pastBrokerCompound(ctx: DetectionContext, from: number, head: number): number {
  for (let k = from; k + 1 < head; k++) {
    const participle = ctx.words[k + 1]?.lower ?? '';
    if (ctx.words[k]?.after === '-' && isBrokerParticiple(ctx, participle)) return k + 2;
    if (!ctx.taken[k] && ctx.words[k]?.after !== '-') break;
  }
  return from;
}

/**
 * "brokered by China", "China-brokered", "U.S.-mediated", "backed by Kenya": the go-between or
 * backer of a deal is not a party to it.
 */
export function isBroker(ctx: DetectionContext, start: number, end: number): boolean {
  // "brokered by the United Arab Emirates": past the article.
  const by = ctx.words[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  const before = ctx.words[by]?.lower;
  // "Saudi-U.S.-brokered": brokers joined by hyphens share the participle.
  let k = end;
  while (ctx.words[k - 1]?.after === '-' && ctx.words[k]?.capitalized && ctx.words[k]?.after === '-') k++;
  const after = ctx.words[k - 1]?.after === '-' ? (ctx.words[k]?.lower ?? '') : undefined;
  // "Ramaphosa, who hosted the negotiations,": a relative clause saying so.
  const relative =
    /,\s*$/.test(ctx.words[end - 1]?.after ?? '') &&
    ctx.words[end]?.lower === 'who' &&
    BROKERING.test(ctx.words[end + 1]?.lower ?? '');
  return (
    (before === 'by' && BROKERING.test(ctx.words[by - 1]?.lower ?? '')) ||
    (after !== undefined && isBrokerParticiple(ctx, after)) ||
    relative ||
    assents(ctx, start) ||
    coordinatedBroker(ctx, start)
  );
}

/** "signed with the approval of Washington", "with the support of the United States": who allows or backs an act. */
function assents(ctx: DetectionContext, start: number): boolean {
  let k = start - 1;
  if (ctx.words[k]?.lower === 'the') k--;
  const noun = ctx.words[k - 1];
  if (ctx.words[k]?.lower !== 'of' || !noun) return false;
  const cues = relationCues();
  return (
    cues.nounClasses.assent.has(noun.lower) ||
    cues.classesOf(noun.lemma).has('support') ||
    BROKERING_NOUNS.has(noun.lower)
  );
}

const BROKERING = /^(brokered|mediated|hosted|negotiated|backed|supported|sponsored)$/;
/** "under the mediation of Saudi Arabia", "under the auspices of the AU": who brokers an act, no party to it. */
export const BROKERING_NOUNS: ReadonlySet<string> = new Set(['mediation', 'auspices', 'sponsorship', 'facilitation']);

/**
 * "brokered by Qatar and Egypt", "under the mediation of Saudi Arabia and the United States": a name coordinated
 * after a broker's brokers too.
 */
function coordinatedBroker(ctx: DetectionContext, start: number): boolean {
  let k = start - 1;
  if (ctx.words[k]?.lower === 'the') k--;
  if (ctx.words[k]?.lower !== 'and' && !/^\s*,\s*$/.test(ctx.words[k - 1]?.after ?? '')) return false;
  const before = ctx.words[k]?.lower === 'and' ? k : k + 1;
  const previous = ctx.lexiconByEnd.get(before);
  return previous !== undefined && previous.entry.kind !== 'Agreement' && isBroker(ctx, previous.start, previous.end);
}

/**
 * Countries named inside a phrase, by demonym ("Moroccan-Israeli") or name ("Morocco deal"); not a backer
 * ("a Russian-brokered ceasefire", "the U.S.-backed talks").
 */
export function partiesInside(ctx: DetectionContext, start: number, end: number): string[] {
  const parties: string[] = [];
  for (let i = start; i < end; i++) {
    const m = ctx.demonyms.get(i) ?? ctx.lexiconByStart.get(i);
    if (m && m.entry.kind === 'Country' && m.end <= end && !isBroker(ctx, m.start, m.end)) {
      if (!parties.includes(m.entry.name)) parties.push(m.entry.name);
      i = m.end - 1;
    }
  }
  return parties;
}

/** Left edge of the modifiers of a head noun (adjectives, topic nouns, demonyms, country names, possessors). */
function modifiersStart(ctx: DetectionContext, head: number, sentenceStart: number, titleCase: boolean): number {
  let j = head;
  while (j - 1 >= sentenceStart && head - (j - 1) <= 5) {
    const w = ctx.words[j - 1] as Word;
    if (DEFINITE.has(w.lower) || INDEFINITE.has(w.lower) || /[,;:()"“”–—]/.test(w.after)) break;
    // A hyphenated compound is one modifier: "six-week", "decades-old", "Moroccan-Algerian" are;
    // "first-of-its-kind", made of function words, says nothing about the thing.
    if ((ctx.words[j - 2] as Word | undefined)?.after === '-' && !ctx.demonymsByEnd.has(j)) {
      let k = j - 1;
      while (k > sentenceStart && (ctx.words[k - 1] as Word).after === '-') k--;
      const parts = ctx.words.slice(k, j);
      if (parts.some((x) => COMPOUND_STOPS.has(x.lower))) break;
      j = k;
      continue;
    }
    const country = ctx.demonymsByEnd.get(j) ?? ctx.lexiconByEnd.get(j);
    if (country && (country.entry.kind === 'Country' || country.entry.kind === 'Place')) {
      j = country.start;
      // A possessor closes the phrase on the left: "Chile's war", "Peru's years-long armed conflict".
      if ((ctx.words[j] as Word).possessive || (ctx.words[country.end - 1] as Word).possessive) break;
      continue;
    }
    if (w.possessive) break;
    // "10 years fighting insurgency": a verb with its object is no modifier.
    if (/ing$/.test(w.lower) && (w.tags.has('Verb') || w.tags.has('Gerund')) && !w.tags.has('Adjective')) break;
    // "Renewed fighting": a capitalised participle opening the sentence describes the head.
    if (w.sentenceInitial && /ed$/.test(w.lower) && w.tags.has('Verb') && head === j) {
      j--;
      continue;
    }
    const p = ctx.lexicon.patterns;
    const modifierLike =
      p.topicByWord.has(w.lower) ||
      p.genericModifiers.has(w.lower) ||
      w.lower === 'cooperation' ||
      ORDINALS.has(w.lower) ||
      /^\d{4}$/.test(w.text) ||
      ((w.tags.has('Adjective') || w.tags.has('Value') || w.after === '-') && (!w.capitalized || w.sentenceInitial)) ||
      // A noun before the head modifies it ("a surprise rapprochement", "a border dispute"); so does a plural right
      // after an article ("a fisheries accord", "the minerals deal": the article agrees with the head).
      (head - j < 2 && (isNounModifier(w) || pluralAfterArticle(ctx, w))) ||
      (titleCase && (p.topicByWord.has(w.lower) || p.genericModifiers.has(w.lower))) ||
      (w.capitalized && /^[A-Z]-?\d|^\p{Lu}+-\d/u.test(w.text)) ||
      // "an August 2020 coup": a date dates it.
      (w.tags.has('Date') && /^\d{4}$/.test(ctx.words[j]?.text ?? ''));
    if (
      !modifierLike ||
      w.tags.has('Preposition') ||
      (w.tags.has('Verb') && !w.tags.has('Adjective') && w.after !== '-')
    )
      break;
    j--;
  }
  return j;
}

/** A lower-case noun that can modify the head after it: a singular, or a plural where `plural` allows one. */
function isNounModifier(w: Word, plural = false): boolean {
  return (
    !w.capitalized &&
    w.tags.has('Noun') &&
    w.tags.has(plural ? 'Plural' : 'Singular') &&
    !w.tags.has('Pronoun') &&
    !w.tags.has('Verb') &&
    !w.possessive &&
    /^\s+$/.test(w.after)
  );
}

function pluralAfterArticle(ctx: DetectionContext, w: Word): boolean {
  const article = ctx.words[w.index - 1]?.lower ?? '';
  return isNounModifier(w, true) && (DEFINITE.has(article) || INDEFINITE.has(article));
}

/** Words in front of a phrase that belong to it: "that dispute", "such an agreement", "seven years of tensions". */
function leadingWords(ctx: DetectionContext, start: number, sentenceStart: number): number {
  let j = start;
  const prev = ctx.words[j - 1];
  if (prev && /^(an?|the)$/.test(prev.lower) && ctx.words[j - 2]?.lower === 'such') return j - 2;
  if (prev && /^(this|that|these|those|such)$/.test(prev.lower)) return j - 1;
  // "seven years of tensions": a span of time over the phrase.
  if (prev?.lower === 'of' && /^(years|months|decades|weeks|days|centuries)$/.test(ctx.words[j - 2]?.lower ?? '')) {
    j -= 2;
    const n = ctx.words[j - 1];
    if (n && j - 1 >= sentenceStart && (n.tags.has('Value') || /^(several|many|few)$/.test(n.lower))) j--;
    return j;
  }
  return start;
}

function yearOf(words: readonly Word[]): number | null {
  return words.map((m) => Number(m.text)).find((y) => Number.isInteger(y) && y > 1800 && y < 2200) ?? null;
}

/** "a coup in March 2014": the date right after a head. */
function dateAfter(ctx: DetectionContext, end: number, sentenceEnd: number): Word[] {
  if (ctx.words[end]?.lower !== 'in') return [];
  return ctx.words
    .slice(end + 1, Math.min(end + 3, sentenceEnd))
    .filter((w) => w.tags.has('Date') || /^\d{4}$/.test(w.text));
}

function topicOf(ctx: DetectionContext, start: number, end: number): string | null {
  for (let i = start; i < end; i++) {
    const w = ctx.words[i] as Word;
    const two = `${w.lower} ${ctx.words[i + 1]?.lower ?? ''}`;
    const topic = ctx.lexicon.patterns.topicByWord.get(two) ?? ctx.lexicon.patterns.topicByWord.get(w.lower);
    if (topic) return topic;
  }
  return null;
}

/** "agreement to establish full diplomatic relations": a purpose that names the topic, and where it ends. */
function purposeTopic(ctx: DetectionContext, end: number, sentenceEnd: number): { topic: string; end: number } | null {
  if (ctx.words[end]?.lower !== 'to' || end + 1 >= sentenceEnd) return null;
  // "to re-establish ties": the verb after a "re-" prefix.
  const verb = ctx.words[end + 1]?.lower === 're' && ctx.words[end + 1]?.after === '-' ? end + 2 : end + 1;
  for (const [topic, verbs] of ctx.lexicon.patterns.topicComplements) {
    if (!verbs.has(ctx.words[verb]?.lower ?? '')) continue;
    for (let k = verb + 1; k < sentenceEnd && k < verb + 5; k++)
      if (ctx.lexicon.cues.relationNouns.has((ctx.words[k] as Word).lower)) return { topic, end: k + 1 };
  }
  return null;
}

function determinerOf(ctx: DetectionContext, start: number, head: number): FrameInfo['determiner'] {
  if (ctx.words.slice(start, head).some((w) => w.possessive)) return 'possessive';
  if (/^(this|that|these|those|such)$/.test((ctx.words[start] as Word).lower)) return 'demonstrative';
  const d = ctx.words[start - 1];
  if (!d) return 'bare';
  if (DEFINITE.has(d.lower)) return d.lower === 'the' ? 'definite' : 'demonstrative';
  if (INDEFINITE.has(d.lower)) return 'indefinite';
  return d.possessive ? 'possessive' : 'bare';
}

/** Finds the nameless agreements and conflicts of one sentence. */
/** Gazetteer types of places that name the agreements concluded there. */
const NAMING_PLACES = new Set(['capital', 'city']);

/**
 * "the Pretoria agreement", "the 2016 Havana peace agreement", "the 2020 Juba peace agreement": a city in
 * front of an agreement's head, past a year at most, names it where it was concluded. The agreement is
 * named so ("Pretoria agreement"), and the city is no mention of its own: it is neither a party nor
 * where anyone acts.
 */
function cityNamedAgreement(ctx: DetectionContext, start: number, head: number, end: number): void {
  const city = ctx.candidates.find(
    (c) =>
      c.kind === 'Place' &&
      c.start >= start &&
      c.end <= head &&
      c.lexicon !== undefined &&
      NAMING_PLACES.has(c.lexicon.type),
  );
  if (!city || ctx.words.slice(start, city.start).some((w) => !/^\d{4}$/.test(w.text))) return;
  if (isTaken(ctx, city.end, end)) return;
  ctx.candidates.splice(ctx.candidates.indexOf(city), 1);
  ctx.taken.fill(0, city.start, city.end);
  addCandidate(ctx, {
    start: city.start,
    end,
    kind: 'Agreement',
    name: ctx.parsed.text.slice((ctx.words[city.start] as Word).start, (ctx.words[end - 1] as Word).end),
    source: 'pattern',
  });
}

export function detectNameless(
  ctx: DetectionContext,
  sentenceStart: number,
  sentenceEnd: number,
  titleCase: boolean,
): void {
  for (let i = sentenceStart; i < sentenceEnd; i++) {
    const w = ctx.words[i] as Word;
    if (ctx.taken[i]) continue;
    const singular = headClass(ctx, w) ?? signedDocument(ctx, i, sentenceStart, sentenceEnd);
    const signed = singular ? null : signedPlural(ctx, i, sentenceStart, sentenceEnd);
    const head = singular ?? signed;
    if (!head) continue;
    // "memorandum of understanding" is one head.
    let end = i + 1;
    if (head.head === 'memorandum' && ctx.words[i + 1]?.lower === 'of' && ctx.words[i + 2]?.lower === 'understanding')
      end = i + 3;
    const next = ctx.words[end];
    // A plural names several things (but what is signed); a head followed by a noun modifies it ("deal terms").
    if (!signed && w.tags.has('Plural') && !MASS_PLURALS.has(w.lower) && !w.allCaps) continue;
    if (
      next &&
      end < sentenceEnd &&
      /^\s+$/.test(w.after) &&
      next.tags.has('Noun') &&
      !next.tags.has('Pronoun') &&
      !next.capitalized &&
      !next.tags.has('Preposition') &&
      !next.tags.has('Verb')
    )
      continue;
    // "fighting a jihadist insurgency", "fighting Islamist militants": an -ing head that takes an
    // object is the verb; the noun is followed by a preposition, a verb or the end of its clause.
    if (
      w.lower.endsWith('ing') &&
      next &&
      end < sentenceEnd &&
      /^\s+$/.test(w.after) &&
      !next.tags.has('Preposition') &&
      !(next.tags.has('Verb') && !next.tags.has('Gerund')) &&
      !next.tags.has('Conjunction')
    )
      continue;
    const start = leadingWords(ctx, modifiersStart(ctx, i, sentenceStart, titleCase), sentenceStart);
    // The tagger may read "deal" or "row" as a verb; after a determiner or modifier it is the noun.
    const prev = ctx.words[i - 1]?.lower ?? '';
    if (w.tags.has('Verb') && !w.tags.has('Noun') && start === i && !DEFINITE.has(prev) && !INDEFINITE.has(prev))
      continue;
    // A possessor ("Libya's war", "Serbia's war on Croatia") is a name of its own: the phrase's
    // mention starts after it, and its alias with the possessor is kept apart.
    const possessorEnd = ctx.words.slice(start, i).findIndex((x) => x.possessive);
    let own = possessorEnd >= 0 ? start + possessorEnd + 1 : start;
    // "a US-brokered ceasefire", "an AU-backed deal": the broker's name is no part of the deal's mention, nor a party.
    let brokerEnd = start;
    if (isTaken(ctx, own, end) && head.kind === 'Agreement') {
      const past = pastBrokerCompound(ctx, own, i);
      if (!isTaken(ctx, past, end)) own = brokerEnd = past;
    }
    if (isTaken(ctx, own, end)) {
      if (head.kind === 'Agreement') cityNamedAgreement(ctx, own, i, end);
      continue;
    }
    const before = ctx.words.slice(Math.max(sentenceStart, start - 4), start).map((x) => x.lower);
    if (before.some((x) => HYPOTHETICAL.has(x))) continue;
    if (isDenied(ctx, start, sentenceStart)) continue;
    const purpose = purposeTopic(ctx, end, sentenceEnd);
    const modifiers = ctx.words.slice(start, i);
    const words = ctx.lexicon.kinds[head.kind].nameless;
    // "a humanitarian crisis", "a declaration of independence": a modifier or "of" complement makes it something else.
    const complement = next?.lower === 'of' ? ctx.words[end + 1] : undefined;
    if ([...modifiers, ...(complement ? [complement] : [])].some((m) => words?.excludedModifiers.has(m.lower)))
      continue;
    // "a propaganda coup for the Kremlin", "a PR coup": some modifiers make only one head a metaphor (a
    // capitalised one, "PR", is left out of the modifiers, so the word before them counts too).
    const excludedHere = words?.excludedModifiersByHead.get(w.lower);
    const previous = ctx.words[start - 1];
    if ([...modifiers, ...(previous ? [previous] : [])].some((m) => excludedHere?.has(m.lower))) continue;
    // "operation" names a conflict only as someone's, a military one, or one into or against somewhere.
    if (
      words?.guardedHeads.has(w.lower) &&
      own === start &&
      !modifiers.some((m) => m.lower === 'military') &&
      !/^(into|against|in)$/.test(next?.lower ?? '')
    )
      continue;
    const ordinal = modifiers.find((m) => ORDINALS.has(m.lower))?.lower ?? null;
    const year = yearOf(modifiers) ?? yearOf(dateAfter(ctx, end, sentenceEnd));
    const frame: FrameInfo = {
      kind: head.kind,
      cls: head.cls,
      head: head.head,
      // A bare plural ("signed agreements", "signed 12 deals") introduces its instance, as "a" does.
      determiner: signed && determinerOf(ctx, start, i) === 'bare' ? 'indefinite' : determinerOf(ctx, start, i),
      parties: partiesInside(ctx, brokerEnd, i),
      // Topics (defense, normalization ...) tell agreements apart; conflicts are told apart by parties and place.
      topic: head.kind === 'Agreement' ? (topicOf(ctx, start, end) ?? purpose?.topic ?? null) : null,
      ordinal,
      year,
      // An armed conflict of a decade is fighting, not a standing dispute.
      longStanding: modifiers.some((m) => LONG_STANDING.test(m.lower)) && !modifiers.some((m) => m.lower === 'armed'),
      modified: modifiers.some((m) => !ctx.lexicon.patterns.genericModifiers.has(m.lower)),
      complementStart: end,
      purposeEnd: purpose?.end ?? null,
      plural: signed !== null,
    };
    addCandidate(ctx, {
      start: own,
      end: purpose?.end ?? end,
      ...(own > start ? { aliasStart: start } : {}),
      kind: head.kind,
      name: ctx.parsed.text.slice((ctx.words[own] as Word).start, (ctx.words[(purpose?.end ?? end) - 1] as Word).end),
      source: 'nameless',
      frame,
    });
    i = (purpose?.end ?? end) - 1;
  }
}
