/**
 * One sentence as the relation rules read it: its mentions in order, clause
 * boundaries (relative pronouns, subordinators, dashes, quotes), the
 * preposition governing each mention, and the subject and object groups of a
 * trigger word. Capitals and seats of government become their country when
 * they act rather than locate.
 */
import type { EntityKind } from '../../core/ontology.js';
import type { Clause, NounGroup } from '../clauses/index.js';
import type { DetectionContext } from '../entities/context.js';
import type { EntityDraft, EntityRegistry, ResolvedMention } from '../resolve/registry.js';
import type { Sentence, Word } from '../parse/parse.js';
import type { Endpoint } from './collector.js';

const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);
const SUBORDINATORS = new Set([
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'but',
  'unless',
  'until',
  'whether',
  'if',
  'when',
  'despite',
  'after',
  'before',
  'since',
]);
export const LOCATIVE = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'into',
  'inside',
  'outside',
  'across',
  'around',
  'through',
  'via',
  'toward',
  'towards',
  'for',
  'on',
]);
const BLOCKING = new Set([
  ...LOCATIVE,
  'with',
  'by',
  'about',
  'against',
  'over',
  'under',
  'after',
  'before',
  'since',
  'during',
  'amid',
  'between',
  'among',
  'including',
  'like',
  'despite',
  'following',
  'ahead',
  'than',
  'as',
  'beyond',
  'behalf',
  'per',
  'according',
]);
const CONNECTORS = new Set([
  'and',
  'or',
  'the',
  'both',
  'as',
  'well',
  '&',
  'its',
  'neighbor',
  'neighbour',
  'either',
  'nor',
]);
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'must',
]);
const SKIPPABLE_TAGS = ['Determiner', 'Adjective', 'Value', 'Possessive'];

export interface SentenceView {
  sentence: Sentence;
  /** Mentions that can be arguments: not nested in a longer mention, not part of a title. */
  mentions: ResolvedMention[];
  /** Country mentions that only say whose a person's title is ("Morocco's" in "Morocco's Foreign Minister X"). */
  titleCountries: ResolvedMention[];
  /** The sentences before it, nearest first (as far as anaphora reach): where pronouns and descriptions find antecedents. */
  earlier?: readonly SentenceView[];
  /** The subjects of its main clauses, in order (not the speakers of reported speech): what it is about. */
  topics?: readonly NounGroup[];
  /** The agents of all its active clauses, in order (speakers, relative clauses' too): who acts in it. */
  actors?: readonly NounGroup[];
  /** Its clauses, as the clause reader gives them: where a pronoun's own clause and its subject are found. */
  clauses?: readonly Clause[];
}

export class SentenceReader {
  constructor(
    readonly ctx: DetectionContext,
    readonly reg: EntityRegistry,
  ) {}

  word(i: number): Word | undefined {
    return this.ctx.words[i];
  }

  view(sentence: Sentence, inSentence: readonly ResolvedMention[]): SentenceView {
    const titleRanges = inSentence.flatMap((m) => m.roles.map((r) => [r.start, m.start] as const));
    const titleCountries: ResolvedMention[] = [];
    const mentions: ResolvedMention[] = [];
    for (const m of inSentence) {
      if (m.nested) continue;
      const inTitle = m.entity.kind === 'Country' && titleRanges.some(([a, b]) => m.start >= a && m.end <= b);
      if (inTitle) titleCountries.push(m);
      else mentions.push(m);
    }
    mentions.sort((a, b) => a.start - b.start);
    return { sentence, mentions, titleCountries };
  }

