/**
 * Gives a draft layout the room its nodes need. fcose's draft quality (the
 * spectral step alone, used above a few hundred nodes) ignores node sizes
 * and separation: on a news graph with hubs it puts thousands of nodes in a
 * ball where most sit on top of each other (median distance to the nearest
 * node ~3 units for 5,000 nodes of 24–64 units). The drawing is then framed
 * close up, every label is drawn over every other, and nothing can be read.
 *
 * Here the nodes are dealt onto rings one spacing apart, by their distance
 * from the centre (the closest on the innermost ring, each ring holding what
 * its circumference has room for), and around each ring in the order of
 * their direction from the centre. What the spectral step put in the middle
 * stays in the middle and its sides stay its sides (each node as near its
 * own direction as its ring's neighbours allow), while no two nodes come
 * closer than about one spacing. One sort and one pass: milliseconds, where a
 * force pass over the same nodes costs seconds.
 */

export interface SpreadInput {
  /** Positions, replaced in place. */
  x: Float64Array;
  y: Float64Array;
  /** Node diameters (model units). */
  size: ArrayLike<number>;
  /** Room each node keeps around it, beyond its own size (its label lives there). */
  gap: number;
}

export function spreadToArea({ x, y, size, gap }: SpreadInput): void {
  const n = x.length;
  if (n < 2) return;
  let cx = 0;
  let cy = 0;
  let sizes = 0;
  for (let i = 0; i < n; i++) {
    cx += x[i]!;
    cy += y[i]!;
    sizes += size[i] ?? 0;
  }
  cx /= n;
  cy /= n;
  const spacing = sizes / n + gap;
  const distance = new Float64Array(n);
  const angle = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    distance[i] = Math.hypot(x[i]! - cx, y[i]! - cy);
    angle[i] = Math.atan2(y[i]! - cy, x[i]! - cx);
  }
  // Ties (nodes stacked on one point) keep their index order: the same input, the same picture.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => distance[a]! - distance[b]! || a - b);
  let next = 0;
  for (let ring = 0; next < n; ring++) {
    const room = ring === 0 ? 1 : Math.floor(2 * Math.PI * ring);
    const members = order.slice(next, next + room).sort((a, b) => angle[a]! - angle[b]! || a - b);
    next += members.length;
    const radius = ring * spacing;
    const placed = onRing(
      members.map((i) => angle[i]!),
      room,
    );
    members.forEach((i, k) => {
      x[i] = cx + radius * Math.cos(placed[k]!);
      y[i] = cy + radius * Math.sin(placed[k]!);
    });
  }
}

/**
 * Angles for nodes on a ring with room for `room`, as close to their own
 * (sorted ascending) as keeping one room's angle between neighbours allows.
 */
function onRing(angles: number[], room: number): number[] {
  const m = angles.length;
  if (m <= 1) return angles;
  const step = (2 * Math.PI) / room;
  // Swept from the node after the widest gap, so the sweep does not run into its own start.
  let start = 0;
  let widest = -1;
  for (let k = 0; k < m; k++) {
    const gap = k === 0 ? angles[0]! + 2 * Math.PI - angles[m - 1]! : angles[k]! - angles[k - 1]!;
    if (gap > widest) [widest, start] = [gap, k];
  }
  const wanted = Array.from({ length: m }, (_, k) => {
    const j = (start + k) % m;
    return angles[j]! + (j < start ? 2 * Math.PI : 0);
  });
  const swept = [...wanted];
  for (let k = 1; k < m; k++) swept[k] = Math.max(wanted[k]!, swept[k - 1]! + step);
  if (swept[m - 1]! - swept[0]! > 2 * Math.PI - step) {
    // Too many for their directions: evenly round the whole ring, in their order.
    for (let k = 0; k < m; k++) swept[k] = wanted[0]! + k * step * (room / m);
  }
  // Pushing only forward drifts the group: shift it back by the average push.
  const drift = swept.reduce((sum, a, k) => sum + a - wanted[k]!, 0) / m;
  const result = new Array<number>(m);
  for (let k = 0; k < m; k++) result[(start + k) % m] = swept[k]! - drift;
  return result;
}
