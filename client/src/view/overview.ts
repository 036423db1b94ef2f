/**
 * The first layout of a graph of thousands of entities: an overview in
 * milliseconds. fcose, even at draft quality (its spectral step alone),
 * spent 1.3–5 s on 5,000 nodes here, most of it in Cytoscape's collection
 * machinery, to produce a ball where the nodes sat on top of each other.
 *
 * Here each connected part is walked breadth first from its best-connected
 * entity; every entity gets a wedge of the circle in proportion to the part
 * of the walk that hangs on it, at a distance from the centre by how many
 * hops away it is (a radial tree: hubs in the middle, what hangs on a hub in
 * the hub's direction, bigger parts first). The result is then dealt onto
 * rings one spacing apart (spread.ts), so no two nodes sit on each other.
 */
import { spreadToArea } from './spread.js';

export interface OverviewInput {
  /** Node diameters (model units), index-aligned with the result. */
  size: ArrayLike<number>;
  /** Pairs of node indexes. */
  edges: ReadonlyArray<readonly [number, number]>;
  /** Room each node keeps around it beyond its own size (its label lives there). */
  gap: number;
}

/** Positions as x, y pairs, in node order. */
export function radialOverview({ size, edges, gap }: OverviewInput): Float64Array {
  const n = size.length;
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const [s, t] of edges) {
    if (s === t) continue;
    neighbours[s]!.push(t);
    neighbours[t]!.push(s);
  }
  // Walk from the best-connected entities first (ties by index: the same input, the same picture).
  const byDegree = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => neighbours[b]!.length - neighbours[a]!.length || a - b,
  );
  const parent = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n).fill(-1);
  const order: number[] = [];
  const roots: number[] = [];
  for (const root of byDegree) {
    if (depth[root] !== -1) continue;
    roots.push(root);
    depth[root] = 0;
    for (let head = order.push(root) - 1; head < order.length; head++) {
      const at = order[head]!;
      for (const next of neighbours[at]!) {
        if (depth[next] !== -1) continue;
        depth[next] = depth[at]! + 1;
        parent[next] = at;
        order.push(next);
      }
    }
  }
  // How many entities hang on each one (itself included), children before parents.
  const weight = new Float64Array(n).fill(1);
  for (let k = order.length - 1; k >= 0; k--) {
    const at = order[k]!;
    const up = parent[at]!;
    if (up >= 0) weight[up] = weight[up]! + weight[at]!;
  }
  const children: number[][] = Array.from({ length: n }, () => []);
  for (const at of order) if (parent[at]! >= 0) children[parent[at]!]!.push(at);
  // Wedges: the parts share the circle by size, each entity's wedge is shared among what hangs on it.
  const from = new Float64Array(n);
  const span = new Float64Array(n);
  let start = 0;
  for (const root of roots) {
    from[root] = start;
    span[root] = (2 * Math.PI * weight[root]!) / n;
    start += span[root]!;
  }
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  // Parts after the first sit one ring further out than the first's centre, so lone nodes surround the main part.
  for (const at of order) {
    let offset = from[at]!;
    for (const child of children[at]!) {
      from[child] = offset;
      span[child] = (span[at]! * weight[child]!) / Math.max(1, weight[at]! - 1);
      offset += span[child]!;
    }
    const angle = from[at]! + span[at]! / 2;
    const radius = depth[at]! + (parent[at]! < 0 && at !== roots[0] ? 1 : 0) + 0.5;
    x[at] = radius * Math.cos(angle);
    y[at] = radius * Math.sin(angle);
  }
  // The roots' own centre point is the main hub: keep it in the middle.
  x[roots[0]!] = 0;
  y[roots[0]!] = 0;
  spreadToArea({ x, y, size, gap });
  const positions = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    positions[2 * i] = x[i]!;
    positions[2 * i + 1] = y[i]!;
  }
  return positions;
}
