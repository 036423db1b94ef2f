/**
 * The rule engine: for each clause of a sentence, the rules of the cue
 * classes its predicate belongs to read their two ends from the clause's
 * arguments and record the relation with the rule's id, the certainty and
 * the attribution of the clause. Function rules run once per sentence or
 * once per article, through the same recording call.
 */
import { weakerCertainty, type Certainty } from '../../../core/claims.js';
import type { RelationProperties } from '../../../core/domain.js';
import type { EntityKind, RelationType } from '../../../core/ontology.js';
import type {
  ArticleClauses,
  Attribution,
  Clause,
  NounGroup,
  NounPhrase,
  PrepArgument,
  WordRange,
} from '../../clauses/index.js';
import { clauseWords } from '../../lexicon/clause-words.js';
import { relationCues, type CueClass, type NounClass } from '../../lexicon/relation-cues.js';
import type { Sentence, Word } from '../../parse/parse.js';
import { classesAgree } from '../../resolve/nameless.js';
import type { EntityRegistry } from '../../resolve/registry.js';
import type { Endpoint, Provenance, RelationCollector } from '../collector.js';
import { LOCATIVE, type SentenceReader, type SentenceView } from '../sentence-view.js';
import { endpointsOf, type EndpointOptions } from './endpoints.js';
import { isOtherMaker } from './makers.js';
import {
  isClauseRule,
  isFunctionRule,
  isPairwiseRule,
  type ClauseRule,
  type FunctionRule,
  type PairwiseRule,
  type RelationRule,
  type Slot,
} from './types.js';

/** What a function rule sees: the sentence, its clauses and mentions, and how to record a relation. */
export interface RuleContext {
  reader: SentenceReader;
  registry: EntityRegistry;
  clauses: ArticleClauses;
  out: RelationCollector;
  /** Records a relation stated by `sentence`, as this rule, with the given (default: asserted) certainty. */
  emit: (
    type: RelationType,
    subject: Endpoint,
    object: Endpoint,
    sentence: Sentence,
    options?: { properties?: RelationProperties; certainty?: Certainty; clause?: Clause },
  ) => void;
}

export type SentenceFunction = (ctx: RuleContext, view: SentenceView) => void;
export type ArticleFunction = (ctx: RuleContext, views: readonly SentenceView[]) => void;
export type RuleFunction = { scope: 'sentence'; run: SentenceFunction } | { scope: 'article'; run: ArticleFunction };

/**
 * Prepositions after which a capital is a place, not its government acting: the locative ones,
 * except 'for' and 'on' (a capital acts "for" or "on" something), plus 'over' (a flight over it).
 */
const LOCATIVE_SLOTS = new Set([...[...LOCATIVE].filter((p) => p !== 'for' && p !== 'on'), 'over']);

/** Where a clause says it happened (PairwiseRule.venue): "signed in Lima", "at the State Department". */
const VENUE_SLOTS: readonly Slot[] = ['prep:in', 'prep:at'];
const VENUES: readonly EntityKind[] = ['Place', 'Country', 'Organization'];

/** Cue classes whose "from" names the seller, a party: "bought Su-30s from Moscow", "ordered jets from Paris". */
const SELLER_FROM: ReadonlySet<ClauseRule['cue']> = new Set(['acquire', 'seek']);

/** Cue classes whose "at" names the target, a party: "fired missiles at Ukrainian cities", "fired at Kyiv". */
const TARGET_AT: ReadonlySet<ClauseRule['cue']> = new Set(['fire']);

/** Whether a slot of a rule's clause names someone acting (a capital there is its state) rather than a place. */
export function isActing(slot: Slot, cue?: ClauseRule['cue']): boolean {
  if (slot === 'prep:from' && cue !== undefined && SELLER_FROM.has(cue)) return true;
  if (slot === 'prep:at' && cue !== undefined && TARGET_AT.has(cue)) return true;
  return !slot.startsWith('prep:') || !LOCATIVE_SLOTS.has(slot.slice('prep:'.length));
}

/**
 * The groups a slot names in a clause, with the members an "including" or "such as" phrase right
 * after one of them names ("welcomed by many, including A and B": A and B welcomed it).
 */
export function slotGroups(
  c: Clause,
  slot: Slot,
  clauses: readonly Clause[] = [],
  words: readonly Word[] = [],
): NounGroup[] {
  const groups = ownSlotGroups(c, slot, clauses, words);
  const exemplifying = clauseWords().exemplifying;
  const own = slot === 'self' || slot === 'speaker' || /^(owner|parent|region):/.test(slot);
  if (own || exemplifying.has(slot.slice('prep:'.length))) return groups;
  const members = c.preps.filter((p) => exemplifying.has(p.prep) && groups.some((g) => g.end === p.at));
  return members.length === 0 ? groups : [...groups, ...members.map((p) => p.group)];
}

