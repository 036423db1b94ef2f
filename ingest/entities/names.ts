/**
 * Capitalised names the gazetteer does not know: runs of capitalised words are
 * stripped of titles, then take their kind from evidence — a head word
 * ("... Front", "... Bureau", "... Accords"), a descriptor before them ("the
 * news site Le Desk"), a following system noun ("the X system"), or signs of a
 * person (a title or role, the tagger's name tags, an apposition).
 */
import type { EntityKind } from '../../core/ontology.js';
import type { WordRange } from '../clauses/types.js';
import { KINDS_BY_HEAD_PRIORITY } from '../kinds.js';
import { dictionaryTag, isNeverName, isPlainNameWord } from '../parse/nlp.js';
import { GIVEN_NAME_TAGS, NAME_TAGS, PERSON_NAME_TAGS, type Word } from '../parse/parse.js';
import {
  addCandidate,
  addLexiconCandidate,
  countryOpening,
  isTaken,
  textOf,
  type DetectionContext,
} from './context.js';
import { fuzzyLexiconName, type LexiconMatch } from './gazetteer.js';
import { CONNECTORS, FREE_PARTICLES, HYPHENED_PARTICLES, REMIT_LINKS } from './name-particles.js';
import { isMakerNoun } from './products.js';
import { addWeapons, classNameEnd, kindNamedBefore, namedEarlier, weaponsNamed } from './named-kinds.js';
import { joinSpelledAcronyms } from './spelled-acronyms.js';
import {
  countryAfterName,
  countryOfItsTitle,
  isAdjectiveRankAt,
  roleAfter,
  roleBeforeComma,
  titleBefore,
} from './titles.js';
import type { RoleInfo } from './types.js';
import { describedKind, isHyphenedPair, isInPlacesPossessive } from './unknown-names.js';

const COMPASS_NAMES = /^(Northern|Southern|Eastern|Western|North|South|East|West|Central|Upper|Lower|Greater)$/;
const PROPER_TAGS = [...NAME_TAGS, 'FirstName', 'LastName', 'Honorific'];
const PERSON_TAGS = [...PERSON_NAME_TAGS, 'Honorific'];
const ROMAN = /^(II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
const ABBREVIATION = /^(lt|gen|col|maj|capt|adm|sgt|brig|mr|mrs|ms|dr|prof|st|sen|rep|gov|pres|jr|sr|ret)$/i;

const COMMON_TAGS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Verb',
  'QuestionWord',
  'Value',
  'Date',
  'Adjective',
  'Plural',
];

function isNameWord(w: Word, next?: Word): boolean {
  if (!w.capitalized || !/\p{L}/u.test(w.text) || w.tags.has('Date') || w.text === 'I') return false;
  if (w.allCaps && w.text.length >= 2) return true;
  // "Manufacturer Embraer said": a maker's noun opening a sentence describes the name after it.
  if (w.sentenceInitial && isMakerNoun(w)) return false;
  // A capital at the start of a sentence says nothing, unless the tagger or the next name word vouches for it.
  if (w.sentenceInitial && !PROPER_TAGS.some((t) => w.tags.has(t))) {
    if (isHyphenedToName(w, next)) return true;
    return (
      next !== undefined &&
      /^\s+$|^-$/.test(w.after) &&
      next.capitalized &&
      !next.sentenceInitial &&
      !COMMON_TAGS.some((t) => w.tags.has(t))
    );
  }
  return true;
}

/**
 * "Rolls-Royce will supply ...": a sentence's first word hyphened to a capitalised name is the first half
 * of that name, whatever the dictionary says of it alone ("rolls"). Not before a nationality or a
 * country: "Pro-Russian", "Anti-Israel" are compounds describing something else.
 */
function isHyphenedToName(w: Word, next: Word | undefined): boolean {
  return (
    w.after === '-' &&
    next !== undefined &&
    next.capitalized &&
    !['Demonym', 'Country', 'Place'].some((t) => next.tags.has(t))
  );
}

/**
 * "Prayut Chan-ocha", "Chan-o-cha": a lower-case piece hyphened to the name word before it is part
 * of the name when the dictionary does not know it ("Iran-backed", "Saudi-led" are words of their
 * own) and no common noun follows: "Soviet-era jets" is a compound describing the jets.
 */
function isHyphenedNamePiece(ctx: DetectionContext, w: Word): boolean {
  if (ctx.words[w.index - 1]?.after !== '-' || !/^\p{Ll}+$/u.test(w.text)) return false;
  if (w.text.length <= 2 && w.after === '-') return true;
  if (dictionaryTag(w.lower) !== null) return false;
  const next = ctx.words[w.index + 1];
  const describesNext =
    !w.possessive &&
    next !== undefined &&
    /^\s+$/.test(w.after) &&
    !next.capitalized &&
    (next.tags.has('Noun') || next.tags.has('Adjective'));
  return !describesNext;
}

/**
 * "Ayman al-Zawahiri said": a sentence's first word, whose capital says nothing alone, is a given
 * name when a name particle and a capitalised name follow it.
 */
function isGivenNameBeforeParticle(ctx: DetectionContext, w: Word): boolean {
  const particle = ctx.words[w.index + 1];
  const name = ctx.words[w.index + 2];
  if (!w.sentenceInitial || !w.capitalized || !/^\s+$/.test(w.after) || !particle || !name) return false;
  if (COMMON_TAGS.some((t) => w.tags.has(t)) || particle.capitalized || !name.capitalized) return false;
  return (
    (HYPHENED_PARTICLES.has(particle.lower) && particle.after === '-') ||
    (FREE_PARTICLES.has(particle.lower) && /^\s+$/.test(particle.after))
  );
}

/**
 * "the People's Liberation Army", "the Workers' Party", "Women's Protection Units": a capitalised
 * common plural in the possessive before a capitalised word is part of the name; a name in the
 * possessive ("Russia's Defence Ministry", "the Philippines' Coast Guard") ends its own.
 */
