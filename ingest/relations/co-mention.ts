/**
 * The weak fallback: entities named in one sentence with no typed relation
 * between them get MENTIONED_WITH (with the count of such sentences).
 */
import type { EntityDraft, ResolvedMention } from '../resolve/registry.js';
import type { RelationCollector } from './collector.js';
import type { SentenceView } from './sentence-view.js';

/** Every pair of entities named in one sentence without a typed relation between them. */
export function mentionedWith(views: readonly SentenceView[], out: RelationCollector): void {
  out.rule = 'co-mention';
  for (const view of views) {
    const seen = new Map<EntityDraft, ResolvedMention>();
    for (const m of [...view.mentions, ...view.titleCountries]) if (!seen.has(m.entity)) seen.set(m.entity, m);
    const list = [...seen.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as ResolvedMention;
        const b = list[j] as ResolvedMention;
        if (out.linked(a.entity, b.entity)) continue;
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
