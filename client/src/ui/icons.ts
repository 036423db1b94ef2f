/**
 * Kind icons and relation swatches as inline SVG, built from the same
 * palette and shapes as the graph.
 */
import type { EntityKind, RelationType } from '../../../core/ontology.js';
import { KIND_STYLES, RELATION_STYLES } from '../view/palette.js';
import { isRounded, shapePath } from '../view/shapes.js';
import { svg } from './dom.js';

/** The symbol of a kind, `size` px square. */
export function kindIcon(kind: EntityKind, size = 14): SVGSVGElement {
  const style = KIND_STYLES[kind];
  const pad = 1.5;
  return svg(
    'svg',
    { width: size, height: size, viewBox: `0 0 ${size} ${size}`, class: 'kind-icon', 'aria-hidden': 'true' },
    svg('path', {
      d: shapePath(style.shape, size / 2, size / 2, size - 2 * pad, size - 2 * pad),
      fill: style.color,
      stroke: style.border,
      'stroke-width': 1.2,
      'stroke-linejoin': isRounded(style.shape) ? 'round' : 'miter',
    }),
  );
}

/** A short line in a relation type's colour and dash, with an arrowhead when the type is directed. */
export function relationSwatch(type: RelationType, width = 26): SVGSVGElement {
  const style = RELATION_STYLES[type];
  const dash = style.line === 'dashed' ? '5 3' : style.line === 'dotted' ? '1.5 2.5' : '';
  const children: SVGElement[] = [
    svg('line', {
      x1: 1,
      y1: 6,
      x2: style.directed ? width - 6 : width - 1,
      y2: 6,
      stroke: style.color,
      'stroke-width': type === 'MENTIONED_WITH' ? 1.5 : 2.5,
      'stroke-dasharray': dash,
      'stroke-linecap': style.line === 'dotted' ? 'round' : 'butt',
    }),
  ];
  if (style.directed) {
    children.push(svg('path', { d: `M ${width - 7} 2 L ${width - 1} 6 L ${width - 7} 10 Z`, fill: style.color }));
  }
  return svg(
    'svg',
    { width, height: 12, viewBox: `0 0 ${width} 12`, class: 'rel-swatch', 'aria-hidden': 'true' },
    ...children,
  );
}
