/**
 * From clause arguments to relation ends: the entity mention a noun phrase
 * stands for (the mention at its head, else the last one in its body; the
 * names of a list after a colon; the name of an apposition), for each member
 * of a coordinated group. Capitals stand for their country unless a locative
 * preposition governs them (the sentence reader decides).
 */
import type { EntityKind } from '../../../core/ontology.js';
import { inDateline } from '../../entities/context.js';
import { relationCues } from '../../lexicon/relation-cues.js';
import type { NounGroup, NounPhrase } from '../../clauses/index.js';
import { POSSESSIVE_PRONOUNS } from '../../clauses/index.js';
import { hasPluralEnding } from '../../parse/nlp.js';
import type { Word } from '../../parse/parse.js';
import type { EntityDraft, ResolvedMention } from '../../resolve/registry.js';
import type { Endpoint } from '../collector.js';
import type { SentenceReader, SentenceView } from '../sentence-view.js';
import { salientOwners } from './salience.js';
import {
  antecedent,
  countedAntecedents,
  countedDescription,
  stateStoodFor,
  taggedAntecedents,
  taggedStates,
  DEFINITE,
  descriptionKinds,
  isAgreementNoun,
  FIRST_PERSON,
  listsOf,
  modifiesNext,
  pronounKinds,
  type GroupReader,
} from './anaphora.js';

/** The words of a phrase that are its own, without its "of" complement. */
export function bodyEnd(p: NounPhrase): number {
  return p.of ? p.of.start - 1 : p.end;
}

/**
 * The mentions a phrase may stand for, best first: the one at its head, the
 * ones in its body (nearest the head first), one straddling it, and a person
 * named at the end of its "of" phrase ("Chief of Staff Said Chanegriha").
 */
export function mentionsOf(view: SentenceView, p: NounPhrase): ResolvedMention[] {
  const end = bodyEnd(p);
  const out: ResolvedMention[] = [];
  const add = (m: ResolvedMention | undefined) => {
    if (m && !out.includes(m)) out.push(m);
  };
  add(view.mentions.find((m) => m.start <= p.head && p.head < m.end && m.start >= p.start));
  for (const m of view.mentions.filter((x) => x.start >= p.bodyStart && x.end <= end).reverse()) add(m);
  add(view.mentions.find((m) => m.start < end && m.end > p.bodyStart));
  add(view.mentions.find((m) => m.end === p.end && m.entity.kind === 'Person' && m.start > p.bodyStart));
  return out;
}

/** The mention a phrase stands for, or null. */
export function mentionOf(view: SentenceView, p: NounPhrase): ResolvedMention | null {
  return mentionsOf(view, p)[0] ?? null;
}

/**
 * "the jet developed by Sukhoi", "signed agreements ... known as the Abraham
 * Accords", "the pacts brokered by X": a description of a system or an agreement
 * (singular or plural) with no name of its own stands for the nearest one of
 * that kind the sentence names, before it or else after it. (Resolving
 * descriptions is the resolve stage's work; this covers, inside one sentence,
 * the ones it leaves unresolved.)
 */
function described(
  reader: SentenceReader,
  view: SentenceView,
  p: NounPhrase,
  kinds: readonly EntityKind[],
): ResolvedMention | null {
  const head = reader.ctx.words[p.head];
  if (!head) return null;
  const kind: EntityKind | null =
    kinds.includes('System') && reader.ctx.lexicon.kinds.System.kindNouns.has(head.lower)
      ? 'System'
      : kinds.includes('Agreement') && isAgreementNoun(reader.ctx.lexicon, head.lower)
        ? 'Agreement'
        : null;
  if (!kind) return null;
  // "sought new fighter jets since it left the F-35 programme": a new or other one is none named.
  for (let k = p.bodyStart; k < p.head; k++) if (OTHER_REFERENT.has(reader.ctx.words[k]?.lower ?? '')) return null;
  const same = view.mentions.filter((m) => m.entity.kind === kind);
  const before = same.filter((m) => m.end <= p.start).pop();
  if (before) return before;
  // "Those pacts brokered by X infuriated Y ... until it agrees to a peace deal": an agreement introduced after it
  // with an indefinite article is another (a system may be named so: "the drone it flies, a Bayraktar TB2").
  const introduced = (m: ResolvedMention) =>
    kind === 'Agreement' && [m.start, m.start - 1].some((k) => INDEFINITE.has(reader.ctx.words[k]?.lower ?? ''));
  const ahead = same.find((m) => m.start >= p.end && !introduced(m));
  // "The jets, built by X, would join Rafale fighters": a definite description refers back (anaphora), not to a
  // name past the verb of its own clause ("The drone developed by X, the TB2, flew" still names it).
  const definite = DEFINITE.has(reader.ctx.words[p.bodyStart]?.lower ?? '');
  const verbBetween = (m: ResolvedMention) =>
    reader.ctx.words.slice(p.end, m.start).some((w) => w.tags.has('Modal') || w.tags.has('Auxiliary'));
  return ahead && !(definite && verbBetween(ahead)) ? ahead : null;
}