/** The groups a slot names in a clause (`parent:` slots read the clause it depends on, from `clauses`). */
function ownSlotGroups(
  c: Clause,
  slot: Slot,
  clauses: readonly Clause[] = [],
  words: readonly Word[] = [],
): NounGroup[] {
  if (slot.startsWith('owner:')) {
    // "Y's handling of the war", "60 percent of Y's arms": the possessor, through a quantity's "of";
    // not of a name ("arming Sudan's RSF" arms the RSF, not Sudan).
    const owners: NounGroup[] = [];
    const visit = (p: NounPhrase) => {
      const head = words[p.head];
      if (p.possessor && !head?.capitalized)
        owners.push({ start: p.possessor.start, end: p.possessor.end, members: [p.possessor] });
      else if (p.of && head && (head.tags.has('Value') || relationCues().transparentNouns.has(head.lower)))
        p.of.members.forEach(visit);
    };
    slotGroups(c, slot.slice('owner:'.length) as Slot, clauses).forEach((g) => g.members.forEach(visit));
    return owners;
  }
  if (slot.startsWith('region:')) {
    // "travelled to Russia's far east", "visited Syria's north": the owner of a part of a country.
    const regions = relationCues().nounClasses.region;
    return slotGroups(c, slot.slice('region:'.length) as Slot, clauses).flatMap((g) =>
      g.members.flatMap((p) =>
        p.possessor && regions.has(words[p.head]?.lower ?? '')
          ? [{ start: p.possessor.start, end: p.possessor.end, members: [p.possessor] }]
          : [],
      ),
    );
  }
  if (slot.startsWith('parent:')) {
    const parent = clauses.find((x) => x.id === c.parent);
    return parent ? slotGroups(parent, slot.slice('parent:'.length) as Slot, clauses) : [];
  }
  switch (slot) {
    case 'agent':
      return c.agent ? [c.agent] : [];
    case 'theme':
      return c.theme ? [c.theme] : [];
    case 'speaker':
      return c.attribution?.source ? [c.attribution.source] : [];
    case 'self': {
      // The event noun's own phrase ("the war between A and B": the war).
      if (c.predicate.form !== 'noun') return [];
      const p = c.predicate;
      const phrase = {
        start: p.start,
        end: p.end,
        head: p.head,
        bodyStart: p.start,
        possessor: null,
        of: null,
        appositions: [],
        list: null,
      };
      return [{ start: p.start, end: p.end, members: [phrase] }];
    }
    case 'recipient': {
      // "supplied Russia with drones", "Russia was supplied with drones": with a "with" phrase, the theme receives.
      if (c.recipient) return [c.recipient];
      const withGoods = c.preps.some((p) => p.prep === 'with');
      return withGoods && c.theme ? [c.theme] : [];
    }
    case 'goods': {
      // A passive's "with" phrase is the goods only where its subject receives ("was delivered to X with Y" is not).
      const withGoods = c.preps.find((p) => p.prep === 'with');
      if (withGoods && (c.predicate.voice === 'active' || !c.recipient)) return [withGoods.group];
      return c.theme ? [c.theme] : [];
    }
    default: {
      const prep = slot.slice('prep:'.length);
      // "fought the war with the help of X": backing that comes along names no partner or opponent.
      const backing = (g: NounGroup) => prep === 'with' && g.members.every((m) => isBackingNoun(words[m.head]));
      return c.preps.filter((p) => p.prep === prep && !backing(p.group)).map((p) => p.group);
    }
  }
}

/** An event noun of backing ("help", "support"): what comes "with" it accompanies an act. */
function isBackingNoun(w: Word | undefined): boolean {
  const lemma = w ? clauseWords().eventNouns.get(w.lower) : undefined;
  return lemma !== undefined && relationCues().classesOf(lemma).has('support');
}

function groupText(reader: SentenceReader, g: NounGroup): string {
  const words = reader.ctx.words;
  const first = words[g.start];
  const last = words[g.end - 1];
  return first && last ? reader.ctx.parsed.text.slice(first.start, last.end) : '';
}

