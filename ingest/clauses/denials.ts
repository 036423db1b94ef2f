/**
 * Saying things about claims. A clause whose object is a claim ("rejected
 * the reports", "denied the allegations") is an act of saying, not a stance
 * towards anyone; a claim noun with a denying participle after a statement
 * ("X used it against Y — a claim denied by Z", "..., an allegation
 * rejected by Z") denies that statement, in Z's voice, while the sentence
 * still states it. Runs before attribution, so that such a clause is not
 * taken for the reporter of the clauses around it.
 */
import type { ClauseWords } from '../lexicon/clause-words.js';
import type { Word } from '../parse/parse.js';
import type { Clause, NounGroup } from './types.js';

function headOf(group: NounGroup | null, words: readonly Word[]): Word | undefined {
  const last = group?.members[group.members.length - 1];
  return last ? words[last.head] : undefined;
}

/** "a claim denied by Z", "an allegation Z rejected": the claim noun right before the denying verb group. */
function deniesClaimBefore(c: Clause, words: readonly Word[], lex: ClauseWords): boolean {
  let k = c.predicate.start - 1;
  // "a claim since denied", "a claim that was denied" (the relative word and adverbs in between).
  while (
    k >= 0 &&
    (words[k]?.tags.has('Adverb') || lex.relativePronouns.has(words[k]?.lower ?? '') || words[k]?.lower === 'that')
  )
    k--;
  const before = words[k];
  return before !== undefined && lex.claimNouns.has(before.lower) && !/[,;:]/.test(before.after);
}

/**
 * "rejected China's claims in the sea": a party's claim with no content said after it ("claims that ...") is
 * what the party pursues, and rejecting it is a stance towards the party, not a denial of something said.
 */
function isPursuedClaim(theme: NounGroup, words: readonly Word[]): boolean {
  const last = theme.members[theme.members.length - 1];
  return last?.possessor != null && words[theme.end]?.lower !== 'that' && words[last.head]?.lower !== 'that';
}

/**
 * Marks clauses that speak about a claim, and gives the statements a
 * counter-claim denies their `counter`; returns the counter-claims (they
 * report nothing of their own).
 */
export function readDenials(clauses: Clause[], words: readonly Word[], lex: ClauseWords): Set<Clause> {
  const counters = new Set<Clause>();
  for (const c of clauses) {
    if (c.predicate.form === 'noun' || !lex.reporting.has(c.predicate.lemma)) continue;
    const theme = c.predicate.voice === 'passive' ? c.subject : (c.objects[0] ?? null);
    if (theme && lex.claimNouns.has(headOf(theme, words)?.lower ?? '') && !isPursuedClaim(theme, words))
      c.speech = true;
    if (lex.reporting.get(c.predicate.lemma) !== 'denied' || !deniesClaimBefore(c, words, lex)) continue;
    c.speech = true;
    counters.add(c);
    const source = c.preps.find((p) => p.prep === 'by')?.group ?? null;
    for (const stated of clauses) {
      if (stated.predicate.head >= c.predicate.start || stated.speech || lex.reporting.has(stated.predicate.lemma))
        continue;
      stated.counter = { source, cue: c.predicate.lemma, certainty: 'denied' };
    }
  }
  return counters;
}
