/**
 * Resolution of nameless agreements and conflicts: each phrase found by
 * `entities/nameless.ts` is read against the resolved mentions of its
 * sentence (who is "between", "with", "against" it, where it is "in"), then
 * joins the instance it refers to or starts a new one. Two phrases are one
 * instance when their kind and class agree ("the accord" and "a deal"; "the
 * war" and "heavy fighting", not "the war" and "a decades-old conflict"),
 * their parties do not contradict, and no ordinal, year, place or topic sets
 * them apart. A bare definite description ("the deal") is the nearest
 * compatible instance; with none before it, the first one after it.
 * Instances are given their final names after relations (`naming.ts`).
 */
import type { EntityKind } from '../../core/ontology.js';
import type { DetectionContext } from '../entities/context.js';
import { FRAME_PREPOSITIONS } from '../entities/nameless.js';
import type { Candidate, FrameInfo } from '../entities/types.js';
import { clauseWords } from '../lexicon/clause-words.js';
import type { LexiconEntry, NamelessWords } from '../lexicon/index.js';
import { relationCues } from '../lexicon/relation-cues.js';
import type { Word } from '../parse/parse.js';
import type { EntityDraft, EntityRegistry, ResolvedMention } from './registry.js';

/** Modifiers that point back at the instance named most recently ("the previous agreement"). */
const RECENCY_MODIFIERS = new Set(['previous', 'earlier', 'former', 'original', 'old', 'prior', 'same']);
/** Verbs that make an indefinite phrase a real instance ("signed a deal", "fighting broke out"). */
const REALISATION =
  /^(sign|signs|signed|signing|ink|inked|seal|sealed|strike|struck|reach|reached|conclude|concluded|agree|agreed|ratify|ratified|broker|brokered|announce|announced|erupt|erupted|break|broke|wage|waged|launch|launched|ended|end|renew|renewing|renewed|revive|reviving|restore|restoring|rejoin|rejoining|resume|resuming|extend|extending|abandon|abandoning|quit|quitting|violate|violating|violated|continued|continue|took|escalated)$/;

/** Verbs whose object is a conflict the subject takes part in. */
const FIGHTING =
  /^(fight|fights|fighting|fought|battle|battles|battling|battled|wage|wages|waging|waged|combat|combats|combating|combatting|counter|countering)$/;

