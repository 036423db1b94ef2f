/**
 * Relations between states that need a little code: diplomatic relations
 * (normalised, severed, restored ...) between the agent and the partners
 * named after "with", "to", "from" or "between", or among coordinated agents;
 * recognition, with the territory after "sovereignty over"; and the roles a
 * plural title gives the names it lists.
 */
import type { EntityKind } from '../../../core/ontology.js';
import type { Clause, NounGroup, NounPhrase } from '../../clauses/index.js';
import { clauseWords } from '../../lexicon/clause-words.js';
import { relationCues } from '../../lexicon/relation-cues.js';
import type { Word } from '../../parse/parse.js';
import type { Endpoint } from '../collector.js';
import { stateStoodFor } from '../engine/anaphora.js';
import { endpointsOf } from '../engine/endpoints.js';
import { ownArguments, slotGroups, type RuleContext } from '../engine/engine.js';
import type { SentenceView } from '../sentence-view.js';

const COUNTRY: readonly EntityKind[] = ['Country'];

function ends(ctx: RuleContext, view: SentenceView, groups: readonly NounGroup[], kinds = COUNTRY): Endpoint[] {
  // States acting, whatever governs them ("in return for Rabat normalising ties with Washington").
  return groups.flatMap((g) => endpointsOf(ctx.reader, view, g, kinds, { acting: true }));
}

/**
 * "Chile's President Gabriel Boric severed ties with Nicaragua": a leader who holds or cuts a state's relations
 * does so for the state their office is of (as the article names it).
 */
function leadersStates(ctx: RuleContext, view: SentenceView, groups: readonly NounGroup[]): Endpoint[] {
  const { reader } = ctx;
  const out: Endpoint[] = [];
  const leads = (person: Endpoint) =>
    reader.reg.mentions.some(
      (m) => m.entity === person.entity && m.roles.some((r) => reader.ctx.lexicon.roles.leadership.has(r.head)),
    );
  for (const person of groups.flatMap((g) => endpointsOf(reader, view, g, ['Person']))) {
    const state = person.mention && leads(person) ? stateStoodFor(reader, person.mention) : null;
    if (state && !out.some((x) => x.entity === state))
      out.push({ entity: state, start: person.start, end: person.end });
  }
  return out;
}

/** The status words before a relations noun ("full diplomatic relations", "low-level ties"). */
function statusWords(words: readonly Word[], noun: number, fallback: string): string {
  const out: string[] = [];
  let k = noun - 1;
  for (; k >= noun - 3; k--) {
    const w = words[k];
    if (!w || !(w.tags.has('Adjective') || /^(full|low|level|informal|formal|warm|close)$/.test(w.lower))) break;
    if (w.lower !== 'diplomatic') out.unshift(w.lower + (w.after === '-' ? '-' : ''));
  }
  const adj = out.join(' ').replace(/- /g, '-').trim();
  // "have no (formal) diplomatic relations": the state of their relations is that there are none.
  if (words[k]?.lower === 'no') return adj ? `no ${adj} relations` : 'no relations';
  return adj && (fallback === 'established' || fallback === 'relations') ? `${adj} relations` : fallback;
}

/**
 * What the sentence says of a relations noun at word `head`, as a status: "relations ... have been frosty", "ties are
 * tense" (an adjective after "be": "frosty relations"), "ties have soured" (a verb of change: "soured"), "relations were restored", "have been strained" (a passive of
 * a verb that changes them: its own status, "restored", "strained"), "relations were hurt" (another passive: "hurt
 * relations").
 */