  /** True when a clause boundary lies between word `i` and word `i + 1`. */
  boundaryAfter(i: number): boolean {
    const w = this.word(i);
    const next = this.word(i + 1);
    if (!w || !next) return true;
    if (/;|\s[–—-]\s|^\s*[–—]\s*$/.test(w.after)) return true;
    // A quotation opened after a comma, colon or speech verb is a clause of its own.
    if (/[“"]\s*$/.test(w.after) && (/[,:]/.test(w.after) || this.ctx.lexicon.cues.speechVerbs.has(w.lower)))
      return true;
    if (RELATIVE.has(next.lower)) return true;
    // ", who is visiting Morocco, inked ...": the comma closes the relative clause.
    if (/,/.test(w.after) && this.openRelative(i) >= 0) return true;
    if (next.lower === 'that' && w.tags.has('Noun') && this.word(i + 2)?.tags.has('Verb')) return true;
    if (
      SUBORDINATORS.has(next.lower) &&
      ((next.lower !== 'after' && next.lower !== 'before' && next.lower !== 'since') ||
        /,/.test(w.after) ||
        this.isClauseAhead(i + 1))
    )
      return true;
    if (next.lower === 'that' && (this.ctx.lexicon.cues.speechVerbs.has(w.lower) || /,/.test(w.after))) return true;
    if (next.lower === 'as' && /,/.test(w.after)) return true;
    return false;
  }

  /** Index of a relative pronoun opened after a comma and still open at word `i`, or -1. */
  openRelative(i: number): number {
    const sentence = this.word(i)?.sentence;
    for (let k = i; k > i - 25; k--) {
      const w = this.word(k);
      if (!w || w.sentence !== sentence) return -1;
      if (RELATIVE.has(w.lower)) return /,\s*$/.test(this.word(k - 1)?.after ?? '') ? k : -1;
      if (k < i && /[,;]/.test(w.after)) return -1;
    }
    return -1;
  }

  /** "after the Second Intifada erupted": a verb follows within a few words. */
  private isClauseAhead(i: number): boolean {
    for (let k = i + 1; k < i + 6; k++) {
      const w = this.word(k);
      if (!w) return false;
      if (w.tags.has('Verb') && (w.tags.has('PastTense') || w.tags.has('PresentTense'))) return true;
    }
    return false;
  }

  clauseStart(sentence: Sentence, i: number): number {
    let k = i;
    while (k > sentence.firstWord && !this.boundaryAfter(k - 1)) k--;
    return k;
  }

  clauseEnd(sentence: Sentence, i: number): number {
    let k = i;
    while (k < sentence.endWord - 1 && !this.boundaryAfter(k)) k++;
    return k + 1;
  }

  /** The preposition that governs a mention ("with the Gaza-based ... Hamas" → "with"), or null. */
  prepBefore(m: ResolvedMention): string | null {
    const from =
      m.candidate.titledStart !== undefined && m.candidate.titledStart < m.start ? m.candidate.titledStart : m.start;
    for (let k = from - 1; k >= from - 6; k--) {
      const w = this.word(k);
      if (!w || /[,;:.()]/.test(w.after) || w.sentence !== this.word(m.start)?.sentence) return null;
      if (w.tags.has('Preposition') || BLOCKING.has(w.lower) || w.lower === 'of') return w.lower;
      if (w.tags.has('Verb') && !w.tags.has('Adjective') && w.after !== '-') return null;
      if (SKIPPABLE_TAGS.some((t) => w.tags.has(t)) || w.after === '-' || w.tags.has('Noun')) continue;
      return null;
    }
    return null;
  }

  /** A finite verb other than auxiliaries: something a mention left of it is the subject of. */
  isFiniteVerb(w: Word | undefined): boolean {
    if (
      !w ||
      !w.tags.has('Verb') ||
      w.tags.has('Auxiliary') ||
      w.tags.has('Copula') ||
      w.tags.has('Modal') ||
      AUXILIARIES.has(w.lower)
    )
      return false;
    return (
      w.tags.has('PastTense') || (w.tags.has('PresentTense') && !w.tags.has('Gerund') && !w.tags.has('Infinitive'))
    );
  }

  /**
   * The endpoint a mention gives for the wanted kinds: itself, or the country
   * a capital stands for when it acts (not after "in", "to", "from" ...).
   */
  endpoint(m: ResolvedMention, kinds: readonly EntityKind[], allowPlace = true): Endpoint | null {
    // "U.S.-brokered": a name in a compound modifier is no argument of the clause; "a non-NATO supplier" is none
    // of what the name names.
    if (this.word(m.end - 1)?.after === '-') return null;
    const before = this.word(m.start - 1);
    if (before?.lower === 'non' && before.after === '-') return null;
    if (kinds.includes(m.entity.kind) && (allowPlace || m.entity.kind !== 'Place'))
      return { entity: m.entity, start: m.start, end: m.end, mention: m };
    if (m.seatOf && kinds.includes('Country')) {
      const prep = this.prepBefore(m);
      if (prep !== null && LOCATIVE.has(prep)) return null;
      return this.stateOf(m);
    }
    return null;
  }

  /** The country a mention names or, for a capital, stands for, whatever governs the mention. */
  stateOf(m: ResolvedMention): Endpoint | null {
    if (m.entity.kind === 'Country') return { entity: m.entity, start: m.start, end: m.end, mention: m };
    if (m.seatOf) return { entity: this.countryEntity(m.seatOf, m), start: m.start, end: m.end, mention: m };
    return null;
  }

  /** The entity of a country by name, created (with the capital's surface as a mention) when new. */
  countryEntity(name: string, via?: ResolvedMention): EntityDraft {
    const entry = this.ctx.lexicon.countries.get(name);
    const draft = this.reg.ensure(entry ? `Country:${entry.id}` : `Country:${name}`, name, 'Country', entry);
    if (via && !draft.mentions.some((x) => x.start === (this.word(via.start) as Word).start)) {
      this.reg.mention(draft, via.start, via.end, via.candidate, { nested: true });
    }
    return draft;
  }

  /** The country entity of a name if the article mentions that country. */
  existingCountry(name: string | null): EntityDraft | null {
    if (!name) return null;
    const entry = this.ctx.lexicon.countries.get(name);
    const draft = this.reg.byKey.get(entry ? `Country:${entry.id}` : `Country:${name}`);
    return draft && draft.mentions.length > 0 ? draft : null;
  }

  /**
   * The subject group of a trigger at word `t`: the mentions of the wanted
   * kinds left of it in its clause that no preposition governs and no other
   * verb separates from it; the antecedent of a relative pronoun otherwise.
   */
  subjects(view: SentenceView, t: number, kinds: readonly EntityKind[]): Endpoint[] {
    const cs = this.clauseStart(view.sentence, t);
    let limit = cs;
    let verb = -1;
    for (let k = t - 1; k >= cs; k--) {
      const w = this.word(k) as Word;
      // "are believed to be involved": a passive or raising verb leaves the subject to the trigger.
      const raised =
        this.ctx.lexicon.cues.passiveMarkers.has(this.word(k - 1)?.lower ?? '') || this.word(k + 1)?.lower === 'to';
      if (this.isFiniteVerb(w) && !raised) {
        limit = k + 1;
        verb = k;
        break;
      }
    }
    const found: Endpoint[] = [];
    for (const [k, m] of view.mentions.entries()) {
      if (m.start < limit || m.end > t) continue;
      const prep = this.prepBefore(m);
      if (prep !== null && prep !== 'of' && m.end < t) continue;
      // "between Rabat and Jerusalem": the second name is governed by the first one's preposition.
      const prev = view.mentions[k - 1];
      const joiner = this.word(m.start - 1)?.lower;
      if (
        prev &&
        (joiner === 'and' || joiner === 'or') &&
        prev.end === m.start - 1 &&
        ![null, 'of'].includes(this.prepBefore(prev))
      )
        continue;
      const e = this.endpoint(m, kinds, false);
      if (e) found.push(e);
    }
    if (found.length > 0) return found;
    // "Gantz arrived in Bahrain and signed ...": a verb coordinated with an earlier one shares its subject.
    if (verb >= 0 && this.coordinatedVerb(t)) return this.subjects(view, verb, kinds);
    const pronoun = this.word(cs);
    if (pronoun && RELATIVE.has(pronoun.lower) && limit === cs) return this.antecedents(view, cs, kinds);
    // Right after a closed relative clause ("X, who ..., inked"), the subject is what the clause was about.
    const closed = cs > view.sentence.firstWord ? this.openRelative(cs - 1) : -1;
    if (closed >= 0 && limit === cs) return this.antecedents(view, closed, kinds);
    return [];
  }

  /** True when the verb at `t` opens a second predicate: "and", perhaps an adverb ("and later"), then the verb. */
  private coordinatedVerb(t: number): boolean {
    let k = t - 1;
    while (this.word(k)?.tags.has('Adverb') && k > t - 3) k--;
    return this.word(k)?.lower === 'and';
  }

  /**
   * What a relative pronoun at `cs` refers to: the noun phrase just before it,
   * passing over a place that only locates it ("the Houthis in Yemen, who"),
   * with the names coordinated with it ("Algeria and Morocco, which").
   */
  antecedents(view: SentenceView, cs: number, kinds: readonly EntityKind[]): Endpoint[] {
    const before = view.mentions.filter((m) => m.end <= cs && m.end >= cs - 8).reverse();
    let head = before.find((m, k) => k === 0 && before[0] !== undefined && m.end >= cs - 2);
    if (head && LOCATIVE.has(this.prepBefore(head) ?? '') && before[1]) head = before[1];
    if (!head) return [];
    const list = view.mentions.filter((m) => m.end <= head.end).reverse();
    const group: Endpoint[] = [];
    for (let k = 0; k < list.length; k++) {
      const m = list[k] as ResolvedMention;
      const e = this.endpoint(m, kinds, false);
      if (!e) break;
      group.push(e);
      const prev = list[k + 1];
      if (!prev) break;
      const gap = this.ctx.words.slice(prev.end, m.start).map((w) => w.lower);
      if (!gap.every((w) => CONNECTORS.has(w))) break;
    }
    return group;
  }

  /** Mentions of the wanted kinds right of word `t` in its clause, nearest first, optionally only under some prepositions. */
  objects(
    view: SentenceView,
    t: number,
    kinds: readonly EntityKind[],
    allowedPreps?: ReadonlySet<string | null>,
    untilEnd = false,
  ): Array<Endpoint & { prep: string | null; mention: ResolvedMention }> {
    const ce = untilEnd ? view.sentence.endWord : this.clauseEnd(view.sentence, t);
    const found: Array<Endpoint & { prep: string | null; mention: ResolvedMention }> = [];
    for (const m of view.mentions) {
      if (m.start <= t || m.start >= ce) continue;
      const prep = this.prepBefore(m);
      if (allowedPreps && !allowedPreps.has(prep)) continue;
      const e = this.endpoint(m, kinds);
      if (e) found.push({ ...e, prep, mention: m });
    }
    return found;
  }

  /** The nearest object and those coordinated with it ("Egypt, Jordan, the UAE and Bahrain"). */
  coordinated<T extends Endpoint>(all: T[]): T[] {
    // "Israel's NSO Group": a possessor right before a name modifies it; the name is the argument.
    const list = all.filter(
      (e, k) => !((this.word(e.end - 1) as Word).possessive && all[k + 1] !== undefined && all[k + 1]!.start === e.end),
    );
    const first = list[0];
    if (!first) return [];
    const group: T[] = [first];
    let committed = 1;
    for (let k = 1; k < list.length; k++) {
      const prev = group[group.length - 1] as T;
      const next = list[k] as T;
      let ok = true;
      const titleStart = Math.min(
        next.mention?.candidate.titledStart ?? next.start,
        ...(next.mention?.roles ?? []).map((r) => r.start),
      );
      for (let i = prev.end; i < next.start; i++) {
        const w = this.word(i) as Word;
        if (i >= titleStart) continue;
        if (!CONNECTORS.has(w.lower) && !this.isTitleWord(w)) ok = false;
      }
      if (!ok) break;
      group.push(next);
      // "A, B and C": items joined by commas only count once an "and"/"or" closes the list.
      const gap = this.ctx.words.slice(prev.end, Math.min(next.start, titleStart)).map((w) => w.lower);
      if (gap.includes('and') || gap.includes('or') || gap.includes('nor')) committed = group.length;
    }
    return group.slice(0, committed);
  }

  private isTitleWord(w: Word): boolean {
    const r = this.ctx.lexicon.roles;
    return r.heads.has(w.lower) || r.modifiers.has(w.lower) || w.tags.has('Demonym') || w.tags.has('Honorific');
  }
}