export interface Instance {
  draft: EntityDraft;
  kind: EntityKind;
  cls: string;
  /** Head nouns seen, with counts: the most used one names the instance. */
  heads: Map<string, number>;
  /** Parties the phrases name (between, with, against, possessors, demonyms). */
  parties: Map<string, number>;
  /** Countries of the sentences it is mentioned in: weaker evidence of parties, for agreements. */
  sentenceParties: Map<string, number>;
  place: string | null;
  topic: string | null;
  ordinal: string | null;
  year: number | null;
  /** A gazetteer entity ("Abraham Accords"): anaphora may point at it, it keeps its name. */
  lexical: boolean;
  /** Several agreements signed at once ("signed 12 agreements"): no later phrase of one agreement is them. */
  plural: boolean;
  /** A phrase of it names a partner that is no party entity ("a deal with Somaliland"): no party is guessed for it. */
  unknownPartner: boolean;
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function sentenceOf(ctx: DetectionContext, word: number): number {
  return (ctx.words[word] as Word).sentence;
}

/** The country a mention stands for as a party: a country, a seat of government, or a country's armed forces. */
function partyOf(m: ResolvedMention, reg?: EntityRegistry): string | null {
  if (m.entity.kind === 'Country') return m.entity.name;
  if (m.seatOf) return m.seatOf;
  // A state's ministry or army acts for the state the article names; a company or armed group,
  // or forces of a state the article never names, are a party in their own name.
  if (m.entity.kind === 'Organization') {
    const state = isStateOrgan(m) ? m.entity.country : null;
    return state && (!reg || reg.named(state, ['Country'])) ? state : m.entity.name;
  }
  return null;
}

/** Lexicon types of organisations that are organs of a state. */
const STATE_ORGANS = new Set([
  'armed_forces',
  'armed_forces_command',
  'ministry',
  'government',
  'parliament',
  'agency',
]);

function isStateOrgan(m: ResolvedMention): boolean {
  const type = m.entity.lexicon?.type;
  return type !== undefined ? STATE_ORGANS.has(type) : m.candidate.source === 'institution';
}

interface ReadFrame {
  parties: string[];
  /** "a deal with Somaliland": a partner is named that is no entity that can be party (unknown, or a place). */
  unknownPartner?: boolean;
  place: string | null;
  /** Where the phrase's span may grow to include its complements (the alias "fighting between A and B"). */
  aliasEnd: number;
}

/**
 * Reads the complements after a nameless head: "between A and B", "between
 * the two nations", "with B" (and the clause's subject before the phrase),
 * "against B", "on B" (parties); "in X", "over X", "into X", "for X" (where it
 * happens). Each object is the coordinated names right after its preposition.
 */
function readComplements(ctx: DetectionContext, reg: EntityRegistry, c: Candidate, f: FrameInfo): ReadFrame {
  const sentence = sentenceOf(ctx, c.start);
  const s = ctx.sentences[sentence];
  const sentenceEnd = s?.endWord ?? c.end;
  const ordered = reg.ordered().filter((m) => !m.nested && m.sentence === sentence);
  const parties: string[] = [];
  let place: string | null = null;
  let aliasEnd = c.end;
  let unknownPartner = false;
  const addParty = (p: string | null): void => {
    if (p && !parties.includes(p)) parties.push(p);
  };
  // "its invasion of Ukraine", "their dispute": a possessive determiner names a party.
  const owner = ctx.words[c.start - 1]?.lower;
  if (owner === 'its' || owner === 'their') for (const p of possessors(ctx, reg, c, owner)) addParty(p);
  let i = f.purposeEnd ?? f.complementStart;
  // "Fierce fighting erupted on Sunday between A and B": the complements may follow an event verb.
  if (ctx.words[i]?.tags.has('Verb') && !FRAME_PREPOSITIONS.has(ctx.words[i]?.lower ?? ''))
    i = pastEventVerb(ctx, i, sentenceEnd);
  while (i < sentenceEnd) {
    const prep = (ctx.words[i] as Word).lower;
    if (!FRAME_PREPOSITIONS.has(prep) || prep === 'to' || (prep === 'of' && f.kind !== 'Conflict')) break;
    // "a conflict in which ...": a relative clause, no complement of the head.
    if (/^(which|whom|whose)$/.test(ctx.words[i + 1]?.lower ?? '')) break;
    const plural = pluralDescription(ctx, i + 1);
    if (prep === 'between' && plural > 0) {
      // "between the two nations", "between the Andean neighbours": the two countries named last before it.
      const earlier = reg
        .ordered()
        .filter((m) => m.end <= c.start && m.entity.kind === 'Country' && !m.nested)
        .reverse();
      for (const m of earlier) if (parties.length < 2) addParty(m.entity.name);
      aliasEnd = Math.max(aliasEnd, plural);
      break;
    }
    const objects = coordinatedAfter(ctx, ordered, i + 1, sentenceEnd);
    // "talks on Norway's membership in the EU": a possessor opens a longer object, which is no party.
    const possessed = objects[0] && (ctx.words[(objects[0] as ResolvedMention).end - 1] as Word).possessive;
    if (possessed) {
      if (i === (f.purposeEnd ?? f.complementStart))
        aliasEnd = Math.max(aliasEnd, possessedEnd(ctx, ordered, (objects[0] as ResolvedMention).end, sentenceEnd));
      break;
    }
    if (objects.length === 0) {
      // "signed a port deal with Somaliland": a name no party is made of still takes the partner's place.
      const named = ctx.words[i + 1];
      if (prep === 'with' && named?.capitalized && !named.tags.has('Determiner')) unknownPartner = true;
      // "took place between June 2 and 4 in Tarnow": a phrase with no name is passed over.
      const next = nextPreposition(ctx, i + 1, Math.min(sentenceEnd, i + 8));
      if (next < 0) break;
      i = next;
      continue;
    }
    const last = objects[objects.length - 1] as ResolvedMention;
    if (i === (f.purposeEnd ?? f.complementStart)) aliasEnd = Math.max(aliasEnd, last.end);
    // "launched the offensive with the support of B": B backs a party, it is none (nor an opponent) itself.
    if (helpedBy(ctx, i + 1, (objects[0] as ResolvedMention).start)) {
      i = last.end;
      continue;
    }
    if (['between', 'with', 'against', 'on', 'of'].includes(prep)) {
      for (const m of objects) addParty(partyOf(m, reg));
      // "a treaty with Abkhazia" (read as a person, or a place): the partner is named, as no party.
      if (prep === 'with' && objects.every((m) => partyOf(m, reg) === null)) unknownPartner = true;
      // "X experiences a crisis with Y", "X signed a deal with Y": the clause's subject is the other party,
      // unless a possessive determiner names it ("Iran backs the Houthis in their war with B").
      if (prep === 'with' && owner !== 'its' && owner !== 'their') {
        // A name only locating the subject's clause ("was in Yemen's capital to negotiate a truce with B") is no party.
        const locating = (m: ResolvedMention) => LOCATING.has(ctx.words[m.start - 1]?.lower ?? '');
        // Nor is a name governed by a preposition ("Backed by Iran, the Houthis signed a truce with B").
        // Nor is a name of an earlier clause the phrase's is coordinated with ("Exports to Bolivia fell, and Ecuador
        // signed a deal with B"): the subject is sought from where the phrase's own clause opens.
        const opens = coordinatedClauseStart(ctx, s?.firstWord ?? 0, c.start);
        const subject =
          subordinateSubject(ctx, ordered, c.start) ??
          ordered.find(
            (m) =>
              m.start >= opens &&
              m.end <= c.start &&
              partyOf(m) !== null &&
              m.entity.kind !== 'Person' &&
              !locating(m) &&
              !governed(ctx, m.start),
          );
        if (subject) addParty(partyOf(subject));
      }
    } else if (place === null) {
      const where = objects.find((m) => m.entity.kind === 'Place' || m.entity.kind === 'Country');
      if (where) place = where.entity.name;
      // "Serbia's war in Croatia", "its war in Croatia": a war one state wages in another involves both.
      const waged = f.parties.length > 0 || parties.length > 0;
      if (
        where?.entity.kind === 'Country' &&
        prep === 'in' &&
        waged &&
        f.kind === 'Conflict' &&
        effectiveClass(f) === 'war'
      )
        addParty(where.entity.name);
    }
    i = last.end;
  }
  // "a deal brokered by Qatar": the participle that says how it came about belongs to its surface.
  const participle = ctx.words[f.purposeEnd ?? f.complementStart];
  if (
    participle &&
    PARTICIPLES.test(participle.lower) &&
    /^(by|in)$/.test(ctx.words[participle.index + 1]?.lower ?? '')
  ) {
    const agent = coordinatedAfter(ctx, ordered, participle.index + 2, sentenceEnd);
    if (agent.length > 0) aliasEnd = Math.max(aliasEnd, (agent[agent.length - 1] as ResolvedMention).end);
  }
  return { parties, place, aliasEnd, unknownPartner };
}

/**
 * The subject of the subordinate clause the phrase at `at` is in, when a
 * subordinator opens it with a name ("..., as Athens moves closer amid
 * tensions with B", "while Manila faces tensions with B"): that clause's
 * subject, not the main clause's, is the other party.
 */
function subordinateSubject(
  ctx: DetectionContext,
  mentions: ResolvedMention[],
  at: number,
): ResolvedMention | undefined {
  const subordinators = clauseWords().subordinators;
  const opened = (m: ResolvedMention): boolean => subordinators.has(wordBefore(ctx, m.start)?.lower ?? '');
  // "As Athens rearmed, France signed a deal with B": a comma closed that clause before the phrase.
  const unbroken = (m: ResolvedMention): boolean => ctx.words.slice(m.start, at).every((w) => !/[,;:]/.test(w.after));
  return [...mentions]
    .reverse()
    .find((m) => m.end <= at && opened(m) && unbroken(m) && partyOf(m) !== null && m.entity.kind !== 'Person');
}

/** Conjunctions that, after a comma or a semicolon, may open a clause of its own. */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'yet', 'while', 'whereas']);

