/**
 * Clauses from the items of a sentence (noun-phrase groups, verb groups,
 * prepositions, conjunctions, punctuation). Each verb group gets its subject
 * by looking left (past prepositional phrases that modify the subject, to the
 * antecedent of a relative pronoun, to the subject of the verb it is
 * coordinated with, to the phrase a participle modifies, to the controller of
 * an infinitive or gerund), its objects and prepositional phrases by looking
 * right, and its roles (agent, theme, recipient) from its voice. Event nouns
 * ("Turkey's purchase of the S-400") become clauses of their own, and a light
 * verb gives its subject to the event noun it governs ("held talks with").
 */
import type { ClauseWords } from '../lexicon/clause-words.js';
import { relationCues, type CueClass } from '../lexicon/relation-cues.js';
import type { Word } from '../parse/parse.js';
import { phrasesIn, single, type FunctionItem, type GroupItem } from './phrases.js';
import { TIME_NOUNS } from './times.js';
import type { Clause, ClauseLink, NounGroup, NounPhrase, Predicate, PrepArgument } from './types.js';
import { lemmaOf, type ClauseItem, type VerbGroupItem } from './verbs.js';

/**
 * Prepositions after which a gerund's subject is the phrase before the preposition ("accused Iran of
 * supplying", "prevent Turkey from buying").
 */
const OBJECT_CONTROL_PREPS = new Set(['of', 'for', 'as', 'from']);
/** Prepositions that frame an event as part of what the clause's agent does ("for talks", "during a visit"). */
const EVENT_FRAMES = new Set(['for', 'during', 'after', 'before', 'following', 'amid', 'amidst', 'at', 'on']);
/** Prepositions of circumstance: the event is the agent's only when it names who else takes part ("with Y"). */
const AMID = new Set(['amid', 'amidst']);
/** Events one comes back "from" as their doer ("returning from a trip to X"). */
const JOURNEYS: readonly CueClass[] = ['visit', 'travel', 'meet'];
/** Prepositions of an act answering another ("in retaliation for an attack by X"). */
const RETALIATING = new Set(['in response to', 'in retaliation for', 'in reprisal for', 'in revenge for']);
/** Prepositions naming whom an attack is on. */
const TARGETING = new Set(['on', 'against', 'at', 'into']);
/** Words of talks and negotiations, whose topic is under negotiation ("talks with X over the purchase of Y"). */
const NEGOTIATING = new Set(['talk', 'talks', 'negotiation', 'negotiations', 'negotiate']);
/** Prepositions that give what talks are about ("talks with X over the purchase of Y"). */
const TOPICS = new Set(['on', 'over', 'about', 'regarding', 'concerning']);
/** Prepositions that set a meeting as the circumstance of a clause ("said in a call with X", "during talks with X"). */
const ENCOUNTER_FRAMES = new Set(['in', 'during']);

const isGroup = (it: ClauseItem | undefined): it is GroupItem => it?.kind === 'group';
const isVg = (it: ClauseItem | undefined): it is VerbGroupItem => it?.kind === 'vg';
const isMark = (it: ClauseItem | undefined, mark: string): boolean => it?.kind === 'punct' && it.text === mark;
const isFunction = (it: ClauseItem | undefined, text: string): boolean => it?.kind === 'prep' && it.text === text;

interface Draft extends Clause {
  /** Index of the verb group in the items. */
  at: number;
  /** First item of the clause (its relative pronoun, or the comma before a participle), for inner clauses. */
  from: number;
  /** Index of the last item this clause took as an argument. */
  until: number;
}

export class ClauseBuilder {
  private readonly drafts: Draft[] = [];
  /** What a prepositional relative clause is about ("the war, in which X fought, ..."): its antecedent. */
  private readonly antecedents = new Map<number, NounGroup>();

  constructor(
    private readonly words: readonly Word[],
    private readonly sentence: number,
    private readonly items: readonly ClauseItem[],
    private readonly lex: ClauseWords,
    private nextId: number,
  ) {}

  /** The clauses of the sentence, verbal ones in text order, then nominal ones. */
  build(): Clause[] {
    this.items.forEach((it, i) => {
      if (isVg(it)) this.verbClause(i, it);
    });
    this.openingParticiples();
    this.nominalClauses();
    return this.drafts.map(({ at: _at, from: _from, until: _until, ...clause }) => clause);
  }

  private word(i: number): Word {
    return this.words[i] as Word;
  }

  private clauseAt(item: number): Draft | undefined {
    return this.drafts.find((d) => d.at === item);
  }

  /** The latest clause before item `i` that is not inside a closed relative or participial clause. */
  private previousClause(i: number): Draft | undefined {
    for (let k = this.drafts.length - 1; k >= 0; k--) {
      const d = this.drafts[k] as Draft;
      if (d.at < i && d.link !== 'nominal') return d;
    }
    return undefined;
  }

  private verbClause(i: number, vg: VerbGroupItem): void {
    const predicate = { ...vg.predicate };
    const draft: Draft = {
      id: this.nextId++,
      sentence: this.sentence,
      predicate,
      link: 'main',
      parent: null,
      subject: null,
      objects: [],
      preps: [],
      agent: null,
      theme: null,
      recipient: null,
      attribution: null,
      certainty: 'asserted',
      counter: null,
      speech: false,
      at: i,
      from: i,
      until: i,
    };
    // Arguments first: whether a finite verb follows them tells a reduced relative from a main verb.
    this.findArguments(i, draft);
    this.findSubject(i, draft);
    this.assignRoles(draft);
    this.drafts.push(draft);
  }

  private link(draft: Draft, link: ClauseLink, parent: Draft | undefined, subject: NounGroup | null): void {
    draft.link = link;
    draft.parent = parent?.id ?? null;
    // "K9 howitzers made by Hanwha and FA-50 jets": a list running past the clause's verb is about its members before it.
    const verb = draft.predicate.start;
    const before =
      link === 'participial' && subject && subject.end > verb ? subject.members.filter((m) => m.end <= verb) : [];
    draft.subject =
      subject && before.length > 0 && before.length < subject.members.length
        ? { start: subject.start, end: (before[before.length - 1] as NounPhrase).end, members: before }
        : subject;
  }

  /** Whether a verb appears before item `i` within its clause (a name there is an object, not a subject). */
  private verbBefore(i: number): boolean {
    for (let k = i - 1; k >= 0; k--) {
      const it = this.items[k] as ClauseItem;
      if (isVg(it)) return true;
      // A phrase right after a conjunction that did not join it to a list opens a new clause.
      if (it.kind === 'sub' || it.kind === 'comp' || it.kind === 'rel' || it.kind === 'conj') return false;
      if (it.kind === 'punct' && it.text !== '"') return false;
    }
    return false;
  }

