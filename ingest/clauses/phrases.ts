/**
 * Noun phrases from the token stream: runs of noun-phrase words become
 * phrases (split at a possessive: "Turkey's | purchase"), an "of" phrase
 * attaches to the phrase before it, coordinated phrases ("A, B and C")
 * become one group, a descriptive phrase between commas is an apposition of
 * the name before it, and a list after a colon belongs to the phrase before
 * the colon. The result is a sequence of items the clause builder reads.
 */
import type { ClauseWords } from '../lexicon/clause-words.js';
import { dictionaryTag, hasPluralEnding } from '../parse/nlp.js';
import type { Word } from '../parse/parse.js';
import { isTime } from './times.js';
import type { Token } from './tokens.js';
import { lemmaOf } from './verbs.js';
import type { Apposition, NounGroup, NounPhrase, PrepArgument } from './types.js';

export interface GroupItem {
  kind: 'group';
  group: NounGroup;
}
export interface VerbalItem {
  kind: 'verb' | 'aux' | 'neg' | 'adv' | 'to';
  word: number;
}
export interface FunctionItem {
  kind: 'prep' | 'conj' | 'rel' | 'comp' | 'sub';
  word: number;
  last: number;
  text: string;
}
export interface PunctItem {
  kind: 'punct';
  word: number;
  text: string;
}
export type Item = GroupItem | VerbalItem | FunctionItem | PunctItem;

const NOUN_TAGS = ['Noun', 'ProperNoun', 'Pronoun', 'Value', 'Acronym'];
const isDate = (w: Word): boolean =>
  w.tags.has('Month') ||
  w.tags.has('WeekDay') ||
  (w.tags.has('Date') && !w.tags.has('Duration') && (w.tags.has('Value') || w.capitalized)) ||
  // "In January Egypt received": the tagger may take a month before a name for a given name.
  (w.capitalized && /^(Month|WeekDay)$/.test(dictionaryTag(w.lower) ?? ''));

/** Whether the phrase headed at word `head` is a date or a time ("in May", "on Monday", "last week"). */
const isTimeHead = (words: readonly Word[], head: number): boolean =>
  isDate(words[head] as Word) || isTime(words, head);

export const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);

function phrase(words: readonly Word[], start: number, end: number): NounPhrase {
  // The possessor ends at the last possessive word before the end: "Iran's Revolutionary Guard".
  let split = -1;
  for (let k = end - 2; k >= start; k--)
    if ((words[k] as Word).possessive) {
      split = k;
      break;
    }
  // "its invasion of X": a possessive pronoun is the possessor too (the relation stage resolves it).
  if (split < 0 && end - start > 1 && POSSESSIVE_PRONOUNS.has((words[start] as Word).lower)) split = start;
  const possessor = split >= 0 ? phrase(words, start, split + 1) : null;
  const bodyStart = split >= 0 ? split + 1 : start;
  // The head is the last noun; a phrase with none ("an offensive") is headed by its last word. A
  // measure after "worth" describes the noun before it ("a contract worth $2.5 billion": contract).
  let last = end - 1;
  for (let k = bodyStart + 1; k < end - 1; k++) if ((words[k] as Word).lower === 'worth') last = k - 1;
  // A phrase's last word that the tagger read as a present verb is a noun: a plural in -s ("Indonesian fishing
  // boats"), or a bare form the token reader kept in the phrase ("a Philippine supply boat,").
  const nounAt = (k: number) => {
    const w = words[k] as Word;
    return (
      NOUN_TAGS.some((t) => w.tags.has(t)) ||
      (k === last && w.tags.has('PresentTense') && (hasPluralEnding(w.lower) || w.tags.has('Infinitive')))
    );
  };
  let head = last;
  while (head > bodyStart && !nounAt(head)) head--;
  if (!nounAt(head)) head = last;
  return { start, end, head, bodyStart, possessor, of: null, appositions: [], list: null };
}

export const single = (p: NounPhrase): NounGroup => ({ start: p.start, end: p.end, members: [p] });

const PREDETERMINERS = new Set(['all', 'both', 'half', 'such', 'quite', 'what', 'many']);
/** Object pronouns that may be whom a verb of giving gives to ("selling it drones"). */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'us', 'me']);

/**
 * Whether the words of `run`, right after a verb of giving, are whom it gives to, and `next` opens what it
 * gives: a place's name (a state) before another name or a number ("sold Azerbaijan Harop drones", "offered
 * Kenya two jets"), or an object pronoun before anything ("selling it Bayraktar drones").
 */
