/**
 * Whether a mention of a capital or seat of government names the place or
 * stands for the government. A seat locates where English puts a place: after
 * a locative preposition ("talks in Oslo", "flew to Lima"), after "capital"
 * or a bearing ("40 km north of Quito"), as a dateline ("LIMA —"). It acts for
 * the government as a possessor ("Lima's support"), as the source of a deal or
 * a delegation ("a purchase from Quito", "envoys from Lima"), as the one
 * something matters for ("a concern for Oslo"), as the subject or object of a
 * verb ("Lima welcomed", "warned Quito"), and inside an attribution
 * ("according to a Downing Street statement").
 */
import type { DetectionContext } from '../entities/context.js';
import { LOCATIVE } from '../relations/sentence-view.js';
import type { ResolvedMention } from './registry.js';

/** Prepositions that make a seat the place itself; "from" and "for" only after a verb ("returned from", "left for"). */
const PLACE_PREPOSITIONS = new Set([...LOCATIVE].filter((p) => p !== 'from' && p !== 'for'));
const SKIPPED = ['Determiner', 'Adjective', 'Value'];
/** Words of leaning towards a side: the seat after them is the government leaned towards. */
const ALIGNING =
  /^(drift|drifts|drifted|drifting|tilt|tilts|tilted|tilting|pivot|pivots|pivoted|pivoting|lean|leans|leaned|leaning)$/;

/** A verb, not a noun the tagger read as a bare infinitive after a modifier ("a weapons purchase from"). */
function isVerb(ctx: DetectionContext, k: number): boolean {
  const w = ctx.words[k];
  if (!w?.tags.has('Verb') || w.tags.has('Noun')) return false;
  const prev = ctx.words[k - 1];
  const modified = prev !== undefined && ['Determiner', 'Adjective', 'Noun', 'Value'].some((t) => prev.tags.has(t));
  return !(w.tags.has('Infinitive') && modified && !prev.tags.has('Pronoun'));
}

/** The preposition (and the word before it) that governs the mention, skipping determiners and modifiers. */
function governing(ctx: DetectionContext, m: ResolvedMention): { prep: string; before: string; verb: boolean } | null {
  for (let k = m.start - 1; k >= Math.max(0, m.start - 4); k--) {
    const w = ctx.words[k];
    if (!w || /[,;:.()"“”]/.test(w.after)) return null;
    if (w.tags.has('Preposition') || PLACE_PREPOSITIONS.has(w.lower) || ['from', 'for', 'of'].includes(w.lower)) {
      const prev = ctx.words[k - 1];
      const sameSentence = prev !== undefined && prev.sentence === w.sentence && !/[,;:.]/.test(prev.after);
      return {
        prep: w.lower,
        before: sameSentence ? prev.lower : '',
        verb: sameSentence && isVerb(ctx, k - 1),
      };
    }
    if (SKIPPED.some((t) => w.tags.has(t))) continue;
    return null;
  }
  return null;
}

/** True when this mention of a seat names the place rather than the government. */
export function seatLocates(ctx: DetectionContext, m: ResolvedMention): boolean {
  const last = ctx.words[m.end - 1];
  if (!last) return false;
  if (ctx.words[m.start - 1]?.lower === 'capital') return true;
  if (/^\s*[–—:-]\s*$/.test(last.after)) return true;
  // "Lima's support": a possessive seat is the government.
  if (last.possessive) return false;
  const gov = governing(ctx, m);
  if (!gov) return false;
  if (gov.prep === 'of') return ctx.lexicon.bearings.has(gov.before);
  if (gov.prep === 'from' || gov.prep === 'for') return gov.verb;
  if (gov.prep === 'to' && gov.before === 'according') return false;
  // "has drifted towards Moscow", "tilted towards Beijing": a state leans towards a government, not a place ("moved
  // closer to" does not tell: troops move closer to a city).
  if (/^(to|towards?)$/.test(gov.prep) && ALIGNING.test(gov.before)) return false;
  return PLACE_PREPOSITIONS.has(gov.prep);
}
