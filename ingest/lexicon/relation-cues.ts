/**
 * The cue classes of the relation rules (`relation-cues.json`), a checked
 * union: the JSON must define every class of `CUE_CLASSES` and no other, or
 * loading fails; a class added here fails the type check until its
 * description exists.
 */
import { z } from 'zod';
import { loadJson } from './load.js';

export const CUE_CLASSES = [
  'sign',
  'conclude',
  'formalize',
  'ratify',
  'join',
  'agree',
  'meet',
  'confer',
  'host',
  'visit',
  'attend',
  'travel',
  'acquire',
  'seek',
  'supply',
  'donate',
  'develop',
  'support',
  'stand',
  'broker',
  'negotiate',
  'welcome',
  'praise',
  'oppose',
  'fight',
  'clash',
  'settle',
  'fire',
  'wield',
  'involve',
  'recognize',
  'normalize',
  'sever',
  'establish',
  'locate',
  'control',
  'employ',
  'lead',
  'thwart',
  'present',
  'enlist',
  'uphold',
  'withdraw',
  'cause',
  'worry',
  'anger',
  'depict',
  'exercise',
  'characterize',
] as const;
export type CueClass = (typeof CUE_CLASSES)[number];

/** What each class states, for rule listings and the README. */
export const CUE_CLASS_MEANING: Record<CueClass, string> = {
  sign: 'signing an agreement (the text says it was signed)',
  conclude: 'reaching, striking or concluding an agreement (its parties agree; nothing says they signed)',
  formalize: 'giving a cooperation the form of an instrument ("formalized ... with an MOU")',
  ratify: 'ratifying or approving an agreement',
  join: 'joining or acceding to an agreement',
  agree: 'agreeing on or to an agreement',
  meet: 'meeting, hosting, talking or calling',
  confer:
    'discussing something or shaking hands: people who do so together meet (the object is a topic or the gesture)',
  host: 'hosting, receiving or welcoming someone (a host is no visitor)',
  visit: 'visiting a place',
  attend: 'attending an event somewhere (its guests visit the place)',
  travel: 'arriving in or travelling to a place',
  acquire: 'buying, receiving, using or owning a system',
  seek: 'wanting, requesting or studying a system',
  supply: 'selling, delivering or sending something to someone',
  donate: 'giving, donating or lending something (a supply that says nothing of who made it)',
  develop: 'making, developing or producing a system',
  support: 'backing, funding, aiding or defending someone',
  stand: 'standing with or by someone (support), or against them (opposition)',
  broker: 'brokering or mediating an agreement',
  negotiate: 'negotiating an agreement: for others, as a broker; with someone, as one of its sides',
  welcome: 'welcoming or praising something',
  praise: 'praising, congratulating or endorsing someone (a person, body or state)',
  oppose: 'opposing, condemning, sanctioning, threatening or blocking someone',
  fight: 'attacking, fighting, invading or striking someone',
  clash: "fighting each other: a war, clashes, tensions (an attack or a strike is one side's)",
  settle: 'settling, resolving or ending a dispute or war',
  fire: 'firing or launching a weapon (the one who fires has it)',
  wield: 'using, deploying or employing weapons or forces (who does so in a war takes part in it)',
  involve: 'taking part in a conflict',
  recognize: 'recognising a state or a claim',
  normalize: 'normalising relations',
  sever: 'severing, cutting, downgrading or straining relations',
  establish: 'establishing, restoring or keeping relations',
  locate: 'being based or stationed somewhere',
  control:
    'controlling or holding a place (a body that does is there; a military occupation passes, so "occupy" is none)',
  employ: 'working for, serving in or sitting on an organisation (its member)',
  lead: 'heading, leading or founding a state body or organisation',
  thwart: 'preventing, derailing, scrapping or breaking an agreement',
  present: 'demonstrating, showcasing or unveiling a system (its maker, to a prospective buyer)',
  enlist: 'hiring or recruiting someone (a force, a company) for its services',
  uphold: 'reactivating, renewing, implementing or honouring an agreement (its parties keep it)',
  withdraw: 'withdrawing from, pulling out of, quitting, ending or suspending an agreement (only a party can)',
  cause: 'sparking, triggering or provoking a reaction (condemnation from someone)',
  worry: 'being concerned, worried or alarmed by or about something (a stance against it)',
  anger: 'angering, alarming or upsetting someone (who is angered stands against the cause)',
  depict: 'showing someone in a picture or footage ("it showed X with Y": together)',
  characterize:
    'calling or describing something as something ("called the pact a betrayal", "described it as a threat")',
  exercise: 'holding military exercises or drills with someone (cooperating with them)',
};

/**
 * Classes of head nouns a rule may ask of an argument (`ClauseRule.themeClass`) or the
 * engine reads: services someone renders ("used the services of X"), someone's assent to an act
 * ("with the approval of X": X allows it, takes no part in it), parts of a country ("Russia's
 * far east": whoever goes there visits Russia), what condemns what it is said
 * of ("the treaty was illegal", "a threat"), measures against someone
 * ("backed sanctions on X": backing them opposes X), people sent to speak
 * for their side ("sent its foreign minister", "an envoy"; one adviser, not "advisers",
 * who are as often troops' instructors), places and targets a
 * demonym stands for the state in ("attacked Saudi cities"), programmes of a system
 * ("the F-16 programme") and the parts taken in them ("a partner in ..."), munitions one
 * fires ("fired BM-21 rockets"), goods traded ("sold oil to India", "copper exports": selling them
 * is trade, not backing; "exports" alone are goods too).
 */
