/**
 * The word classes of `clauses.json`, validated once and compiled into the
 * lookups the clause reader uses.
 */
import { z } from 'zod';
import { CERTAINTIES, type Certainty } from '../../core/claims.js';
import { loadJson } from './load.js';
import { CUE_CLASSES, relationCues } from './relation-cues.js';

const certainty = z.enum(CERTAINTIES);
const lemmas = z.array(z.string().regex(/^[a-z' -]+$/, 'lower-case lemma'));
/** The nouns of kinds.json that call something an organisation ("firm", "group"), and the heads of states' formal names. */
const kindNounsSchema = z.object({
  kinds: z
    .object({
      Organization: z.object({ kindNouns: z.array(z.string()) }).passthrough(),
      Country: z.object({ nameHeads: z.array(z.string()) }).passthrough(),
    })
    .passthrough(),
});
/** The verbs of saying of cues.json (word forms: "said", "told"), which the entity readers use too. */
const speechVerbsSchema = z.object({ speechVerbs: z.array(z.string()) }).passthrough();
/** The office nouns of roles.json: one read of the file for both lists. */
const officeListsSchema = z.object({ heads: z.array(z.string()), leadership: z.array(z.string()) });
const clauseWordsSchema = z.object({
  comment: z.string(),
  negations: lemmas,
  relativePronouns: lemmas,
  subordinators: lemmas,
  coordinators: z.array(z.string()),
  catenatives: z.record(z.string(), certainty),
  reporting: z.record(z.string(), certainty),
  addresseeReporting: lemmas,
  addressing: lemmas,
  attributionPrepositions: lemmas,
  hedges: z.record(z.string(), certainty),
  futureAuxiliaries: z.array(z.string()),
  nearFuture: lemmas,
  hedgingModals: lemmas,
  obligationModals: lemmas,
  hypotheticalModals: lemmas,
  notYet: lemmas,
  eventNouns: z.record(z.string(), z.string()),
  eventCounters: lemmas,
  lightVerbs: lemmas,
  receivingVerbs: lemmas,
  receivingTransfers: z.record(z.string(), lemmas),
  titleParticiples: lemmas,
  eventVerbs: z.record(z.string(), z.string()),
  objectControl: lemmas,
  preventing: lemmas,
  namingVerbs: lemmas,
  judgingVerbs: lemmas,
  complementVerbs: lemmas,
  desires: lemmas,
  prospective: lemmas,
  dispatching: lemmas,
  giving: lemmas,
  refusals: lemmas,
  approximators: lemmas,
  amountPhrases: lemmas,
  claimNouns: lemmas,
  captionPositions: lemmas,
  exemplifying: lemmas,
  negativeDeterminers: lemmas,
  conditionals: lemmas,
  pendingConditions: lemmas,
});

export interface ClauseWords {
  negations: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  /** Verbs taking an infinitive or gerund, with the certainty they give it ("wants to buy": sought). */
  catenatives: ReadonlyMap<string, Certainty>;
  /** Verbs that report what someone says, with the certainty of what they report. */
  reporting: ReadonlyMap<string, Certainty>;
  /**
   * Word forms of the verbs of saying ("said", "told", "added"): fewer than the reporting verbs, whose "show",
   * "reveal" or "indicate" also describe things ("the drone shown at the fair").
   */
  speechVerbs: ReadonlySet<string>;
  /** Reporting verbs whose object is whom they tell ("warned Lima (that) ..."), not what they say. */
  addresseeReporting: ReadonlySet<string>;
  /** Verbs whose object is the person addressed: a call framing their clause is with that person ("thanked X in a call"). */
  addressing: ReadonlySet<string>;
  attributionPrepositions: ReadonlySet<string>;
  hedges: ReadonlyMap<string, Certainty>;
  futureAuxiliaries: ReadonlySet<string>;
  /** "is going to sign", "was about to visit": between a form of be and an infinitive, a future. */
  nearFuture: ReadonlySet<string>;
  hedgingModals: ReadonlySet<string>;
  /** "must", "should": what they govern is still to be done ("must still be ratified by X"). */
  obligationModals: ReadonlySet<string>;
  /** "would": what it governs has not happened ("would become the first to fly it", "said it would buy"). */
  hypotheticalModals: ReadonlySet<string>;
  /** "yet" between "has"/"is" and an infinitive: not done so far ("has yet to ratify", "is yet to be signed"). */
  notYet: ReadonlySet<string>;
  /** Nouns naming an event, with the verb lemma they nominalise ("purchase" → buy). */
  eventNouns: ReadonlyMap<string, string>;
  /** Nouns counting events, whose "of" complement is the event ("two rounds of talks", "a wave of strikes"). */
  eventCounters: ReadonlySet<string>;
  lightVerbs: ReadonlySet<string>;
  /** Light verbs whose subject receives the event from someone ("received support from X"). */
  receivingVerbs: ReadonlySet<string>;
  /** Light verbs that receive only the handing-over nouns listed ("took delivery of X": the subject is given X). */
  receivingTransfers: ReadonlyMap<string, ReadonlySet<string>>;
  /** -ing words that describe the holder of a title after them ("visiting", "acting President X"), not act on them. */
  titleParticiples: ReadonlySet<string>;
  /** Verbs that take an event noun after a preposition as their own ("engage in sales"), with that preposition. */
  eventVerbs: ReadonlyMap<string, string>;
  objectControl: ReadonlySet<string>;
  /** Verbs keeping someone from an act ("prevent X from buying", "warned X against buying"): X would do it; it is sought, not done. */
  preventing: ReadonlySet<string>;
  /** Verbs judging someone: the reason "for" doing something is that someone's deed ("sanctioned Iran for supplying"). */
  namingVerbs: ReadonlySet<string>;
  judgingVerbs: ReadonlySet<string>;
  /**
   * Verbs besides those of reporting that take a clause with no "that" ("agreed the deal was dead", "feared
   * the truce would collapse"): a phrase right after them and before a finite verb is that verb's subject.
   */
  complementVerbs: ReadonlySet<string>;
  /** "interested (in buying)", "keen (to buy)": what they govern is wished for. */
  desires: ReadonlySet<string>;
  /** Words saying an act is near or proposed, not done ("close to signing", "an invitation to visit"): it is only planned. */
  prospective: ReadonlySet<string>;
  /** Verbs sending someone on a mission ("sent X to break the deal"): X acts with the purpose too, for the sender. */
  dispatching: ReadonlySet<string>;
  /** Verbs whose first object receives the second ("gave Russia drones"): passive, their subject receives ("Russia was given drones"). */
  giving: ReadonlySet<string>;
  /**
   * Catenatives that withhold the act ("refused to back X"), unlike others that say it did not
   * happen ("denies arming X", "failed to reach"): a refused support is opposition, a denied one is not.
   */
  refusals: ReadonlySet<string>;
  /** "around", "nearly": before a number after a preposition, they belong to its phrase ("of around 10,000 inhabitants"). */
  approximators: ReadonlySet<string>;
  /** "at least", "up to" before a number: part of the amount, not a preposition. */
  amountPhrases: ReadonlyArray<readonly string[]>;
  /** "claim", "reports", "allegation": what a reporting verb says something about ("a claim denied by X"). */
  claimNouns: ReadonlySet<string>;
  /** Every verb lemma the lexicon knows (these lists and the relation cue classes): a word the tagger missed may be one. */
  knownVerbs: ReadonlySet<string>;
  /** "left", "right": where a person stands in a picture, set off by commas after the name. */
  captionPositions: ReadonlySet<string>;
  /** "including", "such as": the phrase after them names members of the phrase right before them. */
  exemplifying: ReadonlySet<string>;
  /** "no": a subject it opens denies its clause ("No ally operates X"). */
  negativeDeterminers: ReadonlySet<string>;
  /** "if", "unless": the clause they open is a condition, not a fact. */
  conditionals: ReadonlySet<string>;
  /** "until", "once": in the present tense, the clause they open is a condition not yet met ("until it signs"). */
  pendingConditions: ReadonlySet<string>;
  /** Nouns of office, lower case ("editor", "minister"): a description even when capitalised. */
  offices: ReadonlySet<string>;
  /** Nouns that call a name an organisation ("U.S. firm Boeing", "state shipping giant COSCO"), lower case. */
  organisationNouns: ReadonlySet<string>;
  /** Heads of a state's formal name, capitalised ("Republic", "Kingdom"): "the Republic of Korea" is one name. */
  stateNameHeads: ReadonlySet<string>;
}

let cached: ClauseWords | null = null;

/** The clause reader's word classes (loaded and checked on first use). */
export function clauseWords(): ClauseWords {
  if (cached) return cached;
  const raw = loadJson('clauses.json', clauseWordsSchema);
  const officeLists = loadJson('roles.json', officeListsSchema);
  const kinds = loadJson('kinds.json', kindNounsSchema).kinds;
  const organisationNouns = kinds.Organization.kindNouns;
  cached = {
    negations: new Set(raw.negations),
    relativePronouns: new Set(raw.relativePronouns),
    subordinators: new Set(raw.subordinators),
    coordinators: new Set(raw.coordinators),
    catenatives: new Map(Object.entries(raw.catenatives)),
    reporting: new Map(Object.entries(raw.reporting)),
    speechVerbs: new Set(loadJson('cues.json', speechVerbsSchema).speechVerbs),
    addresseeReporting: new Set(raw.addresseeReporting),
    addressing: new Set(raw.addressing),
    attributionPrepositions: new Set(raw.attributionPrepositions),
    hedges: new Map(Object.entries(raw.hedges)),
    futureAuxiliaries: new Set(raw.futureAuxiliaries),
    nearFuture: new Set(raw.nearFuture),
    hedgingModals: new Set(raw.hedgingModals),
    obligationModals: new Set(raw.obligationModals),
    hypotheticalModals: new Set(raw.hypotheticalModals),
    notYet: new Set(raw.notYet),
    eventNouns: new Map(Object.entries(raw.eventNouns)),
    eventCounters: new Set(raw.eventCounters),
    lightVerbs: new Set(raw.lightVerbs),
    receivingVerbs: new Set(raw.receivingVerbs),
    receivingTransfers: new Map(Object.entries(raw.receivingTransfers).map(([verb, nouns]) => [verb, new Set(nouns)])),
    titleParticiples: new Set(raw.titleParticiples),
    eventVerbs: new Map(Object.entries(raw.eventVerbs)),
    objectControl: new Set(raw.objectControl),
    preventing: new Set(raw.preventing),
    namingVerbs: new Set(raw.namingVerbs),
    judgingVerbs: new Set(raw.judgingVerbs),
    complementVerbs: new Set(raw.complementVerbs),
    desires: new Set(raw.desires),
    prospective: new Set(raw.prospective),
    dispatching: new Set(raw.dispatching),
    giving: new Set(raw.giving),
    refusals: new Set(raw.refusals),
    approximators: new Set(raw.approximators),
    amountPhrases: raw.amountPhrases.map((p) => p.split(' ')),
    claimNouns: new Set(raw.claimNouns),
    captionPositions: new Set(raw.captionPositions),
    exemplifying: new Set(raw.exemplifying),
    negativeDeterminers: new Set(raw.negativeDeterminers),
    conditionals: new Set(raw.conditionals),
    pendingConditions: new Set(raw.pendingConditions),
    knownVerbs: new Set([
      ...Object.keys(raw.catenatives),
      ...Object.keys(raw.reporting),
      ...raw.lightVerbs,
      ...CUE_CLASSES.flatMap((c) => [...relationCues().lemmas[c]]),
    ]),
    offices: new Set([...relationCues().officeNouns, ...officeLists.heads, ...officeLists.leadership]),
    organisationNouns: new Set(organisationNouns.filter((n) => !n.includes(' ')).map((n) => n.toLowerCase())),
    stateNameHeads: new Set(kinds.Country.nameHeads),
  };
  return cached;
}
