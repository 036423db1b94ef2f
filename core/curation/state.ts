/**
 * The curation log folded into what it means now: which entries are in
 * force (an undo takes its target out; undoing the undo puts it back), where
 * merged ids redirect, which aliases were split out, the names and kinds
 * analysts set, the verdicts on relations, the relations added by hand, the
 * article metadata corrected. Pure and browser-safe: the store projects
 * articles through it, the server marks edited items with it.
 */
import type { EntityKind, RelationProperties } from '../domain.js';
import { nameKey } from '../names.js';
import { canonicalRelation, parseRelationId, relationId, type RelationKey } from '../relation-id.js';
import type { ArticleFields, CurationEntry, EditOf, EvidenceRecord } from './edits.js';

/** A rule of a split: mentions of `entity` written as `alias` belong to `target`. */
export interface SplitRule {
  entity: string;
  aliasKey: string;
  target: string;
}

export type Verdict = 'rejected' | 'confirmed';

/** A relation an analyst added, in stored orientation, with every entry that added it. */
export interface ManualRelation extends RelationKey {
  id: string;
  properties: RelationProperties;
  evidence: EvidenceRecord[];
  notes: string[];
  entries: string[];
}

/** Undo chains are short; a longer one means a corrupt log, and is cut here rather than looping. */
const MAX_REDIRECTS = 64;

export class CurationState {
  /** Entries in force, by id. */
  readonly active = new Set<string>();
  private readonly redirects = new Map<string, string>();
  readonly splits: SplitRule[] = [];
  /** Names and kinds set by renames and kind changes in force. */
  private readonly names = new Map<string, string>();
  private readonly kinds = new Map<string, EntityKind>();
  /**
   * Names and kinds apart from those edits, as merges and splits recorded them: an article that
   * meets a survivor or a split target only through the edit needs them.
   */
  private readonly defaultNames = new Map<string, string>();
  private readonly defaultKinds = new Map<string, EntityKind>();
  /** The name and kind an entity had before the first rename / kind change in force. */
  private readonly naturalNames = new Map<string, string>();
  private readonly naturalKinds = new Map<string, EntityKind>();
  private readonly verdictsById = new Map<string, { verdict: Verdict; entry: string }>();
  private readonly manualById = new Map<string, ManualRelation>();
  private readonly articleFields = new Map<string, ArticleFields>();
  private readonly distinctPairs = new Set<string>();
  /** Entries in force by the ids they touched, for "edited" marks. */
  private readonly touchedEntities = new Set<string>();
  private readonly touchedArticles = new Set<string>();

  private constructor(readonly entries: readonly CurationEntry[]) {}

  /** The state of a log (entries in any order; `seq` orders them). */
  static of(entries: readonly CurationEntry[]): CurationState {
    const sorted = [...entries].sort((a, b) => a.seq - b.seq);
    const state = new CurationState(sorted);
    state.fold();
    return state;
  }

  static readonly empty = CurationState.of([]);

  get size(): number {
    return this.entries.length;
  }

  /** The last sequence number in the log (0 when empty). */
  get lastSeq(): number {
    return this.entries.at(-1)?.seq ?? 0;
  }