  /**
   * "Egypt said in a statement that the plan was illegal and accused Israel": a verb of saying coordinated
   * after a reported clause about a thing is said by the reporter, not by the thing. The reporting clause
   * is the latest before the reported one, with "that" between them.
   */
  private reporterOf(reported: Draft, draft: Draft): Draft | undefined {
    if (!this.lex.reporting.has(draft.predicate.lemma) || !reported.subject || !this.namesThing(reported.subject))
      return undefined;
    const reporter = this.drafts.findLast(
      (d) => d.at < reported.at && d.link !== 'nominal' && this.lex.reporting.has(d.predicate.lemma),
    );
    const between = reporter ? this.items.slice(reporter.at + 1, reported.at) : [];
    return reporter?.subject && between.some((x) => x.kind === 'comp') ? reporter : undefined;
  }

  /** A group of common nouns that cannot speak ("the plan", "the flights"): no name, pronoun or people. */
  private namesThing(group: NounGroup): boolean {
    const cues = relationCues();
    return group.members.every((m) => {
      const head = this.word(m.head);
      const people = [cues.representativeNouns, cues.stateAgents, cues.officeNouns].some((nouns) =>
        nouns.has(head.lower),
      );
      return !head.capitalized && !head.tags.has('Pronoun') && !people && !m.possessor;
    });
  }

  /** A relative or participial clause set off before item `i`, its closing comma between them. */
  private closedAside(d: Draft, i: number): boolean {
    return (
      (d.link === 'relative' || d.link === 'participial') && d.until + 1 < i && isMark(this.items[d.until + 1], ',')
    );
  }

  /** A relative or participial clause whose items cover item `k`: the phrase it is about stands there. */
  private innerAt(k: number): Draft | undefined {
    return this.drafts.find(
      (d) => (d.link === 'relative' || d.link === 'participial') && d.subject !== null && d.from <= k && k <= d.until,
    );
  }