/** The provenance of what a clause states: the rule, the clause's certainty and who it is attributed to. */
function provenanceOf(
  reader: SentenceReader,
  view: SentenceView,
  rule: string,
  c: Clause | undefined,
  certainty?: Certainty,
): Provenance {
  return {
    rule,
    certainty: certainty ?? c?.certainty ?? 'asserted',
    attribution: attributionOf(reader, view, c?.attribution ?? null),
  };
}

function attributionOf(reader: SentenceReader, view: SentenceView, a: Attribution | null): Provenance['attribution'] {
  if (!a) return null;
  const entity = a.source
    ? (endpointsOf(reader, view, a.source, ['Person', 'Organization', 'Country'])[0]?.entity ?? null)
    : null;
  return { entity, text: a.source ? groupText(reader, a.source) : a.cue };
}

/**
 * The certainty a rule gives its relation ("wants to buy" states a seeking), as sure as the report that tells it:
 * "Chile wants to buy frigates, its navy said" is reported. A speaker's own stance or act is stated ("Poland said the
 * treaty was illegal": Poland opposes it; "Chile warned Bolivia against signing the accord": Chile opposes it).
 */
function reportedAs(certainty: Certainty, c: Clause, subjects: readonly NounGroup[]): Certainty {
  const report = c.attribution;
  if (!report || (report.source && subjects.includes(report.source))) return certainty;
  return weakerCertainty(certainty, report.certainty);
}

/**
 * Every provenance a clause gives a relation: how the sentence states it and,
 * when the sentence also reports a denial of it ("— a claim denied by Z"),
 * that denial in Z's voice.
 */
function provenancesOf(
  reader: SentenceReader,
  view: SentenceView,
  rule: string,
  c: Clause,
  certainty?: Certainty,
): Provenance[] {
  const stated = provenanceOf(reader, view, rule, c, certainty);
  if (!c.counter || stated.certainty === 'denied') return [stated];
  return [stated, { rule, certainty: 'denied', attribution: attributionOf(reader, view, c.counter) }];
}

/**
 * Whether a clause refuses what it states ("refused to back", "will not
 * support", "should not expect support"): a refusal or a negated future or
 * modal, not a denial of a past fact ("did not back") or a speaker's.
 */
function withheld(c: Clause): boolean {
  const refusal = c.predicate.frames.some((f) => clauseWords().refusals.has(f));
  const refusedAhead = c.predicate.negated && (c.predicate.tense === 'future' || c.predicate.modal !== null);
  return refusal || refusedAhead;
}

/**
 * Whether a verb carries an event noun as its object ("received support from X", "held
 * talks with Y"): its prepositional phrases are the event noun's arguments, read by the
 * event noun's own clause, not the verb's ("from X" is who supports, not who sells).
 */
function isLightCarrier(c: Clause, siblings: readonly Clause[]): boolean {
  if (c.predicate.form === 'noun' || !c.theme) return false;
  const theme = c.theme;
  return siblings.some(
    (n) =>
      n.parent === c.id &&
      n.predicate.form === 'noun' &&
      n.predicate.light === c.predicate.lemma &&
      n.predicate.head >= theme.start &&
      n.predicate.head < theme.end,
  );
}

/**
 * "Indonesia bought jets from France and relies on Russian Su-30s, which it flew over Jakarta": the pronoun
 * subject of a relative clause is the subject of the clause it hangs in, not a name in that clause's phrases.
 * Not after giving something to someone: "Iran sent drones to Russia, which it used" is the recipient's use.
 */
function hostSubject(c: Clause, siblings: readonly Clause[], words: readonly Word[]): NounGroup | null {
  const s = c.subject;
  if (c.link !== 'relative' || !s || s.end - s.start !== 1 || !words[s.start]?.tags.has('Pronoun')) return null;
  const host = siblings.find((x) => x.id === c.parent);
  if (!host?.subject || host.predicate.form !== 'finite' || host.subject.end > s.start) return null;
  return host.preps.some((x) => x.prep === 'to') || host.objects.length > 1 ? null : host.subject;
}

/**
 * The subject of an adverbial clause that opens onto `c` ("if Peru does not pay, it will ...",
 * "if Peru attacks, Chile will fight it"): of the clauses ending before `c` begins (an event noun
 * begins with the verb carrying it), the last whose subject follows a subordinator. For an
 * adverbial clause after one that alarms or angers someone, that clause's subject: the act that
 * alarms is its causer's ("Turkey alarmed Greece when it signed a pact with Libya").
 */
