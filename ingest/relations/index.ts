/**
 * Relation stage: reads every sentence of an article with its clauses and
 * resolved mentions through the relation rules (./rules, run by ./engine),
 * then the MENTIONED_WITH fallback.
 */
import type { ArticleClauses } from '../clauses/index.js';
import type { DetectionContext } from '../entities/context.js';
import type { EntityRegistry, ResolvedMention } from '../resolve/registry.js';
import { mentionedWith } from './co-mention.js';
import { RelationCollector, type CollectedRelation } from './collector.js';
import { RuleEngine } from './engine/engine.js';
import { RULE_FUNCTIONS } from './rules/functions.js';
import { RELATION_RULES } from './rules/index.js';
import { SentenceReader } from './sentence-view.js';

let engine: RuleEngine | null = null;

/** The relations of one article, keyed by entity drafts (ids are given later). */
export function extractRelations(
  ctx: DetectionContext,
  reg: EntityRegistry,
  clauses: ArticleClauses,
): CollectedRelation[] {
  engine ??= new RuleEngine(RELATION_RULES, RULE_FUNCTIONS);
  const reader = new SentenceReader(ctx, reg);
  const out = new RelationCollector(ctx.parsed);
  const bySentence = ctx.parsed.sentences.map((): ResolvedMention[] => []);
  for (const m of reg.ordered()) bySentence[m.sentence]?.push(m);
  const views = ctx.parsed.sentences.map((s) => reader.view(s, bySentence[s.index] ?? []));
  engine.run({ reader, registry: reg, clauses, out }, views);
  mentionedWith(views, out);
  return out.all();
}
