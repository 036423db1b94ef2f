/**
 * Phrases that name no entity themselves but refer back to one: personal
 * pronouns ("it", "he", "they") and definite descriptions ("the software",
 * "the group"). Which kinds each may refer to is the kind record's
 * (lexicon/kinds.json `pronouns`, `descriptionHeads`, and for systems and
 * agreements their kind nouns); how far back is its `anaphoraWindow`
 * (ingest/kinds.ts). The referent is the nearest earlier mention of such a
 * kind: in the sentence before the phrase, else in the sentences before it.
 */
import type { EntityKind } from '../../../core/ontology.js';
import type { RoleInfo } from '../../entities/types.js';
import { isBroker } from '../../entities/nameless.js';
import { isCivilOffice } from '../../entities/titles.js';
import { POSSESSIVE_PRONOUNS, type NounGroup, type NounPhrase, type WordRange } from '../../clauses/index.js';
import { KIND_RECORDS } from '../../kinds.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { Word } from '../../parse/parse.js';
import type { EntityDraft, ResolvedMention } from '../../resolve/registry.js';
import { LOCATING } from '../../resolve/nameless.js';
import type { Endpoint } from '../collector.js';
import type { SentenceReader, SentenceView } from '../sentence-view.js';

/** How many sentences back any kind's anaphora reach. */
export const ANAPHORA_REACH = Math.max(...Object.values(KIND_RECORDS).map((r) => r.anaphoraWindow));

/** Determiners of a definite description. */
export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** Pronouns that agree with a plural antecedent only ("the rebels ... they"); the others with a singular one. */
const PLURAL_PRONOUNS = new Set(['they', 'them']);
/** Pronouns that can only be the speaker ("'I welcome the deal,' X said"): they never refer back. */
export const FIRST_PERSON = new Set(['i', 'me', 'we', 'us']);

/** The kinds (among the wanted ones) a personal pronoun phrase may refer to; empty when it is none. */
export function pronounKinds(reader: SentenceReader, p: NounPhrase, kinds: readonly EntityKind[]): EntityKind[] {
  if (p.end - p.start !== 1) return [];
  const w = reader.ctx.words[p.start]?.lower ?? '';
  return kinds.filter((k) => reader.ctx.lexicon.kinds[k].pronouns.has(w));
}

/**
 * Whether a noun heads a description of an agreement: its kind nouns ("the deal", "the accord") and, as the
 * kind's plural heads, their plurals ("the pacts brokered by X", "the deals"), which refer as the singular does.
 */
export function isAgreementNoun(lex: Lexicon, noun: string): boolean {
  return lex.patterns.agreementNouns.has(noun) || lex.kinds.Agreement.pluralHeads.has(noun);
}

/** The kinds (among the wanted ones) a definite description ("the software", "the group") may refer to. */
export function descriptionKinds(reader: SentenceReader, p: NounPhrase, kinds: readonly EntityKind[]): EntityKind[] {
  const first = reader.ctx.words[p.bodyStart];
  const head = reader.ctx.words[p.head];
  if (!first || !head || !DEFINITE.has(first.lower) || p.possessor || p.of) return [];
  const lex = reader.ctx.lexicon;
  return kinds.filter(
    (k) =>
      lex.kinds[k].descriptionHeads.has(head.lower) ||
      (k === 'System' && lex.kinds.System.kindNouns.has(head.lower)) ||
      (k === 'Agreement' && isAgreementNoun(lex, head.lower)),
  );
}

const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, both: 2 };

/**
 * "the two countries", "both leaders", "the three foreign ministers": a counted
 * plural description, with how many entities it refers back to and the kinds
 * (among the wanted ones) whose plural head it has; null when it is none.
 */