function givenTo(
  words: readonly Word[],
  run: readonly number[],
  next: number,
  after: Token | undefined,
  giving: ReadonlySet<string>,
): boolean {
  if (after?.kind !== 'verb' || !giving.has(lemmaOf(words[after.word] as Word))) return false;
  const first = words[run[0] as number] as Word;
  if (run.length === 1 && OBJECT_PRONOUNS.has(first.lower)) return true;
  const w = words[next] as Word;
  const state = run.every((k) => (words[k] as Word).capitalized && (words[k] as Word).tags.has('Place'));
  return state && !w.tags.has('Place') && (w.capitalized || w.tags.has('Value'));
}

/**
 * Whether the words of `run`, right after "whose", are the possessed noun and `next` opens the subject of the
 * relative clause: "whose government Lima does not recognise". A common noun that is no office ends there
 * before a name; an office takes the name as its holder ("whose special adviser Ana Ruiz attended").
 */
function possessedBeforeName(
  words: readonly Word[],
  run: readonly number[],
  next: number,
  after: Token | undefined,
  offices: ReadonlySet<string>,
): boolean {
  if (after?.kind !== 'rel' || after.text !== 'whose') return false;
  const last = words[run[run.length - 1] as number] as Word;
  const common = run.every((k) => !(words[k] as Word).capitalized);
  return common && !offices.has(last.lower) && last.after !== '-' && (words[next] as Word).capitalized;
}

/** Personal pronouns: a phrase of their own ("Since 2021 it has bought ..."). */
const PERSONAL_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'him', 'them']);
const startsPhrase = (w: Word, prev: Word): boolean =>
  (['the', 'a', 'an'].includes(w.lower) && !PREDETERMINERS.has(prev.lower) && prev.after !== '-') ||
  PERSONAL_PRONOUNS.has(w.lower);

/**
 * "Foreign Ministers of Azerbaijan and Armenia Jeyhun Bayramov and Zohrab
 * Mnatsakanyan": a country closing a list, right before a personal name, ends
 * its phrase (the names are those of the people the title lists).
 */
function namesAfterListedCountry(
  words: readonly Word[],
  tokens: readonly Token[],
  i: number,
  country: number,
  next: number,
): boolean {
  const c = words[country] as Word;
  const n = words[next] as Word;
  const before = tokens[i - 2];
  // The country is a capitalised word: the lexicon also tags the "the" of "the Netherlands" as the country.
  if (!c.tags.has('Country') || !c.capitalized || c.possessive || !n.capitalized) return false;
  if (['Place', 'Country', 'Organization', 'Demonym', 'Acronym', 'Actor', 'Honorific'].some((t) => n.tags.has(t)))
    return false;
  return before !== undefined && (before.kind === 'conj' || (before.kind === 'punct' && before.text === ','));
}

/** Merges noun-phrase tokens into phrases; quotes inside a phrase ("“kamikaze” drones") do not break it. */
function mergePhrases(
  words: readonly Word[],
  tokens: readonly Token[],
  giving: ReadonlySet<string>,
  offices: ReadonlySet<string>,
): Item[] {
  const items: Item[] = [];
  let run: number[] = [];
  // Where the current run began: right after a verb of giving, its first object is whom it gives to.
  let runAfter: Token | undefined;
  const flush = () => {
    if (run.length === 0) return;
    items.push({ kind: 'group', group: single(phrase(words, run[0] as number, (run[run.length - 1] as number) + 1)) });
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'np') {
      // "in June Iran demonstrated": a date ends a phrase before a name.
      const prev = run[run.length - 1];
      // "in June Iran demonstrated", "met X Wednesday evening", "ratified it last year": a date is a phrase of its own.
      if (prev !== undefined && isDate(words[prev] as Word) !== isDate(words[t.word] as Word)) flush();
      // ("over the past year": a determiner opens the time phrase, it is no phrase of its own; "a five-day drill":
      // a time hyphened to a number measures the noun).
      else if (
        prev !== undefined &&
        !isTime(words, prev) &&
        isTime(words, t.word) &&
        (words[prev] as Word).after !== '-' &&
        !(run.length === 1 && (words[prev] as Word).tags.has('Determiner'))
      )
        flush();
      else if (prev !== undefined && run.length === 1 && namesAfterListedCountry(words, tokens, i, prev, t.word))
        flush();
      // "amid claims the country is close": an article starts a new phrase (not after "all", "both", "half").
      else if (prev !== undefined && startsPhrase(words[t.word] as Word, words[prev] as Word)) flush();
      // "sold Azerbaijan Harop drones", "selling it Bayraktar drones": whom a verb of giving gives to is a phrase.
      else if (prev !== undefined && givenTo(words, run, t.word, runAfter, giving)) flush();
      else if (prev !== undefined && possessedBeforeName(words, run, t.word, runAfter, offices)) flush();
      if (run.length === 0) runAfter = tokens[i - 1];
      run.push(t.word);
      continue;
    }
    if (t.kind === 'punct' && t.text === '"' && run.length > 0 && tokens[i + 1]?.kind === 'np') continue;
    if (t.kind === 'punct' && t.text === '"' && run.length === 0 && tokens[i + 1]?.kind === 'np') continue;
    flush();
    if (t.kind === 'punct') items.push({ kind: 'punct', word: t.word, text: t.text });
    else if (t.kind === 'prep' || t.kind === 'conj' || t.kind === 'rel' || t.kind === 'comp' || t.kind === 'sub')
      items.push({ kind: t.kind, word: t.word, last: t.last, text: t.text });
    else items.push({ kind: t.kind, word: t.word });
  }
  flush();
  return items;
}

