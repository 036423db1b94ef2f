/**
 * SVG export written here (cytoscape-svg is GPL-3.0): the drawn graph is
 * read back from Cytoscape's computed styles and geometry into a plain
 * scene, and the scene is serialised to SVG. The serialiser is pure and
 * unit-tested; only `sceneOf` touches Cytoscape.
 */
import type { Collection, EdgeSingular, NodeSingular } from 'cytoscape';
import type { KindShape } from '../view/palette.js';
import { CANVAS } from '../view/palette.js';
import { isRounded, shapePath } from '../view/shapes.js';

export interface SceneNode {
  x: number;
  y: number;
  w: number;
  h: number;
  shape: KindShape;
  fill: string;
  stroke: string;
  strokeWidth: number;
  strokeDash: string | null;
  opacity: number;
  label: string;
  fontSize: number;
}

export interface SceneEdge {
  /** Polyline/curve points: source end, control points (quadratic), target end. */
  source: { x: number; y: number };
  controls: Array<{ x: number; y: number }>;
  target: { x: number; y: number };
  color: string;
  width: number;
  dash: string | null;
  opacity: number;
  arrow: boolean;
  label: string | null;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** Model-space box to show (with padding added by the serialiser). */
  box: { x1: number; y1: number; x2: number; y2: number };
  background: string;
}

const KNOWN_SHAPES = new Set<KindShape>([
  'ellipse',
  'round-hexagon',
  'round-rectangle',
  'round-diamond',
  'round-pentagon',
  'cut-rectangle',
  'star',
]);

/** Reads the drawn elements of `eles` (only displayed ones) into a scene. */
export function sceneOf(eles: Collection): Scene {
  const nodes: SceneNode[] = [];
  const edges: SceneEdge[] = [];
  eles.nodes().forEach((n: NodeSingular) => {
    if (!n.visible()) return;
    const shape = n.style('shape') as KindShape;
    nodes.push({
      x: n.position('x'),
      y: n.position('y'),
      w: n.width(),
      h: n.height(),
      shape: KNOWN_SHAPES.has(shape) ? shape : 'ellipse',
      fill: n.style('background-color'),
      stroke: n.style('border-color'),
      strokeWidth: parseFloat(n.style('border-width')) || 0,
      strokeDash: n.style('border-style') === 'dashed' ? '5 3' : null,
      opacity: Number(n.style('opacity')),
      label: String(n.data('label') ?? ''),
      fontSize: parseFloat(n.style('font-size')) || 11,
    });
  });
  eles.edges().forEach((e: EdgeSingular) => {
    if (!e.visible()) return;
    const style = e.style('line-style');
    // Only edges labelled on screen (hovered, selected, on a path) carry their label into the file.
    const shown = e.style('label') as unknown;
    const labelled = typeof shown === 'string' && shown.length > 0;
    edges.push({
      source: e.sourceEndpoint(),
      controls: e.controlPoints() ?? [],
      target: e.targetEndpoint(),
      color: e.style('line-color'),
      width: parseFloat(e.style('width')) || 1,
      dash: style === 'dashed' ? '6 4' : style === 'dotted' ? '1.5 3' : null,
      opacity: Number(e.style('opacity')),
      arrow: e.style('target-arrow-shape') !== 'none',
      label: labelled ? (shown as string) : null,
    });
  });
  const bb = eles.filter((e) => e.visible()).boundingBox({ includeLabels: true });
  return { nodes, edges, box: { x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 }, background: CANVAS.background };
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const r = (n: number) => Math.round(n * 10) / 10;

/** Breaks a label into lines of about `width` characters, as Cytoscape wraps at 120 px. */
export function wrapLabel(label: string, width = 20): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Serialises a scene to a standalone SVG document. */
export function sceneToSvg(scene: Scene, padding = 20): string {
  const x = scene.box.x1 - padding;
  const y = scene.box.y1 - padding;
  const w = Math.max(1, scene.box.x2 - scene.box.x1 + 2 * padding);
  const h = Math.max(1, scene.box.y2 - scene.box.y1 + 2 * padding);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r(x)} ${r(y)} ${r(w)} ${r(h)}" width="${Math.ceil(w)}" height="${Math.ceil(h)}" font-family="Inter, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" fill="${scene.background}"/>`,
    '<g class="edges" fill="none">',
  ];
  for (const e of scene.edges) {
    const last = e.controls.at(-1) ?? e.source;
    let d = `M ${r(e.source.x)} ${r(e.source.y)}`;
    if (e.controls.length === 1) {
      d += ` Q ${r(e.controls[0]!.x)} ${r(e.controls[0]!.y)} ${r(e.target.x)} ${r(e.target.y)}`;
    } else {
      for (const c of e.controls) d += ` L ${r(c.x)} ${r(c.y)}`;
      d += ` L ${r(e.target.x)} ${r(e.target.y)}`;
    }
    const dash = e.dash ? ` stroke-dasharray="${e.dash}"` : '';
    out.push(
      `<path d="${d}" stroke="${e.color}" stroke-width="${r(e.width)}" opacity="${r(e.opacity * 100) / 100}"${dash}/>`,
    );
    if (e.arrow) {
      const angle = Math.atan2(e.target.y - last.y, e.target.x - last.x);
      const size = 4 + e.width * 1.6;
      const p = (da: number, len: number) =>
        `${r(e.target.x - Math.cos(angle + da) * len)} ${r(e.target.y - Math.sin(angle + da) * len)}`;
      out.push(
        `<path d="M ${r(e.target.x)} ${r(e.target.y)} L ${p(0.45, size)} L ${p(-0.45, size)} Z" fill="${e.color}" opacity="${r(e.opacity * 100) / 100}"/>`,
      );
    }
    if (e.label) {
      const mid =
        e.controls.length === 1
          ? {
              x: 0.25 * e.source.x + 0.5 * e.controls[0]!.x + 0.25 * e.target.x,
              y: 0.25 * e.source.y + 0.5 * e.controls[0]!.y + 0.25 * e.target.y,
            }
          : { x: (e.source.x + e.target.x) / 2, y: (e.source.y + e.target.y) / 2 };
      out.push(
        `<text x="${r(mid.x)}" y="${r(mid.y)}" font-size="9" text-anchor="middle" fill="#3e4c59" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(e.label)}</text>`,
      );
    }
  }
  out.push('</g>', '<g class="nodes">');
  for (const n of scene.nodes) {
    const join = isRounded(n.shape) ? 'round' : 'miter';
    const dash = n.strokeDash ? ` stroke-dasharray="${n.strokeDash}"` : '';
    out.push(
      `<g opacity="${r(n.opacity * 100) / 100}"><path d="${shapePath(n.shape, n.x, n.y, n.w, n.h)}" fill="${n.fill}" stroke="${n.stroke}" stroke-width="${r(n.strokeWidth)}" stroke-linejoin="${join}"${dash}/>`,
    );
    const lines = wrapLabel(n.label);
    if (lines.length) {
      const top = n.y + n.h / 2 + 4 + n.fontSize;
      const tspans = lines
        .map((line, i) => `<tspan x="${r(n.x)}" y="${r(top + i * n.fontSize * 1.2)}">${escapeXml(line)}</tspan>`)
        .join('');
      out.push(
        `<text font-size="${n.fontSize}" font-weight="500" text-anchor="middle" fill="${CANVAS.label}" stroke="#fff" stroke-width="3" stroke-opacity="0.85" paint-order="stroke">${tspans}</text>`,
      );
    }
    out.push('</g>');
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}