export function countedDescription(
  reader: SentenceReader,
  p: NounPhrase,
  kinds: readonly EntityKind[],
): CountedDescription | null {
  const words = reader.ctx.words;
  const first = words[p.bodyStart]?.lower ?? '';
  const second = words[p.bodyStart + 1]?.lower ?? '';
  const head = words[p.head]?.lower ?? '';
  if (p.possessor || p.of || p.head <= p.bodyStart) return null;
  const count = first === 'both' ? 2 : first === 'the' ? (COUNTS[second] ?? Number(second)) : NaN;
  if (!Number.isInteger(count) || count < 2 || count > 5 || second === 'both') return null;
  const fits = kinds.filter((k) => reader.ctx.lexicon.kinds[k].pluralHeads.has(head));
  if (fits.length === 0) return null;
  const office = fits.includes('Person') ? countedOffice(reader, p, first === 'both' ? 1 : 2) : null;
  return office ? { count, kinds: fits, office } : { count, kinds: fits };
}

/** A counted description: how many it refers back to, of which kinds, and the office its people hold. */
export interface CountedDescription {
  count: number;
  kinds: EntityKind[];
  /** "the two presidents": the office named (lower case, singular), when the head is a title. */
  office?: string;
}

/** The office a counted description of people names after its count ("the two foreign ministers": foreign minister). */
function countedOffice(reader: SentenceReader, p: NounPhrase, countWords: number): string | null {
  const words = reader.ctx.words.slice(p.bodyStart + countWords, p.head + 1);
  const head = words[words.length - 1];
  if (!head || !reader.ctx.lexicon.roles.heads.has(head.lower)) return null;
  return [...words.slice(0, -1).map((w) => w.lower), head.lemma.toLowerCase()].join(' ');
}

/** Which mentions a counted description may take, tried in turn until one finds all it counts. */
type MentionFilter = (m: ResolvedMention) => boolean;

/**
 * The people a counted description of office holders may refer to, tried in turn. First the holders of its office
 * ("the two presidents": two presidents named within reach; a counterpart holds the same office), then anyone but
 * those whose titles are all other civil offices (a cabinet's, a leader's). "Ruto met Museveni ... accompanied by
 * his wife Ana and Trade Minister Y. The two presidents signed" are Ruto and Museveni; "the two leaders" may be a
 * junta's captain, so they are only not the ministers of an entourage.
 */
function officeFilters(reader: SentenceReader, described: CountedDescription): MentionFilter[] {
  const office = described.office;
  if (!office) return [() => true];
  const { leaderOffices } = reader.ctx.lexicon.roles;
  const roles = new Map<EntityDraft, RoleInfo[]>();
  for (const x of reader.reg.mentions)
    if (x.entity.kind === 'Person') roles.set(x.entity, [...(roles.get(x.entity) ?? []), ...x.roles]);
  const rolesOf = (m: ResolvedMention) => roles.get(m.entity) ?? [];
  const ends = (r: RoleInfo, offices: Iterable<string>) => [...offices].some((o) => r.role.toLowerCase().endsWith(o));
  const civil = (r: RoleInfo) => isCivilOffice(reader.ctx.lexicon.roles, r);
  const fits = (r: RoleInfo) =>
    r.head === 'counterpart' || (office === 'leader' ? ends(r, leaderOffices) : ends(r, [office]));
  const otherOffice = (rs: readonly RoleInfo[]) => rs.length > 0 && rs.every(civil) && !rs.some(fits);
  const notOther: MentionFilter = (m) => m.entity.kind !== 'Person' || !otherOffice(rolesOf(m));
  const holder: MentionFilter = (m) => m.entity.kind !== 'Person' || rolesOf(m).some(fits);
  return office === 'leader' ? [notOther] : [holder, notOther];
}

/**
 * "the Nordic countries", "the two Baltic countries", "the Gulf states": a plural description of states by what
 * the gazetteer says of them; its tags (every capitalised modifier), or null when it is none.
 */