const isGroup = (it: Item | undefined): it is GroupItem => it?.kind === 'group';
const isMark = (it: Item | undefined, mark: string): boolean => it?.kind === 'punct' && it.text === mark;
const isAndOr = (it: Item | undefined): boolean =>
  it?.kind === 'conj' && ['and', 'or', 'as well as', '&', 'nor'].includes(it.text);
const firstPhrase = (g: NounGroup): NounPhrase => g.members[0] as NounPhrase;
const lastPhrase = (g: NounGroup): NounPhrase => g.members[g.members.length - 1] as NounPhrase;

/** True when a finite verb group follows item `i` (clause coordination, not a list of names). */
function verbAfter(items: readonly Item[], i: number): boolean {
  let k = i + 1;
  while (items[k]?.kind === 'adv') k++;
  const it = items[k];
  return it?.kind === 'aux' || it?.kind === 'verb' || it?.kind === 'neg';
}

/** The verb that precedes item `i` in its clause (so a name there is an object, not a subject), or null. */
function verbBefore(items: readonly Item[], i: number): VerbalItem | null {
  for (let k = i - 1; k >= 0; k--) {
    const it = items[k] as Item;
    if (it.kind === 'verb' || it.kind === 'aux') return it;
    if (it.kind === 'sub' || it.kind === 'rel' || it.kind === 'comp' || (it.kind === 'punct' && it.text !== '"'))
      return null;
  }
  return null;
}

/** Whether item `i` ends a chain of prepositional phrases that opens the sentence ("Following talks in Moscow, ..."). */
function inFrontedPhrase(items: readonly Item[], i: number): boolean {
  let k = i - 1;
  if (items[k]?.kind !== 'prep') return false;
  while (
    items[k]?.kind === 'prep' &&
    (k === 0 || isGroup(items[k - 1]) || ['sub', 'comp'].includes(items[k - 1]?.kind ?? ''))
  ) {
    if (k === 0 || ['sub', 'comp'].includes(items[k - 1]?.kind ?? '')) return true;
    k -= 2;
  }
  return false;
}

/** "the Thai and Cambodian ministers", "diplomatic and security sources": coordinated modifiers of one head. */
function joinModifiers(words: readonly Word[], items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    const conj = items[i + 1];
    const next = items[i + 2];
    if (isGroup(it) && conj?.kind === 'conj' && (conj.text === 'and' || conj.text === 'or') && isGroup(next)) {
      const a = lastPhrase(it.group);
      const b = firstPhrase(next.group);
      const head = words[a.head] as Word;
      const modifierOnly =
        !a.possessor &&
        !a.of &&
        (head.tags.has('Adjective') || (head.tags.has('Demonym') && !head.tags.has('Country')));
      const bHasNoun = b.head > b.start && !(words[b.start] as Word).tags.has('Determiner');
      if (modifierOnly && bHasNoun && it.group.members.length === 1 && next.group.members.length === 1) {
        const joined: NounPhrase = { ...b, start: a.start, bodyStart: a.start };
        out.push({ kind: 'group', group: single(joined) });
        i += 2;
        continue;
      }
    }
    out.push(it);
  }
  return out;
}

/** Whether a group is only names of countries, of up to three capitalised words each ("Peru", "Saudi Arabia"). */
const namesCountry = (words: readonly Word[], it: Item | undefined): boolean =>
  isGroup(it) &&
  it.group.members.every(
    (p) => p.end - p.start <= 3 && words.slice(p.start, p.end).every((w) => w.capitalized && w.tags.has('Country')),
  );

/**
 * "the Foreign Ministers of A, B and C Xa, Xb and Xc": countries joined by commas
 * and a closing "and", with no verb after the last one, are one list even in a
 * fronted phrase.
 */
