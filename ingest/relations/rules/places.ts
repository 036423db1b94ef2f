/**
 * Where things are, read from phrases and copulas: a place described by an
 * apposition that places it ("Agadez, a desert town in northern Niger",
 * "X, the capital of Y"), a body said to be present or active somewhere, and
 * a state written before a description of an organisation ("US defense
 * contractor Lockheed Martin").
 */
import type { EntityKind } from '../../../core/ontology.js';
import type { NounGroup, NounPhrase } from '../../clauses/index.js';
import { townAfterBearing } from '../../entities/bearings.js';
import type { Word } from '../../parse/parse.js';
import type { EntityDraft, ResolvedMention } from '../../resolve/registry.js';
import type { Endpoint } from '../collector.js';
import type { RuleContext } from '../engine/engine.js';
import { endpointsOf, mentionOf } from '../engine/endpoints.js';
import type { SentenceView } from '../sentence-view.js';
import { isAllyNoun } from './diplomacy.js';

const WHERE: readonly EntityKind[] = ['Country', 'Place'];
/** Heads of a description that places a place ("a town in", "the capital of"). */
const PLACE_NOUNS = new Set([
  'town',
  'city',
  'village',
  'capital',
  'region',
  'province',
  'district',
  'port',
  'area',
  'enclave',
  'state',
  'island',
  'base',
  'airfield',
  'airport',
]);
/** Adjectives saying a body is somewhere ("present in", "active in"). */
const PRESENCE = new Set(['present', 'active', 'stationed', 'deployed', 'operating']);

/** Heads of a body's name that make it a site ("the Iranian Embassy in Kyiv": the embassy is in Kyiv). */
const SITES = new Set(['embassy', 'consulate', 'headquarters', 'mission', 'office', 'base', 'branch', 'bureau']);
/** Compass adjectives ("northern Mali", "Syria's northwestern Idlib"); the tagger reads some as region names. */
const COMPASS_ADJECTIVES = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
]);
/** Words between "in" and the place it names that do not break the phrase ("in northern Mali"). */
const PLACE_MODIFIERS = new Set(['the', ...COMPASS_ADJECTIVES]);

export const isCompassAdjective = (lower: string): boolean => COMPASS_ADJECTIVES.has(lower);
/** Whether a word names a body's site ("embassy", "headquarters", "base"). */
export const isSiteNoun = (lower: string): boolean => SITES.has(lower);

const endpointOf = (m: ResolvedMention): Endpoint => ({ entity: m.entity, start: m.start, end: m.end, mention: m });

/** "Agadez, a desert town in northern Niger": the place is in every place its apposition names. */
export function placeAppositions(ctx: RuleContext, view: SentenceView): void {
  const words = ctx.reader.ctx.words;
  for (const p of ctx.clauses.sentences[view.sentence.index]?.phrases ?? []) {
    const place = mentionOf(view, p);
    if (!place || place.entity.kind !== 'Place') continue;
    for (const a of p.appositions) {
      if (!PLACE_NOUNS.has(words[a.phrase.head]?.lower ?? '')) continue;
      let named = false;
      for (const m of view.mentions)
        if (m.start >= a.start && m.end <= a.end && m.entity !== place.entity && WHERE.includes(m.entity.kind)) {
          ctx.emit('LOCATED_IN', endpointOf(place), endpointOf(m), view.sentence);
          named = true;
        }
      if (named) continue;
      // "X, Peru's second city", "X, the largest town in Chad": a possessor or a phrase names the place.
      const owner = a.phrase.possessor
        ? [{ start: a.phrase.possessor.start, end: a.phrase.possessor.end, members: [a.phrase.possessor] }]
        : [];
      const within = a.preps.filter((x) => x.prep === 'in' || x.prep === 'of').map((x) => x.group);
      for (const g of [...owner, ...within])
        for (const where of describedPlaces(ctx, view, g, place))
          ctx.emit('LOCATED_IN', endpointOf(place), where, view.sentence);
    }
  }
}

/**
 * The places other than `place` a group names: by name, or by a description of an earlier place ("Stepanakert,
 * the region's main city"), which never refers back to `place` itself.
 */
