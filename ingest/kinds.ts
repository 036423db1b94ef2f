/**
 * One record per entity kind: everything the ingest stages need to know about
 * a kind, in one place the compiler checks. Adding a kind to
 * `core/ontology.ts` fails the type check here (and the lexicon loader fails
 * on `lexicon/kinds.json`) until the kind says how it is tagged, detected,
 * resolved, named when nameless, and linked across articles.
 *
 * Word lists live in `lexicon/kinds.json` (validated when loaded); the
 * policies that are code live here.
 */
import { ENTITY_KINDS, type EntityKind } from '../core/ontology.js';

/**
 * How an entity of the kind is matched to one of an earlier article or the
 * store: by a shared proper name; by a person's name, its spelling variants
 * and a surname only one person carries; or, for unnamed agreements and
 * conflicts, by their parties and class ("a deal" of Turkey and Russia in one
 * article is "the accord" between them in the next).
 */
export type LinkPolicy = 'names' | 'person-names' | 'frame';

export interface KindRecord {
  /** The compromise tag gazetteer names of the kind get, so the tagger reads them as names. */
  readonly tag: string;
  /** Cross-article matching. */
  readonly link: LinkPolicy;
  /**
   * Order in which a head word decides the kind of an unknown name when
   * several lists hold it (lower first).
   */
  readonly headPriority: number;
  /**
   * Definite descriptions ("the group") and pronouns ("he") of the kind
   * resolve to the nearest earlier entity of the kind within this many
   * sentences (0: never).
   */
  readonly anaphoraWindow: number;
  /** Instances may have no proper name (a deal, a war): they are named from their frame. */
  readonly nameless: boolean;
}

export const KIND_RECORDS: { readonly [K in EntityKind]: KindRecord } = {
  Country: { tag: 'Country', link: 'names', headPriority: 3, anaphoraWindow: 3, nameless: false },
  Person: { tag: 'Person', link: 'person-names', headPriority: 6, anaphoraWindow: 2, nameless: false },
  Organization: { tag: 'Organization', link: 'names', headPriority: 0, anaphoraWindow: 3, nameless: false },
  Place: { tag: 'Place', link: 'names', headPriority: 5, anaphoraWindow: 2, nameless: false },
  System: { tag: 'WeaponSystem', link: 'names', headPriority: 4, anaphoraWindow: 3, nameless: false },
  Agreement: { tag: 'Agreement', link: 'frame', headPriority: 1, anaphoraWindow: 0, nameless: true },
  Conflict: { tag: 'Conflict', link: 'frame', headPriority: 2, anaphoraWindow: 0, nameless: true },
};

/** Kinds in the order their head words are tried. */
export const KINDS_BY_HEAD_PRIORITY: readonly EntityKind[] = [...ENTITY_KINDS].sort(
  (a, b) => KIND_RECORDS[a].headPriority - KIND_RECORDS[b].headPriority,
);

/** Kinds whose instances may be unnamed. */
export const NAMELESS_KINDS: readonly EntityKind[] = ENTITY_KINDS.filter((k) => KIND_RECORDS[k].nameless);
