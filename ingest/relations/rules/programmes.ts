/**
 * The partners of a system's programme make it: "X was listed together with A
 * and B as participant in the F-35 program", "the F-16 programme, of which X is
 * a partner", "eight countries took part in developing the Eurofighter alongside
 * X: A, B and C". A programme is a system named right before a programme noun
 * (lexicon `nounClasses.programme`); a part taken in it is a programme-role noun
 * ("partner", "manufacturer") or developing it after taking part ("took part in
 * (the project of) developing Y"). The parties are the subject of the clause
 * stating it, whoever it names "together with" or "alongside", and a list after
 * a colon.
 */
import type { EntityKind } from '../../../core/ontology.js';
import type { Clause, NounGroup } from '../../clauses/index.js';
import { relationCues } from '../../lexicon/relation-cues.js';
import type { Word } from '../../parse/parse.js';
import type { ResolvedMention } from '../../resolve/registry.js';
import type { Endpoint } from '../collector.js';
import { endpointsOf } from '../engine/endpoints.js';
import type { RuleContext } from '../engine/engine.js';
import type { SentenceView } from '../sentence-view.js';

const PARTIES: readonly EntityKind[] = ['Country', 'Organization'];
/** How far a programme noun may follow its system ("the F-35 fighter jet program"). */
const PROGRAMME_REACH = 4;
/** How far a role noun may precede its programme's system ("participant in the F-35"). */
const ROLE_REACH = 4;
/** How far taking part may precede developing ("took part in the project of developing"). */
const PART_REACH = 6;
/** Words that name developing a system once a party takes part in it. */
const DEVELOPING = new Set(['developing', 'development', 'producing', 'production', 'manufacturing', 'building']);
/** Words that add parties to the one a clause is about ("together with A and B"). */
const ALONGSIDE = ['alongside', 'together with', 'along with'];

/** The systems of the sentence named as a programme ("the F-35 program"), with the word after each. */
function programmes(view: SentenceView, words: readonly Word[]): ResolvedMention[] {
  const nouns = relationCues().nounClasses.programme;
  return view.mentions.filter((m) => {
    if (m.entity.kind !== 'System') return false;
    for (let k = m.end; k < m.end + PROGRAMME_REACH && k < view.sentence.endWord; k++)
      if (nouns.has(words[k]?.lower ?? '')) return true;
    return false;
  });
}

/** The programme a part named at word `at` is taken in: the nearest one before it, or right after it. */
function programmeAt(at: number, found: readonly ResolvedMention[]): ResolvedMention | null {
  const after = found.find((m) => m.start > at && m.start - at <= ROLE_REACH);
  return after ?? found.filter((m) => m.end <= at).pop() ?? null;
}

/** Whether someone takes part in what word `k` names ("took part in", "participated in", before it). */
function takingPart(view: SentenceView, words: readonly Word[], k: number): boolean {
  for (let j = Math.max(view.sentence.firstWord, k - PART_REACH); j < k; j++) {
    const lower = words[j]?.lower ?? '';
    if ((lower === 'part' && words[j + 1]?.lower === 'in') || lower.startsWith('participat')) return true;
  }
  return false;
}

/**
 * Where a part in a system's programme is named, and the system: a role noun and the
 * programme nearest it, or developing a system ("taken part in developing the Y").
 */
function partsIn(view: SentenceView, words: readonly Word[]): Array<{ at: number; system: ResolvedMention }> {
  const roles = relationCues().nounClasses.programmeRole;
  const found = programmes(view, words);
  const out: Array<{ at: number; system: ResolvedMention }> = [];
  for (let k = view.sentence.firstWord; k < view.sentence.endWord; k++) {
    const w = words[k] as Word;
    const system = roles.has(w.lower)
      ? programmeAt(k, found)
      : DEVELOPING.has(w.lower) && takingPart(view, words, k)
        ? (view.mentions.find((m) => m.entity.kind === 'System' && m.start > k && m.start - k <= ROLE_REACH) ?? null)
        : null;
    if (system) out.push({ at: k, system });
  }
  return out;
}

/** The clause a part at word `at` is stated by: the last one with a subject whose verb comes before it. */
function clauseOf(clauses: readonly Clause[], at: number): Clause | null {
  const before = clauses.filter((c) => c.predicate.form !== 'noun' && c.subject && c.predicate.head < at);
  return before.sort((a, b) => a.predicate.head - b.predicate.head).pop() ?? null;
}

export function programmePartners(ctx: RuleContext, view: SentenceView): void {
  const { reader } = ctx;
  const words = reader.ctx.words;
  const clauses = ctx.clauses.of(view.sentence.index);
  const named = (start: number, end: number): Endpoint[] =>
    view.mentions
      .filter((m) => m.start >= start && m.end <= end)
      .map((m) => reader.endpoint(m, PARTIES))
      .filter((e): e is Endpoint => e !== null);
  for (const { at, system: mention } of partsIn(view, words)) {
    const system = reader.endpoint(mention, ['System']);
    if (!system) continue;
    const c = clauseOf(clauses, at);
    const parties: Endpoint[] = [];
    if (c?.subject) parties.push(...subjectParties(ctx, view, c.subject, named));
    parties.push(...alongside(view, words, named));
    const seen = new Set<unknown>();
    for (const p of parties) {
      if (seen.has(p.entity)) continue;
      seen.add(p.entity);
      ctx.emit('DEVELOPED_BY', system, p, view.sentence, c ? { clause: c } : {});
    }
  }
}

/** The parties a subject names: its own names, or what its pronoun stands for ("of which it is a partner"). */
function subjectParties(
  ctx: RuleContext,
  view: SentenceView,
  subject: NounGroup,
  named: (start: number, end: number) => Endpoint[],
): Endpoint[] {
  const own = named(subject.start, subject.end);
  if (own.length > 0 || subject.end - subject.start > 1) return own;
  return endpointsOf(ctx.reader, view, subject, PARTIES, { acting: true });
}

/** Parties named "together with", "alongside" or "along with" the subject, and a list after a colon. */
function alongside(
  view: SentenceView,
  words: readonly Word[],
  named: (start: number, end: number) => Endpoint[],
): Endpoint[] {
  const { firstWord, endWord } = view.sentence;
  const out: Endpoint[] = [];
  for (let k = firstWord; k < endWord; k++) {
    const marker = ALONGSIDE.find((a) =>
      a.split(' ').every((part, i) => words[k + i]?.lower === part && (i === 0 || words[k + i - 1]?.after === ' ')),
    );
    const colon = (words[k]?.after ?? '').includes(':');
    if (!marker && !colon) continue;
    const from = colon ? k + 1 : k + (marker as string).split(' ').length;
    // The names run to "as" ("together with A and B as participants") or the end of the sentence.
    let to = from;
    while (to < endWord && words[to]?.lower !== 'as') to++;
    out.push(...named(from, to));
  }
  return out;
}
