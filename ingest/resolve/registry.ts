/**
 * The entities of one article while they are being resolved: each keeps its
 * canonical name, kind, aliases, roles and mentions, and can be looked up by
 * the key resolution groups mentions under.
 */
import type { EntityKind } from '../../core/ontology.js';
import type { Mention } from '../../core/domain.js';
import type { LexiconEntry } from '../lexicon/index.js';
import type { ParsedText, Word } from '../parse/parse.js';
import type { Candidate, RoleInfo } from '../entities/types.js';

/** What the phrases of an unnamed agreement or conflict said about it. */
export interface DraftFrame {
  /** Class of its head nouns (lexicon/kinds.json): agreement, memorandum, ceasefire, war, dispute ... */
  cls: string;
  /** Head nouns used, with counts ("deal" ×2, "accord" ×1). */
  heads: Map<string, number>;
  topic: string | null;
  /** Where it happens ("war in Libya"), when no parties say who. */
  place: string | null;
  /** "first", "second": what sets it apart from another of its class. */
  ordinal: string | null;
  /** Countries of the sentences that mention it, with counts. */
  sentenceParties: Map<string, number>;
}

export interface EntityDraft {
  key: string;
  name: string;
  kind: EntityKind;
  lexicon?: LexiconEntry;
  aliases: Set<string>;
  roles: Set<string>;
  mentions: Mention[];
  /** Country an organisation belongs to, as the text says it. */
  country: string | null;
  /** Countries an unnamed agreement or conflict is between. */
  parties: string[];
  /** Unnamed agreements and conflicts: what their phrases said, for naming and cross-article linking. */
  frame?: DraftFrame;
  /** Word index of the latest mention, for recency lookups. */
  lastWord: number;
  firstWord: number;
  /** A lone surname kept for cross-article linking to confirm (see ExtractedEntity.tentative). */
  tentative?: boolean;
}

/** A mention resolved to its entity, as the relation stage reads it. */
export interface ResolvedMention {
  entity: EntityDraft;
  /** Word range `[start, end)`. */
  start: number;
  end: number;
  sentence: number;
  candidate: Candidate;
  /** For capitals and seats: the country the place stands for when it acts. */
  seatOf: string | null;
  /** Roles stated around this mention (persons). */
  roles: RoleInfo[];
  /** True when the mention lies inside a longer mention (the "Morocco" of "Morocco's military"). */
  nested: boolean;
}

export class EntityRegistry {
  readonly byKey = new Map<string, EntityDraft>();
  readonly mentions: ResolvedMention[] = [];

  constructor(private readonly parsed: ParsedText) {}

  /** The entity under `key`, created with the given name and kind when new. */
  ensure(key: string, name: string, kind: EntityKind, lexicon?: LexiconEntry): EntityDraft {
    let draft = this.byKey.get(key);
    if (!draft) {
      draft = {
        key,
        name,
        kind,
        aliases: new Set(),
        roles: new Set(),
        mentions: [],
        country: null,
        parties: [],
        lastWord: -1,
        firstWord: Number.MAX_SAFE_INTEGER,
        ...(lexicon ? { lexicon } : {}),
      };
      this.byKey.set(key, draft);
    }
    return draft;
  }

  /** Records that words `[start, end)` mention `entity`. */
  mention(
    entity: EntityDraft,
    start: number,
    end: number,
    candidate: Candidate,
    extra: Partial<Pick<ResolvedMention, 'seatOf' | 'roles' | 'nested'>> = {},
  ): ResolvedMention {
    const first = this.parsed.words[start] as Word;
    const last = this.parsed.words[end - 1] as Word;
    const text = this.parsed.text.slice(first.start, last.end);
    if (!entity.mentions.some((m) => m.start === first.start && m.end === last.end))
      entity.mentions.push({ start: first.start, end: last.end, text });
    entity.aliases.add(text);
    entity.lastWord = Math.max(entity.lastWord, start);
    entity.firstWord = Math.min(entity.firstWord, start);
    const resolved: ResolvedMention = {
      entity,
      start,
      end,
      sentence: first.sentence,
      candidate,
      seatOf: extra.seatOf ?? null,
      roles: extra.roles ?? [],
      nested: extra.nested ?? false,
    };
    this.mentions.push(resolved);
    return resolved;
  }

  /** Adds a longer surface form that is not itself a mention span ("Israeli Defense Minister Benny Gantz"). */
  alias(entity: EntityDraft, start: number, end: number): void {
    const first = this.parsed.words[start] as Word;
    const last = this.parsed.words[end - 1] as Word;
    entity.aliases.add(this.parsed.text.slice(first.start, last.end));
  }

  /** The mentioned entity of one of `kinds` with this canonical name ("Korsak Group" as a party), if any. */
  named(name: string, kinds: readonly EntityKind[]): EntityDraft | null {
    for (const d of this.byKey.values())
      if (d.name === name && kinds.includes(d.kind) && d.mentions.length > 0) return d;
    return null;
  }

  /** Moves every mention and alias of `from` to `into`; `from` stays behind with no mentions. */
  merge(from: EntityDraft, into: EntityDraft): void {
    if (from === into) return;
    for (const m of this.mentions) if (m.entity === from) m.entity = into;
    for (const m of from.mentions)
      if (!into.mentions.some((x) => x.start === m.start && x.end === m.end)) into.mentions.push(m);
    for (const a of from.aliases) into.aliases.add(a);
    for (const r of from.roles) into.roles.add(r);
    into.lastWord = Math.max(into.lastWord, from.lastWord);
    into.firstWord = Math.min(into.firstWord, from.firstWord);
    from.mentions.length = 0;
    from.aliases.clear();
    this.byKey.delete(from.key);
  }

  /** Mentions sorted by position. */
  ordered(): ResolvedMention[] {
    return [...this.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  }
}