function countryListInPhrase(words: readonly Word[], items: readonly Item[], i: number): boolean {
  let k = i;
  while (namesCountry(words, items[k]) && isMark(items[k + 1], ',')) k += 2;
  if (k === i || !namesCountry(words, items[k])) return false;
  if (isAndOr(items[k + 1]) && namesCountry(words, items[k + 2])) return !verbAfter(items, k + 2);
  return false;
}

/**
 * "A, B and C", "A and B", "A as well as B": one group, unless the last name
 * starts a new clause ("X met A and B said ..."). After a verb of saying the
 * names are the subject of what is said ("stressed A and B will not ..."):
 * `reports` tells such a verb.
 */
function coordinate(
  words: readonly Word[],
  items: Item[],
  reports: (verb: VerbalItem) => boolean,
  offices: ReadonlySet<string>,
): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (!isGroup(it)) {
      out.push(it);
      continue;
    }
    const members = [...it.group.members];
    // "In addition, Azerbaijan and Armenia agreed": a fronted phrase is no member of the list after its comma,
    // unless it is a list of countries inside the fronted phrase ("After talks between the envoys of A, B and C X, ...").
    const fronted = inFrontedPhrase(items, i) && !countryListInPhrase(words, items, i);
    let j = i;
    let committed = i;
    const pending: NounPhrase[] = [];
    let handedOver = -1;
    for (;;) {
      const a = items[j + 1];
      const b = items[j + 2];
      if (isMark(a, ',') && isGroup(b) && !fronted) {
        // "Dr. X, SSB's president, and other officers": an office after a name describes it, it is no member.
        const before = pending[pending.length - 1] ?? members[members.length - 1];
        if (before && isNamed(words, before) && describesOffice(words, b.group, offices)) break;
        pending.push(...b.group.members);
        j += 2;
        continue;
      }
      // ", and" closes a list of three or more; after a single phrase it joins clauses
      // ("Iran, which backs X in its war with Y, and Qatar, an ally of Z, agreed").
      const conjAt = isAndOr(a)
        ? j + 1
        : isMark(a, ',') && isAndOr(b) && !fronted && members.length + pending.length > 1
          ? j + 2
          : -1;
      const next = conjAt >= 0 ? items[conjAt + 1] : undefined;
      const verb = verbBefore(items, i);
      const clauseAfter = verbAfter(items, conjAt + 1) && verb !== null && !reports(verb);
      if (
        conjAt >= 0 &&
        isGroup(next) &&
        !clauseAfter &&
        pending.length === 0 &&
        parallelsDescribed(words, items, i, next.group)
      ) {
        // The described phrase takes the conjunct; the maker stays alone.
        const described = out[out.length - 3] as GroupItem;
        const joined = [...described.group.members, ...next.group.members];
        out[out.length - 3] = { kind: 'group', group: { ...described.group, end: next.group.end, members: joined } };
        handedOver = conjAt + 1;
        break;
      }
      if (conjAt >= 0 && isGroup(next) && !clauseAfter) {
        members.push(...pending, ...next.group.members);
        pending.length = 0;
        j = conjAt + 1;
        committed = j;
        continue;
      }
      break;
    }
    if (handedOver > i) {
      out.push(it);
      i = handedOver;
      continue;
    }
    const closed = committed > i;
    // "Kenya, Somalia step up fight against al Shabaab": a headline joins the names opening it by commas alone.
    if (!closed && i === 0 && pending.length > 0 && verbAfter(items, j) && isHeadline(words, items)) {
      const names = [...members, ...pending];
      if (names.every((p) => isBareName(words, p))) {
        out.push({
          kind: 'group',
          group: { start: names[0]!.start, end: names[names.length - 1]!.end, members: names },
        });
        i = j;
        continue;
      }
    }
    j = committed;
    if (!closed) {
      // Commas without a closing "and": not a list; leave the items as they were.
      out.push(it);
      continue;
    }
    out.push({
      kind: 'group',
      group: { start: members[0]!.start, end: members[members.length - 1]!.end, members },
    });
    i = j;
  }
  return out;
}