  private findSubject(i: number, draft: Draft): void {
    const p = draft.predicate;
    const prev = this.items[i - 1];
    const parent = this.previousClause(i);
    const head = this.word(p.head);
    const bareParticiple = !this.hasAuxiliary(i) && isParticiple(head) && !this.lex.reporting.has(p.lemma);
    const objectFollows = isGroup(this.items[i + 1]);
    // "to buy": the controller is the object of a verb like "urge", else the subject of the clause it depends on.
    if (p.form === 'infinitive') {
      // "allowed mercenaries from X to deploy", "urged Manila on Tuesday to reject": past the object's phrases.
      let k = i - 1;
      while (isGroup(this.items[k]) && this.items[k - 1]?.kind === 'prep' && isGroup(this.items[k - 2])) k -= 2;
      const object = this.items[k];
      const controllerVerb = isGroup(object) && isVg(this.items[k - 1]) ? this.clauseAt(k - 1) : undefined;
      if (controllerVerb && isGroup(object) && this.lex.objectControl.has(controllerVerb.predicate.lemma))
        return this.link(draft, 'purpose', controllerVerb, object.group);
      // "used HIMARS, supplied by Washington, to hit ...": past an aside closed by its comma, the clause it sits in.
      const host = parent && this.closedAside(parent, i) ? this.previousClause(parent.at) : parent;
      return this.link(draft, 'purpose', host, host?.agent ?? host?.subject ?? null);
    }
    // A gerund after a preposition: "accused Iran of supplying", "in return for Rabat normalising", "after signing".
    if (p.form === 'gerund' && prev?.kind === 'prep') {
      const before = this.items[i - 2];
      // "accused Iran of supplying": the object the preposition follows; "the project of developing": the subject.
      // Only after a verb that controls its object ("complete the first stage of delivering": the subject delivers).
      if (
        OBJECT_CONTROL_PREPS.has(prev.text) &&
        prev.text !== 'from' &&
        isGroup(before) &&
        (!parent || (parent.objects.includes(before.group) && this.lex.objectControl.has(parent.predicate.lemma)))
      )
        return this.link(draft, 'complement', parent, before.group);
      // "prevent Turkey from buying", "warned Mali on Tuesday against striking a deal": the object would do it.
      const kept = parent?.objects[0];
      const afterObject =
        isGroup(before) &&
        (kept === before.group || parent?.preps.some((x) => x.group === before.group && this.isTemporal(x.group)));
      if (
        (prev.text === 'from' || prev.text === 'against') &&
        kept &&
        afterObject &&
        this.lex.preventing.has(parent.predicate.lemma)
      )
        return this.link(draft, 'complement', parent, kept);
      // "sanctioned Iran for supplying", "cut ties with Iran for supplying": a verb judging someone
      // gives the reason "for" doing something to whom it judges, not to its own subject.
      const judged =
        prev.text === 'for' &&
        isGroup(before) &&
        parent !== undefined &&
        this.lex.judgingVerbs.has(parent.predicate.lemma) &&
        (parent.objects.includes(before.group) || parent.preps.some((x) => x.group === before.group));
      if (judged) return this.link(draft, 'complement', parent, before.group);
      return this.link(draft, parent ? 'complement' : 'participial', parent, parent?.agent ?? parent?.subject ?? null);
    }
    if (p.form === 'gerund' && isGroup(prev)) {
      // "with Vladimir Kozhin ... saying", "a Russian delegation visiting Iran", "One source working in the region said".
      draft.from = i - 1;
      return this.link(draft, 'participial', parent, prev.group);
    }
    // ", underlining ...": a gerund after a clause speaks of that clause's subject;
    // "Erdogan, speaking to reporters, said": right after a subject, of that subject.
    if (p.form === 'gerund' && isMark(prev, ',')) {
      draft.from = i - 1;
      const before = this.items[i - 2];
      if (isGroup(before) && !this.verbBefore(i - 2)) return this.link(draft, 'participial', parent, before.group);
      if (parent) return this.link(draft, 'participial', parent, parent.agent ?? parent.subject);
    }
    // A past participle with no auxiliary after an object, taking no object itself: "drones manufactured in Iran";
    // or after a subject when a finite verb follows its phrases: "the memorandum signed in Rabat by X was ...".
    const finiteAfter = this.finiteVerbAfter(draft.until, true);
    // "bought K9 howitzers made by A and FA-50 jets built by B": after "and", a phrase with a bare participle
    // taking its agent with "by" is one more phrase described so, not a clause (a passive would need "were").
    const conjoinedDescribed =
      this.items[i - 2]?.kind === 'conj' && this.byAfter(i) && this.items.slice(0, i - 2).some(isVg);
    // "the fighters that Jakarta ordered from X arrived": after a noun, a relative pronoun and its subject, a finite
    // verb ("stated that the S-400s purchased from Russia ..." keeps its participle).
    const relativeSubject = ['rel', 'comp'].includes(this.items[i - 2]?.kind ?? '') && isGroup(this.items[i - 3]);
    // "A delegation led by X arrived in Moscow": with only a reduced relative before it, a verb is the main one.
    const mainBefore = this.drafts.some((d) => d.link !== 'participial' && d.at < i);
    if (
      bareParticiple &&
      !objectFollows &&
      isGroup(prev) &&
      !relativeSubject &&
      ((this.verbBefore(i - 1) && mainBefore) ||
        conjoinedDescribed ||
        (this.finiteVerbAfter(draft.until, false) && !this.items.slice(i, draft.until + 1).some((x) => isMark(x, ','))))
    ) {
      p.voice = 'passive';
      p.form = 'participle';
      draft.from = i;
      return this.link(draft, 'participial', parent, nearestNoun(this.words, prev.group));
    }
    // ", struck in Beijing, was ...": a participle between commas modifies the phrase before them.
    if (
      bareParticiple &&
      !objectFollows &&
      isMark(prev, ',') &&
      isGroup(this.items[i - 2]) &&
      !this.innerAt(i - 2) &&
      (finiteAfter || this.verbBefore(i - 2) || this.byAfter(i))
    ) {
      p.voice = 'passive';
      p.form = 'participle';
      draft.from = i - 1;
      return this.link(draft, 'participial', parent, (this.items[i - 2] as GroupItem).group);
    }
    // "Asked by lawmakers about the reports, X said": an opening participle (its subject comes later).
    if (bareParticiple && !this.items.slice(0, i).some((it) => isGroup(it) || isVg(it))) {
      p.voice = 'passive';
      p.form = 'participle';
      return;
    }
    // Scan left for the subject.
    for (let k = i - 1; k >= 0; k--) {
      const inner = this.innerAt(k);
      if (inner && inner.id !== draft.id) {
        const about = this.antecedents.get(inner.id) ?? inner.subject;
        // "Prabowo, a former commander who served as minister, visited": the name the description is set beside.
        return this.link(draft, 'main', undefined, (about && this.describedBeside(about)) ?? about);
      }
      const it = this.items[k] as ClauseItem;
      if (it.kind === 'group') {
        // "Turkey last year banned the PKK", "Kenya this week signed": a time between the subject and its verb.
        if (this.isTemporal(it.group) && isGroup(this.items[k - 1])) continue;
        if (this.possessiveRelative(k, draft)) return;
        if (k === i - 1 && this.objectRelative(k, draft)) return;
        const across = this.coordinatedAcrossRelative(k);
        if (across) return this.link(draft, 'main', undefined, across);
        // "Milei, who has made closer ties with Washington a priority of his government, attended", "Sandu, who
        // pushed for Moldova to join the EU, defeated X": a stretch opened by ", who" and closed by the comma right
        // before this verb is a relative clause, whatever its last phrase; the subject is what it is about.
        const about = isMark(this.items[k + 1], ',') && k + 2 === i ? this.commaRelativeAntecedent(k) : null;
        if (about) return this.link(draft, 'main', undefined, about);
        const before = this.items[k - 1];
        // "A delegation led by X arrived": past a reduced relative's agent, the phrase it describes.
        const reduced = before?.kind === 'prep' && isVg(this.items[k - 2]) ? this.clauseAt(k - 2) : undefined;
        if (reduced?.link === 'participial' && reduced.subject && isGroup(this.items[k - 3]))
          return this.link(draft, 'main', undefined, reduced.subject);
        if (before?.kind === 'prep' && before.text !== 'of') {
          // "Talks between A and B ended", "X, in consultation with Y, imposed": a prepositional phrase after the subject.
          if (isGroup(this.items[k - 2]) || isMark(this.items[k - 2], ',')) {
            // "Many countries, including A and B, condemned": the examples stay, members of the subject.
            if (this.lex.exemplifying.has(before.text))
              draft.preps = [...draft.preps, { prep: before.text, at: before.word, group: it.group }];
            k -= 1;
            continue;
          }
          // "In June, ..." with no subject after it.
          return;
        }
        if (this.prepositionalRelative(k, draft)) return;
        return this.link(draft, 'main', undefined, it.group);
      }
      if (it.kind === 'rel') {
        const at = isGroup(this.items[k - 1])
          ? k - 1
          : isMark(this.items[k - 1], ',') && isGroup(this.items[k - 2])
            ? k - 2
            : -1;
        const ante = at < 0 ? undefined : this.antecedentItem(at, it.text, false);
        draft.from = isGroup(this.items[k - 1]) ? k : k - 1;
        return this.link(draft, 'relative', this.previousClause(k), ante ? this.agreeing(ante.group, draft) : null);
      }
      if (it.kind === 'conj' && ['and', 'or', 'but', 'nor'].includes(it.text)) {
        const previous = this.previousClause(k);
        let coordinated = (previous && this.reporterOf(previous, draft)) ?? previous;
        // "has long sought to ease tensions with Israel that peaked under X, and met Y": after a comma, a verb
        // joins the clause the relative clause hangs in, not the relative clause.
        while (isMark(this.items[k - 1], ',') && coordinated?.link === 'relative' && coordinated.parent !== null) {
          const parentId: number = coordinated.parent;
          coordinated = this.drafts.find((d) => d.id === parentId) ?? coordinated;
          if (coordinated.id !== parentId) break;
        }
        if (coordinated && coordinated.at < k) {
          // "was brokered by Qatar and supported by Egypt": a bare participle joined to a passive shares its "was".
          const verb = this.word(draft.predicate.head);
          if (
            coordinated.predicate.voice === 'passive' &&
            draft.predicate.start === draft.predicate.head &&
            (verb.tags.has('PastTense') || verb.tags.has('Participle')) &&
            draft.preps.some((x) => x.prep === 'by')
          )
            draft.predicate = { ...draft.predicate, voice: 'passive' };
          return this.link(draft, 'coordinated', coordinated, coordinated.subject);
        }
        return;
      }
      if (it.kind === 'punct' && (it.text === ',' || it.text === '"' || it.text === '(' || it.text === ')')) continue;
      // "Scholz, who is on his trip to Asia since the pandemic began, met Xi": a relative clause closed by a verb of
      // its own (here of a clause inside it) before the comma; the subject is what the relative clause is about.
      const about = isVg(it) && isMark(this.items[k + 1], ',') && k + 2 === i ? this.commaRelativeAntecedent(k) : null;
      if (about) return this.link(draft, 'main', undefined, about);
      return;
    }
  }

