/**
 * How names and queries are compared, for both stores: the same tokens for
 * the in-process index (embedded store) and the ranking, a Lucene query for
 * Neo4j's full-text index (prefix `gan*` and fuzzy `gnatz~1` terms), and the
 * scorer that ranks every candidate by how well one of its names answers.
 */

/** Shorter tokens get no typo tolerance: at three letters one edit is another word. */
export const MIN_FUZZY_LENGTH = 4;

/** Lower-case ASCII word tokens of a text ("Lt. Gen. Belkhir El Farouk" → lt, gen, belkhir, el, farouk). */
export function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A Lucene query for Neo4j: each token exact (boosted), as a prefix, and (when fuzzy) within one edit. */
export function luceneQuery(query: string, options: { fuzzy: boolean } = { fuzzy: true }): string {
  return tokens(query)
    .map((t) => {
      const fuzzy = options.fuzzy && t.length >= MIN_FUZZY_LENGTH ? ` OR ${t}~1` : '';
      return `(${t}^3 OR ${t}*${fuzzy})`;
    })
    .join(' OR ');
}

/**
 * Edit distance with adjacent swaps (optimal string alignment), or
 * `limit + 1` as soon as it must exceed `limit`: ranking only asks "within
 * one or two edits?", so most comparisons stop at the length check.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How one name answers a query: its score, and whether it has every query word as typed. */
export interface NameMatch {
  /** 0 (no match) to 1 (the same words). */
  score: number;
  /**
   * Every query word is one of its words or the start of one ("zele" of "Volodymyr Zelenskyy"),
   * however short the start: such a hit needs no round of typo tolerance.
   */
  typed: boolean;
}

/**
 * A matcher of names against one query, each name read into tokens once: every
 * query token matching a name token exactly, as a prefix, or within one edit
 * (two for long words) counts toward the score.
 */
export function nameMatcher(query: string): (name: string) => NameMatch {
  const q = tokens(query);
  const whole = q.join(' ');
  return (name) => {
    const n = tokens(name);
    if (q.length === 0 || n.length === 0) return { score: 0, typed: false };
    const typed = q.every((qt) => n.some((nt) => nt.startsWith(qt)));
    if (whole === n.join(' ')) return { score: 1, typed };
    let total = 0;
    for (const qt of q) {
      let best = 0;
      for (const nt of n) {
        if (nt === qt) best = Math.max(best, 1);
        else if (nt.startsWith(qt)) best = Math.max(best, 0.8 * (qt.length / nt.length) + 0.1);
        else if (qt.length >= MIN_FUZZY_LENGTH && editDistance(qt, nt, 1) <= 1) best = Math.max(best, 0.6);
        else if (qt.length >= MIN_FUZZY_LENGTH + 2 && editDistance(qt, nt, 2) <= 2) best = Math.max(best, 0.4);
      }
      total += best;
    }
    // Every query word counts; a name with many unmatched words ranks a little lower.
    return { score: (total / q.length) * (0.9 + 0.1 * Math.min(1, q.length / n.length)), typed };
  };
}