export function taggedStates(reader: SentenceReader, p: NounPhrase, kinds: readonly EntityKind[]): string[] | null {
  const words = reader.ctx.words;
  if (!kinds.includes('Country') || p.possessor || p.of || words[p.bodyStart]?.lower !== 'the') return null;
  // A common noun: "the United States" is a name.
  const head = words[p.head];
  if (!head || head.capitalized || !reader.ctx.lexicon.kinds.Country.pluralHeads.has(head.lower)) return null;
  const modifiers = words.slice(p.bodyStart + 1, p.head).filter((w) => !w.tags.has('Value') && !COUNTS[w.lower]);
  if (modifiers.length === 0 || !modifiers.every((w) => w.capitalized)) return null;
  return modifiers.map((w) => w.text.toLowerCase());
}

/** Every country named before `phrase` (in this sentence and those within reach) that each tag describes. */
export function taggedAntecedents(
  reader: SentenceReader,
  view: SentenceView,
  phrase: WordRange,
  tags: readonly string[],
): Endpoint[] {
  const found: Endpoint[] = [];
  const fits = (m: ResolvedMention) => {
    const own = (m.entity.lexicon?.tags ?? []).map((t) => t.toLowerCase());
    return m.entity.kind === 'Country' && tags.every((t) => own.includes(t));
  };
  const mentions = [
    ...view.mentions.filter((m) => m.end <= phrase.start),
    ...(view.earlier ?? []).flatMap((v) => v.mentions),
  ];
  for (const m of mentions)
    if (fits(m) && !found.some((x) => x.entity === m.entity))
      found.push({ entity: m.entity, start: phrase.start, end: phrase.end });
  return found.length >= 2 ? found : [];
}

/**
 * The state a person or a state body stands for among counted states: the
 * one country a person's titles in the article name ("Chinese President Xi
 * Jinping", later "Xi"), or the country a body is named with ("India's foreign
 * ministry"), if the article names it; null for none or several.
 */
export function stateStoodFor(reader: SentenceReader, m: ResolvedMention): EntityDraft | null {
  if (m.entity.kind === 'Organization') return reader.existingCountry(m.candidate.country ?? null);
  if (m.entity.kind !== 'Person') return null;
  const states = new Set<string>();
  for (const x of reader.reg.mentions)
    if (x.entity === m.entity) for (const r of x.roles) if (r.country) states.add(r.country);
  return states.size === 1 ? reader.existingCountry([...states][0] ?? null) : null;
}

/**
 * The entities a counted description refers back to: the last `count`
 * different ones of its kinds named before it, in its sentence and then the
 * sentences before (within each kind's window), outside `skip` ("China backs
 * both sides": not China); none unless all are found. Counted states take a
 * titled person for their state: "Vucic met Chinese President Xi Jinping,
 * and the two countries signed" are Serbia and China, not the last two
 * countries named.
 */
export function countedAntecedents(
  reader: SentenceReader,
  view: SentenceView,
  phrase: WordRange,
  described: CountedDescription,
  skip: WordRange | null,
): Endpoint[] {
  for (const fits of officeFilters(reader, described)) {
    const found =
      countedList(reader, view, phrase, described, fits) ?? nearestCounted(reader, view, phrase, described, skip, fits);
    if (found.length === described.count) return found;
  }
  return [];
}

