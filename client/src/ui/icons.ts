/**
 * Kind icons and relation swatches as inline SVG, built from the same
 * palette and shapes as the graph.
 */
import type { ClaimStatus } from '../../../core/claims.js';
import type { EntityKind, RelationType } from '../../../core/ontology.js';
import { CLAIM_STYLES, KIND_STYLES, RELATION_STYLES } from '../view/palette.js';
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

/** How an edge of this status looks (neutral grey line, the status's dash and middle marker). */
export function claimSwatch(claim: ClaimStatus, width = 30): SVGSVGElement {
  const { dash, marker, opacity } = CLAIM_STYLES[claim];
  const grey = '#52606d';
  const mid = width / 2;
  const children: SVGElement[] = [
    svg('line', {
      x1: 1,
      y1: 6,
      x2: width - 1,
      y2: 6,
      stroke: grey,
      'stroke-width': 2,
      'stroke-dasharray': dash ? dash.join(' ') : '',
      opacity,
    }),
  ];
  if (marker) {
    const color = marker.color ?? grey;
    const fill = marker.fill === 'filled' ? color : '#ffffff';
    const shape =
      marker.shape === 'circle'
        ? svg('circle', { cx: mid, cy: 6, r: 3.2 })
        : marker.shape === 'square'
          ? svg('rect', { x: mid - 3, y: 3, width: 6, height: 6 })
          : marker.shape === 'diamond'
            ? svg('path', { d: `M ${mid} 1.5 L ${mid + 4.5} 6 L ${mid} 10.5 L ${mid - 4.5} 6 Z` })
            : svg('rect', { x: mid - 1.2, y: 1, width: 2.4, height: 10 });
    shape.setAttribute('fill', fill);
    shape.setAttribute('stroke', color);
    shape.setAttribute('stroke-width', '1.5');
    children.push(shape);
  }
  return svg(
    'svg',
    { width, height: 12, viewBox: `0 0 ${width} 12`, class: 'claim-swatch', 'aria-hidden': 'true' },
    ...children,
  );
}