  /**
   * The phrase a relative pronoun after the phrase at item `at` stands for. A place that only locates a person
   * is passed over ("the Houthis in Yemen, who ..."), and so are the sides a thing lies between when the pronoun
   * is what another subject acts on ("the pipeline between Russia and Germany, which Warsaw opposed"); as a
   * subject it may be the sides ("tensions between Algeria and Morocco, which severed ties in 2021").
   */
  private antecedentItem(at: number, pronoun: string, object: boolean): GroupItem {
    const prep = this.items[at - 1];
    const passedOver =
      prep?.kind === 'prep' &&
      isGroup(this.items[at - 2]) &&
      ((['in', 'at', 'from'].includes(prep.text) && pronoun === 'who') ||
        (object && ['between', 'among'].includes(prep.text) && pronoun === 'which'));
    return (passedOver ? this.items[at - 2] : this.items[at]) as GroupItem;
  }

  /**
   * What a relative clause is about when it follows a list: "A, B and C, which makes X" agrees with the last
   * name only (a singular verb); a plural or past verb may be about the whole list.
   */
  private agreeing(group: NounGroup, draft: Draft): NounGroup {
    const verb = this.word(draft.predicate.head);
    const last = group.members[group.members.length - 1];
    // "... and a former Soviet republic that has long bought": the auxiliary agrees when the verb cannot.
    const auxiliary = this.word(draft.predicate.start).lower;
    const singular =
      (verb.tags.has('PresentTense') && !verb.tags.has('Infinitive') && /[^s]s$|^(is|has|was)$/.test(verb.lower)) ||
      (draft.predicate.start < draft.predicate.head && /^(is|has|was|does)$/.test(auxiliary));
    return group.members.length > 1 && singular && last ? { start: last.start, end: last.end, members: [last] } : group;
  }

  /**
   * The phrase before the comma that opens a description `g` set beside it ("X, a former commander ..."); not
   * a phrase a preposition governs ("In mid-August, Iran's Guard, that ...": the Guard is no description).
   */
  private describedBeside(g: NounGroup): NounGroup | null {
    const at = this.items.findIndex((it) => isGroup(it) && it.group === g);
    const before = this.items[at - 2];
    const description = ['a', 'an', 'the'].includes(this.word(g.start).lower);
    const governed = this.items[at - 3]?.kind === 'prep';
    return description && !governed && isMark(this.items[at - 1], ',') && isGroup(before) ? before.group : null;
  }

  /**
   * The phrase a relative clause set off by commas and holding item `k` is about ("X, who ... k ,"), or null;
   * the relative clause may follow a description of it ("X, a former commander who ... k ,").
   */
  private commaRelativeAntecedent(k: number): NounGroup | null {
    let j = k;
    while (j > 0 && !isMark(this.items[j - 1], ',')) j--;
    const before = this.items[j - 2];
    const opens = this.items[j]?.kind === 'rel' || (isGroup(this.items[j]) && this.items[j + 1]?.kind === 'rel');
    return opens && isGroup(before) ? before.group : null;
  }

  /**
   * "Iran, which has backed X, and Saudi Arabia agreed": the phrase at item `k` after ", and" that
   * closes a relative clause is coordinated with the phrase the relative clause is about; both are
   * the subject (the phrase reader does not join them, as the relative clause stands between).
   */
  private coordinatedAcrossRelative(k: number): NounGroup | null {
    const conj = this.items[k - 1];
    if (conj?.kind !== 'conj' || conj.text !== 'and' || !isMark(this.items[k - 2], ',')) return null;
    const inner = this.innerAt(k - 3);
    const first = inner?.link === 'relative' ? (this.antecedents.get(inner.id) ?? inner.subject) : null;
    const second = (this.items[k] as GroupItem).group;
    if (!first || first.end > second.start) return null;
    return { start: first.start, end: second.end, members: [...first.members, ...second.members] };
  }

  /**
   * "the drones which Turkey supplied", "Rafale fighters that Jakarta ordered from Dassault": a relative
   * clause whose subject, at item `k`, follows its pronoun and whose verb has no object of its own is about
   * its object, the antecedent. After "that" only where no noun of claim or addressee of a verb of saying
   * takes it as a complement ("reports that Iran supplied", "warned Chile that sanctions would follow").
   */
  private objectRelative(k: number, draft: Draft): boolean {
    const rel = this.items[k - 1];
    const p = draft.predicate;
    if (!rel || draft.objects.length > 0 || p.voice !== 'active' || p.form !== 'finite' || this.byAfter(draft.at))
      return false;
    const pronoun = rel.kind === 'rel' && ['which', 'that', 'whom'].includes(rel.text);
    const complementThat = rel.kind === 'comp' && rel.text === 'that';
    if (!pronoun && !complementThat) return false;
    const at = isGroup(this.items[k - 2]) ? k - 2 : isMark(this.items[k - 2], ',') && pronoun ? k - 3 : -1;
    if (!isGroup(this.items[at])) return false;
    const ante = pronoun ? this.antecedentItem(at, rel.text, true) : (this.items[at] as GroupItem);
    if (complementThat) {
      // "warned Chile that ...": a name after a verb of saying is whom it is said to; "added jets that" is no saying.
      const head = this.word(lastPhrase(ante.group).head);
      const before = this.previousClause(at);
      const addressee = before !== undefined && this.lex.reporting.has(before.predicate.lemma) && head.capitalized;
      // "guarantees that the jets will not be armed": a verb group with an auxiliary after "that" reads as the
      // content of a complement more often than as a relative clause.
      if (this.lex.claimNouns.has(head.lower) || addressee || this.hasAuxiliary(draft.at)) return false;
    }
    draft.from = k - 1;
    draft.objects = [ante.group];
    this.antecedents.set(draft.id, ante.group);
    this.link(draft, 'relative', this.previousClause(k), (this.items[k] as GroupItem).group);
    return true;
  }