function describedPlaces(ctx: RuleContext, view: SentenceView, g: NounGroup, place: ResolvedMention): Endpoint[] {
  const skip = { start: place.start, end: place.end, members: [] };
  return g.members
    .flatMap((p) => endpointsOf(ctx.reader, view, { start: p.start, end: p.end, members: [p] }, WHERE, { skip }))
    .filter((e) => e.entity !== place.entity);
}

/**
 * "Rostec, Russia's state arms maker", "the Sejm, the lower house of the Polish
 * parliament": an organisation described by an apposition that names a state
 * (possessive or demonym) belongs to that state.
 */
export function organizationAppositions(ctx: RuleContext, view: SentenceView): void {
  const { words, demonyms, lexiconByStart } = ctx.reader.ctx;
  for (const p of ctx.clauses.sentences[view.sentence.index]?.phrases ?? []) {
    const body = mentionOf(view, p);
    if (!body || body.entity.kind !== 'Organization') continue;
    for (const a of p.appositions) {
      // "Hezbollah, Iran's closest ally": the state is its partner, not its home.
      if (isAllyNoun(words[a.phrase.head] as Word)) continue;
      let state: string | null = null;
      for (let i = a.start; i < a.end && !state; i++) {
        const named = lexiconByStart.get(i);
        if (named?.entry.kind === 'Country' && words[named.end - 1]?.possessive) state = named.entry.name;
        else if (demonyms.get(i)?.entry.kind === 'Country') state = demonyms.get(i)?.entry.name ?? null;
      }
      const country = ctx.reader.existingCountry(state);
      if (country)
        ctx.emit('LOCATED_IN', endpointOf(body), { entity: country, start: a.start, end: a.end }, view.sentence);
    }
  }
}

/**
 * "based in Gao in northern Mali", "the Iranian Embassy in Kyiv": a place, or a site
 * of a body, directly followed by "in" and another place is in that place.
 */
export function placeInPlace(ctx: RuleContext, view: SentenceView): void {
  const words = ctx.reader.ctx.words;
  for (const m of view.mentions) {
    const site = m.entity.kind === 'Organization' && SITES.has(words[m.end - 1]?.lower ?? '');
    if ((m.entity.kind !== 'Place' && !site) || m.seatOf || words[m.end]?.lower !== 'in') continue;
    let k = m.end + 1;
    while (k < view.sentence.endWord && PLACE_MODIFIERS.has(words[k]?.lower ?? '')) k++;
    const where = view.mentions.find((x) => x.start === k && x.entity !== m.entity);
    const target = where ? ctx.reader.endpoint(where, WHERE) : null;
    if (target && target.entity !== m.entity) ctx.emit('LOCATED_IN', endpointOf(m), target, view.sentence);
  }
}

/**
 * "the Chinese city of Kunming", "Peru's southern region of Puno": a place named after a description of a place
 * lies in the state the description's nationality or possessor names.
 */
export function placeOfDescription(ctx: RuleContext, view: SentenceView): void {
  const { reader } = ctx;
  const words = reader.ctx.words;
  for (const p of ctx.clauses.sentences[view.sentence.index]?.phrases ?? []) {
    const named = p.of?.members.length === 1 ? mentionOf(view, p.of.members[0] as NounPhrase) : null;
    if (!named || named.entity.kind !== 'Place' || !PLACE_NOUNS.has(words[p.head]?.lower ?? '')) continue;
    const states: Endpoint[] = [];
    for (let k = p.bodyStart; k < p.head; k++) {
      const d = reader.ctx.demonyms.get(k);
      const country = d && d.end <= p.head ? reader.existingCountry(d.entry.name) : null;
      if (d && country) states.push({ entity: country, start: d.start, end: d.end });
    }
    if (p.possessor)
      states.push(...endpointsOf(reader, view, { ...p.possessor, members: [p.possessor] }, WHERE, { acting: true }));
    for (const state of states)
      if (state.entity !== named.entity) ctx.emit('LOCATED_IN', endpointOf(named), state, view.sentence);
  }
}

