/**
 * "The contract had been signed", "the accords signed in 2001": a signing
 * stated without who signed. Its signers are the agreement's parties, as the
 * article states them elsewhere (PARTY_TO from any rule, read before this one),
 * unless the article names who signed it: then the sentence speaks of that
 * signing ("Gantz signed the memorandum ... The memorandum signed in Rabat ...").
 */
import { relationCues } from '../../lexicon/relation-cues.js';
import type { EntityDraft } from '../../resolve/registry.js';
import { endpointsOf } from '../engine/endpoints.js';
import type { RuleContext } from '../engine/engine.js';
import type { SentenceView } from '../sentence-view.js';

export function agentlessSigning(ctx: RuleContext, views: readonly SentenceView[]): void {
  const { reader, out } = ctx;
  const signing = relationCues().lemmas.sign;
  for (const view of views)
    for (const c of ctx.clauses.of(view.sentence.index)) {
      if (!signing.has(c.predicate.lemma) || c.predicate.voice !== 'passive' || c.agent || c.speech) continue;
      for (const agreement of endpointsOf(reader, view, c.theme, ['Agreement'])) {
        const about = out.all().filter((r) => r.object === agreement.entity);
        if (about.some((r) => r.type === 'SIGNED')) continue;
        const parties = new Set<EntityDraft>();
        for (const r of about) if (r.type === 'PARTY_TO') parties.add(r.subject);
        for (const party of parties)
          ctx.emit('SIGNED', { ...agreement, entity: party }, agreement, view.sentence, { certainty: c.certainty });
      }
    }
}
