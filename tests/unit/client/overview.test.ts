import { describe, expect, it } from '@jest/globals';
import { radialOverview } from '../../../client/src/view/overview.js';

/** Two hubs (0 and 1) linked to each other, 40 entities on each, and a separate pair (82, 83). */
function twoHubs() {
  const edges: Array<[number, number]> = [[0, 1]];
  for (let i = 2; i < 42; i++) edges.push([0, i]);
  for (let i = 42; i < 82; i++) edges.push([1, i]);
  edges.push([82, 83]);
  return { size: new Array<number>(84).fill(30), edges };
}

const at = (p: Float64Array, i: number) => ({ x: p[2 * i]!, y: p[2 * i + 1]! });
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('the radial overview of a big graph', () => {
  it('keeps every two entities a spacing apart (size + gap)', () => {
    const p = radialOverview({ ...twoHubs(), gap: 70 });
    let closest = Infinity;
    for (let i = 0; i < 84; i++)
      for (let j = i + 1; j < 84; j++) closest = Math.min(closest, distance(at(p, i), at(p, j)));
    expect(closest).toBeGreaterThanOrEqual(98);
  });

  it('puts the best-connected entity in the middle and what hangs on a hub on its side', () => {
    const { size, edges } = twoHubs();
    // Hub 1 has one more entity than hub 0, so the walk starts from it.
    edges.push([1, 83]);
    const p = radialOverview({ size, edges, gap: 70 });
    expect([...p].every(Number.isFinite)).toBe(true);
    const mean = { x: 0, y: 0 };
    for (let i = 0; i < 84; i++) {
      mean.x += at(p, i).x / 84;
      mean.y += at(p, i).y / 84;
    }
    expect(distance(at(p, 1), mean)).toBeLessThan(distance(at(p, 0), mean));
    // Hub 0's own entities lie in hub 0's direction from the middle; hub 1's, which surround the middle, do not.
    const direction = (i: number) => Math.atan2(at(p, i).y - mean.y, at(p, i).x - mean.x);
    const turn = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));
    const meanTurn = (ids: number[]) => ids.reduce((sum, i) => sum + turn(direction(i), direction(0)), 0) / ids.length;
    const ofHub0 = Array.from({ length: 40 }, (_, k) => 2 + k);
    const ofHub1 = Array.from({ length: 40 }, (_, k) => 42 + k);
    expect(meanTurn(ofHub0)).toBeLessThan(meanTurn(ofHub1));
  });

  it('gives the same picture for the same graph', () => {
    expect([...radialOverview({ ...twoHubs(), gap: 70 })]).toEqual([...radialOverview({ ...twoHubs(), gap: 70 })]);
  });
});
