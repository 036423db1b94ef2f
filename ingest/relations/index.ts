/**
 * Relation stage: reads every sentence of an article with its clauses and
 * resolved mentions through the relation rules (./rules, run by ./engine),
 * then the MENTIONED_WITH fallback.
 */
import type { ArticleClauses } from '../clauses/index.js';
import { clauseWords } from '../lexicon/clause-words.js';
import type { DetectionContext } from '../entities/context.js';
import type { EntityRegistry, ResolvedMention } from '../resolve/registry.js';
import { mentionedWith } from './co-mention.js';
import { withoutHomeVisits } from './home-visits.js';
import { RelationCollector, type CollectedRelation } from './collector.js';
import { RuleEngine } from './engine/engine.js';
import { RULE_FUNCTIONS } from './rules/functions.js';
import { RELATION_RULES } from './rules/index.js';
import { SentenceReader } from './sentence-view.js';
import { ANAPHORA_REACH } from './engine/anaphora.js';

let engine: RuleEngine | null = null;

/** Whether the word at `at` is a pronoun ("it", "they"). */
const isPronounWord = (ctx: DetectionContext, at: number): boolean => ctx.words[at]?.tags.has('Pronoun') ?? false;

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
  const reporting = clauseWords().reporting;
  views.forEach((v, i) => {
    v.earlier = views.slice(Math.max(0, i - ANAPHORA_REACH), i).reverse();
    v.topics = clauses
      .of(v.sentence.index)
      .filter((c) => (c.link === 'main' || c.link === 'coordinated') && !reporting.has(c.predicate.lemma))
      // "X said it would respond": a pronoun a speaker reports of is the speaker, as the rules read it.
      .flatMap((c) => {
        const pronoun =
          c.subject !== null && c.subject.end - c.subject.start === 1 && isPronounWord(ctx, c.subject.start);
        const subject = pronoun && c.attribution?.source ? c.attribution.source : c.subject;
        return subject ? [subject] : [];
      });
    v.clauses = clauses.of(v.sentence.index);
    v.actors = clauses
      .of(v.sentence.index)
      .flatMap((c) => (c.agent && c.predicate.voice === 'active' && c.predicate.form !== 'noun' ? [c.agent] : []));
  });
  engine.run({ reader, registry: reg, clauses, out }, views);
  mentionedWith(ctx, views, out);
  return withoutHomeVisits(out.all(), reg.mentions);
}