function isPossessiveInsideName(w: Word, next: Word | undefined): boolean {
  return (
    w.possessive &&
    w.capitalized &&
    dictionaryTag(w.lower) === 'Plural' &&
    /^['’]s?\s+$/.test(w.after) &&
    next !== undefined &&
    next.capitalized &&
    !next.sentenceInitial
  );
}

/** True when the run of names cannot continue past word `w`. */
function breaksAfter(w: Word, next: Word | undefined): boolean {
  if (w.possessive) return !isPossessiveInsideName(w, next);
  const after = w.after;
  if (after === '-' || /^\s+$/.test(after) || after === '') return false;
  // "Lt. Gen.", "Donald J. Trump", "(Ret.)": an abbreviation's period is not a break.
  if (/^\.\s+$/.test(after) && (ABBREVIATION.test(w.text) || /^\p{Lu}$/u.test(w.text)) && next?.capitalized)
    return false;
  if (/^\s*\(\s*$/.test(after) && next?.lower === 'ret') return false;
  if (/^\.\)\s+$/.test(after) && w.lower === 'ret') return false;
  return true;
}

/**
 * Kinds whose head word, closing "A and B <head>", makes one name of both conjuncts: "the Law and Justice Party",
 * "the Belt and Road Initiative", "the Iran and Iraq War" (there the known names keep two). Not places: two places
 * often share one head ("the Donetsk and Luhansk Oblast", "Kidal and Gao Region").
 */
const SHARED_HEAD_KINDS = ['Organization', 'Agreement', 'Conflict'] as const;

/** Whether a word is the head of one name of a kind in SHARED_HEAD_KINDS ("Party", "Initiative", "War"). */
function isOneNameHead(ctx: DetectionContext, w: Word): boolean {
  return SHARED_HEAD_KINDS.some((kind) => ctx.lexicon.kinds[kind].nameHeads.has(w.text));
}

/**
 * Whether the capitalised words from `i` are followed by a singular organisation noun ("Justice party") or end
 * in the head word of an organisation, agreement or conflict ("Justice Party", "Road Initiative").
 */
function singularGroupAfter(ctx: DetectionContext, i: number, end: number): boolean {
  let k = i;
  while (k < end && (ctx.words[k] as Word).capitalized) if (!/^\s+$/.test((ctx.words[k++] as Word).after)) break;
  // "the Law and Justice Party", "the Belt and Road Initiative": the head may be the name's own last word.
  if (k - 1 > i && isOneNameHead(ctx, ctx.words[k - 1] as Word)) return true;
  const noun = ctx.words[k];
  return (
    k > i &&
    k < end &&
    noun !== undefined &&
    /^\s+$/.test((ctx.words[k - 1] as Word).after) &&
    !noun.capitalized &&
    !noun.tags.has('Plural') &&
    ctx.lexicon.kinds.Organization.kindNouns.has(noun.lower)
  );
}

/**
 * Whether the words around the "and" at `and` are two names, not one: the first ends in a head of its own
 * ("Solar Industries and Tata Advanced Systems", "the Lome Accords and Sahel Initiative"), the second opens with a
 * nationality ("Macron and Brazilian Navy commander"), or has two words or more before its own head ("Otokar and
 * FNSS Defence Systems"; "Law and Justice Party" has one).
 */
function namesTwoBodies(ctx: DetectionContext, runStart: number, and: number, end: number): boolean {
  if (and > runStart && isOneNameHead(ctx, ctx.words[and - 1] as Word)) return true;
  if (ctx.demonyms.has(and + 1)) return true;
  let k = and + 1;
  while (k < end && (ctx.words[k] as Word).capitalized && !isOneNameHead(ctx, ctx.words[k] as Word)) {
    if (!/^\s+$/.test((ctx.words[k] as Word).after)) return false;
    k++;
  }
  return k < end && isOneNameHead(ctx, ctx.words[k] as Word) && k - (and + 1) >= 2;
}

/** Plural heads of an "of" complement that lists the members of a body ("... of Latin American and Caribbean States"). */
const MEMBER_HEADS = new Set(['States', 'Nations', 'Countries', 'Peoples', 'Republics', 'Economies']);

/**
 * Whether the name run from `runStart` has an "of" before the "and" at `and`, and the capitalised words after it
 * end in a plural head of members: "the Organisation of Eastern and Southern States" is one body.
 */
function membersAfterOf(ctx: DetectionContext, runStart: number, and: number, end: number): boolean {
  if (!ctx.words.slice(runStart, and).some((w) => w.lower === 'of')) return false;
  let k = and + 1;
  while (k < end && (ctx.words[k] as Word).capitalized && /^\s+$/.test((ctx.words[k] as Word).after)) k++;
  const last = ctx.words[k];
  return last !== undefined && k < end && last.capitalized && MEMBER_HEADS.has(last.text);
}

/**
 * "said Kamran Bokhari of the New Lines Institute", "Rafael Loss of the European Council on Foreign Relations": a
 * person's name before "of" is followed by where they work, not by more of their name. The words before "of"
 * name a person when the tagger knows the first as a given name, or a verb of saying introduces them, and none
 * is an organisation's head or starts a name the gazetteer knows.
 */
function personBeforeOf(ctx: DetectionContext, runStart: number, of: number): boolean {
  const words = ctx.words.slice(runStart, of);
  if (words.length < 2 || words.length > 3 || !words.every((w) => w.capitalized && /^\s+$/.test(w.after))) return false;
  if (words.some((w) => ctx.lexicon.kinds.Organization.nameHeads.has(w.text) || ctx.lexiconByStart.has(w.index)))
    return false;
  const before = ctx.words[runStart - 1];
  const introduced = before !== undefined && ctx.lexicon.cues.speechVerbs.has(before.lower);
  return introduced || (words[0] as Word).tags.has('FirstName');
}

/** Runs of name words in a sentence, as word ranges. */
function nameRuns(ctx: DetectionContext, start: number, end: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let runStart = -1;
  for (let i = start; i < end; i++) {
    const w = ctx.words[i] as Word;
    const next = ctx.words[i + 1];
    const inRun = runStart >= 0;
    // "Council of the Baltic Sea States": "of" may lead into "the" and a name; "Ursula von der
    // Leyen", "Mark van der Berg": particles lead through each other to the name.
    let through = i + 1;
    while (through < end && through < i + 3 && CONNECTORS.has((ctx.words[through] as Word).lower)) through++;
    const after = next?.lower === 'the' && w.lower === 'of' ? ctx.words[i + 2] : ctx.words[through];
    const connector =
      inRun &&
      CONNECTORS.has(w.lower) &&
      !(w.lower === 'of' && personBeforeOf(ctx, runStart, i)) &&
      after !== undefined &&
      after.index < end &&
      isNameWord(after) &&
      !ctx.taken[after.index];
    const theAfterOf =
      inRun && w.lower === 'the' && ctx.words[i - 1]?.lower === 'of' && next !== undefined && isNameWord(next);
    // "the Law and Justice party": names joined by "and" before one singular organisation noun are one name, unless
    // a known name stands before "and" ("General Dynamics Electric Boat and Huntington Ingalls Industries": two).
    // "the Community of Latin American and Caribbean States": so are the members an "of" complement lists.
    const andInName =
      inRun &&
      w.lower === 'and' &&
      lexiconInside(ctx, runStart, i).length === 0 &&
      next !== undefined &&
      isNameWord(next) &&
      ((!namesTwoBodies(ctx, runStart, i, end) && singularGroupAfter(ctx, i + 1, end)) ||
        membersAfterOf(ctx, runStart, i, end));
    // "Kongsberg Defence & Aerospace", "Procter & Gamble": an ampersand joins the words of one company's name.
    // Not between tags and handles ("#Finland & #Sweden"), which are no words of a name.
    const ampersand =
      inRun &&
      w.text === '&' &&
      next !== undefined &&
      next.index < end &&
      isNameWord(next) &&
      [ctx.words[i - 1] as Word, next].every((x) => /^\p{Lu}/u.test(x.text));
    // A model number hyphened to a name belongs to it ("Kestrel-4", "Falco-2"), and one after a space right before
    // a noun of systems ("Type 26 frigates", "Type 209 submarines").
    const systemNoun = next !== undefined && next.index < end && ctx.lexicon.kinds.System.kindNouns.has(next.lower);
    const modelNumber =
      inRun &&
      /^\d+[A-Z]?$/.test(w.text) &&
      (ctx.words[i - 1]?.after === '-' || (systemNoun && /^\s+$/.test(ctx.words[i - 1]?.after ?? '')));
    // "Dong Jun met ...", "Theresa May said": a month's name after a name word, with no day after it, is a name.
    const monthName =
      inRun && w.capitalized && w.tags.has('Month') && !/\./.test(w.after) && !(next?.tags.has('Value') ?? false);
    const usable =
      !ctx.taken[i] &&
      (isNameWord(w, next) ||
        monthName ||
        connector ||
        theAfterOf ||
        andInName ||
        ampersand ||
        modelNumber ||
        (inRun && isHyphenedNamePiece(ctx, w)) ||
        (runStart < 0 && isGivenNameBeforeParticle(ctx, w)));
    if (usable && runStart < 0) runStart = i;
    if (!usable) {
      if (runStart >= 0) runs.push([runStart, i]);
      runStart = -1;
      continue;
    }
    if (breaksAfter(w, next) || i + 1 >= end) {
      runs.push([runStart, i + 1]);
      runStart = -1;
    }
  }
  if (runStart >= 0) runs.push([runStart, end]);
  // Connectors never end a name.
  const trimmed = runs
    .map(([a, b]): [number, number] => {
      let e = b;
      while (e > a && CONNECTORS.has((ctx.words[e - 1] as Word).lower)) e--;
      return [a, e];
    })
    .filter(([a, b]) => b > a);
  const joined = joinSpelledAcronyms(ctx, joinComplements(ctx, trimmed, end));
  return splitPersonTails(ctx, joined).map((run) => withoutDemonymTail(ctx, run));
}

/**
 * "the Wagner Russian mercenary group", "the Korsak Belarusian security firm": a nationality
 * closing a run before a common noun describes that noun (a Russian group), it is no part of
 * the name before it.
 */
function withoutDemonymTail(ctx: DetectionContext, [a, b]: [number, number]): [number, number] {
  const demonym = ctx.demonymsByEnd.get(b);
  const next = ctx.words[b];
  if (!demonym || demonym.start <= a || ctx.lexiconByStart.get(a)?.end === b) return [a, b];
  const describes =
    next !== undefined &&
    !next.capitalized &&
    (next.tags.has('Noun') || next.tags.has('Adjective')) &&
    /^\s+$/.test((ctx.words[b - 1] as Word).after);
  return describes ? [a, demonym.start] : [a, b];
}

/**
 * An institution's name goes on through its remit: "National Agency for
 * Energy and Mineral Resources", "Central Commission on Coastal
 * Affairs", "Fund for Trade and Development". A run ending with an
 * organisation head joins the next run across "for"/"on"; inside a remit,
 * "and" joins too ("Military and Technical Cooperation"), but never between
 * two whole names ("Israel Aerospace Industries and Elbit Systems").
 */
function joinComplements(ctx: DetectionContext, runs: Array<[number, number]>, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let inRemit = false;
  for (const run of runs) {
    const prev = out[out.length - 1];
    const link = prev ? ctx.words[prev[1]] : undefined;
    const last = prev ? (ctx.words[prev[1] - 1] as Word) : undefined;
    const joins =
      prev !== undefined &&
      link !== undefined &&
      last !== undefined &&
      run[0] === prev[1] + 1 &&
      run[0] < end &&
      /^\s+$/.test(last.after) &&
      /^\s+$/.test(link.after) &&
      ((REMIT_LINKS.has(link.lower) && ctx.lexicon.kinds.Organization.nameHeads.has(last.text)) ||
        (inRemit && (link.lower === 'and' || REMIT_LINKS.has(link.lower))));
    if (joins && prev) {
      prev[1] = run[1];
      inRemit = true;
    } else {
      out.push([run[0], run[1]]);
      inRemit = false;
    }
  }
  return out;
}

/**
 * A person named right after the institution in their title: "Head of the
 * National Agency for Energy and Mineral Resources Piet Ruiters",
 * "Director for Coastal Radar Systems Directorate Ines Duarte".
 * The run splits after the last organisation head when the words after it
 * look like a person's name (the tagger knows a first or last name there).
 */
function splitPersonTails(ctx: DetectionContext, runs: Array<[number, number]>): Array<[number, number]> {
  const heads = ctx.lexicon.kinds.Organization.nameHeads;
  const out: Array<[number, number]> = [];
  for (const [a, b] of runs) {
    const orgHead = ctx.words.slice(a, b - 2).findIndex((w) => heads.has(w.text));
    let split = -1;
    if (orgHead >= 0) {
      for (let k = Math.max(a + orgHead + 1, b - 4); k <= b - 2 && split < 0; k++) {
        const tail = ctx.words.slice(k, b);
        const nameLike = tail.every((w) => w.capitalized && !CONNECTORS.has(w.lower) && !heads.has(w.text));
        if (nameLike && (ctx.words[k] as Word).tags.has('FirstName')) split = k;
      }
    }
    if (split > a) out.push([a, split], [split, b]);
    else out.push([a, b]);
  }
  return out;
}

/**
 * The head word of a name: its last word, or the word before its complement
 * ("Council" in "Council of the Baltic Sea States", "Agency" in
 * "National Agency for Energy and Mineral Resources").
 */
function headOf(ctx: DetectionContext, start: number, end: number): Word {
  const k = ctx.lexicon.kinds;
  for (let i = start + 1; i < end - 1; i++) {
    const w = ctx.words[i] as Word;
    const head = ctx.words[i - 1] as Word;
    // Only institutions and places are named this way; "Memorandum of Understanding" is a common noun phrase.
    if (
      (w.lower === 'of' || REMIT_LINKS.has(w.lower)) &&
      (k.Organization.nameHeads.has(head.text) || k.Place.nameHeads.has(head.text))
    )
      return head;
  }
  return ctx.words[end - 1] as Word;
}

/** Kind given by the head word of a name ("Polisario Front" → Organization). */
function kindByHead(ctx: DetectionContext, last: Word): EntityKind | null {
  return KINDS_BY_HEAD_PRIORITY.find((k) => ctx.lexicon.kinds[k].nameHeads.has(last.text)) ?? null;
}

/** The kind a name's first word gives it ("Port Sudan", "Lake Chad"), if any. */
function kindByOpener(ctx: DetectionContext, first: Word): EntityKind | null {
  return KINDS_BY_HEAD_PRIORITY.find((k) => ctx.lexicon.kinds[k].nameOpeners.has(first.text)) ?? null;
}

/** An organisation descriptor ending right before `start` ("the news site", "organization"). */
function descriptorBefore(ctx: DetectionContext, start: number): { start: number } | null {
  for (const phrase of ctx.lexicon.kinds.Organization.kindPhrases) {
    const n = phrase.length;
    let ok = true;
    for (let k = 0; k < n; k++) {
      const w = ctx.words[start - n + k];
      if (!w || w.lower !== phrase[k] || /[,;:()]/.test(w.after)) {
        ok = false;
        break;
      }
    }
    if (ok) return { start: start - n };
  }
  return null;
}

/**
 * The first country a few words left of `start`, as a demonym or a name
 * ("the Moroccan French news site", "US defense contractor").
 */
function demonymBefore(ctx: DetectionContext, start: number, limit: number): string | null {
  let found: string | null = null;
  // A country's name counts only with nothing but modifiers after it ("Mali and the X Group" states nothing).
  const modifiersOnly = (from: number): boolean =>
    ctx.words
      .slice(from, start)
      .every((w) => !['Verb', 'Conjunction', 'Preposition', 'Determiner'].some((tag) => w.tags.has(tag)));
  for (let i = start - 1; i >= Math.max(limit, start - 4); i--) {
    const named = ctx.lexiconByEnd.get(i + 1);
    const m =
      ctx.demonymsByEnd.get(i + 1) ?? (named?.entry.kind === 'Country' && modifiersOnly(named.end) ? named : undefined);
    if (m) {
      found = m.entry.name;
      i = m.start;
    } else if (/[,;:]/.test(ctx.words[i]?.after ?? '')) break;
  }
  return found;
}

/**
 * A gazetteer organisation introduced by a descriptor takes the country the
 * descriptor states ("US defense contractor Lockheed Martin", "the Chilean
 * arms maker Famae"): the text says where it is, whatever the gazetteer knows.
 */
export function describedOrganizationCountries(ctx: DetectionContext): void {
  for (const c of ctx.candidates) {
    if (c.kind !== 'Organization' || c.source !== 'lexicon' || c.country) continue;
    const descriptor = descriptorBefore(ctx, c.start);
    const sentence = ctx.sentences[(ctx.words[c.start] as Word).sentence];
    if (descriptor && sentence) c.country = demonymBefore(ctx, descriptor.start, sentence.firstWord);
  }
}

function hasPersonEvidence(
  ctx: DetectionContext,
  start: number,
  end: number,
  roles: RoleInfo[],
  titled: boolean,
): 'strong' | 'tagger' | null {
  if (roles.length > 0 || titled) return 'strong';
  const words = ctx.words.slice(start, end);
  const last = words[words.length - 1] as Word;
  // "Abdullah II" is a regnal number; "Cheongung-II", hyphened, a model's.
  if (words.length >= 2 && ROMAN.test(last.text) && (words[words.length - 2] as Word).after !== '-') return 'strong';
  const full = words
    .map((w) => w.text)
    .join(' ')
    .toLowerCase();
  if (ctx.knownPeople.has(full) || (words.length >= 2 && ctx.knownPeople.has(last.lower))) return 'strong';
  return words.some((w) => PERSON_TAGS.some((t) => w.tags.has(t))) ? 'tagger' : null;
}

/** Classifies one name segment and records it as a candidate. */
function classifySegment(ctx: DetectionContext, start: number, end: number, sentence: WordRange): void {
  // A segment cut before a known name keeps no connector ("Ines Maria Duarte of | Portugal").
  while (end > start && (CONNECTORS.has((ctx.words[end - 1] as Word).lower) || ctx.words[end - 1]?.lower === 'the'))
    end--;
  if (end <= start) return;
  const first = ctx.words[start] as Word;
  const name = textOf(ctx, start, end);
  // A name has two letters in a row, or is a code of capitals and digits ("M23", "K9", "P-8").
  if (!/\p{L}{2}|\p{Lu}-?\d|\d\p{Lu}/u.test(name) || (end - start === 1 && isNeverName(first.lower))) return;
  const demonym = ctx.demonyms.get(start);
  if (demonym && demonym.end >= end) return;
  // "K2 tanks": a gazetteer phrase opening the name and running past it names these words (added later).
  if ((ctx.lexiconByStart.get(start)?.end ?? 0) > end) return;
  const headKind = kindByHead(ctx, headOf(ctx, start, end)) ?? kindByOpener(ctx, first);
  if (headKind && end - start >= 2) {
    addCandidate(ctx, {
      start,
      end,
      kind: headKind,
      name,
      source: 'pattern',
      country:
        headKind === 'Organization'
          ? (demonymBefore(ctx, start, sentence.start) ?? countryOpening(ctx, start, end))
          : null,
    });
    return;
  }
  const descriptor = descriptorBefore(ctx, start);
  if (descriptor) {
    addCandidate(ctx, {
      start,
      end,
      kind: 'Organization',
      name,
      source: 'pattern',
      country: demonymBefore(ctx, descriptor.start, sentence.start),
    });
    return;
  }
  const next = ctx.words[end];
  // A noun that also names a group's members ("Wagner fighters") leaves the kind to the context reader.
  if (
    next &&
    end < sentence.end &&
    ctx.lexicon.kinds.System.kindNouns.has(next.lower) &&
    !ctx.lexicon.kinds.Organization.kindNouns.has(next.lower) &&
    !PERSON_TAGS.some((t) => first.tags.has(t))
  ) {
    addCandidate(ctx, { start, end, kind: 'System', name, source: 'pattern' });
    return;
  }
  const title = titleBefore(ctx, start, sentence.start);
  const roles: RoleInfo[] = [];
  if (title.role)
    roles.push({
      ...title.role,
      country:
        title.role.country ??
        countryAfterName(ctx, end, sentence.end) ??
        countryOfItsTitle(ctx, title.role.start, sentence.start),
    });
  const after = roleAfter(ctx, end, sentence.end);
  if (after) roles.push(after);
  // "Egypt's army chief, General Ahmed Khalifa,": a rank or title of no country may stand between the comma and the
  // name ("Uzbek Foreign Minister A, Pakistani Foreign Minister B" lists titles with their own countries).
  const rankOnly = title.start < start && !title.role?.country;
  const beforeComma = roleBeforeComma(ctx, rankOnly ? title.start : start, sentence.start);
  if (beforeComma) roles.push(beforeComma);
  const evidence = hasPersonEvidence(ctx, start, end, roles, title.start < start);
  // Left to what its context says of it ("the group Wagner instructors": the group).
  if (evidence && isProgrammeName(ctx, end)) {
    ctx.unknownNames.push({ start, end });
    return;
  }
  // A lone word the tagger merely knows as a name ("Gao") may still be a place its context shows; a longer
  // one only when the words beside it say so ("Lashkar-e-Taiba, a militant group").
  const described = evidence === 'tagger' && end - start > 1 ? describedKind(ctx, { start, end }, sentence.end) : null;
  // "Rolls-Royce": the tagger's given name ("Royce") in a hyphened pair says nothing of a person.
  const company = evidence === 'tagger' && isHyphenedPair(ctx.words, start, end);
  if (company) {
    ctx.unknownNames.push({ start, end });
    return;
  }
  // "troops in Mozambique's Cabo Delgado": a name a preposition of place puts in a country is left to that reading.
  // Not one that opens with a given name ("sent a letter to Kenya's William Ruto").
  const givenName = GIVEN_NAME_TAGS.some((t) => first.tags.has(t));
  const placed = evidence === 'tagger' && !givenName && isInPlacesPossessive(ctx, { start, end }, sentence.start);
  if (evidence === 'tagger' && (end - start === 1 || placed || (described !== null && described !== 'Person'))) {
    ctx.unknownNames.push({ start, end, fallback: 'Person' });
    return;
  }
  if (evidence) {
    const opener = ctx.words[title.start - 1];
    const titledStart =
      opener && /^(his|her|their)$/.test(opener.lower) && title.role?.head === 'counterpart'
        ? title.start - 1
        : title.start;
    addCandidate(ctx, { start, end, kind: 'Person', name, source: 'name', roles, titledStart });
    return;
  }
  ctx.unknownNames.push({ start, end });
  if (end - start === 1) {
    // "Maduro" after "Nicolas Maduro" is his surname, not a misspelt "Majuro" (the candidates are read only on a match);
    // so is an unknown possessive ("Maduro's government"): owners are people far more often than misspelt places.
    const fuzzy = first.possessive ? null : fuzzyLexiconName(ctx.lexicon, first);
    const entry = fuzzy && !isSurnameOfNamedPerson(ctx, first) ? fuzzy : null;
    if (entry) {
      ctx.unknownNames.pop();
      addLexiconCandidate(ctx, { start, end, entry });
      return;
    }
    // A lone surname ("Gantz", "Palti"): a person only if resolution finds the full name.
    if (!first.sentenceInitial && !first.allCaps && dictionaryTag(first.lower) === null)
      addCandidate(ctx, {
        start,
        end,
        kind: 'Person',
        name,
        source: 'name',
        roles: [],
        titledStart: start,
        pending: true,
      });
  }
}

/**
 * "its Official Security Assistance program": capitalised words after a title word, right before a
 * lower-case common noun they modify, name a programme or a body of that noun, not a person (a
 * person's name is followed by a verb, a comma, a possessive, a time word, ...).
 */
function isProgrammeName(ctx: DetectionContext, end: number): boolean {
  const next = ctx.words[end];
  const last = ctx.words[end - 1] as Word;
  if (!next || next.capitalized || last.possessive || !/^\s+$/.test(last.after)) return false;
  const noun = next.tags.has('Noun') && /^\p{Ll}+$/u.test(next.text) && !/ing$/.test(next.lower);
  return noun && !['Verb', 'Gerund', 'Date', 'Pronoun', 'Adverb', 'Value'].some((t) => next.tags.has(t));
}

/** Whether a word is the last name of a person the article has named in full, or one known from earlier articles. */
function isSurnameOfNamedPerson(ctx: DetectionContext, w: Word): boolean {
  if (ctx.knownPeople.has(w.lower)) return true;
  return ctx.candidates.some((c) => c.kind === 'Person' && c.end - c.start >= 2 && ctx.words[c.end - 1]?.key === w.key);
}

/** Length of a rank ("Lt. Gen.", "Lieutenant General", "(Ret.)") or multi-word role head starting at word `i`, or 0. */
function titlePhraseAt(ctx: DetectionContext, i: number): number {
  const phrases = [
    ...ctx.lexicon.roles.ranks.map((r) => r.map((x) => x.replace(/[.()]/g, ''))),
    ...ctx.lexicon.roles.multiWordHeads,
  ];
  let best = isAdjectiveRankAt(ctx, i) ? 1 : 0;
  for (const phrase of phrases) {
    if (phrase.length <= best) continue;
    if (phrase.every((p, k) => (ctx.words[i + k]?.lower ?? '').replace(/\./g, '') === p)) best = phrase.length;
  }
  return best;
}

/**
 * Whether a run closes with a title of several words whose last is also a kind's head ("The US Secretary of
 * State, X"): the run is the title of the name after it, not a place named "State".
 */
function endsInTitle(ctx: DetectionContext, start: number, end: number): boolean {
  for (let k = start; k < end - 1; k++) if (titlePhraseAt(ctx, k) === end - k) return true;
  return false;
}

function isHonorific(ctx: DetectionContext, w: Word | undefined): boolean {
  const h = ctx.lexicon.roles.honorifics;
  return w !== undefined && (h.has(w.lower.replace(/\.$/, '')) || h.has(`${w.lower}.`));
}

/**
 * Classifies a run, split where honorifics stand inside it: "Defense Industries Prof. Dr. Ana
 * Ruiz" is a body ("Defense Industries") and, after the honorifics, a person ("Ana Ruiz").
 */
function classifyRun(ctx: DetectionContext, start: number, end: number, sentence: WordRange): void {
  for (let h = start + 1; h < end; h++) {
    if (!isHonorific(ctx, ctx.words[h])) continue;
    // "President Hassan Sheikh Mohamud": between given names that are no dictionary words, it is one of the names.
    const core = coreStart(ctx, start, h);
    const named = (w: Word) => isPlainNameWord(w) && !isHonorific(ctx, w) && !ctx.lexiconByStart.has(w.index);
    if (core < h && h + 1 < end && ctx.words.slice(core, h).every(named) && named(ctx.words[h + 1] as Word)) break;
    let after = h;
    while (after < end && isHonorific(ctx, ctx.words[after])) after++;
    // A lone word left before the honorifics is the tail of a title's complement, not a name.
    if (h - start >= 2 && !isTaken(ctx, start, h)) classifySegment(ctx, start, h, sentence);
    // Honorifics closing the run ("... Industries Prof. Dr.") lead into a name the next run holds.
    if (after < end && !isTaken(ctx, after, end)) classifySegment(ctx, after, end, sentence);
    return;
  }
  classifySegment(ctx, start, end, sentence);
}

/** Index of the first word of a run that is not part of a title (the run's end when it is all title). */
function coreStart(ctx: DetectionContext, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const w = ctx.words[i] as Word;
    const r = ctx.lexicon.roles;
    const demonym = ctx.demonyms.get(i);
    const phrase = titlePhraseAt(ctx, i);
    if (demonym && demonym.end < end) i = demonym.end;
    else if (phrase > 0) i += phrase;
    else if (
      r.heads.has(w.lower) ||
      r.modifiers.has(w.lower) ||
      isHonorific(ctx, w) ||
      ABBREVIATION.test(w.text) ||
      w.lower === 'of' ||
      w.lower === 'the'
    )
      i++;
    else {
      // "Armed Forces Minister Ines Duarte": capitalised words before a title head name its department.
      const head = departmentTitleEnd(ctx, i, end);
      if (head === null) break;
      i = head;
    }
  }
  return Math.min(i, end);
}

