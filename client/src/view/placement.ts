/**
 * Where new nodes start when the graph grows: next to what they are linked
 * to, fanned out away from the centre of the drawing, so the incremental
 * layout only has to tidy them and everything already on screen stays put.
 */
import type { Position } from '../model/graph-model.js';

export interface PlacementInput {
  /** Nodes to place, in the order they should be fanned out. */
  newIds: string[];
  /** Positions of the nodes already drawn. */
  placed: ReadonlyMap<string, Position>;
  /** Neighbours of a node (new or placed). */
  neighbours: (id: string) => Iterable<string>;
  /** Distance from an anchor to its new neighbours. */
  spacing?: number;
}

/** Deterministic angle for a node without a direction of its own (a lone anchor at the centre). */
function hashAngle(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) / 4294967296) * 2 * Math.PI;
}

/**
 * Starting positions for `newIds`. A node linked to placed nodes goes on an
 * arc around their centre, on the side facing away from the drawing's
 * centre; one linked only to other new nodes is placed after them (breadth
 * first); an unconnected one goes in a column right of the drawing.
 */
export function placeNewNodes(input: PlacementInput): Map<string, Position> {
  const spacing = input.spacing ?? 120;
  const positions = new Map<string, Position>(input.placed);
  const result = new Map<string, Position>();
  const pending = new Set(input.newIds);

  const all = [...input.placed.values()];
  const centre = all.length
    ? { x: all.reduce((s, p) => s + p.x, 0) / all.length, y: all.reduce((s, p) => s + p.y, 0) / all.length }
    : { x: 0, y: 0 };
  const maxX = all.length ? Math.max(...all.map((p) => p.x)) : 0;
  const minY = all.length ? Math.min(...all.map((p) => p.y)) : 0;

  // Per anchor group: how many children were fanned out already, so siblings do not stack.
  const fanCount = new Map<string, number>();
  let orphans = 0;

  while (pending.size > 0) {
    let progressed = false;
    for (const id of [...pending]) {
      const anchors = [...input.neighbours(id)].filter((n) => positions.has(n) && !pending.has(n));
      if (anchors.length === 0) continue;
      const base = mean(anchors.map((a) => positions.get(a)!));
      const key = [...anchors].sort().join('|');
      const index = fanCount.get(key) ?? 0;
      fanCount.set(key, index + 1);
      const dx = base.x - centre.x;
      const dy = base.y - centre.y;
      const outward = Math.hypot(dx, dy) > 1 ? Math.atan2(dy, dx) : hashAngle(key);
      // Alternate either side of the outward direction, widening: 0, +a, -a, +2a, -2a...
      const step = 0.45;
      const offset = index === 0 ? 0 : Math.ceil(index / 2) * step * (index % 2 === 1 ? 1 : -1);
      const ring = 1 + Math.floor(index / 14) * 0.6;
      const angle = outward + offset;
      const p = { x: base.x + Math.cos(angle) * spacing * ring, y: base.y + Math.sin(angle) * spacing * ring };
      positions.set(id, p);
      result.set(id, p);
      pending.delete(id);
      progressed = true;
    }
    if (!progressed) {
      // Nothing left touches a placed node: start the next one in the spare column.
      const id = pending.values().next().value as string;
      const p = { x: maxX + spacing * 1.5, y: minY + orphans * spacing * 0.8 };
      orphans++;
      positions.set(id, p);
      result.set(id, p);
      pending.delete(id);
    }
  }
  return result;
}

function mean(points: Position[]): Position {
  return {
    x: points.reduce((s, p) => s + p.x, 0) / points.length,
    y: points.reduce((s, p) => s + p.y, 0) / points.length,
  };
}
