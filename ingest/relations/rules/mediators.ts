/**
 * Mediators: "agreed a truce under the mediation of Saudi Arabia", "a ceasefire signed under the auspices of the
 * African Union". Whom the mediation or auspices an agreement is made under belong to backs it; it is no party.
 */
import type { EntityKind } from '../../../core/ontology.js';
import { BROKERING_NOUNS } from '../../entities/nameless.js';
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
  }
}
