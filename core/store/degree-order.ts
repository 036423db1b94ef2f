/**
 * Entities (by the directory's dense internal ids) from the most connected
 * down, for searches that want the best connected of very many matches:
 * reading them in this order stops after the first few dozen matches, where
 * walking every match of "group" or a two-letter prefix visits a fifth of a
 * million-entity graph.
 *
 * Writes change the degrees of a few entities each; re-sorting them all for
 * each write would cost more than the write. So the order is a sorted
 * snapshot plus the entities changed since it was taken (kept apart and
 * merged in when read), and the snapshot is taken anew only once the changed
 * ones are a sizeable share: about one full sort per hundredth of the
 * entities changed.
 */

/** Internal ids fit below 2^24 in a sort key (a directory of 16M entities). */
const ID_SPACE = 2 ** 24;
/** Degrees above this sort as this (ranks are only asked among the best connected). */
const MAX_SORTED_DEGREE = 2 ** 28;

export class DegreeOrder {
  /** Internal ids by degree at the snapshot, highest first. */
  private snapshot = new Int32Array(0);
  /** Internal ids whose degree or presence changed since the snapshot. */
  private readonly changed = new Set<number>();

  /**
   * @param entities how many internal ids there are, and an entity's current
   *   degree (undefined for an id no longer in use)
   */
  constructor(private readonly entities: { size(): number; degreeOf(internal: number): number | undefined }) {}

  private degreeOf(internal: number): number | undefined {
    return this.entities.degreeOf(internal);
  }

  /** Marks an entity whose degree changed, or that came or went. */
  touch(internal: number): void {
    this.changed.add(internal);
    if (this.changed.size > Math.max(1_000, this.snapshot.length / 100)) this.resort();
  }

  /** Sorts every present entity afresh. */
  resort(): void {
    const upTo = this.entities.size();
    // One numeric key per entity (degree descending, then id) sorts natively, ten times faster than a comparator.
    const keys = new Float64Array(upTo);
    let n = 0;
    for (let internal = 0; internal < upTo; internal++) {
      const degree = this.degreeOf(internal);
      if (degree === undefined) continue;
      keys[n++] = (MAX_SORTED_DEGREE - Math.min(degree, MAX_SORTED_DEGREE)) * ID_SPACE + internal;
    }
    const sorted = keys.subarray(0, n).sort();
    this.snapshot = Int32Array.from(sorted, (key) => key % ID_SPACE);
    this.changed.clear();
  }

  /** Present entities, highest degree first (ties in no particular order). */
  *descending(): Generator<number> {
    // The changed ones are few (at most a hundredth): sorted on each read.
    const changed = [...this.changed]
      .map((internal) => ({ internal, degree: this.degreeOf(internal) }))
      .filter((c): c is { internal: number; degree: number } => c.degree !== undefined)
      .sort((a, b) => b.degree - a.degree);
    let next = 0;
    for (const internal of this.snapshot) {
      if (this.changed.has(internal)) continue;
      const degree = this.degreeOf(internal);
      if (degree === undefined) continue;
      while (next < changed.length && changed[next]!.degree >= degree) yield changed[next++]!.internal;
      yield internal;
    }
    while (next < changed.length) yield changed[next++]!.internal;
  }
}