/** A sentence with no closing punctuation: a headline. */
function isHeadline(words: readonly Word[], items: readonly Item[]): boolean {
  const last = items[items.length - 1];
  const end = !last ? -1 : isGroup(last) ? last.group.end - 1 : 'last' in last ? last.last : last.word;
  return end >= 0 && !/[.!?:;"”']/.test(words[end]?.after.trim() ?? '.');
}

/** A bare name: capitalised words alone, no article, possessor, complement or apposition ("Kenya", "South Sudan"). */
function isBareName(words: readonly Word[], p: NounPhrase): boolean {
  const body = words.slice(p.start, p.end);
  return (
    p.start === p.bodyStart &&
    !p.possessor &&
    !p.of &&
    p.appositions.length === 0 &&
    body.every((w) => w.capitalized && !w.tags.has('Preposition') && !w.tags.has('Determiner'))
  );
}

/** A named thing of a kind: a name before a plural common noun ("K9 howitzers", "Exocet missiles"), no demonym. */
function isNamedOfKind(words: readonly Word[], p: NounPhrase): boolean {
  const head = words[p.head] as Word;
  if (head.capitalized || !(head.tags.has('Plural') || hasPluralEnding(head.lower))) return false;
  const body = words.slice(p.bodyStart, p.head);
  return body.some((w) => w.capitalized) && !body.some((w) => w.tags.has('Demonym'));
}

/**
 * "K9 howitzers made by Hanwha and FA-50 jets": after a participle's "by" name, a phrase after "and" that is a
 * named thing of the same shape as the one the participle describes is that phrase's conjunct, not the maker's.
 */
function parallelsDescribed(words: readonly Word[], items: readonly Item[], i: number, next: NounGroup): boolean {
  const by = items[i - 1];
  const described = items[i - 3];
  if (by?.kind !== 'prep' || by.text !== 'by' || items[i - 2]?.kind !== 'verb' || !isGroup(described)) return false;
  const maker = items[i] as GroupItem;
  return (
    words[lastPhrase(maker.group).head]?.capitalized === true &&
    isNamedOfKind(words, lastPhrase(described.group)) &&
    isNamedOfKind(words, firstPhrase(next))
  );
}

/**
 * "President A of Peru, President B of Chile and Prime Minister C of Canada":
 * a singular titled name with "of" and one country, followed by a comma or
 * "and", takes its country before names are coordinated, so each person keeps
 * theirs (a plural title keeps the whole list: "Foreign Ministers of A, B and C").
 * So does a state's formal name: "The Republic of Korea and Poland" are two.
 */
function attachNamesOf(words: readonly Word[], items: Item[], stateNameHeads: ReadonlySet<string>): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    const of = items[i + 1];
    const country = items[i + 2];
    const after = items[i + 3];
    if (
      isGroup(it) &&
      it.group.members.length === 1 &&
      of?.kind === 'prep' &&
      of.text === 'of' &&
      namesCountry(words, country) &&
      (isMark(after, ',') || isAndOr(after))
    ) {
      const owner = firstPhrase(it.group);
      const head = words[owner.head] as Word;
      const formal = stateNameHeads.has(head.text);
      if (head.capitalized && !head.tags.has('Plural') && (formal || !head.tags.has('Country')) && !owner.possessor) {
        owner.of = (country as GroupItem).group;
        owner.end = owner.of.end;
        out.push({ kind: 'group', group: single(owner) });
        i += 2;
        continue;
      }
    }
    out.push(it);
  }
  return out;
}

/** Whether a group's last word is followed right away by a quote mark, which closes the quote it ends. */
function closesQuote(words: readonly Word[], g: NounGroup): boolean {
  return /^["”’']/.test(words[g.end - 1]?.after ?? '');
}

/**
 * "the purchase of the S-400", "Foreign Ministers of Russia, Azerbaijan and Armenia"; a quote closing the
 * phrase does not end it before its complement ("remains “a loyal supporter” of X", "a “grave violation” of Y").
 */
function attachOf(words: readonly Word[], items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    const next = items[i + 1];
    const isOf = it.kind === 'prep' && (it.text === 'of' || it.text === 'out of') && isGroup(next);
    const quoted = out[out.length - 2];
    if (isOf && isMark(out[out.length - 1], '"') && isGroup(quoted) && closesQuote(words, quoted.group)) out.pop();
    const prev = out[out.length - 1];
    // "30 out of 100 jets": a partitive reads like "of".
    if (isOf && isGroup(prev)) {
      const owner = lastPhrase(prev.group);
      owner.of = next.group;
      owner.end = next.group.end;
      prev.group.end = next.group.end;
      i++;
      continue;
    }
    out.push(it);
  }
  return out;
}

/** "Foreign Ministers of A and B X and Y": the title phrase joins the names it lists, one each. */
function attachRespectiveTitles(words: readonly Word[], items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    const next = items[i + 1];
    if (isGroup(it) && isGroup(next) && it.group.members.length === 1) {
      const title = firstPhrase(it.group);
      const n = next.group.members.length;
      if (title.of && title.of.members.length === n && n >= 2 && (words[title.head] as Word).tags.has('Plural')) {
        out.push({ kind: 'group', group: { ...next.group, start: it.group.start, titles: title } });
        i++;
        continue;
      }
    }
    out.push(it);
  }
  return out;
}