/**
 * Where the clause holding word `at` opens, when clauses are coordinated in its sentence: past the last
 * semicolon before it, or the last comma and conjunction a finite verb follows before the next comma
 * ("Exports to Bolivia fell in May, and Ecuador signed ...", "Kenya hosted the summit, but Uganda signed ...");
 * the sentence's first word otherwise. A list ("Kenya, Uganda, and Tanzania signed") opens no clause: no
 * finite verb stands before its comma.
 */
function coordinatedClauseStart(ctx: DetectionContext, first: number, at: number): number {
  for (let k = at - 1; k > first; k--) {
    const before = ctx.words[k - 1] as Word;
    if (/;/.test(before.after)) return k;
    if (!/,/.test(before.after) || !CLAUSE_CONJUNCTIONS.has((ctx.words[k] as Word).lower)) continue;
    // A clause before the comma has a verb of its own; a list of names before it has none.
    if (!ctx.words.slice(first, k).some(isFiniteVerb)) continue;
    // The conjunction's own clause: a finite verb before the phrase and before any comma.
    for (let j = k + 1; j < at; j++) {
      const w = ctx.words[j] as Word;
      if (isFiniteVerb(w)) {
        // "and Uganda signed": a name between the conjunction and its verb is that clause's subject.
        if (j > k + 1) return k + 1;
        break;
      }
      if (/[,;:]/.test(w.after)) break;
    }
  }
  return first;
}

/** Whether the name at word `start` is the object of a preposition ("by Iran", "of the Houthis"). */
function governed(ctx: DetectionContext, start: number): boolean {
  return wordBefore(ctx, start)?.tags.has('Preposition') ?? false;
}

/** The word before a name, past its article. */
function wordBefore(ctx: DetectionContext, start: number): Word | undefined {
  return ctx.words[ctx.words[start - 1]?.lower === 'the' ? start - 2 : start - 1];
}

