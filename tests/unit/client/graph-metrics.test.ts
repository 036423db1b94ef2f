import { describe, expect, it } from '@jest/globals';
import { detectCommunities, pageRanks } from '../../../client/src/model/graph-metrics.js';

const clique = (ids: string[]) =>
  ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({ source: a, target: b, weight: 1 })));

describe('graph metrics of the view', () => {
  const left = ['a1', 'a2', 'a3', 'a4', 'a5'];
  const right = ['b1', 'b2', 'b3', 'b4'];
  const edges = [...clique(left), ...clique(right), { source: 'a1', target: 'b1', weight: 1 }];

  it('finds two dense groups joined by one relation, numbered by size, and the same every time', () => {
    const groups = detectCommunities([...left, ...right, 'alone'], edges);
    expect(new Set(left.map((id) => groups.get(id)))).toEqual(new Set([0]));
    expect(new Set(right.map((id) => groups.get(id)))).toEqual(new Set([1]));
    expect(groups.get('alone')).toBe(2);
    expect(detectCommunities([...left, ...right, 'alone'], edges)).toEqual(groups);
  });

  it('ranks the bridge ends highest', () => {
    const ranks = pageRanks([...left, ...right], edges);
    const sum = [...ranks.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(ranks.get('a1')!).toBeGreaterThan(ranks.get('a2')!);
    expect(ranks.get('b1')!).toBeGreaterThan(ranks.get('b2')!);
  });
});
