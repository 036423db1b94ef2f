/**
 * Builds ArticleGraphs for store and API tests from readable facts: entities
 * by name (offsets found in the text), relations by the sentence that states
 * them. The texts are written for the tests, not taken from the corpus.
 */
import type {
  ArticleGraph,
  Attribution,
  Certainty,
  EntityKind,
  ExtractedEntity,
  ExtractedRelation,
  RelationType,
} from '../../core/domain.js';

export interface EntityFact {
  id: string;
  name: string;
  kind: EntityKind;
  /** Surface forms to find in the text (default: the name). */
  forms?: string[];
  roles?: string[];
}

export interface RelationFact {
  subject: string;
  type: RelationType;
  object: string;
  /** A sentence of the text that states it. */
  sentence: string;
  properties?: ExtractedRelation['properties'];
  /** How the sentence states it, who it attributes it to, the rule that read it (default: none given). */
  certainty?: Certainty;
  attribution?: Attribution | null;
  rule?: string;
}

function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) out.push(i);
  return out;
}

export function articleGraph(
  id: string,
  text: string,
  entities: EntityFact[],
  relations: RelationFact[],
  meta: { title?: string; source?: string; date?: string } = {},
): ArticleGraph {
  const extracted: ExtractedEntity[] = entities.map((e) => {
    const forms = e.forms ?? [e.name];
    const mentions = forms.flatMap((form) =>
      occurrences(text, form).map((start) => ({ text: form, start, end: start + form.length })),
    );
    return { id: e.id, name: e.name, kind: e.kind, aliases: forms, roles: e.roles ?? [], mentions };
  });
  const byId = new Map(extracted.map((e) => [e.id, e]));
  const rels: ExtractedRelation[] = relations.map((r) => {
    const start = text.indexOf(r.sentence);
    if (start < 0) throw new Error(`Sentence not in text: ${r.sentence}`);
    const end = start + r.sentence.length;
    const spanIn = (entityId: string) => {
      const m = byId.get(entityId)?.mentions.find((x) => x.start >= start && x.end <= end);
      return m ? { start: m.start, end: m.end } : null;
    };
    return {
      subject: r.subject,
      type: r.type,
      object: r.object,
      properties: r.properties ?? {},
      evidence: [
        {
          sentence: r.sentence,
          start,
          end,
          subject: spanIn(r.subject),
          object: spanIn(r.object),
          ...(r.certainty ? { certainty: r.certainty } : {}),
          ...(r.attribution !== undefined ? { attribution: r.attribution } : {}),
          ...(r.rule ? { rule: r.rule } : {}),
        },
      ],
    };
  });
  return {
    article: {
      id,
      file: `${id}.txt`,
      title: meta.title ?? null,
      source: meta.source ?? null,
      date: meta.date ?? null,
      url: null,
      byline: null,
      text,
    },
    entities: extracted,
    relations: rels,
  };
}
