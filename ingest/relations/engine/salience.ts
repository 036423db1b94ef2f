/**
 * Which name a possessive pronoun ("its", "their") refers to inside its own sentence. The nearest name before it is
 * not always the most salient one: English looks for the owner in the pronoun's own clause first, and prefers the
 * subjects of the clauses before it to names that only sit in their objects or phrases.
 *
 * - In an object or a phrase of a clause, the owner is the nearest name among that clause's own arguments, its
 *   subject included, before a name of another clause or of the dateline ("a Chilean delegation visited Peru and
 *   discussed its bid": Chile; "QUITO (Reuters) - A and B pledged to settle their dispute": not Reuters).
 * - Support is given to another: who backs ("Kenya's support", "support from Lima") owns nothing of what the
 *   support is for ("Uganda should not expect Kenya's support for its bid": Uganda).
 * - Opening a later clause's subject, it continues the subject of a clause before it, as a pronoun opening a
 *   sentence does the sentence before ("Finland bought jets from Y, and its bid ...": Finland); not in a clause
 *   opened by "that", which says what one is told ("made clear to Y that its purchase ...").
 *
 * The nearest name is kept where the construction makes it the owner: a name of the pronoun's own phrase ("France
 * and its allies"), "its own" (bound by the nearest owner: "respected Peru's decisions on its own security"), or an
 * argument of the same clause nearer than the subject ("Hungary backed Peru in its war").
 */
import { contains as inside, type Clause, type NounGroup, type WordRange } from '../../clauses/index.js';
import { relationCues } from '../../lexicon/relation-cues.js';
import type { ResolvedMention } from '../../resolve/registry.js';
import type { Endpoint } from '../collector.js';
import type { SentenceReader, SentenceView } from '../sentence-view.js';

/** Reads a group of the sentence as relation ends (endpoints.ts, passed in to keep the modules apart). */
export type OwnerReader = (group: NounGroup) => Endpoint[];

/** What the salience order decides: the owners it finds, or `null` to leave the pronoun to the nearest name. */
export type SalientOwners = Endpoint[] | null;

/** The groups a clause names as its own arguments: subject, objects, phrases and roles. */
function argumentsOf(c: Clause): NounGroup[] {
  return [c.subject, c.agent, c.theme, c.recipient, ...c.objects, ...c.preps.map((x) => x.group)].filter(
    (g): g is NounGroup => g !== null,
  );
}

/** The verbal clause whose own argument holds `range` most closely (an event noun's clause is read through its verb). */
function clauseHolding(clauses: readonly Clause[], range: WordRange): { clause: Clause; group: NounGroup } | null {
  let best: { clause: Clause; group: NounGroup } | null = null;
  for (const clause of clauses) {
    if (clause.predicate.form === 'noun') continue;
    for (const group of argumentsOf(clause))
      if (inside(group, range) && (!best || group.end - group.start < best.group.end - best.group.start))
        best = { clause, group };
  }
  return best;
}

/**
 * The subjects (no lone pronouns) of the sentence's other verbal clauses that end before `subject`, nearest
 * first: what a possessive opening a later clause's subject continues.
 */
function subjectsBefore(reader: SentenceReader, view: SentenceView, subject: WordRange): NounGroup[] {
  return (view.clauses ?? [])
    .filter((c) => c.predicate.form !== 'noun')
    .map((c) => c.subject)
    .filter((g): g is NounGroup => g !== null && g.end <= subject.start && !isPronounGroup(reader, g))
    .sort((a, b) => b.end - a.end);
}

/** Whether a group is one pronoun ("it", "they"): it names nobody itself. */
function isPronounGroup(reader: SentenceReader, g: NounGroup): boolean {
  return g.end - g.start === 1 && (reader.ctx.words[g.start]?.tags.has('Pronoun') ?? false);
}

/**
 * Whether a possessive agrees with the ends a group gives: "its" one owner that is no person; "their" several, a
 * plural name ("the Houthis") or a body of people (an organisation).
 */
function agreesWithPossessive(reader: SentenceReader, word: string, ends: readonly Endpoint[]): boolean {
  if (ends.length === 0) return false;
  if (word === 'its') return ends.length === 1 && ends[0]?.entity.kind !== 'Person';
  if (word !== 'their' || ends.length > 1) return true;
  const e = ends[0] as Endpoint;
  return e.entity.kind === 'Organization' || (reader.ctx.words[e.end - 1]?.tags.has('Plural') ?? false);
}

/**
 * "Kenya's support for its bid", "support from Lima for its bid": whether `m` is the backer of a support noun whose
 * phrase holds the pronoun. Its agent owns nothing the support is for.
 */
function backerOf(view: SentenceView, pronoun: WordRange, m: ResolvedMention): boolean {
  const cues = relationCues();
  return (view.clauses ?? []).some(
    (c) =>
      c.predicate.form === 'noun' &&
      cues.classesOf(c.predicate.lemma).has('support') &&
      c.agent !== null &&
      inside(c.agent, m) &&
      [...c.preps.map((x) => x.group), ...c.objects].some((g) => inside(g, pronoun)),
  );
}

/**
 * The owners a possessive pronoun has by salience, or null to keep the nearest fitting name before it as it is
 * read today (`before`: the sentence's mentions before the pronoun, nearest first; `endpoint`: the end a mention
 * gives for the wanted kinds, or null).
 */
export function salientOwners(
  reader: SentenceReader,
  view: SentenceView,
  pronoun: WordRange,
  before: readonly ResolvedMention[],
  endpoint: (m: ResolvedMention) => Endpoint | null,
  readGroup: OwnerReader,
): SalientOwners {
  const words = reader.ctx.words;
  const word = words[pronoun.start]?.lower ?? '';
  const first = before.find((m) => endpoint(m) !== null);
  // "its own security": "own" binds the possessive to the nearest owner.
  if (words[pronoun.end]?.lower === 'own') return null;
  const held = clauseHolding(view.clauses ?? [], pronoun);
  if (!held) return null;
  const { clause, group } = held;
  // "France and its allies", "Mali, its neighbours and the EU": a name of the pronoun's own argument.
  if (first && inside(group, first)) return null;
  const read = (g: NounGroup): Endpoint[] | null => {
    const ends = readGroup(g);
    return agreesWithPossessive(reader, word, ends) ? ends : null;
  };
  if (group === clause.subject) {
    // "..., and its pilots will train": opening a subject, it is about the subject of a clause before it. Not in a
    // clause opened by "that", which says what another says or is told ("made clear to Y that its purchase").
    if (group.start !== pronoun.start || words[group.start - 1]?.lower === 'that') return null;
    for (const g of subjectsBefore(reader, view, group)) {
      const found = read(g);
      if (found) return found;
    }
    return null;
  }
  // In an object or a phrase: the nearest name among the clause's own arguments (no backer of the support its
  // phrase is for), else the clause's subject, before any name outside the clause.
  const nearest = before.find((m) => endpoint(m) !== null && !backerOf(view, pronoun, m));
  const own = argumentsOf(clause);
  const keep = (m: ResolvedMention | undefined): SalientOwners =>
    m === first ? null : m ? [endpoint(m) as Endpoint] : [];
  if (nearest && own.some((g) => inside(g, nearest))) return keep(nearest);
  const subject = clause.subject;
  if (subject && subject.end <= pronoun.start) {
    const found = read(subject);
    if (found) return found;
  }
  return keep(nearest);
}
