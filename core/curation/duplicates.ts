/**
 * Likely duplicates, for an analyst to review: pairs of entities whose names
 * say they may be one (the same alias, one name inside the other as a
 * surname, an acronym, a near spelling), weighed by whether they are of the
 * same kind and share neighbours, and held back when they are related to
 * each other (a person does not meet themselves). Each pair comes with the
 * evidence for merging it. Pure: the store gives the entities and their
 * neighbours.
 */
import { distance } from 'fastest-levenshtein';
import type { EntityKind } from '../domain.js';
import { isNameLike, nameKey } from '../names.js';

export interface DuplicateCandidate {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  articleCount: number;
  degree: number;
}

export type DuplicateSignal = 'alias' | 'name' | 'acronym' | 'spelling' | 'kind' | 'neighbours' | 'related';

export interface DuplicateReason {
  signal: DuplicateSignal;
  /** For people: what the evidence is. */
  detail: string;
  /** Ids it refers to (the shared neighbours). */
  ids?: string[];
}

export interface DuplicateSuggestion {
  /** The entity to keep (a person's full name over the surname, a name over its acronym, else the one in more articles) and the one to merge into it. */
  survivor: DuplicateCandidate;
  merged: DuplicateCandidate;
  /** 0..1: how strongly the evidence says they are one. */
  score: number;
  reasons: DuplicateReason[];
}

const KIND_PLURALS: Record<EntityKind, string> = {
  Country: 'countries',
  Person: 'people',
  Organization: 'organisations',
  Place: 'places',
  System: 'systems',
  Agreement: 'agreements',
  Conflict: 'conflicts',
};

/** Suggestions below this score are not worth a reviewer's time. */
export const MIN_DUPLICATE_SCORE = 0.55;
/** A blocking key shared by more entities than this says nothing (a common word). */
const MAX_BLOCK = 40;

const words = (key: string) => key.split(' ').filter(Boolean);

/** The comparison keys of an entity's names: its name and its aliases that are names, not descriptions. */
function nameKeys(e: DuplicateCandidate): Map<string, string> {
  const keys = new Map<string, string>();
  for (const n of [e.name, ...e.aliases.filter(isNameLike)]) {
    const key = nameKey(n);
    if (key && !keys.has(key)) keys.set(key, n);
  }
  return keys;
}

/** Initials of a name of several words, minus connectors (`Islamic Revolutionary Guard Corps` → `irgc`). */
function initials(key: string): string | null {
  const w = words(key).filter((x) => !/^(of|the|and|for|de|al)$/.test(x));
  return w.length >= 2 ? w.map((x) => x[0]).join('') : null;
}

/** Keys that put two entities in the same block: their words, word beginnings and acronyms. */
function blockingKeys(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    for (const w of words(key)) {
      if (w.length < 3) continue;
      out.add(`w:${w}`);
      if (w.length >= 5) out.add(`p:${w.slice(0, 4)}`);
    }
    const acronym = initials(key);
    if (acronym) out.add(`w:${acronym}`);
  }
  return out;
}

interface NameEvidence {
  score: number;
  reason: DuplicateReason;
}

/** The strongest thing the two entities' names say. */
function nameEvidence(
  a: DuplicateCandidate,
  b: DuplicateCandidate,
  ka: Map<string, string>,
  kb: Map<string, string>,
): NameEvidence | null {
  const shared = [...ka.keys()].filter((k) => kb.has(k));
  if (shared.length > 0) {
    const names = shared.map((k) => `“${ka.get(k)}”`).join(', ');
    return { score: 0.9, reason: { signal: 'alias', detail: `both are called ${names}` } };
  }
  let best: NameEvidence | null = null;
  const consider = (e: NameEvidence) => {
    if (!best || e.score > best.score) best = e;
  };
  for (const [x, nx] of ka) {
    for (const [y, ny] of kb) {
      const [short, long, shortName, longName] = x.length <= y.length ? [x, y, nx, ny] : [y, x, ny, nx];
      const sw = words(short);
      const lw = words(long);
      if (sw.length < lw.length && sw.every((w) => lw.includes(w)) && short.length >= 4) {
        // "Rassendyll" in "Rudolf Rassendyll": for people, a surname alone is a strong sign.
        const surname = a.kind === 'Person' && b.kind === 'Person' && sw.length === 1 && lw.at(-1) === sw[0];
        consider({
          score: surname ? 0.8 : 0.6,
          reason: {
            signal: 'name',
            detail: surname
              ? `“${shortName}” is the surname of “${longName}”`
              : `“${shortName}” is part of “${longName}”`,
          },
        });
      }
      if (sw.length === 1 && short.length >= 2 && initials(long) === short) {
        consider({
          score: 0.8,
          reason: { signal: 'acronym', detail: `“${shortName}” is the acronym of “${longName}”` },
        });
      }
      if (Math.min(x.length, y.length) >= 6) {
        const similarity = 1 - distance(x, y) / Math.max(x.length, y.length);
        if (similarity >= 0.8) {
          consider({
            score: 0.75 * similarity,
            reason: {
              signal: 'spelling',
              detail: `“${nx}” and “${ny}” are spelt alike (${Math.round(similarity * 100)}%)`,
            },
          });
        }
      }
    }
  }
  return best;
}

