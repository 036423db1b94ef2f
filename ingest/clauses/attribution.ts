/**
 * Who a clause is attributed to and how sure the sentence is of it. A clause
 * reported by a verb of saying ("X said", "X denied", "X claimed"), placed
 * before or after it, or under "according to X", takes that source and the
 * verb's certainty; then frames ("wants to", "plans to", "refused to"),
 * future and hedging modals, hedging adverbs ("allegedly") and negation
 * weigh in. The least certain reading wins: a denial over an allegation
 * over a wish over a plan over a report over a plain statement.
 */
import { weakerCertainty as weaker, type Certainty } from '../../core/claims.js';
import type { ClauseWords } from '../lexicon/clause-words.js';
import type { Word } from '../parse/parse.js';
import { readDenials } from './denials.js';
import type { Attribution, Clause, NounGroup } from './types.js';

function isReporting(c: Clause, lex: ClauseWords): boolean {
  return c.predicate.form !== 'noun' && lex.reporting.has(c.predicate.lemma) && !c.predicate.frames.length;
}

/** Frames that presuppose what they govern is already so ("continue to operate", "keep buying"). */
const CONTINUING = new Set(['continue', 'keep']);

/**
 * Whether a reporting verb leaves its content open to what follows it. Its
 * content fills its object slot: with no object ("X said (that) ...", "..., X said"),
 * or an object that is whom it tells ("told reporters ...") or a claim ("confirmed
 * reports that ..."), what follows is reported; with any other noun phrase as its
 * object ("does not show respect", "announced the capture of Y"), only what hangs
 * on that phrase is ("confirmed the purchase of tanks", "showed soldiers attacking":
 * see `dependsOn`).
 */
function opensContent(r: Clause, words: readonly Word[], lex: ClauseWords): boolean {
  if (takesNoContentObject(r, lex)) return true;
  const head = r.objects[0]?.members[0]?.head;
  return head !== undefined && lex.claimNouns.has((words[head] as Word).lower);
}

/** A reporting clause whose object slot is empty or names whom it tells ("said", "told reporters"). */
function takesNoContentObject(r: Clause, lex: ClauseWords): boolean {
  return r.objects.length === 0 || lex.addresseeReporting.has(r.predicate.lemma);
}

/**
 * "Ruto, who said the talks had failed, met Museveni": the main clause after a relative clause about its subject
 * is said by the sentence, not by the relative clause's verb of saying.
 */
function closedRelative(r: Clause, c: Clause): boolean {
  const about = r.subject;
  return (
    r.link === 'relative' &&
    c.link === 'main' &&
    about !== null &&
    c.subject?.start === about.start &&
    c.subject.end === about.end
  );
}

/** "if Turkey buys X", "until it signs": a finite clause opened by a conditional states a condition, not a fact. */
function isCondition(c: Clause, words: readonly Word[], lex: ClauseWords): boolean {
  if (c.predicate.form !== 'finite') return false;
  const opener = words[(c.subject?.start ?? c.predicate.start) - 1]?.lower ?? '';
  return lex.conditionals.has(opener) || (lex.pendingConditions.has(opener) && c.predicate.tense === 'present');
}

/** Whether `c` depends, directly or through other clauses, on `r`. */
function dependsOn(c: Clause, r: Clause, byId: ReadonlyMap<number, Clause>): boolean {
  const seen = new Set<number>();
  for (let p = c.parent; p !== null && !seen.has(p); p = byId.get(p)?.parent ?? null) {
    if (p === r.id) return true;
    seen.add(p);
  }
  return false;
}

