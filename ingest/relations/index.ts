/**
 * Relation stage: reads every sentence of an article with its resolved
 * mentions and collects typed relations (triggers, noun-phrase structure,
 * inferences), then the MENTIONED_WITH fallback.
 */
import type { DetectionContext } from '../entities/context.js';
import type { EntityRegistry, ResolvedMention } from '../resolve/registry.js';
import { RelationCollector, type CollectedRelation } from './collector.js';
import { inferRelations, mentionedWith } from './inference.js';
import { SentenceReader } from './sentence-view.js';
import { applyStructure } from './structural.js';
import { applyTriggers } from './triggers.js';

/** The relations of one article, keyed by entity drafts (ids are given later). */
export function extractRelations(ctx: DetectionContext, reg: EntityRegistry): CollectedRelation[] {
  const reader = new SentenceReader(ctx, reg);
  const out = new RelationCollector(ctx.parsed);
  const bySentence = ctx.parsed.sentences.map((): ResolvedMention[] => []);
  for (const m of reg.ordered()) bySentence[m.sentence]?.push(m);
  const views = ctx.parsed.sentences.map((s) => reader.view(s, bySentence[s.index] ?? []));
  for (const view of views) {
    applyStructure(reader, view, out);
    applyTriggers({ reader, view, out });
  }
  inferRelations(reader, reg, out);
  mentionedWith(views, out);
  return out.all();
}