/** Whether the words from `from` to a name are a help noun and its "of" ("the backing of", "the help of"). */
function helpedBy(ctx: DetectionContext, from: number, name: number): boolean {
  const words = ctx.words.slice(from, name);
  const cues = relationCues();
  return words.some(
    (w, k) =>
      words[k + 1]?.lower === 'of' &&
      (cues.classesOf(clauseWords().eventNouns.get(w.lower) ?? w.lemma).has('support') ||
        cues.nounClasses.assent.has(w.lower)),
  );
}

const PARTICIPLES = /^(brokered|mediated|signed|struck|reached|announced|agreed|negotiated|led)$/;
/** Prepositions that set where a clause happens, not who takes part in it. */
export const LOCATING = new Set(['in', 'at', 'near', 'inside', 'outside']);

/** Where a possessed noun phrase ends: "Norway's membership in the EU", "Norway's accession". */
function possessedEnd(ctx: DetectionContext, mentions: ResolvedMention[], from: number, end: number): number {
  let j = from;
  while (j < end && j < from + 3 && !(ctx.words[j] as Word).capitalized && (ctx.words[j] as Word).tags.has('Noun')) {
    j++;
    if (!/^\s+$/.test((ctx.words[j - 1] as Word).after)) return j;
  }
  if (j > from && /^(in|to|of)$/.test(ctx.words[j]?.lower ?? '')) {
    const m = mentions.find((x) => x.start === j + 1);
    if (m) return m.end;
  }
  return j;
}

/** The next frame preposition in `[from, end)` before a clause boundary, or -1. */
function nextPreposition(ctx: DetectionContext, from: number, end: number): number {
  for (let j = from; j < end; j++) {
    const w = ctx.words[j] as Word;
    if (FRAME_PREPOSITIONS.has(w.lower) && w.lower !== 'to') return j;
    if (/[,;:]/.test(w.after) || (w.tags.has('Verb') && !w.tags.has('Adjective'))) return -1;
  }
  return -1;
}

/** Past an event verb and its particle and time adverbials ("broke out last week", "continued on Thursday"). */
function pastEventVerb(ctx: DetectionContext, i: number, end: number): number {
  let j = i;
  while (j < end && j < i + 7) {
    const w = ctx.words[j] as Word;
    if (FRAME_PREPOSITIONS.has(w.lower) && w.lower !== 'on' && w.lower !== 'for') return j;
    // "follows a crisis between A and B": a verb with an object says nothing more of the head.
    if (/^(a|an|the|its|their|his|her)$/.test(w.lower) && ctx.words[j - 1]?.tags.has('Verb')) return end;
    if (/[,;:]/.test(w.after)) return end;
    j++;
  }
  return end;
}

/** "the two nations", "the Mideast rivals": where such a plural description ends, or 0. */
function pluralDescription(ctx: DetectionContext, i: number): number {
  if (ctx.words[i]?.lower !== 'the') return 0;
  const plurals = ctx.lexicon.kinds.Country.pluralHeads;
  for (let j = i + 1; j < i + 4; j++) if (plurals.has(ctx.words[j]?.lower ?? '')) return j + 1;
  return 0;
}

/**
 * Who "its" or "their" before a phrase stands for: the nearest country or
 * organisation before it in the sentence ("Serbia in its invasion of
 * Croatia"); for "their" after "the two countries", the two countries named last.
 */
function possessors(ctx: DetectionContext, reg: EntityRegistry, c: Candidate, owner: string): string[] {
  const sentence = sentenceOf(ctx, c.start);
  const s = ctx.sentences[sentence];
  const before = reg
    .ordered()
    .filter((m) => !m.nested && m.end <= c.start && (m.entity.kind === 'Country' || m.entity.kind === 'Organization'));
  if (owner === 'their' && s) {
    const words = ctx.words.slice(s.firstWord, c.start);
    const two = words.findIndex((w, k) => w.lower === 'two' && words[k - 1]?.lower === 'the');
    if (two >= 0) {
      const names: string[] = [];
      for (const m of [...before].reverse())
        if (
          m.sentence === sentence &&
          m.start < s.firstWord + two &&
          names.length < 2 &&
          !names.includes(m.entity.name) &&
          m.entity.kind === 'Country'
        )
          names.push(m.entity.name);
      return names.length === 2 ? names : [];
    }
    return [];
  }
  const near = [...before].reverse().find((m) => m.sentence === sentence);
  const p = near ? partyOf(near) : null;
  return p ? [p] : [];
}

/**
 * The names right after word `from` (past a determiner and modifiers),
 * coordinated by "and" ("between Chile and Peruvian forces") or listed
 * with commas ending in "and" ("between A, B and C"). A comma alone ends the
 * phrase ("the war in Libya, and Egypt, a neighbour of ...").
 */