/** The last `count` different entities of the described kinds that `fits` takes, named before `phrase`. */
function nearestCounted(
  reader: SentenceReader,
  view: SentenceView,
  phrase: WordRange,
  described: CountedDescription,
  skip: WordRange | null,
  fits: MentionFilter,
): Endpoint[] {
  const found: Endpoint[] = [];
  const take = (mentions: readonly ResolvedMention[], distance: number): void => {
    for (const m of [...mentions].reverse()) {
      if (found.length === described.count) return;
      if (!fits(m)) continue;
      // "A and B met in China, and the two countries restored ties": where they met is none of them.
      if (m.entity.kind === 'Country' && LOCATING.has(reader.prepBefore(m) ?? '')) continue;
      // "brokered by the UAE and supported by Washington ... the two sides": who brokers is no side.
      if (isBroker(reader.ctx, m.candidate.titledStart ?? m.start, m.end)) continue;
      // "told state news agency Petra that ... The two sides": who reports it, or is told it, is no side.
      if (isReporter(reader, m)) continue;
      if (!m.seatOf && KIND_RECORDS[m.entity.kind].anaphoraWindow < distance) continue;
      const state = described.kinds.includes('Country') ? stateStoodFor(reader, m) : null;
      const entity = reader.endpoint(m, described.kinds)?.entity ?? state;
      if (entity && !found.some((x) => x.entity === entity))
        found.push({ entity, start: phrase.start, end: phrase.end });
    }
  };
  const outside = (m: ResolvedMention) => !(skip && skip.start <= m.start && m.end <= skip.end);
  take(
    view.mentions.filter((m) => m.end <= phrase.start && outside(m)),
    0,
  );
  let distance = 0;
  for (const earlier of view.earlier ?? []) {
    if (found.length === described.count) break;
    take(earlier.mentions, ++distance);
  }
  return found;
}

/** Nouns of news outlets that may stand before an outlet's name ("state news agency Petra"). */
const OUTLET_NOUNS = new Set([
  'agency',
  'newspaper',
  'daily',
  'broadcaster',
  'television',
  'channel',
  'outlet',
  'radio',
]);

/**
 * Whether a mention is a news outlet or whom something is told: a medium the gazetteer knows, a name after a
 * noun of outlets ("news agency Petra"), or the one a verb of telling addresses ("told Reuters").
 */
