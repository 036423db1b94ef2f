/**
 * The weak fallback: entities named in one sentence with no typed relation
 * between them get MENTIONED_WITH (with the count of such sentences). The
 * dateline that opens a report ("WASHINGTON (Reuters) -") says where it was
 * filed: what it names is not named with the sentence after it.
 */
import { inDateline, type DetectionContext } from '../entities/context.js';
import type { EntityDraft, ResolvedMention } from '../resolve/registry.js';
import type { RelationCollector } from './collector.js';
import type { SentenceView } from './sentence-view.js';

/** Every pair of entities named in one sentence without a typed relation between them. */
export function mentionedWith(ctx: DetectionContext, views: readonly SentenceView[], out: RelationCollector): void {
  out.rule = 'co-mention';
  for (const view of views) {
    const seen = new Map<EntityDraft, ResolvedMention>();
    const filed = (m: ResolvedMention) => inDateline(ctx, m.end);
    for (const m of [...view.mentions, ...view.titleCountries]) {
      const had = seen.get(m.entity);
      if (!had || (filed(had) && !filed(m))) seen.set(m.entity, m);
    }
    const list = [...seen.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as ResolvedMention;
        const b = list[j] as ResolvedMention;
        if (out.linked(a.entity, b.entity) || filed(a) !== filed(b)) continue;
        out.add(
          'MENTIONED_WITH',
          { entity: a.entity, start: a.start, end: a.end },
          { entity: b.entity, start: b.start, end: b.end },
          view.sentence,
        );
      }
    }
  }
}