export function coordinatedAfter(
  ctx: DetectionContext,
  mentions: ResolvedMention[],
  from: number,
  end: number,
): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let commaList = false;
  let i = from;
  while (i < end) {
    let j = i;
    // Past a determiner and up to three lower-case modifiers ("the ruling junta", "its neighbor Algeria"); a finite
    // verb first is a clause of its own ("invasion of Ukraine and abstained in United Nations votes"), and so is
    // any verb right after a comma ("a pact with Kenya, alarming Uganda and Burundi").
    const clauseOpens = (w: Word) => isFiniteVerb(w) || (commaList && (w.tags.has('Verb') || /ing$/.test(w.lower)));
    while (
      j < end &&
      j < i + 4 &&
      !mentions.some((m) => m.start === j) &&
      !(ctx.words[j] as Word).capitalized &&
      !(j === i && clauseOpens(ctx.words[j] as Word))
    )
      j++;
    const m = mentions.find((x) => x.start === j);
    if (!m) break;
    // "with the Iran-backed rebels": a name joined by a hyphen to the next word modifies what follows.
    if ((ctx.words[m.end - 1] as Word).after === '-' && m.end < end) {
      i = m.end + 1;
      continue;
    }
    out.push(m);
    const comma = /^\s*,\s*$/.test((ctx.words[m.end - 1] as Word).after);
    const conj = /^(and|or)$/.test(ctx.words[m.end]?.lower ?? '');
    // "A and B", "A, B and C", "A, B, and C" (a comma before "and" only inside a list).
    if (conj && (!comma || commaList)) {
      const lastOne = coordinatedAfter(ctx, mentions, m.end + 1, end)[0];
      if (lastOne) out.push(lastOne);
      return out;
    }
    if (!comma || conj) return commaList ? out.slice(0, 1) : out;
    commaList = true;
    i = m.end;
  }
  // A list of commas never closed by "and" was no list: only its first name counts.
  return commaList ? out.slice(0, 1) : out;
}

/** A finite verb: no modifier of a coordinated name, but the verb of a clause of its own. */
function isFiniteVerb(w: Word): boolean {
  return w.tags.has('Verb') && (w.tags.has('PastTense') || w.tags.has('PresentTense')) && !w.tags.has('Adjective');
}

/** Words that give a description its name: "a pact known as the X Accord", "a deal dubbed X". */
const NAMING = [['known', 'as'], ['called'], ['dubbed'], ['named'], ['nicknamed'], ['titled']];

/**
 * "signed a mutual defence pact known as the Pacific Shield Accord": a description followed by a naming
 * phrase and a named one of its kind is that one.
 */
function namedAs(
  ctx: DetectionContext,
  reg: EntityRegistry,
  instances: Instance[],
  c: Candidate,
  f: FrameInfo,
  end: number,
): Instance | undefined {
  const naming = NAMING.find((n) => n.every((w, k) => ctx.words[end + k]?.lower === w));
  if (!naming) return undefined;
  let at = end + naming.length;
  if (ctx.words[at]?.lower === 'the') at++;
  const named = reg.ordered().find((m) => m.start === at && m.entity.kind === f.kind);
  if (!named) return undefined;
  const found = instances.find((x) => x.draft === named.entity);
  if (found) return found;
  const inst = lexicalInstance(ctx, named.entity);
  instances.push(inst);
  return inst;
}

/**
 * Whether two nameless heads' classes may name one thing: the same class, or a general one ("the conflict") with a
 * specific one, but not an event ("the coup") with anything else. A crisis or a dispute is not a war.
 */
export function classesAgree(words: NamelessWords | null, a: string, b: string): boolean {
  if (a === b) return true;
  const of = (cls: string) => words?.classes.get(cls);
  return (of(a)?.general === true || of(b)?.general === true) && !of(a)?.event && !of(b)?.event;
}

/** Whether phrase `f` (with its read parties and place) may be a mention of instance `inst`. */
function compatible(
  ctx: DetectionContext,
  inst: Instance,
  f: FrameInfo,
  parties: string[],
  place: string | null,
): boolean {
  if (inst.kind !== f.kind || inst.plural || f.plural) return false;
  if (!classesAgree(ctx.lexicon.kinds[f.kind].nameless, inst.cls, effectiveClass(f))) return false;
  if ((f.ordinal ?? inst.ordinal) !== null && f.ordinal !== inst.ordinal && !RECENCY_MODIFIERS.has(f.ordinal ?? ''))
    return false;
  if (f.year !== null && inst.year !== null && f.year !== inst.year) return false;
  if (f.topic !== null && inst.topic !== null && f.topic !== inst.topic) return false;
  const known = [...inst.parties.keys()];
  if (parties.length > 0 && known.length > 0) {
    const inside = (a: string[], b: string[]): boolean => a.every((p) => b.includes(p) || p === inst.place);
    if (!inside(parties, known) && !inside(known, parties)) return false;
  }
  if (place !== null && inst.place !== null && place !== inst.place && !inst.parties.has(place)) return false;
  return true;
}