/** The end of "<Department> <title head>" starting at `i` when a name still follows it, else null. */
function departmentTitleEnd(ctx: DetectionContext, i: number, end: number): number | null {
  const heads = ctx.lexicon.roles.heads;
  for (let j = i + 1; j < Math.min(i + 3, end - 1); j++) {
    const w = ctx.words[j] as Word;
    // "Airbus Group CEO": a known name and its head before the title are an organisation, not a department.
    const orgHead =
      ctx.lexicon.kinds.Organization.nameHeads.has((ctx.words[j - 1] as Word).text) && ctx.lexiconByEnd.has(j - 1);
    if (!w.capitalized || ctx.lexiconByStart.has(j) || ctx.demonyms.has(j) || w.possessive || orgHead) return null;
    if (heads.has(w.lower)) return ctx.words.slice(j + 1, end).some((x) => heads.has(x.lower)) ? null : j + 1;
  }
  return null;
}

/** Where a leading "Head of (the)" ends in a run, or null when the run opens with no such title. */
function titleOfEnd(ctx: DetectionContext, start: number, end: number): number | null {
  const r = ctx.lexicon.roles;
  let i = start;
  let head = false;
  while (i < end && (r.heads.has((ctx.words[i] as Word).lower) || r.modifiers.has((ctx.words[i] as Word).lower))) {
    head ||= r.heads.has((ctx.words[i] as Word).lower);
    i++;
  }
  if (!head || ctx.words[i]?.lower !== 'of') return null;
  return ctx.words[i + 1]?.lower === 'the' ? i + 2 : i + 1;
}