  entry(id: string): CurationEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  private fold(): void {
    // An undo takes its target out of force, unless the undo itself is undone: an undo always comes
    // after its target, so deciding from the last entry back knows every undo's fate first.
    const undos = new Map<string, string[]>();
    for (const e of this.entries) {
      if (e.edit.action === 'undo') undos.set(e.edit.entry, [...(undos.get(e.edit.entry) ?? []), e.id]);
    }
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i]!;
      if (!(undos.get(e.id) ?? []).some((u) => this.active.has(u))) this.active.add(e.id);
    }
    const verdicts: Array<{ key: RelationKey; verdict: Verdict; entry: string }> = [];
    const manual: Array<{ entry: CurationEntry; edit: EditOf<'add-relation'> }> = [];
    for (const e of this.entries) {
      if (!this.active.has(e.id)) continue;
      const { edit, facts } = e;
      switch (edit.action) {
        case 'merge':
          this.redirects.set(edit.merged, edit.survivor);
          this.setDefaults(edit.survivor, facts);
          this.touchedEntities.add(edit.survivor);
          break;
        case 'split': {
          const target = facts.target;
          if (!target) break;
          this.splits.push({ entity: edit.entity, aliasKey: nameKey(edit.alias), target });
          this.setDefaults(target, facts);
          this.touchedEntities.add(edit.entity).add(target);
          break;
        }
        case 'rename': {
          const before = facts.names[edit.entity];
          if (before && !this.naturalNames.has(edit.entity)) this.naturalNames.set(edit.entity, before);
          this.names.set(edit.entity, edit.name);
          this.touchedEntities.add(edit.entity);
          break;
        }
        case 'kind': {
          const before = facts.kinds[edit.entity];
          if (before && !this.naturalKinds.has(edit.entity)) this.naturalKinds.set(edit.entity, before);
          this.kinds.set(edit.entity, edit.kind);
          this.touchedEntities.add(edit.entity);
          break;
        }
        case 'reject':
        case 'confirm': {
          const key = parseRelationId(edit.relation);
          if (key) verdicts.push({ key, verdict: edit.action === 'reject' ? 'rejected' : 'confirmed', entry: e.id });
          break;
        }
        case 'add-relation':
          manual.push({ entry: e, edit });
          break;
        case 'article':
          this.articleFields.set(edit.article, { ...this.articleFields.get(edit.article), ...edit.changes });
          this.touchedArticles.add(edit.article);
          break;
        case 'distinct':
          this.distinctPairs.add(pairKey(edit.entities[0], edit.entities[1]));
          break;
        case 'undo':
          break;
      }
    }
    // Relations are named by their ends as they are now: a later merge carries a verdict along.
    for (const v of verdicts) {
      this.verdictsById.set(this.relationIdOf(v.key), { verdict: v.verdict, entry: v.entry });
    }
    for (const { entry, edit } of manual) {
      const key = this.canonical({ source: edit.subject, type: edit.type, target: edit.object });
      if (key.source === key.target) continue;
      const id = relationId(key);
      const m = this.manualById.get(id) ?? { ...key, id, properties: {}, evidence: [], notes: [], entries: [] };
      m.properties = { ...edit.properties, ...m.properties };
      for (const ev of entry.facts.evidence ?? []) {
        const flipped = key.source !== this.resolve(edit.subject);
        const oriented = flipped ? { ...ev, subject: ev.object, object: ev.subject } : ev;
        if (!m.evidence.some((x) => x.article === ev.article && x.start === ev.start)) m.evidence.push(oriented);
      }
      m.notes.push(edit.note);
      m.entries.push(entry.id);
      this.manualById.set(id, m);
    }
  }

  private setDefaults(id: string, facts: CurationEntry['facts']): void {
    const name = facts.names[id];
    const kind = facts.kinds[id];
    if (name) this.defaultNames.set(id, name);
    if (kind) this.defaultKinds.set(id, kind);
  }

  /** Where an id lives now: itself, or the survivor of the merges it went through. */
  resolve(id: string): string {
    let current = id;
    for (let i = 0; i < MAX_REDIRECTS; i++) {
      const next = this.redirects.get(current);
      if (next === undefined || next === current) return current;
      current = next;
    }
    return current;
  }

  /** Whether the id was merged into another entity (and so redirects). */
  isMerged(id: string): boolean {
    return this.resolve(id) !== id;
  }

  /** The name the log gives the entity (a rename in force, else what a merge or split recorded), if any. */
  nameOf(id: string): string | undefined {
    return this.names.get(id) ?? this.defaultNames.get(id);
  }

  /** The kind the log gives the entity (a kind change in force, else what a merge or split recorded), if any. */
  kindOf(id: string): EntityKind | undefined {
    return this.kinds.get(id) ?? this.defaultKinds.get(id);
  }

  /** The name the entity had before the first rename in force (undefined when none is). */
  naturalNameOf(id: string): string | undefined {
    return this.naturalNames.get(id);
  }

  /** The kind the extractor gives the entity: the one before the first kind change in force. */
  naturalKindOf(id: string): EntityKind | undefined {
    return this.naturalKinds.get(id);
  }

  /** The target of a split rule for a mention of `entity` written `text`, if one applies. */
  splitTarget(entity: string, text: string): string | undefined {
    if (this.splits.length === 0) return undefined;
    const key = nameKey(text);
    for (let i = this.splits.length - 1; i >= 0; i--) {
      const rule = this.splits[i]!;
      if (rule.aliasKey === key && this.resolve(rule.entity) === entity) return this.resolve(rule.target);
    }
    return undefined;
  }

  /** The relation key with both ends resolved, in stored orientation. */
  canonical(key: RelationKey): RelationKey {
    const { source, type, target } = canonicalRelation({
      source: this.resolve(key.source),
      type: key.type,
      target: this.resolve(key.target),
    });
    return { source, type, target };
  }

  relationIdOf(key: RelationKey): string {
    return relationId(this.canonical(key));
  }

  /** The verdict in force on a relation (by its id now), if any. */
  verdict(id: string): Verdict | undefined {
    return this.verdictsById.get(id)?.verdict;
  }

  isRejected(id: string): boolean {
    return this.verdict(id) === 'rejected';
  }

  /** Relations added by hand and in force, in stored orientation. */
  manualRelations(): ManualRelation[] {
    return [...this.manualById.values()];
  }

  manualRelation(id: string): ManualRelation | undefined {
    return this.manualById.get(id);
  }

  /** The corrected metadata of an article, if any entry in force changes it. */
  articleChanges(id: string): ArticleFields | undefined {
    return this.articleFields.get(id);
  }

  /** Whether analysts said these two entities are different. */
  areDistinct(a: string, b: string): boolean {
    return this.distinctPairs.has(pairKey(this.resolve(a), this.resolve(b))) || this.distinctPairs.has(pairKey(a, b));
  }

  /** What the explorer marks as edited: entities, relations and articles an entry in force changed. */
  marks(): { entities: string[]; relations: Array<{ id: string; verdict: Verdict | 'added' }>; articles: string[] } {
    const entities = new Set([...this.touchedEntities].map((id) => this.resolve(id)));
    const relations = new Map<string, Verdict | 'added'>();
    for (const [id, v] of this.verdictsById) relations.set(id, v.verdict);
    for (const id of this.manualById.keys()) if (!relations.has(id)) relations.set(id, 'added');
    return {
      entities: [...entities].sort(),
      relations: [...relations].map(([id, verdict]) => ({ id, verdict })).sort((a, b) => a.id.localeCompare(b.id)),
      articles: [...this.touchedArticles].sort(),
    };
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