function predicatedStatus(clauses: readonly Clause[], words: readonly Word[], head: number): string | null {
  const covers = (g: Clause['subject']) => g !== null && g.start <= head && head < g.end;
  const cues = relationCues();
  for (const x of clauses) {
    const theme = x.theme?.members.length === 1 ? x.theme.members[0] : undefined;
    const adjective = theme && theme.end - theme.start === 1 ? (words[theme.head] as Word) : undefined;
    if (x.predicate.lemma === 'be' && covers(x.subject) && adjective?.tags.has('Adjective'))
      return `${adjective.lower} relations`;
    // "ties have soured", "relations collapsed last year": a verb of change whose subject is the relations.
    if (x.predicate.voice === 'active' && covers(x.subject) && cues.relationChanges.has(x.predicate.lemma))
      return cues.relationStatuses.get(x.predicate.lemma) ?? null;
    if (x.predicate.voice !== 'passive' || x.predicate.form !== 'finite' || !covers(x.theme)) continue;
    return cues.relationStatuses.get(x.predicate.lemma) ?? `${(words[x.predicate.head] as Word).lower} relations`;
  }
  return null;
}

/** Whether a clause speaks of diplomatic relations: a relations noun, or a verb acting on relations, envoys, embassies. */
function relationsClause(c: Clause, words: readonly Word[]): { status: string; head: number } | null {
  const cues = relationCues();
  const lemma = c.predicate.lemma;
  if (c.predicate.form === 'noun') {
    if (lemma !== 'relate' && !cues.lemmas.normalize.has(lemma)) return null;
    return { status: cues.relationStatuses.get(lemma) ?? 'relations', head: c.predicate.head };
  }
  const changes = cues.lemmas.normalize.has(lemma) || cues.lemmas.sever.has(lemma) || cues.lemmas.establish.has(lemma);
  if (!changes) return null;
  const object = c.theme?.members[0];
  const objectHead = object ? (words[object.head] as Word) : undefined;
  const onRelations = objectHead !== undefined && cues.diplomaticNouns.has(objectHead.lower);
  // "Israel and Morocco normalised" needs no object; "severed ties" does.
  if (!onRelations && !(cues.lemmas.normalize.has(lemma) && !c.theme)) return null;
  return { status: cues.relationStatuses.get(lemma) ?? 'relations', head: object?.head ?? c.predicate.head };
}

/** Nouns of a state's diplomatic presence in another ("embassy", "ambassador"). */
const MISSION_NOUNS = new Set([
  'embassy',
  'embassies',
  'ambassador',
  'ambassadors',
  'consulate',
  'consulates',
  'consul',
  'envoy',
  'envoys',
  'mission',
  'chargé',
  'diplomat',
  'diplomats',
]);

/**
 * "Poland expelled three Russian diplomats", "closed Russia's consulate in Brno": the state whose mission or
 * diplomats a clause acts on, named by a demonym or a possessive in its object, is the other side.
 */
function missionOwners(ctx: RuleContext, view: SentenceView, c: Clause): Endpoint[] {
  const { reader } = ctx;
  const out: Endpoint[] = [];
  for (const p of c.theme?.members ?? []) {
    if (!MISSION_NOUNS.has(reader.ctx.words[p.head]?.lower ?? '')) continue;
    for (let k = p.start; k < p.head; k++) {
      const named = view.mentions.find((m) => m.start === k && m.end <= p.head);
      const owner = named ? reader.endpoint(named, COUNTRY) : null;
      if (owner) out.push(owner);
      const demonym = named ? undefined : reader.ctx.demonyms.get(k);
      const state = demonym ? reader.existingCountry(demonym.entry.name) : null;
      if (state && demonym) out.push({ entity: state, start: demonym.start, end: demonym.end });
    }
  }
  return out;
}