  /**
   * "a conflict in which both A and B are entrenched", "the talks at which X spoke": the subject at
   * item `k` follows a preposition and a relative pronoun; the antecedent fills that preposition.
   */
  private prepositionalRelative(k: number, draft: Draft): boolean {
    const rel = this.items[k - 1];
    const prep = this.items[k - 2];
    if (rel?.kind !== 'rel' || prep?.kind !== 'prep' || !['which', 'whom'].includes(rel.text)) return false;
    let at = isGroup(this.items[k - 3]) ? k - 3 : isMark(this.items[k - 3], ',') ? k - 4 : -1;
    // "a meeting in Abuja on June 3 at which A and B agreed": past the place and time phrases of the noun, it.
    while (
      at >= 2 &&
      isGroup(this.items[at]) &&
      this.isPlaceOrTime((this.items[at] as GroupItem).group) &&
      this.items[at - 1]?.kind === 'prep' &&
      isGroup(this.items[at - 2])
    )
      at -= 2;
    const ante = this.items[at];
    if (!isGroup(ante)) return false;
    draft.from = k - 2;
    draft.preps = [...draft.preps, { prep: prep.text, at: prep.word, group: ante.group }];
    this.antecedents.set(draft.id, ante.group);
    this.link(draft, 'relative', this.previousClause(k), (this.items[k] as GroupItem).group);
    return true;
  }

  /**
   * "Ana Ruiz, whose party won the vote, accused Chile", "sanctioned the company, whose drones were used in
   * Sudan": a relative clause opened by "whose" has the possessed noun at item `k` for its subject, and is about
   * the phrase before the pronoun, as a clause opened by "who" is; the verb after its closing comma takes that
   * phrase for its subject, not the clause's last phrase.
   */
  private possessiveRelative(k: number, draft: Draft): boolean {
    // "whose government Lima does not recognise": the possessed noun is the object when a subject follows it.
    const before = this.items[k - 1];
    const possessed = isGroup(before) && draft.objects.length === 0 ? before : undefined;
    const r = possessed ? k - 2 : k - 1;
    const rel = this.items[r];
    if (rel?.kind !== 'rel' || rel.text !== 'whose') return false;
    const at = isGroup(this.items[r - 1])
      ? r - 1
      : isMark(this.items[r - 1], ',') && isGroup(this.items[r - 2])
        ? r - 2
        : -1;
    if (at < 0) return false;
    draft.from = r;
    if (possessed) draft.objects = [possessed.group];
    this.antecedents.set(draft.id, this.antecedentItem(at, 'whose', false).group);
    this.link(draft, 'relative', this.previousClause(r), (this.items[k] as GroupItem).group);
    return true;
  }

  /** Whether the phrase before the preposition at item `k` ends in the "of" complement of an office ("the head of X forces"). */
  private placesOfficeComplement(k: number): boolean {
    const before = this.items[k - 1];
    const last = isGroup(before) ? before.group.members[before.group.members.length - 1] : undefined;
    return last?.of !== null && last?.of !== undefined && this.lex.offices.has(this.word(last.head).lower);
  }

  private findArguments(i: number, draft: Draft): void {
    let k = i + 1;
    const objects: NounGroup[] = [];
    const preps: PrepArgument[] = [];
    // "signed on Wednesday a memorandum", "met last week the envoy": a time before the object is an adjunct.
    for (;;) {
      const it = this.items[k];
      const next = this.items[k + 1];
      if (isGroup(it) && this.isTemporal(it.group) && isGroup(next)) k++;
      else if (it?.kind === 'prep' && isGroup(next) && this.isTemporal(next.group) && isGroup(this.items[k + 2])) {
        preps.push({ prep: it.text, at: it.word, group: next.group });
        k += 2;
      } else break;
    }
    while (isGroup(this.items[k]) && objects.length < 2 && !this.isTemporal((this.items[k] as GroupItem).group)) {
      // "told reporters Iran supplied ...": a phrase right before a verb is the next clause's subject.
      if (objects.length > 0 && this.startsClause(k)) break;
      const lemma = draft.predicate.lemma;
      const reports = this.lex.reporting.has(lemma) || this.lex.complementVerbs.has(lemma);
      if (reports && this.startsClause(k)) break;
      // "saying Chilean membership in the bloc was a threat", 'said the country "does not export"': past its own
      // phrases, or a quote opening on its verb, too; not the first phrase after "tell", whom it tells.
      const addressee = objects.length === 0 && this.lex.addresseeReporting.has(lemma);
      if (reports && !addressee && this.subjectBeforeItsVerb(k)) break;
      objects.push((this.items[k] as GroupItem).group);
      k++;
      while (isMark(this.items[k], '"')) k++;
    }
    for (;;) {
      const it = this.items[k];
      const next = this.items[k + 1];
      if (it?.kind === 'prep' && isGroup(next)) {
        // "attended by the head of U.S. forces in Africa": a place after the "of" complement of an office is where
        // what the office heads is, not where the clause happens.
        if ((it.text === 'in' || it.text === 'at') && this.placesOfficeComplement(k)) {
          k += 2;
          continue;
        }
        // A phrase right before a verb begins another clause ("in Moscow the ministers agreed" is rare; "with X saying" common).
        if (
          isVg(this.items[k + 2]) &&
          this.items[k + 2] &&
          (this.items[k + 2] as VerbGroupItem).predicate.form !== 'gerund' &&
          !this.lex.attributionPrepositions.has(it.text)
        ) {
          preps.push({ prep: it.text, at: it.word, group: next.group });
          k += 2;
          break;
        }
        preps.push({ prep: it.text, at: it.word, group: next.group });
        k += 2;
        continue;
      }
      // A time is skipped, not one of an event ("on the first day of his visit to X": X is the visit's).
      if (isMark(it, '"') || (isGroup(it) && this.isTemporal(it.group) && !it.group.members.some((m) => m.of))) {
        k++;
        continue;
      }
      if (
        isMark(it, ',') &&
        this.items[k + 1]?.kind === 'prep' &&
        isGroup(this.items[k + 2]) &&
        !isVg(this.items[k + 3])
      ) {
        k++;
        continue;
      }
      break;
    }
    draft.objects = objects;
    draft.preps = preps;
    draft.until = k - 1;
  }

  /**
   * Whether a finite verb group with no subject of its own follows item `k`
   * (after commas or quotes when `overCommas`: "The deal, struck in X, was";
   * right after it otherwise: "the memorandum signed in X by Y was").
   */
  private finiteVerbAfter(k: number, overCommas: boolean): boolean {
    let j = k + 1;
    while (overCommas && (isMark(this.items[j], ',') || isMark(this.items[j], '"'))) j++;
    const it = this.items[j];
    // "met for a summit hosted by X": a bare verb before "by" is a participle, no finite verb.
    return isVg(it) && (it.auxiliary || (it.predicate.form === 'finite' && !this.byAfter(j)));
  }

  /** Whether the verb at item `i` is followed by "by" (", signed by X, Y and Z,": a passive participle). */
  private byAfter(i: number): boolean {
    const next = this.items[i + 1];
    return next?.kind === 'prep' && next.text === 'by';
  }