/** Lexicon matches inside a range, in order. */
function lexiconInside(ctx: DetectionContext, start: number, end: number): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  for (let i = start; i < end; i++) {
    const m = ctx.lexiconByStart.get(i);
    if (m && m.end <= end) {
      found.push(m);
      i = m.end - 1;
    }
  }
  return found;
}

/**
 * Capitalised modifiers in front of a known institution name make another
 * institution ("Supreme National Defence Council" is not the "Defence
 * Council"): plain words, none of them a title, demonym or known name.
 */
function extendsKnownName(ctx: DetectionContext, from: number, match: LexiconMatch): boolean {
  if (match.entry.kind !== 'Organization' || from >= match.start) return false;
  for (let i = from; i < match.start; i++) {
    const w = ctx.words[i] as Word;
    if (!w.capitalized || w.possessive || ctx.demonyms.has(i) || ctx.lexiconByStart.has(i) || w.allCaps) return false;
    if (ctx.lexicon.roles.heads.has(w.lower)) return false;
  }
  return true;
}

/**
 * A capitalised word opening a sentence may be a name or just the first word:
 * it is kept as an unknown name that only its context can type ("Kelmar is
 * located ...", or the same name typed elsewhere in the article).
 */
function noteInitialWords(ctx: DetectionContext, start: number, end: number, runs: Array<[number, number]>): void {
  for (let i = start; i < end; i++) {
    const w = ctx.words[i] as Word;
    if (!w.sentenceInitial || !w.capitalized || w.allCaps || ctx.taken[i] || !/^\p{L}{3,}$/u.test(w.text)) continue;
    if (runs.some(([a, b]) => a <= i && i < b) || ctx.lexiconByStart.has(i) || ctx.demonyms.has(i)) continue;
    // Adjectives stay: the tagger takes many unknown names for one ("Kidal is ...").
    if (COMMON_TAGS.some((t) => t !== 'Adjective' && w.tags.has(t)) || w.tags.has('Pronoun') || isNeverName(w.lower))
      continue;
    ctx.unknownNames.push({ start: i, end: i + 1, initial: true });
  }
}

