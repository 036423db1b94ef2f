import { describe, expect, it } from '@jest/globals';
import { edgeLengths, relax } from '../../../client/src/view/relax.js';

describe('incremental relaxation', () => {
  it('moves only new nodes: apart from each other and from the drawing, close to their anchor', () => {
    // A drawn ring of 12 nodes around a hub at the origin, and 10 new neighbours of the hub all seeded on one spot.
    const fixedCount = 13;
    const total = fixedCount + 10;
    const x = new Float64Array(total);
    const y = new Float64Array(total);
    for (let i = 1; i < fixedCount; i++) {
      x[i] = Math.cos((i / 12) * 2 * Math.PI) * 150;
      y[i] = Math.sin((i / 12) * 2 * Math.PI) * 150;
    }
    for (let i = fixedCount; i < total; i++) {
      x[i] = 160;
      y[i] = 10;
    }
    const fixed = Array.from({ length: total }, (_, i) => i < fixedCount);
    const edges: Array<[number, number]> = [];
    for (let i = 1; i < total; i++) edges.push([0, i]);
    const before = { x: Float64Array.from(x), y: Float64Array.from(y) };
    relax({ x, y, size: new Array(total).fill(30), fixed, edges, lengths: edgeLengths(total, edges) });

    for (let i = 0; i < fixedCount; i++) {
      expect([x[i], y[i]]).toEqual([before.x[i], before.y[i]]);
    }
    let closest = Infinity;
    for (let i = fixedCount; i < total; i++) {
      for (let j = 0; j < total; j++)
        if (j !== i) closest = Math.min(closest, Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!));
      // Still within reach of the hub they hang on.
      expect(Math.hypot(x[i]!, y[i]!)).toBeLessThan(500);
    }
    // Nodes are 30 wide: centres at least a node and a label gap apart.
    expect(closest).toBeGreaterThan(45);
  });

  it('is deterministic and leaves a graph with nothing to move alone', () => {
    const run = () => {
      const x = Float64Array.from([0, 0, 0]);
      const y = Float64Array.from([0, 0, 0]);
      relax({
        x,
        y,
        size: [20, 20, 20],
        fixed: [true, false, false],
        edges: [
          [0, 1],
          [0, 2],
        ],
        lengths: [100, 100],
      });
      return [...x, ...y];
    };
    expect(run()).toEqual(run());
    const x = Float64Array.from([1, 2]);
    const y = Float64Array.from([3, 4]);
    relax({ x, y, size: [20, 20], fixed: [true, true], edges: [[0, 1]], lengths: [100] });
    expect([...x, ...y]).toEqual([1, 2, 3, 4]);
  });

  it('gives edges at hubs more room', () => {
    const edges: Array<[number, number]> = [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [5, 6],
    ];
    const lengths = edgeLengths(7, edges);
    expect(lengths[0]).toBeGreaterThan(lengths[4]!);
  });
});
