/**
 * The kind shapes as SVG, matching Cytoscape's node shapes closely enough
 * that the legend, the search list, the inspector and the SVG export show
 * the same symbol as the graph.
 */
import type { KindShape } from './palette.js';

type Point = [number, number];

/** Vertices of a regular polygon in a unit box centred on 0, first vertex up. */
function regular(sides: number, rotation = 0): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < sides; i++) {
    const a = rotation - Math.PI / 2 + (2 * Math.PI * i) / sides;
    points.push([Math.cos(a), Math.sin(a)]);
  }
  // Cytoscape stretches polygons to fill the node's box; so do we.
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return points.map(([x, y]) => [((x - minX) / (maxX - minX)) * 2 - 1, ((y - minY) / (maxY - minY)) * 2 - 1]);
}

function star(): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 1 : 0.45;
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    points.push([r * Math.cos(a), r * Math.sin(a)]);
  }
  return points;
}

const cut = 0.35;
const POLYGONS: Partial<Record<KindShape, Point[]>> = {
  'round-hexagon': regular(6, Math.PI / 6),
  'round-diamond': [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  'round-pentagon': regular(5),
  'cut-rectangle': [
    [-1 + cut, -1],
    [1 - cut, -1],
    [1, -1 + cut],
    [1, 1 - cut],
    [1 - cut, 1],
    [-1 + cut, 1],
    [-1, 1 - cut],
    [-1, -1 + cut],
  ],
  star: star(),
};

/**
 * SVG path data of `shape` centred at (cx, cy) in a box of width w and
 * height h. Rounded variants are approximated by a round line join, which
 * reads the same at icon and node sizes.
 */
export function shapePath(shape: KindShape, cx: number, cy: number, w: number, h: number): string {
  const rx = w / 2;
  const ry = h / 2;
  const f = (n: number) => Math.round(n * 100) / 100;
  if (shape === 'ellipse') {
    return `M ${f(cx - rx)} ${f(cy)} a ${f(rx)} ${f(ry)} 0 1 0 ${f(2 * rx)} 0 a ${f(rx)} ${f(ry)} 0 1 0 ${f(-2 * rx)} 0 Z`;
  }
  if (shape === 'round-rectangle') {
    const r = Math.min(rx, ry) * 0.35;
    return (
      `M ${f(cx - rx + r)} ${f(cy - ry)} H ${f(cx + rx - r)} Q ${f(cx + rx)} ${f(cy - ry)} ${f(cx + rx)} ${f(cy - ry + r)} ` +
      `V ${f(cy + ry - r)} Q ${f(cx + rx)} ${f(cy + ry)} ${f(cx + rx - r)} ${f(cy + ry)} H ${f(cx - rx + r)} ` +
      `Q ${f(cx - rx)} ${f(cy + ry)} ${f(cx - rx)} ${f(cy + ry - r)} V ${f(cy - ry + r)} Q ${f(cx - rx)} ${f(cy - ry)} ${f(cx - rx + r)} ${f(cy - ry)} Z`
    );
  }
  const points = POLYGONS[shape] ?? regular(8);
  return `M ${points.map(([x, y]) => `${f(cx + x * rx)} ${f(cy + y * ry)}`).join(' L ')} Z`;
}

/** Whether the shape's corners are rounded in Cytoscape (drawn with a round join in SVG). */
export function isRounded(shape: KindShape): boolean {
  return shape.startsWith('round-');
}