/** A "conflict" said to be decades old is a standing dispute, not the fighting of the day. */
function effectiveClass(f: FrameInfo): string {
  return f.cls === 'conflict' && f.longStanding ? 'dispute' : f.cls;
}

/** What a phrase carries beyond its head: enough to be an instance of its own when nothing before matches. */
function anchored(ctx: DetectionContext, c: Candidate, f: FrameInfo, read: ReadFrame): boolean {
  if (read.parties.length > 0 || f.parties.length > 0 || read.place !== null) return true;
  if (f.topic !== null || f.ordinal !== null || f.year !== null || f.longStanding) return true;
  const s = ctx.sentences[sentenceOf(ctx, c.start)];
  const verbs = s ? ctx.words.slice(s.firstWord, s.endWord).some((w) => REALISATION.test(w.lower)) : false;
  // "a massacre took place" says less than "a deal was signed": a conflict needs someone or somewhere,
  // or to be what a party fights ("battling an insurgency").
  if (f.determiner === 'indefinite')
    return f.kind === 'Agreement' ? verbs : FIGHTING.test(ctx.words[c.start - 2]?.lower ?? '');
  // A bare head stands for a thing when described ("heavy fighting") or the subject of an event
  // ("fighting broke out"), not as the complement of another noun ("prisoners of war").
  if (f.determiner === 'bare')
    return f.modified || (ctx.words[c.start - 1]?.lower !== 'of' && (ctx.words[c.end]?.tags.has('Verb') ?? false));
  return true;
}

export interface NamelessResolution {
  instances: Instance[];
}

