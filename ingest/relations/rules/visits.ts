/**
 * Visits inferred from visits: whoever visits a city or a site visits the
 * country it lies in, when the article names that country ("met in Lima"
 * is a visit to Peru too). The country is the place's in the gazetteer (its
 * country or the state it is the seat of) or what the article locates it in.
 * A visit to one's own country is dropped later (relations/home-visits.ts).
 */
import type { Clause, NounGroup } from '../../clauses/index.js';
import { relationCues } from '../../lexicon/relation-cues.js';
import type { EntityDraft } from '../../resolve/registry.js';
import type { CollectedRelation } from '../collector.js';
import type { RuleContext } from '../engine/engine.js';
import { endpointsOf } from '../engine/endpoints.js';
import type { SentenceView } from '../sentence-view.js';

/** The country a place lies in, by the gazetteer or by the article's LOCATED_IN, if the article names it. */
export function countryOf(
  ctx: RuleContext,
  place: EntityDraft,
  relations: readonly CollectedRelation[],
): EntityDraft | null {
  const { reader } = ctx;
  const listed = reader.existingCountry(place.lexicon?.country ?? place.lexicon?.seatOf ?? null);
  if (listed) return listed;
  const located = relations.find((r) => r.type === 'LOCATED_IN' && r.subject === place && r.object.kind === 'Country');
  return located ? located.object : null;
}

/** VISITED the country of every place visited. */
export function visitedCountries(ctx: RuleContext): void {
  const parsed = ctx.reader.ctx.parsed;
  const relations = ctx.out.all();
  for (const r of relations) {
    if (r.type !== 'VISITED' || r.object.kind !== 'Place') continue;
    const country = countryOf(ctx, r.object, relations);
    if (!country) continue;
    for (const ev of r.evidence) {
      const sentence = parsed.sentences.find((s) => s.start === ev.start);
      if (!sentence) continue;
      const at = ctx.reader.ctx.words.find((w) => w.start >= (ev.object ?? ev).start)?.index ?? sentence.firstWord;
      ctx.emit(
        'VISITED',
        { entity: r.subject, start: at, end: at + 1 },
        { entity: country, start: at, end: at + 1 },
        sentence,
        {
          certainty: ev.certainty,
        },
      );
    }
  }
}

/** The groups of a clause that may hold a participant: its subject, agent, theme and prepositional phrases. */
function groupsOf(c: Clause): NounGroup[] {
  return [c.subject, c.agent, c.theme, ...c.preps.map((p) => p.group)].filter((g): g is NounGroup => g !== null);
}

/**
 * "signed in Rabat by visiting Defense Minister X", "in a meeting with visiting President X": a
 * person written as visiting visits the places the clause happens in ("in Rabat"), or, at a meeting
 * placed nowhere, the country of the one they meet (a state the host holds a role for).
 */
export function visitors(ctx: RuleContext, views: readonly SentenceView[]): void {
  const { reader, out } = ctx;
  const words = reader.ctx.words;
  const relations = out.all();
  for (const view of views) {
    for (const m of view.mentions) {
      if (m.entity.kind !== 'Person') continue;
      const opens = Math.min(m.start, ...m.roles.map((r) => r.start));
      if (words[opens - 1]?.lower !== 'visiting') continue;
      const clause = ctx.clauses
        .of(view.sentence.index)
        .find((c) => groupsOf(c).some((g) => g.start <= m.start && m.end <= g.end));
      if (!clause) continue;
      const visitor = { entity: m.entity, start: m.start, end: m.end, mention: m };
      const places = clause.preps
        .filter((p) => p.prep === 'in')
        .flatMap((p) => endpointsOf(reader, view, p.group, ['Place', 'Country']));
      for (const place of places) ctx.emit('VISITED', visitor, place, view.sentence, { clause });
      if (places.length > 0 || !relationCues().classesOf(clause.predicate.lemma).has('meet')) continue;
      const hosts = [clause.agent, ...clause.preps.filter((p) => p.prep === 'with').map((p) => p.group)]
        .filter((g): g is NounGroup => g !== null && !(g.start <= m.start && m.end <= g.end))
        .flatMap((g) => endpointsOf(reader, view, g, ['Person']));
      for (const host of hosts)
        for (const r of relations)
          if (r.type === 'HOLDS_ROLE' && r.subject === host.entity && r.object.kind === 'Country')
            ctx.emit('VISITED', visitor, { entity: r.object, start: host.start, end: host.end }, view.sentence, {
              clause,
            });
    }
  }
}

/**
 * "Lula, who was in Beijing for a summit, met Xi", "Modi had been in Moscow for two days": a person said to be in a
 * place is there (a visit to one's own country is dropped later).
 */
export function presentPeople(ctx: RuleContext, view: SentenceView): void {
  for (const c of ctx.clauses.of(view.sentence.index)) {
    if (c.predicate.lemma !== 'be' || c.predicate.form !== 'finite' || c.objects.length > 0) continue;
    const places = c.preps
      .filter((p) => p.prep === 'in')
      .flatMap((p) => endpointsOf(ctx.reader, view, p.group, ['Place', 'Country']));
    if (places.length === 0) continue;
    for (const person of endpointsOf(ctx.reader, view, c.subject, ['Person'], { acting: true }))
      for (const place of places) ctx.emit('VISITED', person, place, view.sentence, { clause: c });
  }
}
