/**
 * Collects the typed relations of one article: checks each against the
 * ontology's allowed endpoints, keeps one relation per (subject, type, object)
 * with every sentence that states it as evidence.
 */
import type { Certainty } from '../../core/claims.js';
import type { EvidenceSentence, RelationProperties, Span } from '../../core/domain.js';
import { allowsEndpoints, RELATIONS, type RelationType } from '../../core/ontology.js';
import type { EntityDraft, ResolvedMention } from '../resolve/registry.js';
import type { ParsedText, Sentence, Word } from '../parse/parse.js';

/** A word range of a sentence that an endpoint of a relation is read from. */
export interface Endpoint {
  entity: EntityDraft;
  start: number;
  end: number;
  /** The mention the endpoint was read from, when there is one. */
  mention?: ResolvedMention;
}

/** Why a relation was recorded from a sentence: the rule, how sure the sentence is, who it says so. */
export interface Provenance {
  rule: string;
  certainty: Certainty;
  attribution: { entity: EntityDraft | null; text: string } | null;
}

/** One sentence stating a relation; the attributed source is still a draft (ids are given later). */
export interface CollectedEvidence extends Omit<EvidenceSentence, 'attribution'> {
  rule: string;
  certainty: Certainty;
  attribution: Provenance['attribution'];
}

export interface CollectedRelation {
  subject: EntityDraft;
  type: RelationType;
  object: EntityDraft;
  properties: RelationProperties;
  evidence: CollectedEvidence[];
}

export class RelationCollector {
  private readonly byKey = new Map<string, CollectedRelation>();
  private readonly typedPairs = new Set<string>();
  /** The rule whose relations are being added when a caller gives no provenance. */
  rule = 'unknown';

  constructor(private readonly parsed: ParsedText) {}

  private span(range: { start: number; end: number } | null): Span | null {
    if (!range) return null;
    const first = this.parsed.words[range.start] as Word;
    const last = this.parsed.words[range.end - 1] as Word;
    return { start: first.start, end: last.end };
  }

  /**
   * Records `subject -[type]-> object` stated in `sentence`. Refused when the
   * ontology does not allow the endpoint kinds or both ends are one entity.
   */
  add(
    type: RelationType,
    subject: Endpoint,
    object: Endpoint,
    sentence: Sentence,
    properties: RelationProperties = {},
    provenance: Provenance = { rule: this.rule, certainty: 'asserted', attribution: null },
  ): boolean {
    if (subject.entity === object.entity || !allowsEndpoints(type, subject.entity.kind, object.entity.kind))
      return false;
    const symmetric = RELATIONS[type].symmetric;
    const reverseKey = `${object.entity.key}|${type}|${subject.entity.key}`;
    const key =
      symmetric && this.byKey.has(reverseKey) ? reverseKey : `${subject.entity.key}|${type}|${object.entity.key}`;
    let relation = this.byKey.get(key);
    if (!relation) {
      relation = { subject: subject.entity, type, object: object.entity, properties: {}, evidence: [] };
      this.byKey.set(key, relation);
      if (type !== 'MENTIONED_WITH') {
        this.typedPairs.add(`${subject.entity.key}|${object.entity.key}`);
        this.typedPairs.add(`${object.entity.key}|${subject.entity.key}`);
      }
    }
    for (const [k, v] of Object.entries(properties) as Array<[keyof RelationProperties, string | undefined]>) {
      if (v !== undefined && relation.properties[k] === undefined) relation.properties[k] = v;
    }
    // One entry per sentence and certainty: a sentence may allege a relation and report its denial.
    if (!relation.evidence.some((e) => e.start === sentence.start && e.certainty === provenance.certainty)) {
      const flipped = relation.subject !== subject.entity;
      relation.evidence.push({
        start: sentence.start,
        end: sentence.end,
        sentence: sentence.text,
        subject: this.span(flipped ? object : subject),
        object: this.span(flipped ? subject : object),
        rule: provenance.rule,
        certainty: provenance.certainty,
        attribution: provenance.attribution,
      });
    }
    return true;
  }

  /** True when some typed relation links the two entities, either way. */
  linked(a: EntityDraft, b: EntityDraft): boolean {
    return this.typedPairs.has(`${a.key}|${b.key}`);
  }

  has(subject: EntityDraft, type: RelationType, object: EntityDraft): boolean {
    return (
      this.byKey.has(`${subject.key}|${type}|${object.key}`) ||
      (RELATIONS[type].symmetric && this.byKey.has(`${object.key}|${type}|${subject.key}`))
    );
  }

  all(): CollectedRelation[] {
    return [...this.byKey.values()];
  }
}