  /** A name or a time: "in Abuja", "on June 3" (what a phrase of place or time after a noun says of it). */
  private isPlaceOrTime(g: NounGroup): boolean {
    const first = g.members[0] as NounPhrase;
    return this.isTemporal(g) || (first.bodyStart === first.start && this.word(first.head).capitalized);
  }

  /** A group naming a time ("Wednesday evening", "last week"): an adjunct, never an object. */
  private isTemporal(g: NounGroup): boolean {
    const head = this.word((g.members[0] as NounPhrase).head);
    return head.tags.has('Date') || head.tags.has('Month') || head.tags.has('WeekDay') || TIME_NOUNS.has(head.lower);
  }

  /**
   * Whether the group at item `k` is the subject of a finite verb after its own prepositional phrases or a quote
   * opening before the verb ("membership in the bloc was", 'the country "does not'), no participle taking "by".
   */
  private subjectBeforeItsVerb(k: number): boolean {
    let j = k + 1;
    for (;;) {
      if (isMark(this.items[j], '"')) j++;
      else if (this.items[j]?.kind === 'prep' && isGroup(this.items[j + 1])) j += 2;
      else break;
    }
    const it = this.items[j];
    return j > k + 1 && isVg(it) && it.predicate.form === 'finite' && !this.byAfter(j);
  }

  /** Whether the group at item `k` is followed by a finite verb group (the subject of a new clause). */
  private startsClause(k: number): boolean {
    const next = this.items[k + 1];
    return isVg(next) && next.predicate.form === 'finite';
  }

  private assignRoles(d: Draft): void {
    const by = d.preps.find((x) => x.prep === 'by');
    const to = d.preps.find((x) => x.prep === 'to' || x.prep === 'for');
    if (d.predicate.voice === 'passive') {
      d.agent = by?.group ?? null;
      // "Moscow was given the S-300 by Iran": a verb of giving keeps its second object; its subject receives it.
      const kept = this.lex.giving.has(d.predicate.lemma) ? d.objects[0] : undefined;
      d.theme = kept ?? d.subject;
      d.recipient = kept ? d.subject : (to?.group ?? null);
      return;
    }
    d.agent = d.subject;
    // "called the pact a betrayal": the second phrase is what the object is called, as "described it as a threat" says.
    if (d.objects.length >= 2 && this.lex.namingVerbs.has(d.predicate.lemma)) {
      d.theme = d.objects[0] ?? null;
      const called = d.objects[1] as NounGroup;
      d.preps = [...d.preps, { prep: 'as', at: called.start, group: called }];
    } else if (d.objects.length >= 2) {
      d.recipient = d.objects[0] ?? null;
      d.theme = d.objects[1] ?? null;
    } else {
      d.theme = d.objects[0] ?? null;
      d.recipient = to?.group ?? null;
    }
  }

  /** "Speaking to journalists ..., Erdogan said": an opening participle's subject is the main clause's. */
  private openingParticiples(): void {
    for (const d of this.drafts) {
      if (
        d.subject !== null ||
        (d.predicate.form !== 'gerund' && d.predicate.form !== 'participle' && d.predicate.form !== 'infinitive')
      )
        continue;
      if (this.items.slice(0, d.at).some((it) => isVg(it))) continue;
      const main = this.drafts.find((x) => x.at > d.until && x.subject !== null && x.predicate.form === 'finite');
      if (!main) continue;
      d.link = 'participial';
      d.parent = main.id;
      d.subject = main.subject;
      if (d.predicate.form === 'participle') d.predicate.voice = 'passive';
      this.assignRoles(d);
    }
  }

