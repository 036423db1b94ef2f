import { describe, expect, it } from '@jest/globals';
import type { Position } from '../../../client/src/model/graph-model.js';
import { placeNewNodes } from '../../../client/src/view/placement.js';

const dist = (a: Position, b: Position) => Math.hypot(a.x - b.x, a.y - b.y);

describe('placeNewNodes', () => {
  const placed = new Map<string, Position>([
    ['centre', { x: 0, y: 0 }],
    ['hub', { x: 300, y: 0 }],
  ]);
  const links: Record<string, string[]> = { n1: ['hub'], n2: ['hub'], n3: ['hub'], n4: ['n3'], island: [] };
  const neighbours = (id: string) => links[id] ?? [];

  it('fans new neighbours around their anchor, facing away from the drawing, without stacking', () => {
    const out = placeNewNodes({ newIds: ['n1', 'n2', 'n3'], placed, neighbours, spacing: 100 });
    for (const id of ['n1', 'n2', 'n3']) {
      const p = out.get(id)!;
      expect(dist(p, placed.get('hub')!)).toBeCloseTo(100, 5);
      expect(p.x).toBeGreaterThan(300 - 100);
    }
    expect(out.get('n1')!.x).toBeCloseTo(400, 5);
    const points = [...out.values()];
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) expect(dist(points[i]!, points[j]!)).toBeGreaterThan(30);
  });

  it('places chains breadth first and isolated nodes in a spare column', () => {
    const out = placeNewNodes({ newIds: ['n4', 'n3', 'island'], placed, neighbours, spacing: 100 });
    expect(dist(out.get('n4')!, out.get('n3')!)).toBeCloseTo(100, 5);
    expect(out.get('island')!.x).toBeGreaterThan(300);
    expect(placeNewNodes({ newIds: ['n4', 'n3', 'island'], placed, neighbours, spacing: 100 })).toEqual(out);
  });
});