/** Articles that introduce a referent not told before ("a peace deal"). */
const INDEFINITE = new Set(['a', 'an', 'another']);

/** Modifiers that make a description introduce another referent than the ones named. */
const OTHER_REFERENT = new Set(['new', 'other', 'another', 'additional', 'further', 'alternative', 'replacement']);

/**
 * "Saudi cities", "Armenian positions": a phrase headed by a place or target noun with a
 * demonym in its body stands for the state the demonym names (when the article names it);
 * "air bases in Pakistan": for the country it is in.
 */
function territoryOf(reader: SentenceReader, view: SentenceView, p: NounPhrase): Endpoint | null {
  const head = reader.ctx.words[p.head]?.lower ?? '';
  if (!relationCues().nounClasses.territory.has(head)) return null;
  // "deploy on its territory", "on Mali's soil": whose territory it is.
  const owner = p.possessor;
  if (owner)
    return endpointsOf(reader, view, { start: owner.start, end: owner.end, members: [owner] }, ['Country'])[0] ?? null;
  return demonymState(reader, p) ?? countryAfterIn(reader, view, p);
}

/** The country named right after a phrase and "in" ("targets in Iran"). */
function countryAfterIn(reader: SentenceReader, view: SentenceView, p: NounPhrase): Endpoint | null {
  if (reader.ctx.words[p.end]?.lower !== 'in') return null;
  const m = view.mentions.find((x) => x.start === p.end + 1 && x.entity.kind === 'Country');
  return m ? reader.endpoint(m, ['Country']) : null;
}

/** The state a demonym in a phrase's body names, when the article names that state. */
function demonymState(reader: SentenceReader, p: NounPhrase): Endpoint | null {
  for (let k = p.bodyStart; k < p.head; k++) {
    const d = reader.ctx.demonyms.get(k);
    if (!d || d.end > p.head) continue;
    const country = reader.existingCountry(d.entry.name);
    if (country) return { entity: country, start: d.start, end: d.end };
  }
  return null;
}

/**
 * "Wagner's private security group", "Hamas's armed movement": a description of a kind whose
 * possessor names an entity of that very kind describes the possessor itself.
 */
function describedOwner(
  reader: SentenceReader,
  view: SentenceView,
  p: NounPhrase,
  kinds: readonly EntityKind[],
): Endpoint | null {
  const head = reader.ctx.words[p.head]?.lower ?? '';
  if (!p.possessor || p.of) return null;
  const owner = mentionOf(view, p.possessor);
  if (!owner || !kinds.includes(owner.entity.kind)) return null;
  return reader.ctx.lexicon.kinds[owner.entity.kind].descriptionHeads.has(head) ? reader.endpoint(owner, kinds) : null;
}

/**
 * "the Saudis and Houthis had agreed", "the Russians confirmed": a people named by its plural
 * demonym, acting, is its state (when the article names it); "two Russians" are people.
 */
function peopleActing(reader: SentenceReader, p: NounPhrase): Endpoint | null {
  const words = reader.ctx.words;
  if (words[p.bodyStart]?.lower !== 'the') return null;
  const d = reader.ctx.demonyms.get(p.bodyStart + 1);
  if (!d || d.end !== p.end || !/s$/.test(words[d.end - 1]?.lower ?? '')) return null;
  const country = reader.existingCountry(d.entry.name);
  return country ? { entity: country, start: d.start, end: d.end } : null;
}

