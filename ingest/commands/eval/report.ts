/**
 * The evaluation report: every story extracted as the `extract` command does
 * and scored by the reference scorers; per story the reference scores, a split
 * by entity kind and relation type, and a split by the rule that made each
 * relation (how many of its relations match gold and how many do not); macro
 * averages over the development stories.
 */
import type { ExtractionDocument } from '../output.js';
import { toExtractionDocument } from '../output.js';
import { extractFiles } from '../../runtime/pipeline.js';
import {
  parseBreakdown,
  parseScore,
  runReference,
  type ReferenceScores,
  type ScoreJob,
  type ScriptPaths,
  type Tally,
} from './reference.js';
import type { Story } from './stories.js';

/** Relations a rule made in a story: distinct typed relations, matched to gold or not. */
export interface RuleTally {
  relations: number;
  matched: number;
  unmatched: number;
}

export interface StoryReport {
  story: string;
  set: Story['set'];
  articles: number;
  scores: ReferenceScores;
  byKind: Record<string, Tally>;
  byType: Record<string, Tally>;
  byRule: Record<string, RuleTally>;
  /** Gold entities and relations not found (`score.mjs --verbose`). */
  misses: string[];
  /** Predicted relations not in gold, and entities matched with the wrong kind (`breakdown.mjs`). */
  spurious: string[];
  wrongKind: string[];
}

/** The headline figures of a story, as the issue states its goals. */
export interface Headline {
  entityF1: number;
  pairF1: number;
  typedF1: number;
  typedP: number;
  typedR: number;
}

export interface EvalReport {
  stories: StoryReport[];
  /** Means over the development stories (each story counts once, whatever its size). */
  macro: Headline | null;
  /** Sums over the development stories. */
  byKind: Record<string, Tally>;
  byType: Record<string, Tally>;
  /** Sums over every story, the sample included: a rule's precision wherever it fires. */
  byRule: Record<string, RuleTally>;
}

export function headline(s: ReferenceScores): Headline {
  return {
    entityF1: s.entities_with_kind.F1,
    pairF1: s.relation_pairs.F1,
    typedF1: s.typed_relations.F1,
    typedP: s.typed_relations.P,
    typedR: s.typed_relations.R,
  };
}

/** The rules named in a document's evidence (co-occurrence links are not scored). */
function rulesOf(doc: ExtractionDocument): string[] {
  const rules = new Set<string>();
  for (const a of doc.articles)
    for (const r of a.relations)
      if (r.type !== 'MENTIONED_WITH') for (const e of r.evidence_sentences) rules.add(e.rule);
  return [...rules].sort();
}

/** The document with only the relations a rule stated (entities unchanged, so the matching is the same). */
function onlyRule(doc: ExtractionDocument, rule: string): ExtractionDocument {
  return {
    articles: doc.articles.map((a) => ({
      ...a,
      relations: a.relations.filter((r) => r.evidence_sentences.some((e) => e.rule === rule)),
    })),
  };
}

/** Adds count records key by key (tallies of kinds, types or rules). */
function add<T extends object>(into: Record<string, T>, from: Record<string, T>): void {
  for (const [key, tally] of Object.entries(from)) {
    const sum = (into[key] ??= Object.fromEntries(Object.keys(tally).map((k) => [k, 0])) as T);
    for (const k of Object.keys(tally) as Array<keyof T>) (sum[k] as number) += tally[k] as number;
  }
}

const mean = (xs: number[]): number => Number((xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3));

/** Extracts and scores every story. */
export async function evaluate(stories: readonly Story[], scripts: ScriptPaths): Promise<EvalReport> {
  const extracted: Array<{ story: Story; doc: ExtractionDocument; rules: string[] }> = [];
  for (const story of stories) {
    // One story at a time, as `extract` is run on one story: no entity carries over from another.
    const outcomes = await extractFiles([story.articles]);
    const failed = outcomes.find((o) => o.status === 'skipped');
    if (failed && failed.status === 'skipped') throw new Error(`${story.name}: ${failed.file}: ${failed.reason}`);
    const doc = toExtractionDocument(outcomes.flatMap((o) => (o.status === 'ok' ? [o.graph] : [])));
    extracted.push({ story, doc, rules: rulesOf(doc) });
  }
  const jobs: ScoreJob[] = extracted.flatMap(({ story, doc, rules }) => [
    { gold: story.gold, document: doc, script: 'score' as const },
    { gold: story.gold, document: doc, script: 'breakdown' as const },
    ...rules.map((rule) => ({ gold: story.gold, document: onlyRule(doc, rule), script: 'score' as const })),
  ]);
  const outputs = runReference(jobs, scripts);
  let next = 0;
  const reports: StoryReport[] = extracted.map(({ story, doc, rules }) => {
    const { scores, misses } = parseScore(outputs[next++] as string);
    const breakdown = parseBreakdown(outputs[next++] as string);
    const byRule: Record<string, RuleTally> = {};
    for (const rule of rules) {
      const typed = parseScore(outputs[next++] as string).scores.typed_relations;
      byRule[rule] = { relations: typed.pred, matched: typed.tp, unmatched: typed.pred - typed.tp };
    }
    return {
      story: story.name,
      set: story.set,
      articles: doc.articles.length,
      scores,
      byKind: breakdown.byKind,
      byType: breakdown.byType,
      byRule,
      misses,
      spurious: breakdown.spurious,
      wrongKind: breakdown.wrongKind,
    };
  });
  const dev = reports.filter((r) => r.set === 'dev');
  const heads = dev.map((r) => headline(r.scores));
  const sums = { byKind: {}, byType: {}, byRule: {} } as Pick<EvalReport, 'byKind' | 'byType' | 'byRule'>;
  for (const r of dev) {
    add(sums.byKind, r.byKind);
    add(sums.byType, r.byType);
  }
  for (const r of reports) add(sums.byRule, r.byRule);
  return {
    stories: reports,
    macro:
      heads.length === 0
        ? null
        : {
            entityF1: mean(heads.map((h) => h.entityF1)),
            pairF1: mean(heads.map((h) => h.pairF1)),
            typedF1: mean(heads.map((h) => h.typedF1)),
            typedP: mean(heads.map((h) => h.typedP)),
            typedR: mean(heads.map((h) => h.typedR)),
          },
    ...sums,
  };
}