function leadSubject(c: Clause, siblings: readonly Clause[], words: readonly Word[]): NounGroup | null {
  const host = hostSubject(c, siblings, words);
  if (host) return host;
  const carrier = c.predicate.form === 'noun' ? siblings.find((x) => x.id === c.parent) : undefined;
  const clause = carrier ?? c;
  const start = Math.min(clause.predicate.start, clause.subject?.start ?? clause.predicate.start);
  const lex = clauseWords();
  const subordinate = (x: Clause) =>
    x.subject !== null && lex.subordinators.has(words[x.subject.start - 1]?.lower ?? '');
  const before = siblings.filter((x) => x.predicate.end <= start);
  const opening = before.filter(subordinate).pop();
  if (opening) return opening.subject;
  if (!subordinate(clause)) return null;
  const stirring = (x: Clause) =>
    x.predicate.voice === 'active' &&
    [...relationCues().classesOf(x.predicate.lemma)].some((cls) => STIRRING.includes(cls));
  const main = before.filter((x) => x.predicate.form === 'finite').pop();
  return main && stirring(main) ? main.subject : null;
}

/** Prepositions of time that open an adjunct of the clause around them ("during his visit", "after her trip"). */
const TIME_ADJUNCTS = new Set(['during', 'on', 'at', 'before', 'after', 'following', 'since', 'throughout']);

/**
 * "Lula met Xi Jinping during his visit to China": "his" owning an event noun in a time adjunct of a
 * clause is that clause's subject, not the nearest name; with a verb of hosting it is the guest ("Xi
 * received Lula during his visit"). Only when that one is a person: "China signed deals with Lula during
 * his visit" leaves "his" to the nearest name.
 */
function boundPossessor(
  reader: SentenceReader,
  view: SentenceView,
  c: Clause,
  siblings: readonly Clause[],
): NounGroup | null {
  const owner = c.predicate.form === 'noun' && c.agent?.members.length === 1 ? c.agent.members[0] : undefined;
  const pronoun = owner && owner.end - owner.start === 1 ? reader.ctx.words[owner.start]?.lower : undefined;
  if (!owner || (pronoun !== 'his' && pronoun !== 'her')) return null;
  const carrier = siblings.find(
    (x) =>
      x.predicate.form === 'finite' &&
      x.preps.some((p) => TIME_ADJUNCTS.has(p.prep) && p.group.start <= owner.start && c.predicate.head < p.group.end),
  );
  if (!carrier) return null;
  const hosts = relationCues().classesOf(carrier.predicate.lemma).has('host');
  const bound = hosts ? carrier.theme : carrier.agent;
  if (!bound || bound.members.length !== 1 || bound.end > owner.start) return null;
  return endpointsOf(reader, view, bound, ['Person']).length === 1 ? bound : null;
}

/** Cue classes of verbs whose subject causes a feeling by an act ("alarmed", "angered", "worried"). */
const STIRRING: readonly CueClass[] = ['anger', 'worry'];

/**
 * A clause as its own words state it: a prepositional phrase after an event noun that
 * also takes it belongs to that noun, the nearer head ("recalled its envoy over arms
 * sales to Y": Y is whom the sales go to, not where the envoy goes), unless the noun
 * is the verb's own object ("normalized relations with Y").
 */
export function ownArguments(c: Clause, siblings: readonly Clause[]): Clause {
  if (c.predicate.form === 'noun') return c;
  // The verb's own object ("normalized relations with Y", "sent aid to Y") forms one predicate with it.
  const inObject = (k: number) => c.objects.some((o) => o.start <= k && k < o.end);
  const nearer = (p: PrepArgument) =>
    siblings.some(
      (n) =>
        n !== c &&
        n.predicate.form === 'noun' &&
        !inObject(n.predicate.head) &&
        n.predicate.head > c.predicate.head &&
        n.predicate.head < p.at &&
        n.preps.some((x) => x.at === p.at),
    );
  const taken = c.preps.filter(nearer);
  if (taken.length === 0) return c;
  const lost = new Set(taken.map((p) => p.group));
  return {
    ...c,
    preps: c.preps.filter((p) => !lost.has(p.group)),
    recipient: c.recipient && lost.has(c.recipient) ? null : c.recipient,
  };
}

/** Whether a member of a group has its head among some nouns. */
function headedBy(reader: SentenceReader, g: NounGroup | null, nouns: ReadonlySet<string>): boolean {
  return g?.members.some((p) => nouns.has(reader.ctx.words[p.head]?.lower ?? '')) ?? false;
}