/** Groups the nameless phrases of an article into instances, and records them on the registry. */
export function resolveNameless(
  ctx: DetectionContext,
  reg: EntityRegistry,
  candidates: Candidate[],
  sentenceCountries: (sentence: number) => string[],
  lexicalAgreement: (topic: string | null, parties: string[], sentence: number) => LexiconEntry | null,
): Instance[] {
  const instances: Instance[] = [];
  // Named agreements and conflicts already in the registry can be what "the agreement" refers to.
  for (const m of reg.ordered()) {
    if ((m.entity.kind !== 'Agreement' && m.entity.kind !== 'Conflict') || instances.some((x) => x.draft === m.entity))
      continue;
    instances.push(lexicalInstance(ctx, m.entity));
  }
  const deferred: Array<{ c: Candidate; f: FrameInfo }> = [];
  let previous: { inst: Instance; end: number } | null = null;
  let created = 0;
  const newInstance = (c: Candidate, f: FrameInfo, ordinal: string | null): Instance => ({
    draft: reg.ensure(`${f.kind}:nameless:${created++}`, c.name, f.kind),
    kind: f.kind,
    cls: effectiveClass(f),
    heads: new Map(),
    parties: new Map(),
    sentenceParties: new Map(),
    place: null,
    topic: null,
    ordinal,
    year: null,
    lexical: false,
    plural: f.plural,
    unknownPartner: false,
  });
  const attach = (inst: Instance, c: Candidate, f: FrameInfo, read: ReadFrame): void => {
    bump(inst.heads, f.head);
    for (const p of [...f.parties, ...read.parties]) bump(inst.parties, p);
    inst.unknownPartner ||= read.unknownPartner === true;
    // A sentence names a country once however often it says it ("New Zealand Prime Minister X said New Zealand ...").
    for (const p of new Set(sentenceCountries(sentenceOf(ctx, c.start)))) bump(inst.sentenceParties, p);
    inst.place ??= read.place;
    inst.topic ??= f.topic;
    inst.year ??= f.year;
    const cls = effectiveClass(f);
    const general = ctx.lexicon.kinds[f.kind].nameless?.classes.get(inst.cls)?.general ?? false;
    if (general && !inst.lexical) inst.cls = cls;
    reg.mention(inst.draft, c.start, c.end, c);
    // Its surfaces with the possessor, the complements and an indefinite article
    // ("Libya's war", "a deal with Egypt", "heavy fighting between A and B").
    const from = c.aliasStart ?? c.start;
    const article = /^(a|an)$/i.test(ctx.words[from - 1]?.text ?? '') ? from - 1 : from;
    for (const a of new Set([c.start, from, article]))
      for (const e of new Set([c.end, read.aliasEnd])) if (a !== c.start || e !== c.end) reg.alias(inst.draft, a, e);
    // "the widening Moroccan-Algerian conflict": a passing state of it is no part of what it is called.
    let core = c.start;
    while (core < c.end - 1 && /^\p{Ll}+ing$/u.test((ctx.words[core] as Word).text)) core++;
    if (core > c.start) reg.alias(inst.draft, core, c.end);
  };
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    const f = c.frame;
    if (!f) continue;
    const read = readComplements(ctx, reg, c, f);
    const parties = [...new Set([...f.parties, ...read.parties])];
    const recency = RECENCY_MODIFIERS.has(f.ordinal ?? '');
    const bare =
      parties.length === 0 &&
      read.place === null &&
      f.topic === null &&
      (f.ordinal === null || recency) &&
      f.year === null;
    const compatibleBefore = instances.filter(
      (inst) =>
        compatible(ctx, inst, f, parties, read.place) &&
        inst.draft.firstWord < c.start &&
        // A named agreement is found by its own name or the gazetteer, not by a description that says more;
        // a named conflict also by the parties its names spell ("the war against Ukraine").
        (bare || !inst.lexical || inst.kind === 'Conflict'),
    );
    // A phrase of a specific class ("the memorandum") prefers an instance of that class.
    const specific = !(ctx.lexicon.kinds[f.kind].nameless?.classes.get(effectiveClass(f))?.general ?? false);
    const sameClass = specific ? compatibleBefore.filter((inst) => inst.cls === effectiveClass(f)) : [];
    const fits = sameClass.length > 0 ? sameClass : compatibleBefore;
    let target: Instance | undefined = namedAs(ctx, reg, instances, c, f, read.aliasEnd);
    // "a years-long war in Libya, a conflict in which ...": an apposition is the same thing again.
    const opener = /^(a|an|the)$/.test(ctx.words[c.start - 1]?.lower ?? '') ? c.start - 1 : c.start;
    // "the Rome Statute, the ICC's founding treaty,": a description set off right after a name of its kind is that.
    let apposed = c.aliasStart ?? c.start;
    // Past a possessor ("the ICC's") and the article.
    if (ctx.words[apposed - 1]?.possessive) {
      apposed--;
      while (ctx.words[apposed - 1]?.capitalized && !/,/.test(ctx.words[apposed - 1]?.after ?? '')) apposed--;
    }
    if (/^(a|an|the)$/.test(ctx.words[apposed - 1]?.lower ?? '')) apposed--;
    const named = reg.mentions.find(
      (m) => m.entity.kind === f.kind && m.end === apposed && /^\s*,\s*$/.test(ctx.words[m.end - 1]?.after ?? ''),
    );
    if (target) {
      // Named right after it ("a pact known as the X Accord"): that one.
    } else if (named) {
      target = instances.find((x) => x.draft === named.entity) ?? lexicalInstance(ctx, named.entity);
      if (!instances.includes(target)) instances.push(target);
    } else if (
      previous &&
      previous.inst.kind === f.kind &&
      opener === previous.end &&
      /^\s*,\s*$/.test(ctx.words[previous.end - 1]?.after ?? '')
    )
      target = previous.inst;
    else if (bare) target = nearest(ctx, reg, fits, c);
    else {
      // A phrase with parties joins the instance it shares them with; one with none the nearest that fits.
      const sharing = fits.filter(
        (x) => parties.some((p) => x.parties.has(p)) || (read.place !== null && x.place === read.place),
      );
      // "signed a border accord ... also oversaw the signing of a trade memorandum with B": an indefinite phrase of
      // another class or topic introduces another agreement, not the earlier one with no parties (a war is often
      // "a full-scale invasion" again).
      const another = (x: Instance): boolean =>
        f.kind === 'Agreement' &&
        f.determiner === 'indefinite' &&
        (x.cls !== effectiveClass(f) || (f.topic !== null && x.topic !== f.topic));
      // "Kenya signed a defence agreement with Britain ... Kenya, Uganda and Rwanda signed a mutual defence pact": an
      // indefinite agreement whose sentence leaves out a partner the earlier one was made with, and names a state
      // that one never had, is another agreement.
      const here = sentenceCountries(sentenceOf(ctx, c.start));
      // One with no parties yet is known by the states of its sentences ("Kenya signed a contract with Turkey's
      // Baykar ... Kenya and the United States reached a trade deal").
      const covers = (x: Instance): boolean => {
        const known = x.parties.size > 0 ? x.parties : x.sentenceParties;
        const leftOut = [...known.keys()].some((p) => !here.includes(p));
        const added = here.some((p) => !(x.parties.has(p) || x.sentenceParties.has(p) || x.place === p));
        return !(leftOut && added);
      };
      const indefinite = f.kind === 'Agreement' && f.determiner === 'indefinite';
      target =
        sharing.length > 0
          ? latest(sharing, c)
          : parties.length === 0
            ? nearest(ctx, reg, indefinite ? fits.filter(covers) : fits, c)
            : fits.find((x) => x.parties.size === 0 && !another(x) && (!indefinite || covers(x)));
    }
    if (!target && f.kind === 'Agreement') {
      const entry = lexicalAgreement(f.topic, parties, sentenceOf(ctx, c.start));
      if (entry) {
        const draft = reg.ensure(`Agreement:${entry.id}`, entry.name, 'Agreement', entry);
        target = instances.find((x) => x.draft === draft) ?? lexicalInstance(ctx, draft);
        if (!instances.includes(target)) instances.push(target);
      }
    }
    // Agreements signed by the dozen are told apart by their parties alone: with no country in their sentence,
    // they are no instance ("we will sign cooperation agreements").
    if (!target && f.plural && parties.length === 0 && sentenceCountries(sentenceOf(ctx, c.start)).length === 0)
      continue;
    if (!target && !anchored(ctx, c, f, read)) {
      if (f.determiner !== 'indefinite' && f.determiner !== 'bare') deferred.push({ c, f });
      continue;
    }
    if (!target) {
      target = newInstance(c, f, f.ordinal && !RECENCY_MODIFIERS.has(f.ordinal) ? f.ordinal : null);
      instances.push(target);
    }
    attach(target, c, f, read);
    previous = { inst: target, end: read.aliasEnd };
  }
  // "The deal" before any deal is named stands for the first one named after it; with none, for a new one.
  for (const { c, f } of deferred) {
    const after = instances
      .filter((x) => compatible(ctx, x, f, [], null) && x.draft.firstWord > c.start)
      .sort((a, b) => a.draft.firstWord - b.draft.firstWord)[0];
    const target =
      after ??
      (f.determiner === 'definite' || f.determiner === 'demonstrative' || f.determiner === 'possessive'
        ? (() => {
            const inst = newInstance(c, f, null);
            instances.push(inst);
            return inst;
          })()
        : undefined);
    if (target) attach(target, c, f, { parties: [], place: null, aliasEnd: c.end });
  }
  for (const inst of instances) {
    // A known conflict keeps its name; the countries it spells are its parties ("the Iran-Iraq War").
    // (A known agreement's gazetteer parties may include its brokers: relations say who signed.)
    if (inst.lexical) {
      if (inst.kind === 'Conflict' && inst.draft.parties.length === 0) inst.draft.parties = [...inst.parties.keys()];
      continue;
    }
    inst.draft.frame = {
      cls: inst.cls,
      heads: inst.heads,
      topic: inst.topic,
      place: inst.place,
      ordinal: inst.ordinal,
      sentenceParties: inst.sentenceParties,
    };
    inst.draft.parties = [...inst.parties.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  }
  return instances;
}