/** "Republic of Armenia", "Kingdom of Sweden": a state's formal name is a mention of the state. */
function formalCountryName(ctx: DetectionContext, a: number, b: number): boolean {
  const start = (ctx.words[a] as Word).lower === 'the' ? a + 1 : a;
  const country = ctx.lexiconByStart.get(start + 2);
  if (
    !ctx.lexicon.kinds.Country.nameHeads.has((ctx.words[start] as Word).text) ||
    ctx.words[start + 1]?.lower !== 'of' ||
    country?.entry.kind !== 'Country' ||
    country.end !== b
  )
    return false;
  addLexiconCandidate(ctx, { start, end: b, entry: country.entry });
  return true;
}

const OPENING_QUOTE = /^\s+["“‘']$/;
const CLOSING_QUOTE = /^["”’']\s+$/;

/**
 * Where a quoted nickname after the given name at `i` ends and the surname after it ends
 * ('Jimmy "Barbecue" Cherizier', "Ismael 'El Mayo' Zambada"), or null: one to three capitalised
 * words in quotes, then capitalised words up to the name's end.
 */
function nicknameAt(ctx: DetectionContext, i: number, end: number): { nickEnd: number; end: number } | null {
  const given = ctx.words[i] as Word;
  const givenName = isPlainNameWord(given) || PERSON_TAGS.some((t) => given.tags.has(t));
  if (!givenName || ctx.taken[i] || !OPENING_QUOTE.test(given.after)) return null;
  let k = i + 1;
  while (k < end && k < i + 4 && (ctx.words[k] as Word).capitalized && /^\s+$/.test((ctx.words[k] as Word).after)) k++;
  const closing = ctx.words[k];
  if (k >= end || !closing?.capitalized || !CLOSING_QUOTE.test(closing.after)) return null;
  const nickEnd = k + 1;
  let e = nickEnd;
  while (e < end && isNameWord(ctx.words[e] as Word) && !ctx.taken[e] && !ctx.lexiconByStart.has(e)) {
    e++;
    if (!/^\s+$/.test((ctx.words[e - 1] as Word).after)) break;
  }
  return e > nickEnd ? { nickEnd, end: e } : null;
}

/**
 * 'Jimmy "Barbecue" Cherizier', 'Joaquin "El Chapo" Guzman': a quoted nickname between a given name
 * and a surname is part of one person, named without it ("Jimmy Cherizier", whose surname alone then
 * finds him; the surface with the nickname stays an alias).
 */
function detectNicknamedPeople(ctx: DetectionContext, sentence: WordRange): void {
  for (let i = sentence.start; i < sentence.end; i++) {
    const found = nicknameAt(ctx, i, sentence.end);
    if (!found) continue;
    const name = `${(ctx.words[i] as Word).text} ${textOf(ctx, found.nickEnd, found.end)}`;
    const title = titleBefore(ctx, i, sentence.start);
    const roles: RoleInfo[] = title.role ? [title.role] : [];
    addCandidate(ctx, {
      start: i,
      end: found.end,
      kind: 'Person',
      name,
      source: 'name',
      roles,
      titledStart: title.start,
    });
    i = found.end - 1;
  }
}

/** Finds the names of one sentence: gazetteer names inside runs and unknown names by evidence. */
export function detectNames(
  ctx: DetectionContext,
  sentenceStart: number,
  sentenceEnd: number,
  titleCase: boolean,
): void {
  const sentence: WordRange = { start: sentenceStart, end: sentenceEnd };
  if (!titleCase) detectNicknamedPeople(ctx, sentence);
  const runs = nameRuns(ctx, sentenceStart, sentenceEnd);
  noteInitialWords(ctx, sentenceStart, sentenceEnd, runs);
  for (const [a, b] of runs) {
    if (formalCountryName(ctx, a, b)) continue;
    const classEnd = classNameEnd(ctx, b);
    if (classEnd !== null) {
      addCandidate(ctx, { start: a, end: classEnd, kind: 'System', name: textOf(ctx, a, classEnd), source: 'pattern' });
      continue;
    }
    const named = titleCase ? null : (kindNamedBefore(ctx, a) ?? namedEarlier(ctx, a, b));
    if (named) {
      addCandidate(ctx, { start: a, end: b, kind: named, name: textOf(ctx, a, b), source: 'pattern' });
      continue;
    }
    const opensWithThe = (ctx.words[a] as Word).lower === 'the';
    const weapons = titleCase ? undefined : weaponsNamed(ctx, opensWithThe ? a + 1 : a, b);
    if (weapons !== undefined) {
      addWeapons(ctx, opensWithThe ? a + 1 : a, b, weapons);
      continue;
    }
    const inside = lexiconInside(ctx, a, b);
    const whole = inside.length === 1 && inside[0]?.start === a && inside[0]?.end === b;
    const head = headOf(ctx, a, b);
    const headKind = kindByHead(ctx, head);
    // "FAR-Maroc Forum": a known acronym inside a longer name with a head word is part of that name.
    const lastMatch = inside[inside.length - 1];
    // A known name closing the run is a name of its own ("the Moroccan Arab League"), unless the run's
    // head comes before it ("Grand Assembly of Portugal") or plain modifiers extend it into
    // another institution ("Supreme National Defence Council").
    const closedByKnown =
      lastMatch !== undefined &&
      lastMatch.end === b &&
      head.index === b - 1 &&
      !extendsKnownName(ctx, (ctx.words[a] as Word).lower === 'the' ? a + 1 : a, lastMatch);
    if (!titleCase && headKind && !whole && b - a >= 2 && !closedByKnown && !endsInTitle(ctx, a, b)) {
      // A name with a head word keeps its modifiers ("Political-Security Bureau"); only a leading article
      // or a title with its "of" goes ("Head of the Military-Political Bureau").
      const core = titleOfEnd(ctx, a, b) ?? ((ctx.words[a] as Word).lower === 'the' ? a + 1 : a);
      const leading = inside.filter((m) => m.end <= core || (ctx.words[m.end - 1] as Word).possessive);
      for (const m of leading) addLexiconCandidate(ctx, m);
      const from = Math.max(core, ...leading.map((m) => m.end));
      if (b - from >= 2 || (b - from === 1 && headKind !== 'Organization')) {
        addCandidate(ctx, {
          start: from,
          end: b,
          kind: headKind,
          name: textOf(ctx, from, b),
          source: 'pattern',
          country:
            headKind === 'Organization'
              ? (demonymBefore(ctx, from, sentenceStart) ?? countryOpening(ctx, from, b))
              : null,
        });
      }
      continue;
    }
    // "the news site Andes Watch": a descriptor names the whole run, known words inside it included.
    if (!titleCase && !whole && descriptorBefore(ctx, a)) {
      addCandidate(ctx, {
        start: a,
        end: b,
        kind: 'Organization',
        name: textOf(ctx, a, b),
        source: 'pattern',
        country: demonymBefore(ctx, a, sentenceStart),
      });
      continue;
    }
    // "Defense Minister Aden Duale": after a title, a place name opening the name is a first name.
    const core = coreStart(ctx, a, b);
    const opening = inside.find((m) => m.start === core);
    if (
      !titleCase &&
      opening &&
      opening.end < b &&
      ['Place', 'Country'].includes(opening.entry.kind) &&
      ctx.words[core - 1]?.lower !== 'of' &&
      titleBefore(ctx, core, sentenceStart).role &&
      !lexiconInside(ctx, opening.end, b).length
    ) {
      classifySegment(ctx, core, b, sentence);
      continue;
    }
    let cursor = a;
    for (const m of inside) {
      // "Northern Ireland", "East Asia": a compass word makes a region of its own.
      const compass = ctx.words[m.start - 1];
      if (
        m.start - 1 >= cursor &&
        compass !== undefined &&
        COMPASS_NAMES.test(compass.text) &&
        (m.entry.kind === 'Country' || m.entry.kind === 'Place')
      ) {
        if (m.start - 1 > cursor && !titleCase) {
          const core = coreStart(ctx, cursor, m.start - 1);
          if (core < m.start - 1 && !isTaken(ctx, core, m.start - 1)) classifySegment(ctx, core, m.start - 1, sentence);
        }
        addCandidate(ctx, {
          start: m.start - 1,
          end: m.end,
          kind: 'Place',
          name: textOf(ctx, m.start - 1, m.end),
          source: 'pattern',
        });
        cursor = m.end;
        continue;
      }
      if (!titleCase && m.start > cursor) {
        const core = coreStart(ctx, cursor, m.start);
        if (core < m.start && !isTaken(ctx, core, m.start)) classifyRun(ctx, core, m.start, sentence);
      }
      addLexiconCandidate(ctx, m);
      cursor = m.end;
    }
    if (!titleCase && cursor < b) {
      const core = coreStart(ctx, cursor, b);
      if (core < b && !isTaken(ctx, core, b)) classifyRun(ctx, core, b, sentence);
    }
    // In a headline every capitalised word may be a surname named in the body.
    if (titleCase) {
      if (b - a >= 2)
        addCandidate(ctx, {
          start: a,
          end: b,
          kind: 'Person',
          name: textOf(ctx, a, b),
          source: 'name',
          roles: [],
          titledStart: a,
          pending: true,
        });
      for (let i = a; i < b; i++) {
        const w = ctx.words[i] as Word;
        if (
          !ctx.taken[i] &&
          /\p{L}{3}/u.test(w.text) &&
          !ctx.lexicon.roles.heads.has(w.lower) &&
          !ctx.lexicon.roles.modifiers.has(w.lower)
        )
          addCandidate(ctx, {
            start: i,
            end: i + 1,
            kind: 'Person',
            name: w.text,
            source: 'name',
            roles: [],
            titledStart: i,
            pending: true,
          });
      }
    }
  }
}

/**
 * Gazetteer names that open with a lower-case word ("east Jerusalem", "the
 * Islamic Republic"): taken first, or the capitalised part alone would be read
 * as a shorter name.
 */
export function detectLowercaseLexicon(ctx: DetectionContext): void {
  for (const m of ctx.lexiconByStart.values()) {
    const first = ctx.words[m.start] as Word;
    const last = ctx.words[m.end - 1] as Word;
    // "the Andes Security Bureau": the alias is only the start of a longer name.
    const continues =
      /^\s+$/.test(last.after) && ctx.words[m.end]?.capitalized === true && !ctx.words[m.end]?.sentenceInitial;
    if (m.end - m.start >= 2 && !first.capitalized && !continues && !isTaken(ctx, m.start, m.end)) {
      addLexiconCandidate(ctx, m);
    }
  }
}

/** Gazetteer names outside capitalised runs (lower-case aliases, names in headlines). */
export function detectRemainingLexicon(ctx: DetectionContext): void {
  for (const m of ctx.lexiconByStart.values()) {
    if (!isTaken(ctx, m.start, m.end)) addLexiconCandidate(ctx, m);
  }
}
