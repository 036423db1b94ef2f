/**
 * The people of one article while resolution groups their mentions, indexed
 * so that placing a mention reads only the clusters that could match it.
 * Comparing every new name with every cluster made resolution quadratic in
 * the number of people: 31,000 words of name-dense text spent 15 s in this
 * stage alone (`bench/scaling.ts`). Each index below holds a condition every
 * match must meet, so a lookup returns exactly what a scan of all clusters in
 * order would; only the people sharing a name's initials are still compared
 * one by one.
 */
import { distance } from 'fastest-levenshtein';
import { afterHyphenedParticle } from '../entities/name-particles.js';
import { nameKey } from '../parse/normalize.js';
import type { EntityDraft } from './registry.js';

/** Two spellings of one name: same surname and first names a couple of letters apart, or the whole name so. */
export function sameNameVariant(a: string, b: string): boolean {
  return sameKeyVariant(nameKey(a), nameKey(b));
}

function sameKeyVariant(ka: string, kb: string): boolean {
  if (ka === kb) return true;
  const ta = ka.split(' ');
  const tb = kb.split(' ');
  if (ta.length !== tb.length) return false;
  const whole = distance(ka, kb);
  if (whole > 2 || whole / Math.max(ka.length, kb.length) > 0.2) return false;
  // Every word must still look alike ("Abdellatif"/"Abdullatif"), not be swapped for another.
  return ta.every((w, i) => distance(w, tb[i] ?? '') <= 2 && w[0] === tb[i]?.[0]);
}

/** True when `short` (two words or more) is the last words of `full` ("Le Drian" of "Jean-Yves Le Drian"). */
function endsWithKey(full: string, short: string): boolean {
  const f = full.split(' ');
  const s = short.split(' ');
  return s.length >= 2 && s.length < f.length && f.slice(-s.length).join(' ') === s.join(' ');
}

/** What every variant of a name key shares: its number of words and the first letter of each. */
export function initialsOf(key: string): string {
  const words = key.split(' ');
  return `${words.length}:${words.map((w) => w[0] ?? '').join('')}`;
}

function push(index: Map<string, number[]>, key: string, position: number): void {
  const list = index.get(key);
  if (list) list.push(position);
  else index.set(key, [position]);
}

export class PersonClusters {
  /** Every cluster, in the order it was added (lookups prefer the earliest, as a scan would). */
  readonly all: EntityDraft[] = [];
  /** Name comparisons made so far: tests read it to show that lookups do not grow with the article. */
  comparisons = 0;
  private readonly keys: string[] = [];
  private readonly keyCache = new Map<string, string>();
  private readonly byInitials = new Map<string, number[]>();
  private readonly bySuffix = new Map<string, number[]>();
  private readonly byLaterWord = new Map<string, number[]>();
  private readonly byFirstWord = new Map<string, number[]>();

  private key(name: string): string {
    let key = this.keyCache.get(name);
    if (key === undefined) {
      key = nameKey(name);
      this.keyCache.set(name, key);
    }
    return key;
  }

  /** Adds a cluster under its current name (names do not change while clusters are being formed). */
  add(draft: EntityDraft): void {
    const position = this.all.length;
    const key = this.key(draft.name);
    this.all.push(draft);
    this.keys.push(key);
    push(this.byInitials, initialsOf(key), position);
    const keyWords = key.split(' ');
    for (let n = 2; n < keyWords.length; n++) push(this.bySuffix, keyWords.slice(-n).join(' '), position);
    const words = draft.name.toLowerCase().split(/\s+/);
    if (words[0] !== undefined) push(this.byFirstWord, words[0], position);
    // "Assad" names "Bashar al-Assad" as "al-Assad" does.
    const later = words.slice(1).flatMap((w) => [w, afterHyphenedParticle(w) ?? []].flat());
    for (const w of new Set(later)) push(this.byLaterWord, w, position);
  }

  /** The first cluster whose name is a variant of `name`, or a longer name `name` ends ("Le Drian"). */
  variantOrLonger(name: string): EntityDraft | undefined {
    const key = this.key(name);
    const variant = this.first(this.byInitials.get(initialsOf(key)), (k) => sameKeyVariant(k, key));
    const longer = this.first(this.bySuffix.get(key), (k) => endsWithKey(k, key));
    const position = Math.min(variant ?? Infinity, longer ?? Infinity);
    return Number.isFinite(position) ? this.all[position] : undefined;
  }

  /** The first cluster whose name is a variant of `name`. */
  variant(name: string): EntityDraft | undefined {
    const key = this.key(name);
    const position = this.first(this.byInitials.get(initialsOf(key)), (k) => sameKeyVariant(k, key));
    return position === undefined ? undefined : this.all[position];
  }

  /**
   * The person a lone surname names: a cluster with it among the later words
   * of its name, else one whose name starts with it ("Wang" of "Wang Yi");
   * among several, the most mentioned so far (the earliest on a tie).
   */
  bySurname(lowerCased: string): EntityDraft | undefined {
    const positions = this.byLaterWord.get(lowerCased) ?? this.byFirstWord.get(lowerCased) ?? [];
    let best: EntityDraft | undefined;
    for (const p of positions) {
      this.comparisons++;
      const draft = this.all[p] as EntityDraft;
      if (!best || draft.mentions.length > best.mentions.length) best = draft;
    }
    return best;
  }

  private first(positions: readonly number[] | undefined, matches: (key: string) => boolean): number | undefined {
    for (const p of positions ?? []) {
      this.comparisons++;
      if (matches(this.keys[p] as string)) return p;
    }
    return undefined;
  }
}