/**
 * Whether a clause's theme is a person, or headed by a noun of a class (ClauseRule.unlessTheme).
 * An event noun with no theme of its own says what it is about in the words before it: "copper
 * exports", "gas deliveries"; and "exports" alone are goods, unless a word of arms or a system's
 * name qualifies them ("arms exports", "S-400 exports").
 */
function themeIs(reader: SentenceReader, view: SentenceView, c: Clause, what: NounClass | 'person'): boolean {
  if (what === 'person') return namesPerson(view, c.theme);
  const nouns = relationCues().nounClasses[what];
  if (headedBy(reader, c.theme, nouns)) return true;
  if (c.predicate.form !== 'noun' || c.theme) return false;
  const words = reader.ctx.words;
  const { start, head } = c.predicate;
  const modifiers = words.slice(start, head).map((w) => w.lower);
  if (modifiers.some((w) => nouns.has(w))) return true;
  return !qualifiesGoods(reader, view, start, head) && nouns.has(words[head]?.lower ?? '');
}

/**
 * Whether the words before an event noun say its goods are arms: a word of arms or munitions, or a
 * product's name, known or not ("S-400 exports", "Shahed exports"); the name of a state, a place or a
 * company before it (its owner or agent) or a demonym does not.
 */
function qualifiesGoods(reader: SentenceReader, view: SentenceView, start: number, head: number): boolean {
  const words = reader.ctx.words;
  const munitions = relationCues().nounClasses.munition;
  for (let k = start; k < head; k++) {
    const lower = words[k]?.lower ?? '';
    if (EVENT_MODIFIERS.has(lower) || munitions.has(lower)) return true;
    const mention = view.mentions.find((m) => m.start <= k && k < m.end);
    if (mention ? !OWNER_KINDS.has(mention.entity.kind) : words[k]?.capitalized === true && !reader.ctx.demonyms.has(k))
      return true;
  }
  return false;
}

/** Kinds of the names that own or make what an event noun moves, not name it. */
const OWNER_KINDS: ReadonlySet<EntityKind> = new Set(['Country', 'Place', 'Organization']);

/** Whether a member of the group is headed by a person's name ("sent Witkoff to Moscow"). */
function namesPerson(view: SentenceView, g: NounGroup | null): boolean {
  return (
    g?.members.some((p) =>
      view.mentions.some((m) => m.entity.kind === 'Person' && m.start <= p.head && p.head < m.end),
    ) ?? false
  );
}

/** Words between a demonym and an event noun that keep the demonym its agent ("Israeli weapon sales"). */
const EVENT_MODIFIERS = new Set(['arms', 'weapon', 'weapons', 'military', 'defence', 'defense', 'security']);

/**
 * "Israeli weapon sales to Y", "the Turkish purchase": an event noun with no agent of its own
 * is done by the state its demonym names (when the article names that state).
 */
function demonymAgents(reader: SentenceReader, c: Clause, phrases: readonly NounPhrase[]): Endpoint[] {
  if (c.predicate.form !== 'noun' || c.agent) return [];
  const phrase = phrases.find((p) => p.head === c.predicate.head);
  if (!phrase) return [];
  const words = reader.ctx.words;
  for (let k = phrase.bodyStart; k < phrase.head; k++) {
    const d = reader.ctx.demonyms.get(k);
    if (!d || d.end > phrase.head) continue;
    let j = d.end;
    while (j < phrase.head && EVENT_MODIFIERS.has(words[j]?.lower ?? '')) j++;
    const country = j === phrase.head ? reader.existingCountry(d.entry.name) : null;
    if (country) return [{ entity: country, start: d.start, end: d.end }];
  }
  return [];
}

/**
 * The doers of the acts a slot's groups name ("said Chilean membership in the bloc was a threat": Chile): the agent
 * of the event noun heading a member, else a demonym before it, else the doer of the same act told before.
 */
function doersOf(
  base: Omit<RuleContext, 'emit'>,
  view: SentenceView,
  groups: readonly NounGroup[],
  siblings: readonly Clause[],
  kinds: readonly EntityKind[],
): Endpoint[] {
  const phrases = base.clauses.sentences[view.sentence.index]?.phrases ?? [];
  return groups
    .flatMap((g) => g.members)
    .flatMap((m) => {
      const act = siblings.find((d) => d.predicate.form === 'noun' && d.predicate.head === m.head);
      if (!act) return [];
      const named = act.agent ? endpointsOf(base.reader, view, act.agent, kinds, { acting: true }) : [];
      if (named.length > 0) return named;
      const demonym = demonymAgents(base.reader, act, phrases);
      return demonym.length > 0 ? demonym : antecedentAgents(base, view, act, kinds);
    });
}