/** Sets `attribution` and `certainty` on the clauses of one sentence. */
export function attribute(
  clauses: Clause[],
  words: readonly Word[],
  range: { start: number; end: number },
  according: NounGroup | null,
  lex: ClauseWords,
): void {
  const counters = readDenials(clauses, words, lex);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  // A verb of saying whose object slot holds a plain noun phrase reports nothing unless something hangs on it.
  const reporters = clauses.filter(
    (r) =>
      isReporting(r, lex) &&
      !counters.has(r) &&
      (opensContent(r, words, lex) || clauses.some((c) => dependsOn(c, r, byId))),
  );
  const hedge = words.slice(range.start, range.end).reduce<Certainty | null>((found, w) => {
    const h = lex.hedges.get(w.lower);
    return h ? (found ? weaker(found, h) : h) : found;
  }, null);
  for (const c of clauses) {
    let attribution: Attribution | null = null;
    if (!reporters.includes(c)) {
      // "Kenya denied the charge and expelled the envoy": a verb coordinated with the reporter is its subject's own act.
      const before = reporters
        .filter(
          (r) =>
            r.predicate.head < c.predicate.head &&
            !(c.parent === r.id && c.link === 'coordinated') &&
            // "Britain announced sanctions on X": an event a verb of saying takes as a light verb is the speaker's act.
            !(c.parent === r.id && c.link === 'nominal' && c.predicate.light === r.predicate.lemma) &&
            // "told X during a call that ...": an event in the reporting clause's own phrase is its circumstance.
            !(
              c.link === 'nominal' &&
              r.preps.some((x) => x.group.start <= c.predicate.start && c.predicate.end <= x.group.end)
            ) &&
            !closedRelative(r, c) &&
            (opensContent(r, words, lex) || dependsOn(c, r, byId)),
        )
        .pop();
      // ", X said." / ", said X" / ", X told reporters": a reporting clause after the content, its subject after the
      // content too.
      const after = reporters.find(
        (r) =>
          r.predicate.head > c.predicate.head &&
          takesNoContentObject(r, lex) &&
          r.predicate.form === 'finite' &&
          (r.agent ?? r.subject)?.start !== undefined &&
          ((r.agent ?? r.subject) as NounGroup).start > c.predicate.head &&
          // "..., X said": the speaker follows a comma or quote; "an accusation the kingdom rejected" is a relative.
          /[,"”’]/.test(words[((r.agent ?? r.subject) as NounGroup).start - 1]?.after ?? ''),
      );
      const r = before ?? after;
      if (r)
        attribution = {
          source: r.agent ?? r.subject,
          cue: r.predicate.lemma,
          certainty: lex.reporting.get(r.predicate.lemma) as Certainty,
        };
    }
    // "Iran denied supplying ...": a reporting verb as a frame attributes the clause to its own subject.
    const frameReporter = c.predicate.frames.find((f) => lex.reporting.has(f));
    if (frameReporter)
      attribution = { source: c.subject, cue: frameReporter, certainty: lex.reporting.get(frameReporter) as Certainty };
    if (!attribution && according) attribution = { source: according, cue: 'according to', certainty: 'reported' };
    c.attribution = attribution;
    let certainty: Certainty = attribution?.certainty ?? 'asserted';
    for (const f of c.predicate.frames) {
      const fc = lex.catenatives.get(f) ?? (lex.notYet.has(f) ? 'planned' : undefined);
      if (fc) certainty = weaker(certainty, fc);
    }
    if (c.predicate.tense === 'future') certainty = weaker(certainty, 'planned');
    // "pledged howitzers to Ukraine", "offered Kenya two jets": a giving only promised is planned, as "pledged to send" is.
    if (c.theme && lex.giving.has(c.predicate.lemma) && lex.catenatives.get(c.predicate.lemma) === 'planned')
      certainty = weaker(certainty, 'planned');
    if (c.predicate.modal && lex.hedgingModals.has(c.predicate.modal)) certainty = weaker(certainty, 'alleged');
    if (c.predicate.modal && lex.obligationModals.has(c.predicate.modal)) certainty = weaker(certainty, 'planned');
    // "would continue to operate its Arrow batteries" still operates them: only the continuing is to come.
    const continuing = c.predicate.frames.some((f) => CONTINUING.has(f));
    if (c.predicate.modal && lex.hypotheticalModals.has(c.predicate.modal) && !continuing)
      certainty = weaker(certainty, 'planned');
    if (hedge) certainty = weaker(certainty, hedge);
    // "No NATO ally operates the S-400": a subject opened by a negative determiner denies the clause.
    const noSubject =
      c.predicate.form !== 'noun' &&
      c.subject?.members.length === 1 &&
      lex.negativeDeterminers.has((words[c.subject.start] as Word).lower);
    if (c.predicate.negated || noSubject) certainty = 'denied';
    if (isCondition(c, words, lex)) certainty = weaker(certainty, 'planned');
    c.certainty = certainty;
  }
  // Purpose and complement clauses are no surer than the clause they depend on ("wants to sign a deal to buy").
  for (const c of clauses) {
    if (c.link !== 'purpose' && c.link !== 'complement' && c.link !== 'nominal') continue;
    const parent = c.parent !== null ? byId.get(c.parent) : undefined;
    if (!parent) continue;
    // "prevent X from buying", "warned X against buying": what is prevented is only wished for by X.
    const prevented = c.link === 'complement' && lex.preventing.has(parent.predicate.lemma);
    // A warning reports what is said; the act warned against is still only wished for.
    if (isReporting(parent, lex)) {
      if (prevented && c.predicate.form === 'gerund') c.certainty = weaker(c.certainty, 'sought');
      continue;
    }
    // "refused to condemn Russia's invasion of Ukraine": an act judged is presupposed; the judgement's negation or
    // frame is not the act's, only who tells of it.
    if (c.link === 'nominal' && lex.judgingVerbs.has(parent.predicate.lemma)) {
      c.attribution ??= parent.attribution;
      if (parent.attribution) c.certainty = weaker(c.certainty, parent.attribution.certainty);
      continue;
    }
    c.certainty = weaker(c.certainty, parent.certainty === 'reported' ? c.certainty : parent.certainty);
    // "urged Kenya to sign", "invited Ruto to visit": what one asks of another is only wished for, or planned.
    const asked = lex.objectControl.has(parent.predicate.lemma)
      ? lex.catenatives.get(parent.predicate.lemma)
      : undefined;
    if (asked) c.certainty = weaker(c.certainty, asked);
    // "was interested in acquiring", "is keen to buy": what a wish governs is sought.
    const parentTheme = parent.theme?.members[0];
    const desire =
      lex.desires.has(parent.predicate.lemma) ||
      // "expressed interest in buying": a wish named as the object.
      (parentTheme !== undefined && lex.desires.has((words[parentTheme.head] as Word).lower));
    if (desire || prevented) c.certainty = weaker(c.certainty, 'sought');
    // "is close to signing", "on the verge of signing", "accepted an invitation to visit": near or proposed, not done.
    const headOf = (g: NounGroup): string => (words[g.members[0]?.head ?? g.start] as Word).lemma;
    // Not the clause's own event noun ("held talks with X": the talks are held, not prospective).
    const own = (g: NounGroup): boolean => g.start <= c.predicate.head && c.predicate.head < g.end;
    const prospective =
      lex.prospective.has(parent.predicate.lemma) ||
      // "talks over the purchase of X": the talks themselves.
      (parent.predicate.form === 'noun' && lex.prospective.has((words[parent.predicate.head] as Word).lemma)) ||
      [parent.theme, ...parent.preps.map((x) => x.group)].some((g) => g && !own(g) && lex.prospective.has(headOf(g)));
    if (prospective) c.certainty = weaker(c.certainty, 'planned');
    if (!c.attribution && parent.attribution) c.attribution = parent.attribution;
  }
}