/** The person named right after a phrase as leading it: "a delegation led by X", "a team headed by X". */
function leaderAfter(reader: SentenceReader, view: SentenceView, p: NounPhrase): ResolvedMention | undefined {
  const words = reader.ctx.words;
  const verb = words[p.end];
  if (!verb || !/^(led|headed)$/.test(verb.lower) || words[p.end + 1]?.lower !== 'by') return undefined;
  // The name may carry its title ("led by senior official X").
  return view.mentions.find((m) => (m.candidate.titledStart ?? m.start) === p.end + 2 && m.entity.kind === 'Person');
}

/** A comma, "and", "or" or ", and"/", or" between two names coordinated inside one phrase. */
const COORDINATION = /^(\s*,\s*|\s+(and|or)\s+|\s*,\s*(and|or)\s+)$/;

/** The mentions of a phrase coordinated with the one it stands for ("Indian and Pakistani troops"). */
function coordinatedWithin(
  reader: SentenceReader,
  mentions: readonly ResolvedMention[],
  main: ResolvedMention | undefined,
): ResolvedMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const run = main ? listsOf(reader, sorted, COORDINATION).find((r) => r.includes(main)) : undefined;
  return run?.filter((m) => m !== main) ?? [];
}

/** Whether a head noun names people acting for a body or state ("officials", "the delegation", "ministers"). */
function representsStates(reader: SentenceReader, head: Word | undefined): head is Word {
  return (
    head !== undefined &&
    (relationCues().representativeNouns.has(head.lower) || reader.ctx.lexicon.roles.heads.has(head.lower))
  );
}

/** Whose representatives a phrase names: "ministers of defense of A and B" (the last "of" phrase), "Iran's envoys". */
function representedOwners(view: SentenceView, p: NounPhrase): NounGroup[] {
  let of = p.of;
  while (of && of.members.length === 1 && of.members[0]?.of && !mentionOf(view, of.members[0])) of = of.members[0].of;
  return [
    ...(of ? [of] : []),
    ...(p.possessor ? [{ start: p.possessor.start, end: p.possessor.end, members: [p.possessor] }] : []),
  ];
}

/** Reads what an earlier sentence is about as relation ends of some kinds (for anaphora). */
const topicReader =
  (reader: SentenceReader): GroupReader =>
  (view, group, kinds) =>
    endpointsOf(reader, view, group, kinds, { acting: true });

/**
 * "The Argyle Declaration ... commits both countries to ... It was signed by A and B": "It" opening a sentence
 * where an agreement is wanted continues the agreement the sentence before is about (its first subject). Only
 * then: an agreement is seldom what "it" means elsewhere ("Raisi had welcomed it", the invitation).
 */
function continuedAgreement(
  reader: SentenceReader,
  view: SentenceView,
  p: NounPhrase,
  kinds: readonly EntityKind[],
): Endpoint | null {
  const opens = p.start === view.sentence.firstWord && p.end - p.start === 1;
  if (!opens || reader.ctx.words[p.start]?.lower !== 'it' || !kinds.includes('Agreement')) return null;
  const before = view.earlier?.[0];
  const topic = before?.topics?.[0];
  const found = before && topic ? topicReader(reader)(before, topic, ['Agreement'])[0] : undefined;
  return found ? { entity: found.entity, start: p.start, end: p.end } : null;
}

/** The personal pronoun of a possessive one, whose antecedents it shares ("its" → "it"). */
const PERSONAL_OF_POSSESSIVE: Readonly<Record<string, string>> = { its: 'it', their: 'they', his: 'he', her: 'she' };

/** How a group is read as relation ends. */
export interface EndpointOptions {
  /** An actor (not a place after "in", "to" ...): a capital stands for its state whatever governs it. */
  acting?: boolean;
  /** Who says what the clause states ("X said it never ..."): a pronoun there stands for the speaker. */
  speaker?: NounGroup | null;
  /** Words a pronoun does not refer into (its own clause's subject, when it is an object). */
  skip?: NounGroup | null;
  /**
   * The subject of an adverbial clause before this clause ("if Peru does not ..., it will ..."):
   * a pronoun of the main clause refers to it first.
   */
  lead?: NounGroup | null;
}

/**
 * "Russia armed the rebels for their war": "their" agrees with a plural, and a
 * plural noun between a singular name and it is what it refers to, not the name.
 */