/** RELATIONS_WITH from clauses about diplomatic relations. */
export function diplomaticRelations(ctx: RuleContext, view: SentenceView): void {
  const words = ctx.reader.ctx.words;
  const clauses = ctx.clauses.of(view.sentence.index);
  for (const c of clauses.map((x) => ownArguments(x, clauses))) {
    const found = relationsClause(c, words);
    if (!found) continue;
    const said = c.predicate.form === 'noun' ? predicatedStatus(clauses, words, found.head) : null;
    const status = said ?? statusWords(words, found.head, found.status);
    const emit = (a: Endpoint, b: Endpoint) =>
      ctx.emit('RELATIONS_WITH', a, b, view.sentence, { properties: { status }, clause: c });
    const between = ends(ctx, view, slotGroups(c, 'prep:between'));
    if (between.length >= 2) {
      for (let i = 0; i < between.length; i++)
        for (let j = i + 1; j < between.length; j++) emit(between[i] as Endpoint, between[j] as Endpoint);
      continue;
    }
    const subjectGroups = slotGroups(c, c.predicate.voice === 'passive' ? 'theme' : 'agent');
    const states = ends(ctx, view, subjectGroups);
    const subjects = states.length > 0 ? states : leadersStates(ctx, view, subjectGroups);
    const partners = ends(ctx, view, [
      ...slotGroups(c, 'prep:with'),
      ...slotGroups(c, 'prep:to'),
      ...slotGroups(c, 'prep:from'),
    ]);
    const owners = partners.length === 0 && c.predicate.voice === 'active' ? missionOwners(ctx, view, c) : [];
    if (partners.length > 0 || owners.length > 0) {
      for (const a of subjects) for (const b of [...partners, ...owners]) if (a.entity !== b.entity) emit(a, b);
    } else if (subjects.length >= 2) {
      for (let i = 0; i < subjects.length; i++)
        for (let j = i + 1; j < subjects.length; j++) emit(subjects[i] as Endpoint, subjects[j] as Endpoint);
    }
  }
}

/**
 * "Iran's embassy in Riyadh", "the Kenyan ambassador to Ethiopia": a state's
 * mission in another state is a diplomatic relation between them.
 */