/** Determiners that make an event noun refer back to an event told before ("the purchase"). */
const DEFINITE = new Set(['the', 'this', 'that']);
const INDEFINITE_ARTICLES = new Set(['a', 'an', 'another']);

/**
 * "Pakistan criticised the purchase": a definite event noun with no doer of its own is the
 * last event of the same verb told before it (earlier in the sentence, then in the sentences
 * anaphora reach), done by that event's agent.
 */
function antecedentAgents(
  base: Omit<RuleContext, 'emit'>,
  view: SentenceView,
  c: Clause,
  kinds: readonly EntityKind[],
): Endpoint[] {
  const words = base.reader.ctx.words;
  if (c.predicate.form !== 'noun' || c.agent || !DEFINITE.has(words[c.predicate.start]?.lower ?? '')) return [];
  // "accused Belgrade of preparing for war ... the war in Ukraine": an earlier event noun is the same event only
  // when it names the same entity as this one (if this one names any).
  const named = (v: SentenceView, at: WordRange) =>
    v.mentions.find((m) => m.start < at.end && m.end > at.start)?.entity ?? null;
  const own = named(view, c.predicate);
  // "the signing of a trade memorandum": what it signs is new, so the signing is another than any told before; and
  // one that signs a thing named signs what an earlier one did only if that signed the same ("the signing of the pact").
  const themeStart = c.theme?.members[0]?.start;
  if (themeStart !== undefined && INDEFINITE_ARTICLES.has(words[themeStart]?.lower ?? '')) return [];
  const themeOf = (v: SentenceView, x: Clause) => (x.theme?.members[0] ? named(v, x.theme.members[0]) : null);
  const signed = themeOf(view, c);
  // "X fought Y's invasion ... the crisis could weaken the government": a conflict noun is an earlier fight only if
  // the two heads may name one thing, as the resolver groups them (a war, the fighting, the conflict; not a crisis
  // or a dispute), unless both name the same entity; a verb tells what its own noun in -ing does ("the fighting").
  const conflicts = base.reader.ctx.lexicon.kinds.Conflict.nameless;
  const classOf = (x: Clause) =>
    conflicts?.heads.get(
      x.predicate.form === 'noun' ? (words[x.predicate.head]?.lower ?? '') : `${x.predicate.lemma}ing`,
    );
  const ownClass = classOf(c);
  const sameThing = (v: SentenceView, x: Clause) => {
    const earlier = classOf(x);
    return (
      !ownClass ||
      !earlier ||
      classesAgree(conflicts, ownClass, earlier) ||
      (own !== null && named(v, x.predicate) === own)
    );
  };
  const told = (v: SentenceView, before: number) =>
    base.clauses
      .of(v.sentence.index)
      .filter(
        (x) =>
          x.agent &&
          x.predicate.lemma === c.predicate.lemma &&
          x.predicate.end <= before &&
          (x.predicate.form !== 'noun' || own === null || named(v, x.predicate) === own) &&
          (signed === null || [null, signed].includes(themeOf(v, x))) &&
          sameThing(v, x),
      )
      .pop();
  for (const v of [view, ...(view.earlier ?? [])]) {
    const event = told(v, v === view ? c.predicate.start : Number.MAX_SAFE_INTEGER);
    if (event?.agent) return endpointsOf(base.reader, v, event.agent, kinds, { acting: true });
  }
  return [];
}

/**
 * "the opposite of the Lima Accord that Chile signed", "the purchase of the jets, which are built by X": a relative
 * clause after a noun and its "of" complement may be about the complement. The complement of the antecedent (a
 * group of the clause before its own subject and verb), for when the noun itself names nothing a rule wants.
 */
function antecedentComplement(c: Clause, g: NounGroup): NounGroup | null {
  if (c.link !== 'relative') return null;
  const own = c.subject && c.subject !== g ? c.subject.start : c.predicate.start;
  if (g.end > own) return null;
  return g.members[g.members.length - 1]?.of ?? null;
}

/** The clause sending someone on the mission a purpose clause states ("sent X to break the deal"), if any. */
export function dispatchOf(c: Clause, siblings: readonly Clause[]): Clause | undefined {
  if (c.link !== 'purpose') return undefined;
  const parent = siblings.find((x) => x.id === c.parent);
  return parent?.theme && clauseWords().dispatching.has(parent.predicate.lemma) ? parent : undefined;
}

