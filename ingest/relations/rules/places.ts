/**
 * Where things are, read from phrases and copulas: a place described by an
 * apposition that places it ("Agadez, a desert town in northern Niger",
 * "X, the capital of Y"), a body said to be present or active somewhere, and
 * a state written before a description of an organisation ("US defense
 * contractor Lockheed Martin").
 */
import type { EntityKind } from '../../../core/ontology.js';
import type { ResolvedMention } from '../../resolve/registry.js';
import type { Endpoint } from '../collector.js';
import type { RuleContext } from '../engine/engine.js';
import { endpointsOf, mentionOf } from '../engine/endpoints.js';
import type { SentenceView } from '../sentence-view.js';

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

const endpointOf = (m: ResolvedMention): Endpoint => ({ entity: m.entity, start: m.start, end: m.end, mention: m });

/** "Agadez, a desert town in northern Niger": the place is in every place its apposition names. */
export function placeAppositions(ctx: RuleContext, view: SentenceView): void {
  const words = ctx.reader.ctx.words;
  for (const p of ctx.clauses.sentences[view.sentence.index]?.phrases ?? []) {
    const place = mentionOf(view, p);
    if (!place || place.entity.kind !== 'Place') continue;
    for (const a of p.appositions) {
      if (!PLACE_NOUNS.has(words[a.phrase.head]?.lower ?? '')) continue;
      for (const m of view.mentions)
        if (m.start >= a.start && m.end <= a.end && m.entity !== place.entity && WHERE.includes(m.entity.kind))
          ctx.emit('LOCATED_IN', endpointOf(place), endpointOf(m), view.sentence);
    }
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
