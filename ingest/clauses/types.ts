/**
 * What the clause reader finds in a sentence: noun phrases (with possessor,
 * "of" complement, appositions, a list after a colon), groups of coordinated
 * phrases, predicates (a verb group, or an event noun) and clauses that give
 * each predicate its arguments, both as written (subject, objects,
 * prepositional phrases) and by role (agent, theme, recipient), with the
 * certainty the sentence gives the clause and who it attributes it to.
 * Word ranges are half-open `[start, end)` indices into `ParsedText.words`.
 */
import type { Certainty } from '../../core/claims.js';

export interface WordRange {
  start: number;
  end: number;
}

export interface NounPhrase extends WordRange {
  /** The head word: the last noun of the phrase proper. */
  head: number;
  /** First word after the possessor ("Turkey's [purchase]"): the phrase proper. */
  bodyStart: number;
  /** "Turkey's" in "Turkey's purchase". */
  possessor: NounPhrase | null;
  /** "the S-400" in "the purchase of the S-400". */
  of: NounGroup | null;
  /** "a military adviser to Putin" in "Vladimir Kozhin, a military adviser to Putin, ...". */
  appositions: Apposition[];
  /** "A, B and C" in "eight countries: A, B and C". */
  list: NounGroup | null;
}

/** A descriptive phrase set off by commas beside a noun phrase, with the prepositional phrases inside it. */
export interface Apposition extends WordRange {
  phrase: NounPhrase;
  preps: PrepArgument[];
}

/** One noun phrase, or several coordinated ("Armenia, Azerbaijan and Russia"). */
export interface NounGroup extends WordRange {
  members: NounPhrase[];
  /**
   * A plural title naming the members in turn: "[Foreign Ministers of Azerbaijan and Armenia]
   * Jeyhun Bayramov and Zohrab Mnatsakanyan" (its "of" group has one entry per member).
   */
  titles?: NounPhrase;
  /** A plural description between commas after the whole list: "India and Pakistan, [longtime rivals], held talks". */
  description?: Apposition;
}

export interface PrepArgument {
  /** The preposition, lower case ("with", "according to"). */
  prep: string;
  /** Word index of the preposition. */
  at: number;
  group: NounGroup;
}

export type PredicateForm = 'finite' | 'infinitive' | 'gerund' | 'participle' | 'noun';

export interface Predicate extends WordRange {
  /** Word index of the main verb, or of the event noun. */
  head: number;
  /** The verb lemma ("buy" for "bought", for "purchase" and for "made a purchase"). */
  lemma: string;
  form: PredicateForm;
  tense: 'past' | 'present' | 'future' | null;
  voice: 'active' | 'passive';
  negated: boolean;
  /** The modal auxiliary, lower case ("could"), or null. */
  modal: string | null;
  /** Lemmas of the verbs it depends on, outermost first ("plans to begin buying": plan, begin). */
  frames: string[];
  /** The light verb when the predicate is an event noun used with one ("held talks": hold). */
  light: string | null;
}

export type ClauseLink =
  | 'main'
  /** A verb coordinated with an earlier one: shares its subject. */
  | 'coordinated'
  /** "which/who ...": about the phrase before it. */
  | 'relative'
  /** "The deal, struck in Beijing, ...", "drones manufactured in Iran", "Speaking to ..., X said". */
  | 'participial'
  /** "denied supplying ...", "said (that) ...", "accused Iran of supplying ...". */
  | 'complement'
  /** "signed a deal to buy ...". */
  | 'purpose'
  /** An event noun: "Turkey's purchase of the S-400". */
  | 'nominal';

export interface Attribution {
  /** Who says so ("Iran" in "Iran denied ..."); null when unnamed ("it was reported"). */
  source: NounGroup | null;
  /** The reporting verb's lemma, or the attribution phrase ("according to"). */
  cue: string;
  certainty: Certainty;
}

export interface Clause {
  id: number;
  sentence: number;
  predicate: Predicate;
  link: ClauseLink;
  /** The clause this one depends on (coordinated, relative, complement ...), or null. */
  parent: number | null;
  /** The grammatical subject, or the phrase a relative/participial clause is about, or a controlled subject. */
  subject: NounGroup | null;
  /** Noun phrases right after the verb (two for "supplied Russia drones"). */
  objects: NounGroup[];
  preps: PrepArgument[];
  /** Who acts: the subject of an active verb, the "by" phrase of a passive, the possessor of an event noun. */
  agent: NounGroup | null;
  /** What is acted on: the object, the subject of a passive, the "of" complement of an event noun. */
  theme: NounGroup | null;
  /** Who receives: "to Russia", or the first object of "supplied Russia with drones" / "gave Russia drones". */
  recipient: NounGroup | null;
  attribution: Attribution | null;
  /** What the sentence commits to: negation, modality, frames, hedges and attribution combined. */
  certainty: Certainty;
  /**
   * A denial of what this clause states, reported in the same sentence ("X used it against Y —
   * a claim denied by Z"): the clause is both stated (as `certainty` says) and denied by Z.
   */
  counter: Attribution | null;
  /**
   * The clause reports on a claim ("Z rejected the reports", "a claim denied by Z"): an act of
   * saying, not a stance of Z towards anyone, so relation rules read nothing from it.
   */
  speech: boolean;
}

export type ArgumentRole = 'subject' | 'object' | 'agent' | 'prep' | 'possessor' | 'apposition';

/** Where a word range sits in the clauses of its sentence. */
export interface RoleAt {
  clause: Clause | null;
  role: ArgumentRole;
  /** The preposition when `role` is `prep`. */
  prep: string | null;
}

export interface SentenceClauses {
  sentence: number;
  clauses: Clause[];
  /** Every noun phrase of the sentence, top-level and nested, in text order. */
  phrases: NounPhrase[];
}