  /** Event nouns as predicates: "Turkey's purchase of the S-400 from Russia", "held talks with Lavrov". */
  private nominalClauses(): void {
    const seen = new Set<NounPhrase>();
    this.items.forEach((it, i) => {
      if (!isGroup(it)) return;
      for (const phrase of phrasesIn(it.group)) {
        if (seen.has(phrase)) continue;
        seen.add(phrase);
        const head = this.word(phrase.head);
        const lemma = this.lex.eventNouns.get(head.lower) ?? this.lex.eventNouns.get(head.lemma);
        if (!lemma || phrase.head < phrase.bodyStart) continue;
        // Only where the noun is the phrase's head, not a modifier ("the supply chain"), or the event a counting noun
        // heading the phrase counts ("held two rounds of talks with X").
        const counter = (m: NounPhrase) => {
          const w = this.word(m.head);
          return this.lex.eventCounters.has(w.lower) || this.lex.eventCounters.has(w.lemma);
        };
        const top =
          it.group.members.includes(phrase) || it.group.members.some((m) => m.of?.members[0] === phrase && counter(m));
        // "Heavy fighting broke out between A and B": an intransitive verb's phrases are the event's too;
        // a passive's are not ("the export of X, developed by A and B": A and B develop, not export).
        const host = top
          ? this.drafts.find(
              (d) =>
                d.subject === it.group &&
                d.objects.length === 0 &&
                d.link !== 'nominal' &&
                d.predicate.voice === 'active',
            )
          : undefined;
        const preps = top ? [...this.prepsAfter(i), ...(host?.preps ?? [])] : [];
        const governing = this.drafts.find((d) => d.objects[0] === it.group || d.objects[0]?.members.includes(phrase));
        // "engage in weapon sales": a verb taking the event after its preposition acts it, like a light verb.
        const taking =
          top && this.items[i - 1]?.kind === 'prep'
            ? this.drafts.find(
                (d) =>
                  d.link !== 'nominal' &&
                  d.predicate.voice === 'active' &&
                  this.lex.eventVerbs.get(d.predicate.lemma) === (this.items[i - 1] as FunctionItem).text &&
                  d.preps.some((x) => x.group === it.group),
              )
            : undefined;
        const light = top && governing && this.lex.lightVerbs.has(governing.predicate.lemma) ? governing : taking;
        // "is considering the purchase of X", "plans the purchase of X": a verb of wishing or planning that takes an
        // infinitive ("wants to buy") takes an event noun the same way; its subject does the act, only sought or
        // planned ("stopping the conflict", "continued the talks" say nothing of who fights or talks). Its object
        // follows it right away: a particle makes another verb ("set up ties").
        const frameCertainty = governing ? this.lex.catenatives.get(governing.predicate.lemma) : undefined;
        const controlling =
          top &&
          governing &&
          !light &&
          governing.predicate.voice === 'active' &&
          (frameCertainty === 'sought' || frameCertainty === 'planned') &&
          it.group.start === governing.predicate.head + 1
            ? governing
            : undefined;
        const cues = relationCues().classesOf(lemma);
        // "requested the sale of Harpoon systems": a handing-over one asks for is to be received, not given.
        const requested = controlling && frameCertainty === 'sought' && cues.has('supply') ? controlling : undefined;
        const by = preps.find((x) => x.prep === 'by');
        // "arrived in Washington for talks with X": an event in a phrase of a clause is that clause's agent's.
        // "returning from a trip to X", "back from talks with Y": a journey or meeting one comes back from is one's own.
        const frame = this.items[i - 1]?.kind === 'prep' ? (this.items[i - 1] as FunctionItem).text : '';
        const cameFrom = frame === 'from' && JOURNEYS.some((c) => cues.has(c));
        // "Narendra Modi, on a visit to Moscow, met ...": a journey set off by commas after a name is that name's.
        const named = this.items[i - 3];
        const setOff =
          top &&
          EVENT_FRAMES.has(frame) &&
          isMark(this.items[i - 2], ',') &&
          isGroup(named) &&
          JOURNEYS.some((c) => cues.has(c))
            ? named.group
            : null;
        // "amid tensions with Turkey": the agent is a party; "signed a pact amid tensions": a circumstance, nobody's act.
        const circumstance = AMID.has(frame) && !preps.some((x) => x.prep === 'with' || x.prep === 'against');
        // "a meeting in Abuja at which A and B agreed": a relative clause framed by the event it follows.
        const relativeFrame = (d: Draft) =>
          d.link === 'relative' && d.preps.some((x) => x.group === it.group && EVENT_FRAMES.has(x.prep));
        const framing = !top
          ? undefined
          : (this.drafts.find(relativeFrame) ??
            (!circumstance && (EVENT_FRAMES.has(frame) || cameFrom)
              ? this.drafts.find((d) => d.link !== 'nominal' && d.preps.some((x) => x.group === it.group))
              : undefined));
        // "Putin's foreign trips, including visits to China and Vietnam", "Lula's trips abroad this year, including
        // visits to ...": an event's examples are its doer's.
        let example = i - 2;
        while (
          isMark(this.items[example], ',') ||
          (isGroup(this.items[example]) && this.isTemporal((this.items[example] as GroupItem).group))
        )
          example--;
        // "held talks with China over the purchase of jets", "is in talks with France on the purchase of": what talks
        // are about is under negotiation, and a purchase is the negotiating party's.
        const negotiations =
          top && TOPICS.has(frame)
            ? this.drafts.filter((d) => d.preps.some((x) => x.group === it.group) && this.negotiates(d))
            : [];
        // The talks themselves before the verb that holds them (or suspends them: no judgement of the purchase).
        const negotiation = negotiations.find((d) => d.link === 'nominal') ?? negotiations[0];
        const negotiatedPurchase = cues.has('acquire') ? negotiations.find((d) => d.agent)?.agent : undefined;
        const exampled = this.items[example];
        const exemplified =
          top && !phrase.possessor && this.lex.exemplifying.has(frame) && isGroup(exampled)
            ? this.drafts.find(
                (d) =>
                  d.link === 'nominal' &&
                  d.subject !== null &&
                  exampled.group.members.some((m) => m.head === d.predicate.head),
              )
            : undefined;
        const encounter =
          top && !phrase.possessor && !framing && relationCues().classesOf(lemma).has('meet')
            ? this.encounterHost(i)
            : undefined;
        // "received support from X": the light verb's subject benefits, the "from" phrase acts.
        // "took delivery of jets from X": the subject is handed the jets, X delivers them.
        const receives = (verb: string) =>
          this.lex.receivingVerbs.has(verb) || (this.lex.receivingTransfers.get(verb)?.has(head.lower) ?? false);
        const received = light && receives(light.predicate.lemma) ? light : undefined;
        const from = received?.preps.find((x) => x.prep === 'from')?.group ?? null;
        const backing = relationCues().classesOf(lemma).has('support');
        const withPhrase = top && !light && isFunction(this.items[i - 1], 'with');
        // "Y's aggression with the support of X": the possessed act right before "with" is backed, by its doer.
        const before = this.items[i - 2];
        const doer = backing && withPhrase && isGroup(before) ? lastPhrase(before.group).possessor : null;
        const backedDoer = doer ? single(doer) : null;
        // "attacked with the support of X", "with X's backing": X acts, for the clause the phrase is in.
        const alongside =
          withPhrase && !backedDoer
            ? this.drafts.find((d) => d.link !== 'nominal' && d.preps.some((x) => x.group === it.group))
            : undefined;
        const accompanying = alongside && backing ? alongside : undefined;
        // "enjoys the backing of X": the "of" phrase gives what is received, or, for backing, who gives it.
        const backedBy = (received && !from && backing) || accompanying || backedDoer ? phrase.of : null;
        // "confirmed joint exercises with Russia": a joint event the verb's subject reports is its own, with the partner.
        const joint = this.words.slice(phrase.bodyStart, phrase.head).some((w) => w.lower === 'joint');
        const jointAgent = joint && governing?.predicate.voice === 'active' ? governing.agent : null;
        // "Turkey, whose relations with Israel collapsed": "whose" owns the event; it is the phrase it follows.
        const rel = this.items[i - 1];
        const whoseAt = isGroup(this.items[i - 2]) ? i - 2 : isMark(this.items[i - 2], ',') ? i - 3 : -1;
        const whose =
          top && rel?.kind === 'rel' && rel.text === 'whose' && isGroup(this.items[whoseAt])
            ? (this.items[whoseAt] as GroupItem).group
            : null;
        const agent = phrase.possessor
          ? this.possessors(it.group, phrase)
          : whose
            ? whose
            : backedBy
              ? backedBy
              : received
                ? from
                : (light?.agent ??
                  by?.group ??
                  negotiatedPurchase ??
                  exemplified?.subject ??
                  framing?.agent ??
                  setOff ??
                  encounter?.subject ??
                  jointAgent ??
                  (requested ? null : controlling?.agent) ??
                  null);
        const beneficiary = accompanying?.agent ?? backedDoer ?? received?.agent ?? null;
        // "thanked X in a phone call", "told X during a call that ...": a call that names no partner is with whom
        // the clause it frames addresses.
        const partnerNamed = preps.some((x) => x.prep === 'with' || x.prep === 'between');
        // "apologised to X in a call", "explained to X during a call": whom the clause's verb speaks to.
        const callHost = relationCues().classesOf(lemma).has('meet') ? (encounter ?? framing) : undefined;
        const addressed =
          callHost && !phrase.of && !partnerNamed && this.lex.addressing.has(callHost.predicate.lemma)
            ? (callHost.objects[0] ?? callHost.preps.find((x) => x.prep === 'to')?.group ?? null)
            : null;
        // "struck Iran in retaliation for a missile attack by Tehran": an attack answered was on who answers it.
        const answered =
          top && RETALIATING.has(frame) && cues.has('fight') && !preps.some((x) => TARGETING.has(x.prep))
            ? (this.drafts.find((d) => d.link !== 'nominal' && d.preps.some((x) => x.group === it.group))?.agent ??
              null)
            : null;
        const theme =
          accompanying || backedDoer || (received && (backedBy || !phrase.of))
            ? beneficiary
            : (phrase.of ?? addressed ?? answered);
        const predicate: Predicate = {
          start: phrase.start,
          end: phrase.end,
          head: phrase.head,
          lemma,
          form: 'noun',
          tense: light?.predicate.tense ?? null,
          voice: 'active',
          // "Kenya is not at war with Somalia": a state a negated "be" denies is denied with it.
          negated: light?.predicate.negated ?? (framing?.predicate.lemma === 'be' && framing.predicate.negated),
          modal: light?.predicate.modal ?? null,
          frames: light
            ? [...light.predicate.frames]
            : controlling
              ? [...controlling.predicate.frames, controlling.predicate.lemma]
              : [],
          light: light ? light.predicate.lemma : null,
        };
        const allPreps = light ? [...light.preps] : preps;
        this.drafts.push({
          id: this.nextId++,
          sentence: this.sentence,
          predicate,
          link: 'nominal',
          // "will travel to X for talks with Y": what a journey is for is no surer than the journey.
          parent:
            (light ?? governing ?? negotiation ?? (frame === 'for' ? journeyFor(framing) : undefined))?.id ?? null,
          subject: agent,
          objects: phrase.of ? [phrase.of] : [],
          preps: allPreps,
          agent,
          theme,
          recipient:
            received?.agent ??
            requested?.agent ??
            allPreps.find((x) => x.prep === 'to' || x.prep === 'for')?.group ??
            null,
          attribution: null,
          certainty: 'asserted',
          counter: null,
          speech: false,
          at: i,
          from: i,
          until: i,
        });
      }
    });
  }