/**
 * A phrase that describes rather than names: "a military adviser", "the lower house", "its ambassador",
 * and an office however capitalised ("the BBC's Middle East Editor": the possessor makes no name of it).
 */
function isDescriptive(words: readonly Word[], p: NounPhrase, offices: ReadonlySet<string>): boolean {
  const first = words[p.bodyStart] as Word;
  const head = words[p.head] as Word;
  if (p.possessor) return !head.capitalized || first.tags.has('Determiner') || offices.has(head.lower);
  return first.tags.has('Determiner') || first.tags.has('Possessive') || !head.capitalized;
}

const isNamed = (words: readonly Word[], p: NounPhrase): boolean =>
  (words[p.head] as Word).capitalized || (words[p.head] as Word).allCaps;

/** A single description of one office ("SSB's president", "a senior adviser"): it describes a name, it names no one. */
function describesOffice(words: readonly Word[], g: NounGroup, offices: ReadonlySet<string>): boolean {
  const p = g.members.length === 1 ? g.members[0] : undefined;
  const head = p ? (words[p.head] as Word) : undefined;
  return !!p && !!head && offices.has(head.lower) && !head.tags.has('Plural') && isDescriptive(words, p, offices);
}

/**
 * "X, a Y of Z, ..." and "his counterpart, X, ...": a descriptive phrase (with
 * its prepositional phrases) between commas beside a name, or a name beside a
 * description, is an apposition of the first phrase. A list continues with
 * "and" after its last comma, an apposition does not.
 */
function attachAppositions(
  words: readonly Word[],
  items: Item[],
  offices: ReadonlySet<string>,
  speechVerbs: ReadonlySet<string>,
): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    out.push(it);
    if (!isGroup(it) || !isMark(items[i + 1], ',')) continue;
    const second = items[i + 2];
    if (!isGroup(second)) continue;
    const listed = it.group.members.length > 1;
    // "Hakan Fidan, Turkey's foreign minister and former intelligence chief, visited": offices coordinated
    // between commas after one name are one apposition of it.
    const descriptions = second.group.members;
    const coordinatedOffices =
      descriptions.length > 1 &&
      !listed &&
      isNamed(words, firstPhrase(it.group)) &&
      descriptions.every((m) => isDescriptive(words, m, offices) && !(words[m.head] as Word).tags.has('Plural')) &&
      isMark(items[i + 3], ',');
    if (descriptions.length !== 1 && !coordinatedOffices) continue;
    // "with A and Ana Soto, Chile's top diplomat": after a list closed by "and", a singular
    // description between commas describes its last name (the list cannot go on after "and").
    const first = listed ? lastPhrase(it.group) : firstPhrase(it.group);
    const b = firstPhrase(second.group);
    // "India and Pakistan, longtime rivals, held talks": a plural description after a list of names describes them all.
    const plural = (words[b.head] as Word).tags.has('Plural');
    const wholeList =
      listed && plural && it.group.members.every((m) => isNamed(words, m)) && isDescriptive(words, b, offices);
    // "A and his Somali counterpart, B, signed": a name between commas after a list's last member, a description,
    // names that member.
    const namesLast = listed && !isNamed(words, first) && isDescriptive(words, first, offices) && isNamed(words, b);
    if (listed && !wholeList && ((!isNamed(words, first) && !namesLast) || plural)) continue;
    // "members of the Sejm, the lower house of ...,": a description after an "of" complement describes the name in it.
    const complement = first.of?.members[first.of.members.length - 1];
    const a =
      !isNamed(words, first) && complement && isNamed(words, complement) && isDescriptive(words, b, offices)
        ? complement
        : first;
    // A time is no phrase an apposition describes ("In early November, the news site X reported", "this week, Minister X said").
    const temporal = isTimeHead(words, a.head);
    const nameThenDescription = isNamed(words, a) && isDescriptive(words, b, offices) && !temporal;
    const descriptionThenName =
      isDescriptive(words, a, offices) && isNamed(words, b) && !isDescriptive(words, b, offices) && !temporal;
    // "The U.N. envoy for Libya, Stephanie Williams,": a name after the brief of an office names its holder.
    const briefOf =
      !listed && !temporal && isNamed(words, a) && isNamed(words, b) && !isDescriptive(words, b, offices)
        ? officeBeforeBrief(words, out, offices)
        : null;
    if (!nameThenDescription && !briefOf && (!descriptionThenName || (listed && !namesLast))) continue;
    // The apposition runs over its own prepositional phrases up to a closing comma, dash or the end.
    let k = i + 3;
    const preps: PrepArgument[] = [];
    while (items[k]?.kind === 'prep' && isGroup(items[k + 1])) {
      const p = items[k] as FunctionItem;
      preps.push({ prep: p.text, at: p.word, group: (items[k + 1] as GroupItem).group });
      k += 2;
    }
    const closer = items[k];
    // "Pegasus, the spyware made by NSO", "the drone shown at the fair in May": a participle after the description,
    // taking no object, modifies it and closes it. After a name it is the name's verb ("... with tanks, Boris
    // Pistorius said on Friday"), and so is a verb of saying after a description when it puts its speaker last:
    // "... with X, a spokesman for the navy said on Monday."
    const afterCloser = items[k + 1];
    const participle =
      nameThenDescription &&
      closer?.kind === 'verb' &&
      ['PastTense', 'Participle', 'Gerund'].some((t) => (words[closer.word] as Word).tags.has(t)) &&
      !putsSpeakerLast(words, items, k, speechVerbs) &&
      afterCloser?.kind === 'prep';
    const closes =
      closer === undefined || isMark(closer, ',') || isMark(closer, '—') || isMark(closer, ')') || participle;
    // ", B and C": a list after all; but an office between commas after a name describes it ("Dr. X, SSB's
    // president, and other officers": two people, one of them described).
    const office = nameThenDescription && offices.has((words[b.head] as Word).lower);
    const listGoesOn = isAndOr(items[k + 1]) || (isMark(closer, ',') && isGroup(items[k + 1]) && isAndOr(items[k + 2]));
    if (!closes || (listGoesOn && !office)) continue;
    const lastWord = k - 1 >= 0 ? items[k - 1] : second;
    const end = isGroup(lastWord) ? lastWord.group.end : b.end;
    const apposition: Apposition = { start: b.start, end, phrase: b, preps };
    // "Morocco's minister in charge of defense, Abdellatif Loudiyi": a name names the description its phrases qualify.
    if (wholeList) it.group.description = apposition;
    else (briefOf ?? (descriptionThenName ? describedOwner(words, out, a, offices) : a)).appositions.push(apposition);
    i = isMark(closer, ',') || isMark(closer, ')') ? k : k - 1;
    // "by A, the foreign minister of France, and B, a Russian diplomat": after a name and its office, a name
    // after ", and" goes on the list; the merged group is read again, for an apposition of its own.
    const more = items[k + 2];
    if (
      office &&
      isMark(closer, ',') &&
      isAndOr(items[k + 1]) &&
      isGroup(more) &&
      isNamed(words, firstPhrase(more.group))
    ) {
      out.pop();
      items[k + 2] = {
        kind: 'group',
        group: { start: it.group.start, end: more.group.end, members: [...it.group.members, ...more.group.members] },
      };
      i = k + 1;
    }
  }
  return out;
}

