/**
 * An article's extracted graph seen through the curation log: the seam where
 * ingest applies analysts' corrections, between linking and loading.
 *
 * Merged ids become their survivor; mentions written as a split-out alias go
 * to the entity it was split into (and so do the relation ends those mentions
 * anchor); names and kinds analysts set replace the extractor's; rejected
 * relations are held back with their evidence instead of being loaded;
 * corrected article metadata replaces what the page said. The same article
 * and the same log always give the same graph, which is what makes a
 * re-ingest after edits change nothing.
 */
import type { ArticleGraph, EvidenceSentence, ExtractedEntity, ExtractedRelation, Mention } from '../domain.js';
import { canonicalRelation, relationId } from '../relation-id.js';
import type { CurationState } from './state.js';

/** A relation of the article that a verdict in force rejected: kept out of the graph, its evidence recorded. */
export interface HeldRelation {
  /** The relation's id, as it would be in the graph. */
  id: string;
  relation: ExtractedRelation;
}

export interface Projection {
  graph: ArticleGraph;
  held: HeldRelation[];
}

export function projectArticle(raw: ArticleGraph, state: CurationState): Projection {
  if (state.size === 0) return { graph: raw, held: [] };
  const text = raw.article.text;
  const entities = projectEntities(raw.entities, state);
  const { relations, held } = projectRelations(raw.relations, text, state, (id) => entities.has(id));
  const changes = state.articleChanges(raw.article.id);
  return {
    graph: {
      article: changes ? { ...raw.article, ...changes } : raw.article,
      entities: [...entities.values()],
      relations,
    },
    held,
  };
}

/** Entities by their id after the log, mentions regrouped, in the order they first appear. */
function projectEntities(raw: readonly ExtractedEntity[], state: CurationState): Map<string, ExtractedEntity> {
  const out = new Map<string, ExtractedEntity>();
  const add = (
    id: string,
    from: ExtractedEntity,
    part: { aliases: string[]; roles: string[]; mentions: Mention[] },
  ) => {
    if (part.mentions.length === 0) return;
    const existing = out.get(id);
    if (!existing) {
      out.set(id, {
        id,
        name: state.nameOf(id) ?? (id === from.id ? from.name : part.mentions[0]!.text),
        kind: state.kindOf(id) ?? from.kind,
        aliases: [...new Set(part.aliases)],
        roles: [...new Set(part.roles)],
        mentions: [...part.mentions],
      });
      return;
    }
    existing.aliases = [...new Set([...existing.aliases, ...part.aliases])];
    existing.roles = [...new Set([...existing.roles, ...part.roles])];
    const seen = new Set(existing.mentions.map((m) => `${m.start}:${m.end}`));
    for (const m of part.mentions) if (!seen.has(`${m.start}:${m.end}`)) existing.mentions.push(m);
    existing.mentions.sort((a, b) => a.start - b.start);
  };
  for (const e of raw) {
    const home = state.resolve(e.id);
    const parts = new Map<string, { aliases: string[]; roles: string[]; mentions: Mention[] }>();
    const part = (id: string) => {
      let p = parts.get(id);
      if (!p) parts.set(id, (p = { aliases: [], roles: [], mentions: [] }));
      return p;
    };
    part(home).roles.push(...e.roles);
    for (const alias of e.aliases) part(state.splitTarget(home, alias) ?? home).aliases.push(alias);
    for (const m of e.mentions) part(state.splitTarget(home, m.text) ?? home).mentions.push(m);
    const name = state.nameOf(home);
    if (name) part(home).aliases.push(name);
    // The entity's own id keeps its own name when it stays itself, whatever it was renamed from.
    for (const [id, p] of parts) add(id, { ...e, id: home }, p);
  }
  for (const e of out.values()) {
    // The canonical name is always one of the names; a split-out alias is not one of the entity's any more.
    if (!e.aliases.includes(e.name)) e.aliases.unshift(e.name);
  }
  return out;
}

/** Where each end of a supporting sentence points after merges and splits. */
function endOf(home: string, span: EvidenceSentence['subject'], text: string, state: CurationState): string {
  return span ? (state.splitTarget(home, text.slice(span.start, span.end)) ?? home) : home;
}

function projectRelations(
  raw: readonly ExtractedRelation[],
  text: string,
  state: CurationState,
  present: (id: string) => boolean,
): { relations: ExtractedRelation[]; held: HeldRelation[] } {
  const kept = new Map<string, ExtractedRelation>();
  const held = new Map<string, HeldRelation>();
  for (const r of raw) {
    const subjectHome = state.resolve(r.subject);
    const objectHome = state.resolve(r.object);
    for (const ev of r.evidence) {
      const subject = endOf(subjectHome, ev.subject, text, state);
      const object = endOf(objectHome, ev.object, text, state);
      // A merge can make both ends one entity; an end with no mention left cannot be loaded.
      if (subject === object || !present(subject) || !present(object)) continue;
      const id = relationId(canonicalRelation({ source: subject, type: r.type, target: object }));
      const key = `${subject}|${r.type}|${object}`;
      const sentence = attributedTo(ev, state);
      if (state.isRejected(id)) {
        const h = held.get(key) ?? { id, relation: { ...r, subject, object, evidence: [] } };
        addEvidence(h.relation, sentence);
        held.set(key, h);
        continue;
      }
      const k = kept.get(key) ?? { ...r, subject, object, properties: { ...r.properties }, evidence: [] };
      for (const [p, v] of Object.entries(r.properties)) k.properties[p as keyof typeof k.properties] ??= v;
      addEvidence(k, sentence);
      kept.set(key, k);
    }
  }
  return { relations: [...kept.values()], held: [...held.values()] };
}

/** The sentence with its source (a named entity) followed through merges. */
function attributedTo(ev: EvidenceSentence, state: CurationState): EvidenceSentence {
  const source = ev.attribution?.entity;
  if (!ev.attribution || !source || state.resolve(source) === source) return ev;
  return { ...ev, attribution: { ...ev.attribution, entity: state.resolve(source) } };
}

/** One sentence per certainty, as the store keeps them (a sentence may state a claim and report its denial). */
function addEvidence(relation: ExtractedRelation, ev: EvidenceSentence): void {
  const certainty = ev.certainty ?? 'asserted';
  if (!relation.evidence.some((x) => x.start === ev.start && (x.certainty ?? 'asserted') === certainty))
    relation.evidence.push(ev);
}
