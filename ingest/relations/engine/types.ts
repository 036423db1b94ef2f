/**
 * Relation rules as data. A clause rule names a cue class, which arguments
 * of a clause of that class fill the two ends of which relation, the kinds
 * each end may have, and how the clause's certainty bears on it. A rule that
 * needs code (the shape of noun phrases, inferences over what was found)
 * names a registered function instead. Every rule carries example sentences
 * from different stories; a test runs each through the whole pipeline.
 */
import type { Certainty } from '../../../core/claims.js';
import type { RelationProperties } from '../../../core/domain.js';
import type { EntityKind, RelationType } from '../../../core/ontology.js';
import type { PredicateForm } from '../../clauses/index.js';
import type { CueClass, NounClass } from '../../lexicon/relation-cues.js';
import type { FunctionName } from '../rules/functions.js';

/**
 * Where an end of a relation is read from in a clause: its roles (agent,
 * theme, recipient), the thing handed over ("supplied Russia with drones":
 * drones), the phrase after a preposition, the event noun itself ("the war
 * between A and B": the war), who the sentence says states the clause
 * ("X said that ...": X), or a slot of the clause this one depends on
 * ("signed agreements to normalize ties with B": `parent:theme` is the agreements), or whose an
 * argument is ("criticized Y's handling of the war": `owner:theme` is Y).
 */
export type Slot =
  | 'agent'
  | 'theme'
  | 'recipient'
  | 'goods'
  | 'self'
  | 'speaker'
  | `prep:${string}`
  | `parent:${string}`
  | `owner:${string}`
  /** The state whose part of its territory the slot names ("to Russia's far east"). */
  | `region:${string}`;

/** An invented sentence and the facts ("Subject TYPE Object", by entity name) the rule must read from it. */
export interface RuleExample {
  text: string;
  facts: readonly string[];
}

/** At least two examples, from different stories. */
export type RuleExamples = readonly [RuleExample, RuleExample, ...RuleExample[]];

interface RuleBase {
  id: string;
  /** What the rule reads, in a sentence. */
  description: string;
  examples: RuleExamples;
}

export interface ClauseRule extends RuleBase {
  /**
   * The cue class of the clause's predicate, or several that share the rule ("signed a deal with Y"
   * and "reached a deal with Y" both make Y a party); `any` for a rule cued by an argument ("on behalf of").
   */
  cue: CueClass | 'any' | readonly CueClass[];
  /** Only clauses of these forms (an event noun is `noun`); any form when absent. */
  forms?: readonly PredicateForm[];
  /** Not clauses whose predicate is of this class too ("met in Lima" is a visit; "hosted him in Doha" is the guest's). */
  exceptCue?: CueClass;
  /** Only active or only passive clauses; both when absent. */
  voice?: 'active' | 'passive';
  /** Only clauses that depend on a clause of this cue class, or of one of these ("signed a deal to normalize ties with B"). */
  parentCue?: CueClass | readonly CueClass[];
  /** The clause must have no such argument ("clashed with X", not "struck a deal with X"). */
  unless?: readonly Slot[];
  /** Not clauses whose verb is framed by one of these ("helped end the war": who helps is no party). */
  unlessFramedBy?: readonly string[];
  /** The head of the clause's theme must be a noun of this class ("used the services of X"). */
  themeClass?: NounClass;
  /** The head of what the clause calls its theme must be a noun of this class ("called the pact a betrayal"). */
  asClass?: NounClass;
  /** Not clauses whose theme is a person or headed by a noun of one of these classes ("sent its envoy to Y" is no supply). */
  unlessTheme?: readonly (NounClass | 'person')[];
  /**
   * Only the theme's members headed by a name or a pronoun ("hosted Ana Ruiz", "received him"), not a
   * noun whose complement names someone ("welcomed the election of Ana Ruiz").
   */
  themeNamed?: boolean;
  /**
   * The subject is a system and the object a maker read from how it is handled: not when the
   * gazetteer knows the system's developer and its country and the object is neither ("Germany
   * delivered Patriot systems to Ukraine" resells; "Russia sold Iskander missiles" still makes).
   */
  unlessOtherMaker?: boolean;
  /**
   * An act the object slot names, naming no one itself, stands for its doer ("said Chilean membership in the bloc
   * was a threat": Chile; "said Chile's purchase of X was illegal": Chile).
   */
  objectDoer?: boolean;
  type: RelationType;
  subject: Slot;
  object: Slot;
  kinds: { subject: readonly EntityKind[]; object: readonly EntityKind[] };
  /** Only when the clause's certainty is (or is not) one of these ("wants to buy" is SEEKS, not ACQUIRED). */
  when?: {
    certainty?: readonly Certainty[];
    notCertainty?: readonly Certainty[];
    /**
     * The clause itself says no ("will not support", "refused to back"), not a speaker denying it;
     * `false`: only when it does not (a support that is refused is no support).
     */
    withheld?: boolean;
  };
  /** The certainty the relation takes instead of the clause's (seeking is stated, not sought). */
  certainty?: Certainty;
  properties?: RelationProperties;
}

/** A rule relating the members of one argument among themselves: "X and Y met", "talks between A and B". */
export interface PairwiseRule extends RuleBase {
  cue: CueClass;
  forms?: readonly PredicateForm[];
  type: RelationType;
  pairwise: Slot;
  /** The clause must have no such argument ("X and Y met", not "X and Y met Z"). */
  unless?: readonly Slot[];
  kinds: readonly EntityKind[];
  /** Each member to each other, both ways ("sales between A and B": each sells to the other). */
  mutual?: boolean;
  /** Only when the clause says where it happened: "in" or "at" a place, a country or a body ("signed in Lima"). */
  venue?: boolean;
  properties?: RelationProperties;
}

export interface FunctionRule extends RuleBase {
  /** The registered function that reads this rule's relations. */
  run: FunctionName;
  /** Relation types it may produce (checked against its examples). */
  types: readonly RelationType[];
}

export type RelationRule = ClauseRule | PairwiseRule | FunctionRule;

export const isClauseRule = (r: RelationRule): r is ClauseRule => 'subject' in r;
export const isPairwiseRule = (r: RelationRule): r is PairwiseRule => 'pairwise' in r;
export const isFunctionRule = (r: RelationRule): r is FunctionRule => 'run' in r;