export class RuleEngine {
  private readonly byCue = new Map<CueClass | 'any', Array<ClauseRule | PairwiseRule>>();
  private readonly functions: Array<{ rule: FunctionRule; fn: RuleFunction }> = [];

  constructor(rules: readonly RelationRule[], registry: Readonly<Record<string, RuleFunction>>) {
    for (const rule of rules) {
      if (isFunctionRule(rule)) {
        const fn = registry[rule.run];
        if (!fn) throw new Error(`rule ${rule.id}: no registered function ${rule.run}`);
        this.functions.push({ rule, fn });
      } else {
        for (const cue of typeof rule.cue === 'string' ? [rule.cue] : rule.cue) {
          const list = this.byCue.get(cue) ?? [];
          list.push(rule);
          this.byCue.set(cue, list);
        }
      }
    }
  }

  /** Runs every rule over an article. */
  run(base: Omit<RuleContext, 'emit'>, views: readonly SentenceView[]): void {
    const cues = relationCues();
    for (const view of views) {
      const clauses = base.clauses.of(view.sentence.index);
      for (const c of clauses) {
        for (const cls of cues.classesOf(c.predicate.lemma)) {
          for (const rule of this.byCue.get(cls) ?? []) this.applyClauseRule(base, view, c, rule);
        }
        for (const rule of this.byCue.get('any') ?? []) this.applyClauseRule(base, view, c, rule);
      }
      for (const { rule, fn } of this.functions)
        if (fn.scope === 'sentence') fn.run(this.context(base, view, rule.id), view);
    }
    for (const { rule, fn } of this.functions)
      if (fn.scope === 'article') fn.run(this.context(base, undefined, rule.id), views);
  }

  private context(base: Omit<RuleContext, 'emit'>, view: SentenceView | undefined, rule: string): RuleContext {
    // Functions ported from the structural reader record through `out.add` directly: they speak as this rule.
    base.out.rule = rule;
    return {
      ...base,
      emit: (type, subject, object, sentence, options = {}) => {
        const provenances = !view
          ? [{ rule, certainty: options.certainty ?? 'asserted', attribution: null }]
          : options.clause
            ? provenancesOf(base.reader, view, rule, options.clause, options.certainty)
            : [provenanceOf(base.reader, view, rule, undefined, options.certainty)];
        for (const provenance of provenances)
          base.out.add(type, subject, object, sentence, options.properties ?? {}, provenance);
      },
    };
  }