/**
 * Whether the verb at item `k` is a verb of saying that puts its speaker last: nothing but adjuncts after it
 * (prepositional phrases, times, adverbs: "said on Monday", "said late on Friday") up to the sentence's end or a
 * comma that goes on with anything but the sentence's verb ("said on Wednesday, completing a purchase", "said on
 * Monday, as talks resumed"). A description's participle is followed by that verb ("the firm named in May, was").
 */
function putsSpeakerLast(
  words: readonly Word[],
  items: readonly Item[],
  k: number,
  speechVerbs: ReadonlySet<string>,
): boolean {
  const verb = items[k];
  if (verb?.kind !== 'verb' || !speechVerbs.has((words[verb.word] as Word).lower)) return false;
  let j = k + 1;
  for (;;) {
    const it = items[j];
    if (it?.kind === 'prep' && isGroup(items[j + 1])) j += 2;
    else if (it?.kind === 'adv' || isMark(it, '"')) j++;
    else if (isGroup(it) && isTimeHead(words, (it.group.members[0] as NounPhrase).head)) j++;
    else break;
  }
  const next = items[j];
  if (next === undefined) return true;
  const after = items[j + 1];
  const finite =
    after?.kind === 'aux' ||
    after?.kind === 'neg' ||
    (after?.kind === 'verb' && !(words[after.word] as Word).tags.has('Gerund'));
  return isMark(next, ',') && !finite;
}

/** The office whose brief the last item is ("the U.N. envoy [for Libya]", "Kenya's ambassador [to Somalia]"), if any. */
function officeBeforeBrief(
  words: readonly Word[],
  out: readonly Item[],
  offices: ReadonlySet<string>,
): NounPhrase | null {
  const prep = out[out.length - 2];
  const office = out[out.length - 3];
  if (prep?.kind !== 'prep' || !['for', 'to'].includes(prep.text) || !isGroup(office)) return null;
  const p = lastPhrase(office.group);
  return offices.has((words[p.head] as Word).lower) && !isNamed(words, p) ? p : null;
}

