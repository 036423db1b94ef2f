import { describe, expect, it } from '@jest/globals';
import { spreadToArea } from '../../../client/src/view/spread.js';
import { seededRandom } from '../../../core/random.js';

/** A draft-like pile: most nodes stacked near a few hub points, a few further out. */
function pile(n: number) {
  const random = seededRandom(5);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const hub = i % 5;
    const far = i % 10 === 0 ? 300 : 0;
    x[i] = Math.cos(hub) * (20 + far) + (i % 3 === 0 ? 0 : random());
    y[i] = Math.sin(hub) * (20 + far) + (i % 3 === 0 ? 0 : random());
  }
  return { x, y };
}

function closestPair(x: Float64Array, y: Float64Array): number {
  let closest = Infinity;
  for (let i = 0; i < x.length; i++)
    for (let j = i + 1; j < x.length; j++) closest = Math.min(closest, Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!));
  return closest;
}

describe('spreading a draft layout', () => {
  it('parts stacked nodes by about the spacing they need', () => {
    const { x, y } = pile(600);
    expect(closestPair(x, y)).toBeLessThan(1);
    spreadToArea({ x, y, size: new Array(600).fill(30), gap: 70 });
    // Spacing is 100 units: rings 100 apart, neighbours on a ring one chord of 2π/⌊2πr/100⌋ (≥ 0.99 × 100) apart.
    expect(closestPair(x, y)).toBeGreaterThanOrEqual(98);
  });

  it('keeps what was in the middle in the middle and what was on a side on that side', () => {
    const { x, y } = pile(600);
    const before = { x: Float64Array.from(x), y: Float64Array.from(y) };
    spreadToArea({ x, y, size: new Array(600).fill(30), gap: 70 });
    const centre = (xs: Float64Array, ys: Float64Array) => [
      xs.reduce((a, b) => a + b, 0) / xs.length,
      ys.reduce((a, b) => a + b, 0) / ys.length,
    ];
    // Rings are centred where the nodes' centre was.
    const [bx, by] = centre(before.x, before.y);
    const [ax, ay] = [bx, by];
    const farBefore = (i: number) => Math.hypot(before.x[i]! - bx!, before.y[i]! - by!);
    const farAfter = (i: number) => Math.hypot(x[i]! - ax!, y[i]! - ay!);
    // The outlying tenth (every tenth node) ends up outside every node of the core.
    const outliers = [...x.keys()].filter((i) => i % 10 === 0);
    const core = [...x.keys()].filter((i) => i % 10 !== 0);
    expect(Math.min(...outliers.map(farAfter))).toBeGreaterThan(Math.max(...core.map(farAfter)) - 1);
    expect(Math.min(...outliers.map(farBefore))).toBeGreaterThan(Math.max(...core.map(farBefore)));
    // Each outlier stays within a quarter turn of the direction it had.
    for (const i of outliers) {
      const was = Math.atan2(before.y[i]! - by!, before.x[i]! - bx!);
      const is = Math.atan2(y[i]! - ay!, x[i]! - ax!);
      const turn = Math.abs(Math.atan2(Math.sin(is - was), Math.cos(is - was)));
      expect(turn).toBeLessThan(Math.PI / 2);
    }
  });

  it('gives the same picture for the same input', () => {
    const run = () => {
      const { x, y } = pile(200);
      spreadToArea({ x, y, size: new Array(200).fill(24), gap: 70 });
      return [...x, ...y];
    };
    expect(run()).toEqual(run());
  });
});
