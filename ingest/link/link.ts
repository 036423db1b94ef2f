/**
 * Resolution across articles: maps an article's entities onto entities known
 * from the store or from earlier articles of the same run, so the same person
 * or agreement keeps one id. Matching needs the same kind and one of: the same
 * id, a shared proper-name alias, a spelling variant of a person's name, or a
 * lone surname that only one known person carries. Descriptions ("the
 * Kingdom", "the agreement") never link articles.
 */
import type {
  ArticleGraph,
  EvidenceSentence,
  ExtractedEntity,
  ExtractedRelation,
  KnownEntity,
} from '../../core/domain.js';
import { initialsOf, sameNameVariant } from '../resolve/person-clusters.js';
import { isNameLike } from '../../core/names.js';
import { nameKey } from '../parse/normalize.js';

// Shared with curation's duplicate suggestions: defined once in core.
export { isNameLike } from '../../core/names.js';

function push(index: Map<string, string[]>, key: string, id: string): void {
  const list = index.get(key);
  if (list) list.push(id);
  else index.set(key, [id]);
}

/**
 * Index of known entities for repeated lookups. People are also indexed by
 * what a spelling variant of their name shares (its initials) and by their
 * surname, so that matching a person reads the few who could match, not every
 * known person: a run of 10,000 articles, or a store of 100,000 entities,
 * made each article's linking cost grow with everyone known before it.
 */
export class KnownIndex {
  private readonly byId = new Map<string, KnownEntity>();
  private readonly byAlias = new Map<string, KnownEntity[]>();
  /** Person ids by the initials of their name's key, in the order first added (a lookup keeps scan order). */
  private readonly peopleByInitials = new Map<string, string[]>();
  /** Person ids by the last word of their name's key. */
  private readonly peopleBySurname = new Map<string, string[]>();

  constructor(known: readonly KnownEntity[] = []) {
    for (const k of known) this.add(k);
  }

  /** Adds or merges an entity (aliases are unioned); returns the entity as now known. */
  add(entity: KnownEntity): KnownEntity {
    const existing = this.byId.get(entity.id);
    const merged: KnownEntity = existing
      ? { ...existing, aliases: [...new Set([...existing.aliases, ...entity.aliases])] }
      : { ...entity, aliases: [...entity.aliases] };
    this.byId.set(entity.id, merged);
    // A known entity keeps the name and kind it was first added under (a merge only adds aliases).
    if (!existing && merged.kind === 'Person') {
      const key = nameKey(merged.name);
      push(this.peopleByInitials, initialsOf(key), merged.id);
      push(this.peopleBySurname, key.split(' ').pop() ?? '', merged.id);
    }
    for (const alias of [merged.name, ...merged.aliases]) {
      if (!isNameLike(alias)) continue;
      const key = `${merged.kind}:${nameKey(alias)}`;
      const list = (this.byAlias.get(key) ?? []).filter((k) => k.id !== merged.id);
      list.push(merged);
      this.byAlias.set(key, list);
    }
    return merged;
  }

  entities(): KnownEntity[] {
    return [...this.byId.values()];
  }

  /** The known entity an extracted one is, if any. */
  match(e: ExtractedEntity): KnownEntity | null {
    const same = this.byId.get(e.id);
    if (same && same.kind === e.kind) return same;
    const names = [e.name, ...e.aliases].filter(isNameLike);
    // Unnamed agreements and conflicts are matched by their derived name only.
    const linkable = e.kind === 'Agreement' || e.kind === 'Conflict' ? [e.name] : names;
    for (const alias of linkable) {
      const hits = this.byAlias.get(`${e.kind}:${nameKey(alias)}`);
      if (hits?.length === 1) return hits[0] ?? null;
    }
    if (e.kind !== 'Person') return null;
    const key = nameKey(e.name);
    if (e.name.includes(' ')) {
      // A variant has as many words as the name, each with the same first letter.
      const id = this.peopleByInitials
        .get(initialsOf(key))
        ?.find((k) => sameNameVariant(this.byId.get(k)!.name, e.name));
      return id === undefined ? null : this.byId.get(id)!;
    }
    const bySurname = this.peopleBySurname.get(key) ?? [];
    return bySurname.length === 1 ? this.byId.get(bySurname[0]!)! : null;
  }
}

function mergeEntity(into: ExtractedEntity, from: ExtractedEntity): void {
  into.aliases = [...new Set([...into.aliases, ...from.aliases])];
  into.roles = [...new Set([...into.roles, ...from.roles])];
  const seen = new Set(into.mentions.map((m) => `${m.start}:${m.end}`));
  for (const m of from.mentions) if (!seen.has(`${m.start}:${m.end}`)) into.mentions.push(m);
  into.mentions.sort((a, b) => a.start - b.start);
}

/**
 * Rewrites an article graph onto known entities: matched entities take the
 * known id and canonical name; two entities that become one are merged, and
 * their relations with them; tentative surnames that match no one are dropped.
 */
export function linkToKnown(graph: ArticleGraph, index: KnownIndex): ArticleGraph {
  const rename = new Map<string, string>();
  const entities = new Map<string, ExtractedEntity>();
  const dropped = new Set<string>();
  for (const e of graph.entities) {
    const k = index.match(e);
    // A tentative surname lives only if it is someone already known.
    if (e.tentative && !k) {
      dropped.add(e.id);
      continue;
    }
    const { tentative: _settled, ...rest } = e;
    const linked: ExtractedEntity = k
      ? { ...rest, id: k.id, name: k.name, aliases: [...new Set([k.name, ...e.aliases])] }
      : { ...rest };
    rename.set(e.id, linked.id);
    const existing = entities.get(linked.id);
    if (existing) mergeEntity(existing, linked);
    else entities.set(linked.id, linked);
  }
  // The entity a sentence attributes a relation to follows the same renaming.
  const attributed = (ev: EvidenceSentence): EvidenceSentence => {
    const source = ev.attribution?.entity;
    if (!ev.attribution || !source) return ev;
    return {
      ...ev,
      attribution: { ...ev.attribution, entity: dropped.has(source) ? null : (rename.get(source) ?? source) },
    };
  };
  const relations = new Map<string, ExtractedRelation>();
  for (const r of graph.relations) {
    if (dropped.has(r.subject) || dropped.has(r.object)) continue;
    const subject = rename.get(r.subject) ?? r.subject;
    const object = rename.get(r.object) ?? r.object;
    if (subject === object) continue;
    const key = `${subject}|${r.type}|${object}`;
    const existing = relations.get(key);
    const evidence = r.evidence.map(attributed);
    if (existing) {
      for (const ev of evidence)
        if (!existing.evidence.some((x) => x.start === ev.start && x.certainty === ev.certainty))
          existing.evidence.push(ev);
      existing.properties = { ...r.properties, ...existing.properties };
    } else relations.set(key, { ...r, subject, object, evidence });
  }
  return { article: graph.article, entities: [...entities.values()], relations: [...relations.values()] };
}