/** The descriptive phrase that opens the chain of prepositional phrases ending in `last`, or `last` itself. */
function describedOwner(
  words: readonly Word[],
  out: readonly Item[],
  last: NounPhrase,
  offices: ReadonlySet<string>,
): NounPhrase {
  let k = out.length - 1;
  let owner = last;
  while (out[k - 1]?.kind === 'prep' && isGroup(out[k - 2])) {
    const before = lastPhrase((out[k - 2] as GroupItem).group);
    if (isDescriptive(words, before, offices)) owner = before;
    k -= 2;
  }
  return owner;
}

/**
 * "eight countries alongside the United States: Australia, the United Kingdom and Canada"; "the ministers of the
 * three countries – A of X, B of Y and C of Z –": a list after a colon, or between dashes, names what the plural
 * before it counts.
 */
function attachColonLists(words: readonly Word[], items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    const next = items[i + 1];
    const dashed = isMark(it, '—') && isMark(items[i + 2], '—');
    if ((isMark(it, ':') || dashed) && isGroup(next) && next.group.members.length > 1) {
      // The list names what the nearest plural noun phrase before the colon counts ("eight countries ... :").
      const groups = out.slice(-6).filter(isGroup);
      const plural = [...groups].reverse().find((g) => (words[lastPhrase(g.group).head] as Word).tags.has('Plural'));
      const owner = plural ?? groups[groups.length - 1];
      if (owner) lastPhrase(owner.group).list = next.group;
    }
    out.push(it);
  }
  return out;
}

/**
 * "the memorandum of understanding (MOU)": a phrase in brackets right after another is an apposition of it.
 * A common noun right after the brackets describes the name before them and ends its phrase: "the National
 * Liberation Army (ELN) rebel group signed" is the group named, not a second subject.
 */
function attachBracketed(words: readonly Word[], items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    const open = items[i + 1];
    const inside = items[i + 2];
    const close = items[i + 3];
    out.push(it);
    if (isGroup(it) && isMark(open, '(') && isGroup(inside) && isMark(close, ')')) {
      const owner = lastPhrase(it.group);
      for (const p of inside.group.members)
        owner.appositions.push({ start: p.start, end: p.end, phrase: p, preps: [] });
      i += 3;
      const descriptor = items[i + 1];
      if (isGroup(descriptor) && describesBracketed(words, descriptor.group)) {
        owner.end = descriptor.group.end;
        it.group.end = descriptor.group.end;
        i += 1;
      }
    }
  }
  return out;
}

/** A bare common noun phrase ("rebel group", "militant group"): no determiner, no name, a lower-case head. */
function describesBracketed(words: readonly Word[], g: NounGroup): boolean {
  const p = g.members.length === 1 ? g.members[0] : undefined;
  if (!p || p.possessor || p.of) return false;
  const body = words.slice(p.start, p.end);
  return body.every((w) => !w.capitalized && !w.tags.has('Determiner') && !w.tags.has('Value'));
}

/** The items of a sentence: phrases grouped and attached, other tokens as they were. */
export function readPhrases(words: readonly Word[], tokens: readonly Token[], lex: ClauseWords): Item[] {
  let items = attachBracketed(words, mergePhrases(words, tokens, lex.giving, lex.offices));
  // Coordination first: "the Foreign Ministers of Russia, Azerbaijan and Armenia" has three "of" names.
  items = joinModifiers(words, items);
  items = attachNamesOf(words, items, lex.stateNameHeads);
  items = coordinate(
    words,
    items,
    (verb) => verb.kind === 'verb' && lex.reporting.has(lemmaOf(words[verb.word] as Word)),
    lex.offices,
  );
  items = attachOf(words, items);
  items = attachRespectiveTitles(words, items);
  items = attachAppositions(words, items, lex.offices, lex.speechVerbs);
  items = attachColonLists(words, items);
  return items;
}

/** Every phrase in a group, with possessors, complements, appositions and lists, depth first. */
export function phrasesIn(group: NounGroup, into: NounPhrase[] = []): NounPhrase[] {
  if (group.titles) phrasesIn(single(group.titles), into);
  for (const p of group.members) {
    into.push(p);
    let owner: NounPhrase | null = p.possessor;
    while (owner) {
      into.push(owner);
      owner = owner.possessor;
    }
    if (p.of) phrasesIn(p.of, into);
    for (const a of p.appositions) {
      phrasesIn(single(a.phrase), into);
      for (const x of a.preps) phrasesIn(x.group, into);
    }
    if (p.list) phrasesIn(p.list, into);
  }
  return into;
}
