/**
 * Envoys: a state or body that sends a person on a mission ("France sent X
 * to break the agreement", "Kenya dispatched Y to mediate") makes that
 * person its envoy. Only with a purpose clause: "sent X to prison" is no mission.
 */
import type { EntityKind } from '../../../core/ontology.js';
import { endpointsOf } from '../engine/endpoints.js';
import { dispatchOf, type RuleContext } from '../engine/engine.js';
import type { SentenceView } from '../sentence-view.js';

const SENDERS: readonly EntityKind[] = ['Country', 'Organization'];

export function envoys(ctx: RuleContext, view: SentenceView): void {
  const clauses = ctx.clauses.of(view.sentence.index);
  for (const c of clauses) {
    const dispatch = dispatchOf(c, clauses);
    if (!dispatch?.theme || !dispatch.agent) continue;
    const senders = endpointsOf(ctx.reader, view, dispatch.agent, SENDERS, { acting: true });
    for (const person of endpointsOf(ctx.reader, view, dispatch.theme, ['Person']))
      for (const sender of senders)
        ctx.emit('HOLDS_ROLE', person, sender, view.sentence, { properties: { role: 'envoy' }, clause: dispatch });
  }
}