  /** Whether a clause holds or is talks or negotiations ("negotiated", "held talks", "is in talks", the noun itself). */
  private negotiates(d: Draft): boolean {
    const talks = (k: number | undefined) => k !== undefined && NEGOTIATING.has(this.words[k]!.lemma);
    return (
      talks(d.predicate.head) ||
      talks(d.theme?.members[0]?.head) ||
      d.preps.some((x) => x.prep === 'in' && talks(x.group.members[0]?.head))
    );
  }

  /**
   * The clause a meeting framed by "in" or "during" is the circumstance of, whose subject had the
   * meeting: "X said in a call with Y" (a phrase of the clause), "X, in talks with Y, praised ..."
   * (right after the subject), "In a meeting with Y, X said ..." (fronted before the subject).
   */
  private encounterHost(i: number): Draft | undefined {
    const prep = this.items[i - 1];
    const group = this.items[i];
    if (prep?.kind !== 'prep' || !ENCOUNTER_FRAMES.has(prep.text) || !isGroup(group)) return undefined;
    const verbal = this.drafts.filter((d) => d.link !== 'nominal' && d.subject !== null);
    const holding = verbal.find((d) => d.preps.some((x) => x.group === group.group));
    if (holding) return holding;
    const before = this.items[i - 2];
    if (isGroup(before)) return verbal.find((d) => d.subject === before.group && d.at > i);
    return i === 1 ? verbal.find((d) => d.at > i && d.predicate.form === 'finite') : undefined;
  }

  /**
   * Whose an event is: its possessor, with the bare names coordinated before
   * it ("Finland and Sweden's NATO bid": both bid).
   */
  private possessors(group: NounGroup, phrase: NounPhrase): NounGroup {
    const owner = phrase.possessor as NounPhrase;
    const members = group.members;
    const bare = (m: NounPhrase) =>
      m.start === m.bodyStart && !m.of && !m.possessor && m.appositions.length === 0 && this.word(m.start).capitalized;
    if (members.length < 2 || members[members.length - 1] !== phrase || !members.slice(0, -1).every(bare))
      return single(owner);
    return { start: group.start, end: owner.end, members: [...members.slice(0, -1), owner] };
  }

  private prepsAfter(i: number): PrepArgument[] {
    const out: PrepArgument[] = [];
    // "confirmed “joint exercises” with Russia": a quote closing the event noun does not end its phrases.
    let k = isMark(this.items[i + 1], '"') ? i + 2 : i + 1;
    while (this.items[k]?.kind === 'prep' && isGroup(this.items[k + 1])) {
      const p = this.items[k] as FunctionItem;
      out.push({ prep: p.text, at: p.word, group: (this.items[k + 1] as GroupItem).group });
      k += 2;
    }
    return out;
  }

  private hasAuxiliary(i: number): boolean {
    const it = this.items[i];
    return isVg(it) && it.auxiliary;
  }

  /** The id the next sentence's clauses start from. */
  get idAfter(): number {
    return this.nextId;
  }
}

function isParticiple(w: Word): boolean {
  return (
    (w.tags.has('PastTense') || w.tags.has('Participle') || w.tags.has('Passive')) &&
    !w.tags.has('Gerund') &&
    lemmaOf(w) !== w.lower
  );
}

/** The innermost last phrase of a group ("the conditions of [Y's aggression]"). */
function lastPhrase(group: NounGroup): NounPhrase {
  let p = group.members[group.members.length - 1] as NounPhrase;
  while (p.of) p = p.of.members[p.of.members.length - 1] as NounPhrase;
  return p;
}

/** A trip's clause ("will travel", "arrived", "is visiting"), or undefined (a host receives no one "for" anything). */
function journeyFor(d: Draft | undefined): Draft | undefined {
  const cues = d ? relationCues().classesOf(d.predicate.lemma) : undefined;
  return cues && (cues.has('travel') || cues.has('visit')) ? d : undefined;
}

/** The phrase a participle right after a group modifies: the last noun ("customer of [the jet] developed by"). */
function nearestNoun(words: readonly Word[], group: NounGroup): NounGroup {
  let p = group.members[group.members.length - 1] as NounPhrase;
  // Only into a determined or named "of" phrase: "the memorandum of understanding signed by" stays whole,
  // "the inspection of S-400s purchased from" does not.
  const opens = (q: NounPhrase) => {
    const w = words[q.start] as Word;
    return w.tags.has('Determiner') || w.capitalized;
  };
  while (p.of && p.of.members.length === 1 && opens(p.of.members[0] as NounPhrase)) p = p.of.members[0] as NounPhrase;
  return p === group.members[group.members.length - 1] ? group : single(p);
}