function isReporter(reader: SentenceReader, m: ResolvedMention): boolean {
  if (m.entity.lexicon?.type === 'media') return true;
  const words = reader.ctx.words;
  for (let k = m.start - 1; k >= Math.max(0, m.start - 4); k--) {
    const w = words[k];
    if (!w || w.capitalized || /[,;:.()"“”]/.test(w.after)) return false;
    if (OUTLET_NOUNS.has(w.lower) || w.lemma === 'tell') return true;
  }
  return false;
}

/**
 * "Mali, Burkina Faso and Niger said ... The three countries signed": a counted description stands first for
 * as many of the kind named together in a list ("A, B and C") in its sentence or one within reach, nearest first,
 * before the last ones named one by one.
 */
function countedList(
  reader: SentenceReader,
  view: SentenceView,
  phrase: WordRange,
  described: CountedDescription,
  fits: MentionFilter,
): Endpoint[] | null {
  const views = [view, ...(view.earlier ?? [])];
  for (let d = 0; d < views.length; d++) {
    const mentions = (views[d] as SentenceView).mentions.filter((m) => d > 0 || m.end <= phrase.start);
    for (const list of listsOf(reader, mentions).reverse()) {
      if (!list.every(fits)) continue;
      const ends = list
        .filter((m) => KIND_RECORDS[m.entity.kind].anaphoraWindow >= d)
        .map((m) => reader.endpoint(m, described.kinds))
        .filter((e): e is Endpoint => e !== null);
      if (ends.length === described.count && ends.length === list.length)
        return ends.map((e) => ({ entity: e.entity, start: phrase.start, end: phrase.end }));
    }
  }
  return null;
}

/** What may stand between two names of a list: a comma, "and" or ", and". */
const LIST_JOINER = /^(\s*,\s*|\s+and\s+|\s*,\s*and\s+)$/;

/** Runs of mentions (in text order) written as a list: only what `joiner` matches between one and the next. */
export function listsOf(
  reader: SentenceReader,
  mentions: readonly ResolvedMention[],
  joiner: RegExp = LIST_JOINER,
): ResolvedMention[][] {
  const text = reader.ctx.parsed.text;
  const words = reader.ctx.words;
  const lists: ResolvedMention[][] = [];
  let run: ResolvedMention[] = [];
  for (const m of mentions) {
    const last = run[run.length - 1];
    const between = last ? text.slice((words[last.end - 1] as Word).end, (words[m.start] as Word).start) : '';
    if (last && joiner.test(between)) run.push(m);
    else {
      if (run.length > 1) lists.push(run);
      run = [m];
    }
  }
  if (run.length > 1) lists.push(run);
  return lists;
}

/**
 * Whether a mention stands before a noun of its own phrase, as its modifier ("the U.S. F-35 programme"); a noun
 * of its own kind names it ("the BrahMos system").
 */
export function modifiesNext(reader: SentenceReader, m: ResolvedMention): boolean {
  const last = reader.ctx.words[m.end - 1];
  const next = reader.ctx.words[m.end];
  const kind = reader.ctx.lexicon.kinds[m.entity.kind];
  return (
    next !== undefined &&
    !kind.kindNouns.has(next.lower) &&
    !kind.descriptionHeads.has(next.lower) &&
    last !== undefined &&
    next !== undefined &&
    next.sentence === last.sentence &&
    /^\s+$/.test(last.after) &&
    !last.possessive &&
    next.tags.has('Noun') &&
    !next.tags.has('Verb') &&
    !next.tags.has('Pronoun')
  );
}

/** The relation ends a phrase of a sentence gives for some kinds (endpoints.ts, passed in to keep the modules apart). */
export type GroupReader = (view: SentenceView, group: NounGroup, kinds: readonly EntityKind[]) => Endpoint[];

/**
 * What a referring phrase stands for: the nearest earlier mention of one of
 * `kinds` that gives an endpoint in this sentence (outside `skip`: a pronoun
 * object does not refer to its own clause's subject); else, in each earlier
 * sentence within the kind's window, what its main clauses are about (their
 * subjects), then its last fitting mention. The endpoint keeps the referring
 * phrase's words, so the evidence points into this sentence.
 */
export function antecedent(
  reader: SentenceReader,
  view: SentenceView,
  phrase: WordRange,
  kinds: readonly EntityKind[],
  skip: WordRange | null,
  readGroup: GroupReader,
): Endpoint | null {
  const inWindow = (kind: EntityKind, distance: number) => KIND_RECORDS[kind].anaphoraWindow >= distance;
  // Number agreement for pronouns: "they" wants a plural name ("the Houthis"), "it" a singular one.
  const word = phrase.end - phrase.start === 1 ? (reader.ctx.words[phrase.start]?.lower ?? '') : '';
  const pronoun = kinds.some((k) => reader.ctx.lexicon.kinds[k].pronouns.has(word));
  const possessive = pronoun && POSSESSIVE_PRONOUNS.has(word);
  const agrees = (e: Endpoint) => {
    if (!pronoun) return true;
    const plural = reader.ctx.words[e.end - 1]?.tags.has('Plural') ?? false;
    return PLURAL_PRONOUNS.has(word) === plural;
  };
  const at = (e: Endpoint | null | undefined): Endpoint | null =>
    e ? { entity: e.entity, start: phrase.start, end: phrase.end } : null;
  // "the region's main city": a place description first looks for a place the gazetteer gives a fitting type.
  const head = phrase.end - phrase.start > 1 ? (reader.ctx.words[phrase.end - 1]?.lower ?? '') : '';
  const placeTypes = kinds.includes('Place') ? reader.ctx.lexicon.placeDescriptionTypes.get(head) : undefined;
  const typed = (e: Endpoint) => e.entity.kind === 'Place' && placeTypes?.has(e.entity.lexicon?.type ?? '') === true;
  const search = (fits: (e: Endpoint) => boolean): Endpoint | null => {
    const last = (mentions: readonly ResolvedMention[], distance: number): Endpoint | null => {
      for (const m of [...mentions].reverse()) {
        if (!m.seatOf && !inWindow(m.entity.kind, distance)) continue;
        // "since it was removed from the U.S. F-35 programme over its purchase": a name modifying the noun after
        // it is no referent of a pronoun.
        if (pronoun && modifiesNext(reader, m)) continue;
        // "a major supplier to Yerevan, selling it rocket launchers": a capital a pronoun refers to is its state.
        const seat = pronoun && m.seatOf && kinds.includes('Country') && !kinds.includes(m.entity.kind);
        const e = seat ? reader.stateOf(m) : reader.endpoint(m, kinds);
        if (e && agrees(e) && fits(e)) return at(e);
      }
      return null;
    };
    const here = view.mentions.filter(
      (m) => m.end <= phrase.start && !(skip && skip.start <= m.start && m.end <= skip.end),
    );
    // "sued Azerbaijan at the ICJ, accusing it of ...": a pronoun refers to a participant before a venue or a place
    // the clause happens in, which only when nothing else fits.
    const venue = (m: ResolvedMention) => pronoun && LOCATING.has(reader.prepBefore(m) ?? '');
    const found =
      last(
        here.filter((m) => !venue(m)),
        0,
      ) ?? last(here, 0);
    if (found) return found;
    const fronted = possessive ? frontedAbout(reader, view, phrase) : undefined;
    const ahead = fronted && readGroup(view, fronted, kinds).find((x) => agrees(x) && fits(x));
    if (ahead) return at(ahead);
    let distance = 0;
    for (const earlier of view.earlier ?? []) {
      distance++;
      // What the sentence is about, then, for a pronoun, whoever else acts in it ("Hezbollah, which has fought
      // Israel, said ... Its leader"), before the last name it happens to end on (a description, "the group", looks
      // for the last of its kind).
      for (const topic of [
        ...(earlier.topics ?? []),
        ...(pronoun || POSSESSIVE_PRONOUNS.has(word) ? (earlier.actors ?? []) : []),
      ]) {
        const e = readGroup(earlier, topic, kinds).find(
          (x) => inWindow(x.entity.kind, distance) && agrees(x) && fits(x),
        );
        if (e) return at(e);
      }
      const e = last(earlier.mentions, distance);
      if (e) return e;
    }
    return null;
  };
  // "ordered K2 tanks and FA-50 jets ... The first tanks arrived": a system description first looks for a system
  // the text named with its noun.
  const systemNoun = kinds.includes('System') && reader.ctx.lexicon.kinds.System.kindNouns.has(head) ? head : '';
  const namedWithNoun = (e: Endpoint) => e.entity.kind === 'System' && namedWith(reader, e.entity, systemNoun);
  return (placeTypes ? search(typed) : null) ?? (systemNoun ? search(namedWithNoun) : null) ?? search(() => true);
}

/** Whether the text names an entity with this noun right after it, or inside it ("K2 tanks", "Patriot missiles"). */
function namedWith(reader: SentenceReader, entity: EntityDraft, noun: string): boolean {
  const singular = (w: string) => w.replace(/s$/, '');
  const words = reader.ctx.words;
  return reader.reg.mentions.some(
    (m) =>
      m.entity === entity &&
      [words[m.end], words[m.end - 1]].some((w) => w !== undefined && singular(w.lower) === singular(noun)),
  );
}

/**
 * "During his visit to Chile, Vega met Ruiz": a possessive pronoun in a phrase set off before the sentence's
 * subject refers ahead to that subject (there is nothing before it).
 */
function frontedAbout(reader: SentenceReader, view: SentenceView, phrase: WordRange): NounGroup | undefined {
  const words = reader.ctx.words;
  const subject = view.topics?.[0];
  if (!subject || subject.start < phrase.end) return undefined;
  const comma = words.slice(phrase.end - 1, subject.start).some((w) => /,/.test(w.after));
  return comma ? subject : undefined;
}