function lexicalInstance(ctx: DetectionContext, draft: EntityDraft): Instance {
  // A named conflict's parties are the countries its names spell ("Russia-Ukraine war", "Ukraine war").
  const spelled = new Map<string, number>();
  if (draft.kind === 'Conflict' && draft.lexicon) {
    const names = [draft.lexicon.name, ...draft.lexicon.aliases].join(' | ');
    for (const country of ctx.lexicon.countries.keys())
      if (new RegExp(`\\b${country.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(names)) spelled.set(country, 1);
  }
  return {
    draft,
    kind: draft.kind,
    cls: draft.kind === 'Agreement' ? 'agreement' : 'conflict',
    heads: new Map(),
    parties: new Map([...(draft.lexicon?.parties ?? []).map((p): [string, number] => [p, 1]), ...spelled]),
    sentenceParties: new Map(),
    place: null,
    topic: draft.lexicon?.topic ?? null,
    ordinal: null,
    year: null,
    lexical: true,
    plural: false,
    unknownPartner: false,
  };
}

function latest(instances: Instance[], c: Candidate): Instance | undefined {
  return [...instances].sort((a, b) => lastBefore(b, c) - lastBefore(a, c))[0];
}

function lastBefore(inst: Instance, c: Candidate): number {
  return Math.max(-1, ...inst.draft.mentions.map((m) => m.start).filter((s) => s < c.start), ...[]);
}

/**
 * What a bare "the agreement" refers to: the instance named last when it is
 * in the same sentence or the phrase says "previous"; otherwise the one the
 * article has talked about most so far (the first named on a tie).
 */
function nearest(ctx: DetectionContext, reg: EntityRegistry, fits: Instance[], c: Candidate): Instance | undefined {
  if (fits.length === 0) return undefined;
  const here = (ctx.words[c.start] as Word).start;
  const lastMention = (x: Instance): number =>
    Math.max(-1, ...x.draft.mentions.map((m) => m.start).filter((s) => s < here));
  const mostRecent = [...fits].sort((a, b) => lastMention(b) - lastMention(a))[0] as Instance;
  const sentence = sentenceOf(ctx, c.start);
  const words = ctx.words.slice(c.start, c.end).map((w) => w.lower);
  if (words.some((w) => RECENCY_MODIFIERS.has(w))) return mostRecent;
  if (reg.mentions.some((m) => m.entity === mostRecent.draft && m.sentence === sentence && m.start < c.start))
    return mostRecent;
  const count = (x: Instance): number => x.draft.mentions.filter((m) => m.start < here).length;
  return [...fits].sort((a, b) => count(b) - count(a) || a.draft.firstWord - b.draft.firstWord)[0];
}
