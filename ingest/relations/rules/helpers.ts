/**
 * Helpers in a fight: "Mali is battling an insurgency with the help of X",
 * "Y fought the war with the support of X". The help noun (cue class
 * `support`) in a "with" phrase of a clause of cue class `fight` makes its
 * givers take part in the conflict the clause fights (support.backer reads
 * that they back the fighter).
 */
import type { EntityKind } from '../../../core/ontology.js';
import type { Clause } from '../../clauses/index.js';
import { relationCues } from '../../lexicon/relation-cues.js';
import { endpointsOf } from '../engine/endpoints.js';
import type { RuleContext } from '../engine/engine.js';
import type { SentenceView } from '../sentence-view.js';

const ACTORS: readonly EntityKind[] = ['Country', 'Organization', 'Person'];

/** The clause whose "with" phrase holds the help noun of `help`, if any. */
function fightWith(help: Clause, clauses: readonly Clause[]): Clause | undefined {
  const head = help.predicate.head;
  return clauses.find(
    (c) =>
      c.predicate.form !== 'noun' &&
      c.predicate.voice === 'active' &&
      relationCues().classesOf(c.predicate.lemma).has('fight') &&
      c.preps.some((p) => p.prep === 'with' && p.group.start <= head && head < p.group.end),
  );
}

export function helpersInConflicts(ctx: RuleContext, view: SentenceView): void {
  const clauses = ctx.clauses.of(view.sentence.index);
  for (const help of clauses) {
    if (help.predicate.form !== 'noun' || !help.agent) continue;
    if (!relationCues().classesOf(help.predicate.lemma).has('support')) continue;
    const fight = fightWith(help, clauses);
    if (!fight?.theme) continue;
    const conflicts = endpointsOf(ctx.reader, view, fight.theme, ['Conflict']);
    const helpers = endpointsOf(ctx.reader, view, help.agent, ACTORS, { acting: true });
    for (const helper of helpers)
      for (const conflict of conflicts) ctx.emit('INVOLVED_IN', helper, conflict, view.sentence, { clause: help });
  }
}