/** "The group is present in Libya and Sudan": a body present or active somewhere is located there. */
export function presence(ctx: RuleContext, view: SentenceView): void {
  const words = ctx.reader.ctx.words;
  for (const c of ctx.clauses.of(view.sentence.index)) {
    const complement = c.objects[0]?.members[0];
    if (c.predicate.lemma !== 'be' || !complement || !PRESENCE.has(words[complement.head]?.lower ?? '')) continue;
    const bodies = endpointsOf(ctx.reader, view, c.subject, ['Organization']);
    const places = c.preps.filter((x) => x.prep === 'in').flatMap((x) => endpointsOf(ctx.reader, view, x.group, WHERE));
    for (const b of bodies) for (const w of places) ctx.emit('LOCATED_IN', b, w, view.sentence, { clause: c });
  }
}

/** "X was the capital of Y", "X is a port town in Y": a place said to be a place of another lies in it. */
export function placeCopulas(ctx: RuleContext, view: SentenceView): void {
  const words = ctx.reader.ctx.words;
  for (const c of ctx.clauses.of(view.sentence.index)) {
    const complement = c.objects[0]?.members[0];
    if (c.predicate.lemma !== 'be' || c.predicate.negated || !complement || !c.subject) continue;
    if (!PLACE_NOUNS.has(words[complement.head]?.lower ?? '')) continue;
    const place = c.subject.members.length === 1 ? mentionOf(view, c.subject.members[0] as NounPhrase) : null;
    if (!place || place.entity.kind !== 'Place') continue;
    const groups = [
      ...(complement.of ? [complement.of] : []),
      ...c.preps.filter((x) => x.prep === 'in').map((x) => x.group),
    ];
    for (const g of groups)
      for (const where of describedPlaces(ctx, view, g, place))
        ctx.emit('LOCATED_IN', endpointOf(place), where, view.sentence, { clause: c });
  }
}

/**
 * "Kidal, Mali, on Monday", "TARBES, France (AP) —": a place followed by a comma and a country that
 * the next punctuation closes lies in that country (not inside a list: "Chad, Niger and Mali").
 */
export function placeCommaCountry(ctx: RuleContext, view: SentenceView): void {
  const words = ctx.reader.ctx.words;
  for (const m of view.mentions) {
    if (m.entity.kind !== 'Place' || m.seatOf) continue;
    const last = words[m.end - 1] as Word;
    const prev = words[m.start - 1];
    if (
      !/^\s*,\s*$/.test(last.after) ||
      last.possessive ||
      (prev && m.start > view.sentence.firstWord && /,/.test(prev.after))
    )
      continue;
    const country = view.mentions.find((x) => x.start === m.end && x.entity.kind === 'Country');
    const closing = country ? (words[country.end - 1] as Word) : undefined;
    if (!country || !closing || closing.possessive) continue;
    if (!/^\s*[,.;(]/.test(closing.after) && country.end !== view.sentence.endWord) continue;
    ctx.emit('LOCATED_IN', endpointOf(m), endpointOf(country), view.sentence);
  }
}

/**
 * "the Kashan airfield south of Tehran", "Engels, 20 km east of Saratov": a place a bearing away
 * from a town is not in the town but in the town's country (the gazetteer's, or what the article says).
 */
export function placeBearings(ctx: RuleContext, view: SentenceView): void {
  const words = ctx.reader.ctx.words;
  for (const m of view.mentions) {
    if (m.entity.kind !== 'Place') continue;
    const start = townAfterBearing(words, m.end, view.sentence.endWord);
    const town = view.mentions.find((x) => x.start === start && x.entity.kind === 'Place' && x.entity !== m.entity);
    const country = town ? countryOfPlace(ctx, town) : null;
    if (town && country && country !== m.entity)
      ctx.emit('LOCATED_IN', endpointOf(m), { entity: country, start: town.start, end: town.end }, view.sentence);
  }
}

/** The country a place lies in: the gazetteer's (a city's country, a capital's state), or a LOCATED_IN found so far. */
function countryOfPlace(ctx: RuleContext, place: ResolvedMention): EntityDraft | null {
  const entry = place.entity.lexicon;
  const known = ctx.reader.existingCountry(entry?.country ?? entry?.seatOf ?? null);
  if (known) return known;
  const stated = ctx.out
    .all()
    .find((r) => r.type === 'LOCATED_IN' && r.subject === place.entity && r.object.kind === 'Country');
  return stated?.object ?? null;
}