export const NOUN_CLASSES = [
  'service',
  'region',
  'judgement',
  'sanction',
  'assent',
  'emissary',
  'territory',
  'programme',
  'programmeRole',
  'threat',
  'pursuit',
  'munition',
  'commodity',
] as const;
export type NounClass = (typeof NOUN_CLASSES)[number];

const lemmas = z.array(z.string().regex(/^[a-z-]+$/, 'lower-case lemma')).nonempty();
const schema = z.object({
  comment: z.string(),
  classes: z.strictObject(Object.fromEntries(CUE_CLASSES.map((c) => [c, lemmas])) as Record<CueClass, typeof lemmas>),
  relationNouns: lemmas,
  conflictNouns: lemmas,
  diplomaticNouns: lemmas,
  relationStatuses: z.record(z.string(), z.string()),
  relationChanges: lemmas,
  transparentNouns: lemmas,
  stateAgents: lemmas,
  representativeNouns: lemmas,
  officeNouns: lemmas,
  stanceNouns: z.strictObject({ rival: lemmas, proxy: lemmas, patron: lemmas }),
  nounClasses: z.strictObject(
    Object.fromEntries(NOUN_CLASSES.map((c) => [c, lemmas])) as Record<NounClass, typeof lemmas>,
  ),
  sanctionLists: z.strictObject({ verbs: lemmas, nouns: lemmas, qualifiers: lemmas }),
});

/**
 * How a noun describing one party by another relates them: a rival opposes it ("Iran's
 * rival Saudi Arabia"), a proxy is backed by it ("Iran's proxy the Houthis"), a patron
 * backs it ("the Houthis' patron Iran").
 */
export type StanceNoun = 'rival' | 'proxy' | 'patron';

export interface RelationCues {
  /** The classes each lemma belongs to. */
  classesOf(lemma: string): ReadonlySet<CueClass>;
  lemmas: Readonly<Record<CueClass, ReadonlySet<string>>>;
  /** "relations", "ties": nouns naming diplomatic relations. */
  relationNouns: ReadonlySet<string>;
  /** "war", "fighting", "tensions": nouns naming a conflict between parties. */
  conflictNouns: ReadonlySet<string>;
  /** What relations, ties, an ambassador or an embassy are: the objects of verbs that change relations. */
  diplomaticNouns: ReadonlySet<string>;
  /** The status a verb gives relations ("downgrade" → downgraded). */
  relationStatuses: ReadonlyMap<string, string>;
  /** Verbs whose subject, relations, change by themselves ("ties have soured"): their status is in relationStatuses. */
  relationChanges: ReadonlySet<string>;
  /** Heads that let their "of" phrase stand for them ("part of the Accords", "one of the parties"). */
  transparentNouns: ReadonlySet<string>;
  /** People who act for the state their nationality names ("French ministers warned ...", "Iranian officials said"). */
  stateAgents: ReadonlySet<string>;
  /** People or bodies that act for the state or organisation they belong to ("the ministers of A and B", "Iran's government"). */
  representativeNouns: ReadonlySet<string>;
  /** Heads of a description of an office besides the title words of roles.json ("a senior official", "an adviser"). */
  officeNouns: ReadonlySet<string>;
  /** Nouns that describe a party by its stance towards another ("rival", "proxy", "backer"). */
  stanceNouns: ReadonlyMap<string, StanceNoun>;
  /** The nouns of each noun class (lower case, plural forms listed). */
  nounClasses: Readonly<Record<NounClass, ReadonlySet<string>>>;
  /**
   * Putting someone on a sanctions list ("added X to its Entity List"): the verbs, the nouns
   * naming a list, and the words that make it one of sanctions (a list noun needs one of them).
   */
  sanctionLists: { verbs: ReadonlySet<string>; nouns: ReadonlySet<string>; qualifiers: ReadonlySet<string> };
}

let cached: RelationCues | null = null;

/** The relation cue classes (loaded and checked on first use). */
export function relationCues(): RelationCues {
  if (cached) return cached;
  const raw = loadJson('relation-cues.json', schema);
  const byLemma = new Map<string, Set<CueClass>>();
  const lemmasOf = {} as Record<CueClass, ReadonlySet<string>>;
  for (const cls of CUE_CLASSES) {
    lemmasOf[cls] = new Set(raw.classes[cls]);
    for (const l of raw.classes[cls]) {
      const set = byLemma.get(l) ?? new Set<CueClass>();
      set.add(cls);
      byLemma.set(l, set);
    }
  }
  const nounClasses = {} as Record<NounClass, ReadonlySet<string>>;
  for (const cls of NOUN_CLASSES) nounClasses[cls] = new Set(raw.nounClasses[cls]);
  const none: ReadonlySet<CueClass> = new Set();
  cached = {
    classesOf: (lemma) => byLemma.get(lemma) ?? none,
    lemmas: lemmasOf,
    relationNouns: new Set(raw.relationNouns),
    conflictNouns: new Set(raw.conflictNouns),
    diplomaticNouns: new Set(raw.diplomaticNouns),
    relationStatuses: new Map(Object.entries(raw.relationStatuses)),
    relationChanges: new Set(raw.relationChanges),
    transparentNouns: new Set(raw.transparentNouns),
    stateAgents: new Set(raw.stateAgents),
    representativeNouns: new Set(raw.representativeNouns),
    officeNouns: new Set(raw.officeNouns),
    sanctionLists: {
      verbs: new Set(raw.sanctionLists.verbs),
      nouns: new Set(raw.sanctionLists.nouns),
      qualifiers: new Set(raw.sanctionLists.qualifiers),
    },
    nounClasses,
    stanceNouns: new Map(
      Object.entries(raw.stanceNouns).flatMap(([stance, nouns]) =>
        nouns.map((n) => [n, stance as StanceNoun] as const),
      ),
    ),
  };
  return cached;
}