/**
 * The pairs worth reviewing, strongest first. `neighbours` gives each
 * entity's neighbours by typed relations; `distinct` says which pairs an
 * analyst already declared different.
 */
export function suggestDuplicates(
  entities: readonly DuplicateCandidate[],
  neighbours: ReadonlyMap<string, ReadonlySet<string>>,
  names: ReadonlyMap<string, string>,
  distinct: (a: string, b: string) => boolean,
): DuplicateSuggestion[] {
  const keys = new Map(entities.map((e) => [e.id, nameKeys(e)]));
  const blocks = new Map<string, DuplicateCandidate[]>();
  for (const e of entities) {
    for (const key of blockingKeys(keys.get(e.id)!.keys())) {
      const block = blocks.get(key) ?? [];
      block.push(e);
      blocks.set(key, block);
    }
  }
  const seen = new Set<string>();
  const out: DuplicateSuggestion[] = [];
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const [a, b] = [block[i]!, block[j]!];
        const pair = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        if (distinct(a.id, b.id)) continue;
        const suggestion = judge(a, b, keys.get(a.id)!, keys.get(b.id)!, neighbours, names);
        if (suggestion && suggestion.score >= MIN_DUPLICATE_SCORE) out.push(suggestion);
      }
    }
  }
  return out.sort(
    (x, y) => y.score - x.score || x.survivor.id.localeCompare(y.survivor.id) || x.merged.id.localeCompare(y.merged.id),
  );
}

function judge(
  a: DuplicateCandidate,
  b: DuplicateCandidate,
  ka: Map<string, string>,
  kb: Map<string, string>,
  neighbours: ReadonlyMap<string, ReadonlySet<string>>,
  names: ReadonlyMap<string, string>,
): DuplicateSuggestion | null {
  const byName = nameEvidence(a, b, ka, kb);
  if (!byName) return null;
  const reasons: DuplicateReason[] = [byName.reason];
  let score = byName.score;
  if (a.kind === b.kind) reasons.push({ signal: 'kind', detail: `both are ${KIND_PLURALS[a.kind]}` });
  else {
    score *= 0.6;
    reasons.push({ signal: 'kind', detail: `kinds differ: ${a.kind} and ${b.kind}` });
  }
  const na = neighbours.get(a.id) ?? new Set<string>();
  const nb = neighbours.get(b.id) ?? new Set<string>();
  if (na.has(b.id) || nb.has(a.id)) {
    score *= 0.5;
    reasons.push({ signal: 'related', detail: 'the articles relate them to each other, which one entity cannot be' });
  }
  const shared = [...na].filter((n) => nb.has(n) && n !== a.id && n !== b.id).sort();
  if (shared.length > 0) {
    const union = new Set([...na, ...nb]).size;
    score = Math.min(1, score + 0.25 * (shared.length / union));
    const listed = shared.slice(0, 5).map((id) => names.get(id) ?? id);
    reasons.push({
      signal: 'neighbours',
      detail: `share ${shared.length} of ${union} neighbours: ${listed.join(', ')}${shared.length > 5 ? ', …' : ''}`,
      ids: shared,
    });
  }
  // A person's full name over their surname, an expansion over its acronym; otherwise the better attested.
  const fullerName =
    byName.reason.signal === 'acronym' ||
    (byName.reason.signal === 'name' && a.kind === 'Person' && b.kind === 'Person');
  const [survivor, merged] = keeps(a, b, fullerName) ? [a, b] : [b, a];
  return { survivor, merged, score: Math.round(score * 1000) / 1000, reasons };
}

/** Whether `a` is the better entity to keep: the full name over its part or acronym, else the better attested. */
function keeps(a: DuplicateCandidate, b: DuplicateCandidate, fullerName: boolean): boolean {
  if (fullerName && a.name.length !== b.name.length) return a.name.length > b.name.length;
  if (a.articleCount !== b.articleCount) return a.articleCount > b.articleCount;
  if (a.degree !== b.degree) return a.degree > b.degree;
  if (a.name.length !== b.name.length) return a.name.length > b.name.length;
  return a.id < b.id;
}
