/**
 * The incremental layout: only new nodes move. They start next to their
 * anchors (placement.ts) and a small force simulation pulls them to their
 * linked nodes, pushes them off every other node (moving or fixed) and
 * cools down. Everything already drawn stays exactly where the analyst saw
 * it. fcose's constrained incremental mode, tried first, left new nodes
 * stacked on each other; this is predictable, and cheap with a grid.
 */

export interface RelaxInput {
  /** Positions, updated in place for movable nodes. */
  x: Float64Array;
  y: Float64Array;
  /** Node diameters. */
  size: ArrayLike<number>;
  fixed: ArrayLike<boolean>;
  edges: ReadonlyArray<readonly [number, number]>;
  /** Ideal length of each edge. */
  lengths: ArrayLike<number>;
  iterations?: number;
  /** Room kept between node borders, for the labels under them. */
  gap?: number;
}

/** Ideal edge lengths: an edge is longer the busier its busier end, so hubs get a wide ring. */
export function edgeLengths(nodeCount: number, edges: ReadonlyArray<readonly [number, number]>): number[] {
  const degree = new Array<number>(nodeCount).fill(0);
  for (const [s, t] of edges) {
    degree[s]!++;
    degree[t]!++;
  }
  return edges.map(([s, t]) => 80 + 14 * Math.sqrt(Math.max(degree[s] ?? 0, degree[t] ?? 0)));
}

/** Moves the movable nodes of `input` to a relaxed position; fixed nodes are untouched. */
export function relax(input: RelaxInput): void {
  const { x, y, size, fixed, edges, lengths } = input;
  const n = x.length;
  const iterations = input.iterations ?? 300;
  const gap = input.gap ?? 60;
  const movable: number[] = [];
  for (let i = 0; i < n; i++) if (!fixed[i]) movable.push(i);
  if (movable.length === 0) return;

  const springs: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  edges.forEach(([s, t], e) => {
    if (s === t) return;
    springs[s]!.push([t, lengths[e] ?? 100]);
    springs[t]!.push([s, lengths[e] ?? 100]);
  });

  let maxSize = 0;
  for (let i = 0; i < n; i++) maxSize = Math.max(maxSize, size[i] ?? 0);
  // Repulsion reaches a little beyond the spacing nodes should keep.
  const reach = maxSize + gap * 2;
  const cell = reach;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);

  for (let step = 0; step < iterations; step++) {
    const temperature = 40 * (1 - step / iterations) + 1;
    const grid = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const key = `${Math.floor(x[i]! / cell)},${Math.floor(y[i]! / cell)}`;
      const bucket = grid.get(key);
      if (bucket) bucket.push(i);
      else grid.set(key, [i]);
    }
    for (const i of movable) {
      let fx = 0;
      let fy = 0;
      const cx = Math.floor(x[i]! / cell);
      const cy = Math.floor(y[i]! / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const j of grid.get(`${gx},${gy}`) ?? []) {
            if (j === i) continue;
            let ddx = x[i]! - x[j]!;
            let ddy = y[i]! - y[j]!;
            let d = Math.hypot(ddx, ddy);
            if (d < 0.01) {
              // Exactly on top of each other: part them in a direction fixed by the indexes.
              const a = ((i * 7919 + j * 104729) % 360) * (Math.PI / 180);
              ddx = Math.cos(a);
              ddy = Math.sin(a);
              d = 1;
            }
            const keep = ((size[i] ?? 0) + (size[j] ?? 0)) / 2 + gap;
            if (d < keep * 1.5) {
              // Stronger the deeper the overlap; fades out at one and a half times the spacing.
              const push = ((keep * 1.5 - d) / (keep * 1.5)) * keep * 0.8;
              fx += (ddx / d) * push;
              fy += (ddy / d) * push;
            }
          }
        }
      }
      // A node with many links would be dragged onto the crowd it links to: its springs share one pull.
      const share = 1 / Math.sqrt(Math.max(1, springs[i]!.length));
      for (const [j, length] of springs[i]!) {
        const ddx = x[j]! - x[i]!;
        const ddy = y[j]! - y[i]!;
        const d = Math.hypot(ddx, ddy) || 1;
        const pull = (d - length) * 0.3 * share;
        fx += (ddx / d) * pull;
        fy += (ddy / d) * pull;
      }
      const f = Math.hypot(fx, fy);
      const limit = f > temperature ? temperature / f : 1;
      dx[i] = fx * limit;
      dy[i] = fy * limit;
    }
    for (const i of movable) {
      x[i] = x[i]! + dx[i]!;
      y[i] = y[i]! + dy[i]!;
    }
  }
}
