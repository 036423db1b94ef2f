/**
 * Reactions an act draws: "the strikes sparked condemnation from A and B",
 * "the decision prompted criticism from Y". Whoever the reaction comes from
 * opposes what caused it: the subject of the causing verb (cue class `cause`)
 * or, when that subject is itself a reaction ("condemnation of the killings
 * sparked condemnation from Y"), what that reaction is about. Only a finite
 * verb causes: after a comma (", triggering opposition from Y") the cause is
 * the whole clause before it, which names no single party.
 */
import type { EntityKind } from '../../../core/ontology.js';
import type { Clause, NounGroup } from '../../clauses/index.js';
import { relationCues } from '../../lexicon/relation-cues.js';
import type { Endpoint } from '../collector.js';
import { endpointsOf } from '../engine/endpoints.js';
import { slotGroups, type RuleContext } from '../engine/engine.js';
import type { SentenceView } from '../sentence-view.js';

const ACTORS: readonly EntityKind[] = ['Country', 'Organization', 'Person'];
const TARGETS: readonly EntityKind[] = ['Country', 'Organization', 'Person', 'Agreement', 'Conflict'];

const isReaction = (c: Clause) =>
  c.predicate.form === 'noun' && relationCues().classesOf(c.predicate.lemma).has('oppose');

/**
 * What caused a reaction: the parties the carrier's subject names, else whose the subject is
 * ("Y's decision sparked ..."), else what a reaction there is about.
 */
function causes(ctx: RuleContext, view: SentenceView, carrier: Clause, clauses: readonly Clause[]): Endpoint[] {
  const subject = carrier.subject as NounGroup;
  const read = (groups: readonly NounGroup[]) =>
    groups.flatMap((g) => endpointsOf(ctx.reader, view, g, TARGETS, { acting: true }));
  const named = read([subject]);
  if (named.length > 0) return named;
  const owners = read(slotGroups({ ...carrier, agent: subject }, 'owner:agent', clauses, ctx.reader.ctx.words));
  if (owners.length > 0) return owners;
  const earlier = clauses.find(
    (x) => isReaction(x) && x.theme && subject.start <= x.predicate.head && x.predicate.head < subject.end,
  );
  return earlier?.theme ? read([earlier.theme]) : [];
}

export function causedReactions(ctx: RuleContext, view: SentenceView): void {
  const clauses = ctx.clauses.of(view.sentence.index);
  for (const c of clauses) {
    if (!isReaction(c) || c.agent) continue;
    const from = c.preps.filter((p) => p.prep === 'from').map((p) => p.group);
    const carrier = clauses.find((x) => x.id === c.parent);
    // A gerund or participle (", triggering opposition from Y") takes the whole clause before it as its cause.
    if (from.length === 0 || !carrier?.subject || carrier.predicate.form !== 'finite') continue;
    if (!relationCues().classesOf(carrier.predicate.lemma).has('cause')) continue;
    const reactors = from.flatMap((g) => endpointsOf(ctx.reader, view, g, ACTORS, { acting: true }));
    for (const cause of causes(ctx, view, carrier, clauses))
      for (const reactor of reactors)
        if (reactor.entity !== cause.entity) ctx.emit('OPPOSES', reactor, cause, view.sentence, { clause: c });
  }
}