export function diplomaticMissions(ctx: RuleContext, view: SentenceView): void {
  const { reader } = ctx;
  const words = reader.ctx.words;
  const mentions = [...view.mentions, ...view.titleCountries];
  for (let k = view.sentence.firstWord; k < view.sentence.endWord; k++) {
    if (!MISSION_NOUNS.has((words[k] as Word).lower)) continue;
    const owner = mentions.find((m) => m.end === k);
    const prep = words[k + 1]?.lower;
    if (!owner || (prep !== 'in' && prep !== 'to')) continue;
    const at = words[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    const host = view.mentions.find((m) => m.start === at);
    const a = reader.endpoint(owner, COUNTRY) ?? reader.stateOf(owner);
    const b = host && (reader.endpoint(host, COUNTRY) ?? reader.stateOf(host));
    if (a && b && a.entity !== b.entity) ctx.emit('RELATIONS_WITH', a, b, view.sentence);
  }
}

/** Nouns that make the states they join allies or partners. */
const ALLY_NOUNS = new Set(['ally', 'allies', 'partner', 'partners', 'friend']);

/** Whether a word calls someone an ally or partner ("Iran's ally", "a partner of Turkey"). */
export const isAllyNoun = (w: Word): boolean => ALLY_NOUNS.has(w.lower);

/** Allies a state backs rather than has relations with: groups and people ("Bazoum, a close ally of France"). */
const BACKED: readonly EntityKind[] = ['Organization', 'Person'];

/** One phrase as a group of its own. */
const alone = (p: NounPhrase): NounGroup => ({ start: p.start, end: p.end, members: [p] });

/**
 * "Chad, an ally of France,", "Chad is a close partner of France", "Israel, America's closest
 * ally,", "Russia's ally Belarus": a state described as another's ally or partner has relations
 * with it; a group described as a state's ally or partner is one the state backs ("the YPG,
 * Washington's main partner in Syria": the United States supports the YPG), and so is a person ("Mohamed
 * Bazoum, a close ally of France"). A person's ally is one that person backs ("Lukashenko, a close ally of
 * Putin": Putin supports Lukashenko), as a state's is.
 */
export function allies(ctx: RuleContext, view: SentenceView): void {
  const words = ctx.reader.ctx.words;
  const isAllyAt = (k: number) => isAllyNoun(words[k] as Word);
  // Whose ally a phrase headed by an ally noun says it is: its "of" complement or its possessor.
  const ownerOf = (p: NounPhrase): NounGroup | null =>
    isAllyAt(p.head) ? (p.of ?? (p.possessor ? alone(p.possessor) : null)) : null;
  const relate = (ally: NounGroup, owner: NounGroup, clause?: Clause) => {
    const context = clause ? { clause } : {};
    const states = ends(ctx, view, [owner]);
    for (const a of ends(ctx, view, [ally]))
      for (const b of states) if (a.entity !== b.entity) ctx.emit('RELATIONS_WITH', a, b, view.sentence, context);
    const backers = [...states, ...ends(ctx, view, [owner], ['Person'])];
    for (const group of ends(ctx, view, [ally], BACKED))
      for (const backer of backers)
        if (backer.entity !== group.entity) ctx.emit('SUPPORTS', backer, group, view.sentence, context);
  };
  const sentence = ctx.clauses.sentences[view.sentence.index];
  for (const p of sentence?.phrases ?? []) {
    for (const a of p.appositions) {
      const owner = ownerOf(a.phrase);
      if (owner) relate(alone(p), owner);
    }
    // "Russia's ally Belarus": the ally noun stands before the name as its title.
    if (p.possessor && p.head > p.bodyStart && isAllyAt(p.head - 1) && !isAllyAt(p.head))
      relate(
        { start: p.head, end: p.end, members: [{ ...p, start: p.head, bodyStart: p.head, possessor: null }] },
        alone(p.possessor),
      );
  }
  const exemplifying = clauseWords().exemplifying;
  for (const c of ctx.clauses.of(view.sentence.index)) {
    const complement = c.objects[0]?.members[0];
    const owner = complement && ownerOf(complement);
    if (c.predicate.lemma === 'be' && c.subject && owner) relate(c.subject, owner, c);
    // "Russia's allies, including Belarus and North Korea,": the examples of someone's allies are allies.
    for (const x of c.preps) {
      if (!exemplifying.has(x.prep)) continue;
      const allied = sentence?.phrases.find((p) => p.end === x.at && ownerOf(p));
      const whose = allied && ownerOf(allied);
      if (whose) relate(x.group, whose, c);
    }
  }
}

/** The states whose leaders a group names ("U.S. President Donald Trump recognised ..."). */
function statesOfLeaders(ctx: RuleContext, view: SentenceView, group: NounGroup | null): Endpoint[] {
  const states: Endpoint[] = [];
  for (const person of endpointsOf(ctx.reader, view, group, ['Person'])) {
    for (const role of person.mention?.roles ?? []) {
      const country = ctx.reader.existingCountry(role.country);
      if (country && ctx.reader.ctx.lexicon.roles.leadership.has(role.head))
        states.push({ entity: country, start: role.start, end: role.end });
    }
  }
  return states;
}

/** RECOGNIZED: "X recognised Y", "X recognised Y's sovereignty over Z" (what: the recognised claim). */
export function recognition(ctx: RuleContext, view: SentenceView): void {
  const cues = relationCues();
  const words = ctx.reader.ctx.words;
  const text = ctx.reader.ctx.parsed.text;
  for (const c of ctx.clauses.of(view.sentence.index)) {
    if (!cues.lemmas.recognize.has(c.predicate.lemma) || c.predicate.form === 'noun') continue;
    let recognizers = endpointsOf(ctx.reader, view, c.agent, COUNTRY);
    if (recognizers.length === 0) recognizers = statesOfLeaders(ctx, view, c.agent);
    const claim = c.theme?.members[0];
    const over = slotGroups(c, 'prep:over');
    if (claim && (words[claim.head] as Word).lower === 'sovereignty' && over[0]) {
      const places = endpointsOf(ctx.reader, view, over[0], ['Place', 'Country']);
      const place = places[0];
      if (!place) continue;
      const what = text.slice((words[claim.start] as Word).start, (words[place.end - 1] as Word).end);
      for (const r of recognizers) ctx.emit('RECOGNIZED', r, place, view.sentence, { properties: { what }, clause: c });
      continue;
    }
    for (const object of endpointsOf(ctx.reader, view, c.theme, ['Country', 'Place']))
      for (const r of recognizers) ctx.emit('RECOGNIZED', r, object, view.sentence, { clause: c });
  }
}