function pluralReferentBetween(reader: SentenceReader, name: ResolvedMention, pronoun: NounPhrase): boolean {
  const words = reader.ctx.words;
  if (words[pronoun.start]?.lower !== 'their' || words[name.end - 1]?.tags.has('Plural')) return false;
  return words.slice(name.end, pronoun.start).some(isPluralNoun);
}

/** A common noun in the plural, by its tag or its ending. */
function isPluralNoun(w: Word): boolean {
  if (!w.tags.has('Noun') || w.tags.has('Pronoun') || w.capitalized) return false;
  return w.tags.has('Plural') || hasPluralEnding(w.lower);
}

/**
 * How many names, from `mentions[at]` back (`mentions` nearest first), are
 * coordinated: "A and B", "A, B and C", "Japan and the Philippines".
 */
export function coordinatedBefore(reader: SentenceReader, mentions: readonly ResolvedMention[], at: number): number {
  const words = reader.ctx.words;
  let n = 1;
  for (let k = at; k + 1 < mentions.length; k++) {
    const [later, earlier] = [mentions[k]!, mentions[k + 1]!];
    const between = words
      .slice(earlier.end, later.start)
      .map((w) => w.lower)
      .filter((w) => w !== 'the');
    const joined =
      (between.length === 1 && between[0] === 'and') ||
      (between.length === 0 && /,/.test(words[earlier.end - 1]?.after ?? ''));
    if (!joined) break;
    n++;
  }
  return n;
}

/** The relation ends a group gives for the wanted kinds (one per member that names one). */
/**
 * The endpoint of a mention that acts (not a place after "in", "to" ...): a capital stands for its state
 * whatever governs it ("a treaty with Manila", "a Washington blacklist").
 */
export function actingEndpoint(
  reader: SentenceReader,
  m: ResolvedMention,
  kinds: readonly EntityKind[],
): Endpoint | null {
  return m.seatOf && kinds.includes('Country') && !kinds.includes(m.entity.kind)
    ? reader.stateOf(m)
    : reader.endpoint(m, kinds);
}

/** The entities the other members of a coordinated group name, capitals as their states too. */
function coordinatedNames(
  reader: SentenceReader,
  view: SentenceView,
  group: NounGroup,
  p: NounPhrase,
): Set<EntityDraft> {
  const out = new Set<EntityDraft>();
  for (const q of group.members) {
    if (q === p) continue;
    for (const m of mentionsOf(view, q)) {
      out.add(m.entity);
      const state = reader.stateOf(m);
      if (state) out.add(state.entity);
    }
  }
  return out;
}

