/**
 * Mediators: "agreed a truce under the mediation of Saudi Arabia", "a ceasefire signed under the auspices of the
 * African Union". Whom the mediation or auspices an agreement is made under belong to backs it; it is no party.
 * So does the host of the meeting it is signed or agreed at ("signed the accord at a summit hosted by Kenya").
 */
import type { EntityKind } from '../../../core/ontology.js';
import type { Clause } from '../../clauses/index.js';
import { BROKERING_NOUNS } from '../../entities/nameless.js';
import { relationCues, type CueClass } from '../../lexicon/relation-cues.js';
import { endpointsOf } from '../engine/endpoints.js';
import type { RuleContext } from '../engine/engine.js';
import type { SentenceView } from '../sentence-view.js';

const MEDIATORS: readonly EntityKind[] = ['Country', 'Organization', 'Person'];

export function mediators(ctx: RuleContext, view: SentenceView): void {
  const words = ctx.reader.ctx.words;
  for (const c of ctx.clauses.of(view.sentence.index)) {
    for (const prep of c.preps) {
      if (prep.prep !== 'under' && prep.prep !== 'through') continue;
      const phrase = prep.group.members[0];
      if (!phrase?.of || !BROKERING_NOUNS.has(words[phrase.head]?.lower ?? '')) continue;
      const agreements = endpointsOf(ctx.reader, view, c.theme, ['Agreement']);
      for (const mediator of endpointsOf(ctx.reader, view, phrase.of, MEDIATORS))
        for (const agreement of agreements) ctx.emit('SUPPORTS', mediator, agreement, view.sentence, { clause: c });
    }
    hosts(ctx, view, c);
  }
}

/** Verbs of making an agreement, and of hosting the meeting it is made at. */
const MAKING: readonly CueClass[] = ['sign', 'agree', 'conclude'];
const HOSTING: readonly CueClass[] = ['host', 'lead'];

/** "agreed on the text of a peace treaty at a meeting hosted by X": X backs what is agreed at its meeting. */
function hosts(ctx: RuleContext, view: SentenceView, c: Clause): void {
  const cues = relationCues();
  if (!MAKING.some((cls) => cues.classesOf(c.predicate.lemma).has(cls))) return;
  // "agreed on the text of a peace treaty": what the text is of.
  const on = c.preps
    .filter((x) => x.prep === 'on')
    .flatMap((x) => [x.group, ...x.group.members.flatMap((m) => m.of ?? [])]);
  const made = [c.theme, ...on].flatMap((g) => (g ? endpointsOf(ctx.reader, view, g, ['Agreement']) : []));
  if (made.length === 0) return;
  for (const at of c.preps.filter((x) => x.prep === 'at')) {
    const hosting = ctx.clauses
      .of(view.sentence.index)
      .find(
        (x) =>
          x.parent === c.id &&
          x.predicate.voice === 'passive' &&
          HOSTING.some((cls) => cues.classesOf(x.predicate.lemma).has(cls)) &&
          x.theme?.start === at.group.start,
      );
    if (!hosting?.agent) continue;
    for (const host of endpointsOf(ctx.reader, view, hosting.agent, MEDIATORS))
      for (const agreement of made) ctx.emit('SUPPORTS', host, agreement, view.sentence, { clause: c });
  }
}