  private applyClauseRule(
    base: Omit<RuleContext, 'emit'>,
    view: SentenceView,
    clause: Clause,
    rule: ClauseRule | PairwiseRule,
  ): void {
    if (clause.speech || (rule.forms && !rule.forms.includes(clause.predicate.form))) return;
    const { reader, out } = base;
    const s = view.sentence;
    const siblings = base.clauses.of(s.index);
    const c = ownArguments(clause, siblings);
    if (isPairwiseRule(rule)) {
      if (rule.unless?.some((slot) => slotGroups(c, slot).length > 0)) return;
      if (
        rule.venue &&
        !VENUE_SLOTS.some((slot) => slotGroups(c, slot).some((g) => endpointsOf(reader, view, g, VENUES).length > 0))
      )
        return;
      const members = slotGroups(c, rule.pairwise).flatMap((g) =>
        endpointsOf(reader, view, g, rule.kinds, { acting: isActing(rule.pairwise) }),
      );
      for (const provenance of provenancesOf(reader, view, rule.id, c))
        for (let i = 0; i < members.length; i++)
          for (let j = rule.mutual ? 0 : i + 1; j < members.length; j++)
            if (i !== j)
              out.add(rule.type, members[i] as Endpoint, members[j] as Endpoint, s, rule.properties ?? {}, provenance);
      return;
    }
    if (!isClauseRule(rule)) return;
    if (rule.voice && c.predicate.voice !== rule.voice) return;
    if (rule.exceptCue && relationCues().classesOf(c.predicate.lemma).has(rule.exceptCue)) return;
    const readsPrep = [rule.subject, rule.object].some((slot) => slot.startsWith('prep:'));
    if (readsPrep && isLightCarrier(c, siblings)) return;
    // Only rules that look at the clause above pay for finding it.
    const readsParent = [rule.subject, rule.object].some((slot) => slot.startsWith('parent:'));
    const parent = rule.parentCue || readsParent ? siblings.find((x) => x.id === c.parent) : undefined;
    if (rule.parentCue) {
      const classes = parent ? relationCues().classesOf(parent.predicate.lemma) : null;
      if (!classes || ![rule.parentCue].flat().some((cls) => classes.has(cls))) return;
    }
    if (rule.unless?.some((slot) => slotGroups(c, slot).length > 0)) return;
    if (rule.unlessFramedBy?.some((frame) => c.predicate.frames.includes(frame))) return;
    if (rule.themeClass && !headedBy(reader, c.theme, relationCues().nounClasses[rule.themeClass])) return;
    if (
      rule.asClass &&
      !c.preps.some((x) => x.prep === 'as' && headedBy(reader, x.group, relationCues().nounClasses[rule.asClass!]))
    )
      return;
    if (rule.unlessTheme?.some((what) => themeIs(reader, view, c, what))) return;
    if (rule.when?.certainty && !rule.when.certainty.includes(c.certainty)) return;
    if (rule.when?.notCertainty?.includes(c.certainty)) return;
    if (rule.when?.withheld !== undefined && rule.when.withheld !== withheld(c)) return;
    const speaker = c.attribution?.source ?? null;
    const lead = leadSubject(c, siblings, reader.ctx.words);
    const words = reader.ctx.words;
    // A name, a pronoun, or a description a name stands beside ("Guinea's interim president, Colonel X,").
    const isName = (head: number) => words[head]?.capitalized || words[head]?.tags.has('Pronoun');
    const named = (g: NounGroup): NounGroup => ({
      ...g,
      members: g.members.filter((p) => isName(p.head) || p.appositions.some((a) => isName(a.phrase.head))),
    });
    const groups = (slot: Slot) => {
      const visitor = slot === 'agent' ? boundPossessor(reader, view, c, siblings) : null;
      if (visitor) return [visitor];
      return slotGroups(c, slot, siblings, words).map((g) => (rule.themeNamed && slot === 'theme' ? named(g) : g));
    };
    // A relative clause's antecedent that names nothing wanted stands for its "of" complement.
    const read = (g: NounGroup, kinds: readonly EntityKind[], options: EndpointOptions) => {
      const found = endpointsOf(reader, view, g, kinds, options);
      const complement = found.length === 0 ? antecedentComplement(c, g) : null;
      return complement ? endpointsOf(reader, view, complement, kinds, options) : found;
    };
    let subjects = groups(rule.subject).flatMap((g) =>
      read(g, rule.kinds.subject, {
        acting: isActing(rule.subject, rule.cue),
        speaker,
        skip: c.subject,
        lead,
      }),
    );
    if (subjects.length === 0 && rule.subject === 'agent' && rule.kinds.subject.includes('Country'))
      subjects = demonymAgents(reader, c, base.clauses.sentences[s.index]?.phrases ?? []);
    if (subjects.length === 0 && rule.subject === 'agent')
      subjects = antecedentAgents(base, view, c, rule.kinds.subject);
    // "France sent X to break the deal": the person sent acts with the purpose too.
    const dispatch =
      rule.subject === 'agent' && rule.kinds.subject.includes('Person') ? dispatchOf(c, siblings) : undefined;
    if (dispatch?.theme)
      for (const e of endpointsOf(reader, view, dispatch.theme, ['Person']))
        if (!subjects.some((x) => x.entity === e.entity)) subjects.push(e);
    if (subjects.length === 0) return;
    let objects = groups(rule.object).flatMap((g) =>
      read(g, rule.kinds.object, {
        acting: isActing(rule.object, rule.cue),
        speaker,
        skip: c.subject,
        lead,
      }),
    );
    if (objects.length === 0 && rule.object === 'agent') objects = antecedentAgents(base, view, c, rule.kinds.object);
    if (objects.length === 0 && rule.objectDoer)
      objects = doersOf(base, view, groups(rule.object), siblings, rule.kinds.object);
    // A refusal is stated as the clause's speaker states it (its own certainty is the refused act's). A stance read
    // from the clause above ("refused to condemn Russia's invasion": who condemns) is as sure as that clause.
    const parentAct = readsParent && parent;
    const certainty = rule.when?.withheld
      ? (c.attribution?.certainty ?? 'asserted')
      : rule.certainty
        ? reportedAs(rule.certainty, c, groups(rule.subject))
        : parentAct
          ? weakerCertainty(c.certainty, parent.certainty)
          : undefined;
    for (const provenance of provenancesOf(reader, view, rule.id, c, certainty))
      for (const a of subjects)
        for (const b of objects)
          if (!rule.unlessOtherMaker || !isOtherMaker(reader.ctx.lexicon, a.entity, b.entity))
            out.add(rule.type, a, b, s, rule.properties ?? {}, provenance);
  }
}
