/**
 * Types shared by the entity stages: candidate mentions found in the text
 * before resolution, and the resolved mentions the relation stage reads.
 */
import type { EntityKind } from '../../core/ontology.js';
import type { LexiconEntry } from '../lexicon/index.js';

/** A role stated next to a name: "Israeli Defense Minister", "head of the Bureau". */
export interface RoleInfo {
  /** The role as written, without the country ("Defense Minister"). */
  role: string;
  /** Canonical name of the country the role is for, when the text says it. */
  country: string | null;
  /** Word range of the whole role phrase. */
  start: number;
  end: number;
  /** Lower-case head noun ("minister", "head", "expert"). */
  head: string;
  /** Appositions: the word where the complement starts ("of the ... Bureau"). */
  complement?: number;
}

export type CandidateSource =
  | 'lexicon'
  | 'name'
  | 'pattern'
  | 'institution'
  | 'agreement'
  | 'conflict'
  | 'metonym'
  | 'state-description'
  | 'role-description'
  | 'acronym'
  | 'nameless';

/** What the phrase of a nameless agreement or conflict says about it ("a six-week war with Azerbaijan"). */
export interface FrameInfo {
  kind: EntityKind;
  /** Class of its head noun (lexicon/kinds.json): agreement, memorandum, ceasefire, war, dispute, massacre ... */
  cls: string;
  /** The head noun, lower case ("deal", "fighting"; "MOU"). */
  head: string;
  determiner: 'definite' | 'demonstrative' | 'indefinite' | 'possessive' | 'bare';
  /** Countries its modifiers or possessor name. */
  parties: string[];
  topic: string | null;
  /** "first", "second", "previous": sets one instance apart from another of its class. */
  ordinal: string | null;
  year: number | null;
  /** "decades-old", "long-standing": a standing dispute rather than a bout of fighting. */
  longStanding: boolean;
  /** Any modifier beyond the generic ones ("heavy", "six-week", "J-10C"). */
  modified: boolean;
  /** Word where its complements may start ("between ...", "with ...", "in ..."). */
  complementStart: number;
  /** End of a purpose clause that named the topic ("to establish diplomatic relations"), if any. */
  purposeEnd: number | null;
  /** A plural a verb of signing takes ("signed 12 agreements"): several agreements, one instance of its own. */
  plural: boolean;
}

/** A span of words that names or describes an entity, before resolution. */
export interface Candidate {
  /** Word range `[start, end)`. */
  start: number;
  end: number;
  kind: EntityKind;
  /** Proposed canonical name. */
  name: string;
  source: CandidateSource;
  lexicon?: LexiconEntry;
  /** Canonical name of the country this organisation or role belongs to, as the surface says. */
  country?: string | null;
  /** For capitals and seats of government: the country they can stand for. */
  seatOf?: string;
  /** For metonyms and definite descriptions: the country they stand for, once known. */
  refersTo?: string;
  /** Roles stated around a person's name. */
  roles?: RoleInfo[];
  /** Longer surface that includes titles ("Israeli Defense Minister Benny Gantz"). */
  titledStart?: number;
  /** Unnamed agreements: topic (defense, normalization, ...) and type label (MOU, agreement). */
  topic?: string | null;
  typeLabel?: string;
  /** Unnamed agreements and conflicts: parties named inside the phrase. */
  parties?: string[];
  /** A bare "the agreement": stands for an agreement named elsewhere. */
  generic?: boolean;
  /** A lone word that is a person only if resolution finds a full name it shortens. */
  pending?: boolean;
  /** Conflict descriptions: where "between A and B" or "with B" starts. */
  complement?: { type: 'between' | 'with'; start: number };
  /** Word range of the country reference inside an institution's name ("Morocco's" in "Morocco's military"). */
  owner?: { start: number; end: number };
  /** A longer surface that starts earlier than the mention ("Libya's war" for the mention "war"). */
  aliasStart?: number;
  /** Nameless agreements and conflicts: what the phrase says. */
  frame?: FrameInfo;
  /**
   * Role descriptions: the role head and country they describe; `plural` for every holder ("French
   * ministers"); `together`: the roles of a coordination it is part of ("president and prime minister").
   */
  describes?: {
    head: string;
    role: string;
    country: string | null;
    counterpart: boolean;
    plural?: boolean;
    together?: string[];
  };
}