export function endpointsOf(
  reader: SentenceReader,
  view: SentenceView,
  group: NounGroup | null,
  kinds: readonly EntityKind[],
  options: EndpointOptions = {},
): Endpoint[] {
  if (!group) return [];
  const out: Endpoint[] = [];
  const push = (e: Endpoint | null) => {
    if (e && !out.some((x) => x.entity === e.entity)) out.push(e);
  };
  const endpoint = (m: ResolvedMention): Endpoint | null =>
    options.acting ? actingEndpoint(reader, m, kinds) : reader.endpoint(m, kinds);
  for (const p of group.members) {
    // "four other Arab countries: Egypt, Jordan ...": the list, not the count, names them. "The foreign ministers of
    // the three countries – A, B and C –": the list names the ministers, the states they stand for are still theirs.
    if (p.list) {
      for (const e of endpointsOf(reader, view, p.list, kinds, options)) push(e);
      const states = kinds.filter((k) => k === 'Country' || k === 'Organization');
      if (states.length > 0 && representsStates(reader, reader.ctx.words[p.head]))
        for (const owner of representedOwners(view, p))
          for (const e of endpointsOf(reader, view, owner, states)) push(e);
      continue;
    }
    // "the Nordic countries": the states named before it that the gazetteer describes so (its modifier is no name).
    const tags = taggedStates(reader, p, kinds);
    if (tags) {
      for (const e of taggedAntecedents(reader, view, p, tags)) push(e);
      continue;
    }
    const candidates = mentionsOf(view, p);
    const named = candidates.map(endpoint).find((e) => e !== null) ?? null;
    if (named) {
      push(named);
      // "Indian and Pakistani troops": names coordinated inside one phrase are each an end.
      for (const m of coordinatedWithin(reader, candidates, named.mention)) push(endpoint(m));
      continue;
    }
    const description = described(reader, view, p, kinds);
    if (description) {
      push(endpoint(description));
      continue;
    }
    // A name of another kind is the phrase's own unless it only modifies the head ("Thai F-16 jets").
    if (candidates.some((m) => m.end > p.head)) continue;
    // "attacked Saudi cities", "strikes on Ukrainian targets": the state a demonym names, where it is attacked.
    const territory = kinds.includes('Country') ? territoryOf(reader, view, p) : null;
    if (territory) {
      push(territory);
      continue;
    }
    // "support for Turkey's bid", "opposed Iran's demands": whose pursuit it is; a capital pursues for its state.
    if (p.possessor && relationCues().nounClasses.pursuit.has(reader.ctx.words[p.head]?.lower ?? '')) {
      const owner = { start: p.possessor.start, end: p.possessor.end, members: [p.possessor] };
      for (const e of endpointsOf(reader, view, owner, kinds, { ...options, acting: true })) push(e);
      continue;
    }
    const people = options.acting && kinds.includes('Country') ? peopleActing(reader, p) : null;
    if (people) {
      push(people);
      continue;
    }
    // "the two countries", "both leaders": as many entities of the kind as it counts, named last before it.
    const counted = countedDescription(reader, p, kinds);
    if (counted) {
      const inSkip = options.skip && options.skip.start <= p.start && p.end <= options.skip.end;
      const skip = inSkip ? null : (options.skip ?? null);
      const found = countedAntecedents(reader, view, p, counted, skip);
      // "Anwar said he had spoken with both leaders": whoever the clause's subject is, by name or pronoun, is not
      // among the people it speaks with; when the last ones named include it, the count has gone wrong.
      const subject = skip ? endpointsOf(reader, view, skip, counted.kinds, { ...options, skip: null }) : [];
      if (!found.some((e) => subject.some((x) => x.entity === e.entity))) for (const e of found) push(e);
      continue;
    }
    const owner = describedOwner(reader, view, p, kinds);
    if (owner) {
      push(owner);
      continue;
    }
    // "the software", "the group": a definite description refers back to the last entity of its kind, which is
    // none of the names it is coordinated with ("ties between Ankara and a former Soviet republic").
    const describedKinds = descriptionKinds(reader, p, kinds);
    if (describedKinds.length > 0) {
      const found = antecedent(reader, view, p, describedKinds, options.skip ?? null, topicReader(reader));
      if (found && !coordinatedNames(reader, view, group, p).has(found.entity)) push(found);
      continue;
    }
    const continued = continuedAgreement(reader, view, p, kinds);
    if (continued) {
      push(continued);
      continue;
    }
    // "X said it never bought ...": the speaker; else the last entity a pronoun may refer to.
    const pronounFits = pronounKinds(reader, p, kinds);
    if (pronounFits.length > 0) {
      // "I", "we": the speaker wherever the attribution stands; "it", "he": only a speaker named before.
      const firstPerson = FIRST_PERSON.has(reader.ctx.words[p.start]?.lower ?? '');
      const speaker =
        options.speaker && (firstPerson || options.speaker.end <= p.start)
          ? endpointsOf(reader, view, options.speaker, pronounFits)[0]
          : undefined;
      const lead =
        !speaker && !firstPerson && options.lead && options.lead.end <= p.start
          ? endpointsOf(reader, view, options.lead, pronounFits)[0]
          : undefined;
      const found = speaker ?? lead;
      push(found ? { entity: found.entity, start: p.start, end: p.end } : null);
      if (!found && !firstPerson)
        push(antecedent(reader, view, p, pronounFits, options.skip ?? null, topicReader(reader)));
      continue;
    }
    // "Iran backs Russia in its invasion of X": a lone possessive pronoun stands for a name before it in its sentence.
    if (p.end - p.start === 1 && POSSESSIVE_PRONOUNS.has(reader.ctx.words[p.start]?.lower ?? '')) {
      // The dateline's names ("LIMA (Reuters) -") are no part of what the sentence says.
      const before = view.mentions.filter((m) => m.end <= p.start && !inDateline(reader.ctx, m.end)).reverse();
      const owner = (m: ResolvedMention) => (modifiesNext(reader, m) ? null : endpoint(m));
      const nearest = before.findIndex((m) => owner(m) !== null);
      // "Hezbollah fired rockets. Its leader, X, said": opening its sentence, it refers back as its personal
      // pronoun does (after other words, to what they describe: "the two countries ... their dispute").
      if (nearest < 0) {
        if (p.start !== view.sentence.firstWord) continue;
        const personal = PERSONAL_OF_POSSESSIVE[reader.ctx.words[p.start]?.lower ?? ''] ?? '';
        const fits = kinds.filter((k) => reader.ctx.lexicon.kinds[k].pronouns.has(personal));
        if (fits.length > 0) push(antecedent(reader, view, p, fits, options.skip ?? null, topicReader(reader)));
        continue;
      }
      if (pluralReferentBetween(reader, before[nearest]!, p)) continue;
      // Not always the nearest name: the salience order of its clause (salience.ts).
      const salient = salientOwners(reader, view, p, before, owner, (g) =>
        endpointsOf(reader, view, g, kinds, { acting: options.acting }),
      );
      if (salient) {
        for (const e of salient) push(e);
        continue;
      }
      // "Chile and Peru renewed their war": "their" is every name of the coordination.
      const owners = reader.ctx.words[p.start]?.lower === 'their' ? coordinatedBefore(reader, before, nearest) : 1;
      for (const m of before.slice(nearest, nearest + owners)) push(endpoint(m));
      continue;
    }
    // "the Russian leader, Vladimir Putin".
    for (const a of p.appositions) {
      const named = mentionOf(view, a.phrase);
      if (named) push(reader.endpoint(named, kinds));
    }
    // "part of the Abraham Accords", "one of the parties", "30 of the jets": the "of" phrase stands for its head.
    // The phrase reader may take "belonging" for the head ("contractors belonging | to X").
    const headAt = reader.ctx.words[p.head]?.lower === 'belonging' && p.head > p.bodyStart ? p.head - 1 : p.head;
    const head = reader.ctx.words[headAt];
    const cues = relationCues();
    if (head && p.of && (cues.transparentNouns.has(head.lower) || head.tags.has('Value')))
      for (const e of endpointsOf(reader, view, p.of, kinds)) push(e);
    // "the ministers of defense of Morocco and Israel", "Iran's government": people acting for their state.
    const representative = representsStates(reader, head);
    const states = kinds.filter((k) => k === 'Country' || k === 'Organization');
    // "a Taliban delegation led by X arrived in Moscow": who leads those acting acts with them.
    const leader = representative && kinds.includes('Person') ? leaderAfter(reader, view, p) : undefined;
    if (leader) push(reader.endpoint(leader, kinds));
    if (representative && states.length > 0) {
      const owners = representedOwners(view, p);
      for (const owner of owners) for (const e of endpointsOf(reader, view, owner, states)) push(e);
      // "Netanyahu's government", "Kiir's government": the state its titled owner stands for.
      if (kinds.includes('Country') && reader.ctx.lexicon.metonyms.governmentHeads.includes(head.lower))
        for (const owner of owners)
          for (const person of endpointsOf(reader, view, owner, ['Person'])) {
            const state = person.mention ? stateStoodFor(reader, person.mention) : null;
            if (state) push({ entity: state, start: p.start, end: p.end });
          }
      // "mercenaries from the Atlas Group", "fighters belonging to Hezbollah": whom they come from.
      if (owners.length === 0) {
        const words = reader.ctx.words;
        let k = headAt < p.head ? p.head : p.end;
        if (words[k]?.lower === 'from') k++;
        else if (words[k]?.lower === 'belonging' && words[k + 1]?.lower === 'to') k += 2;
        else k = -1;
        if (k > 0 && words[k]?.lower === 'the') k++;
        let from = k > 0 ? view.mentions.find((m) => m.start === k) : undefined;
        // "belonging to Russia's Wagner Group": the possessed name, not its owner.
        while (from && words[from.end - 1]?.possessive) {
          const owned: number = from.end;
          from = view.mentions.find((m) => m.start === owned) ?? from;
          if (from.start !== owned) break;
        }
        if (from) push(reader.endpoint(from, states));
        // "French ministers warned ...", "Iranian officials said": the state their nationality names.
        else if (kinds.includes('Country') && cues.stateAgents.has(head.lower)) push(demonymState(reader, p));
      }
    }
  }
  return out;
}
