/**
 * The Cytoscape stylesheet, generated from the palette (itself derived from
 * the ontology). Controllers only toggle the classes defined here:
 *
 * - `f-hidden` (filters), `u-hidden` (hidden by the analyst): display none,
 *   so positions survive;
 * - `faded`, `hl` (neighbourhood highlight), `path`, `path-step`, `flash`;
 * - `pinned`, `has-more` (an expansion left neighbours out), `hover`;
 * - `by-community` (fill from the node's community), `label-off` (a label that would overlap).
 * - `claim-*` (the relation's status within the timeline's range);
 * - `detail` (large graphs only: zoomed in far enough for labels and dashes, detail-controller.ts).
 */
import type cytoscape from 'cytoscape';
import type { EdgeSingular, NodeSingular, StylesheetJson, StylesheetStyle } from 'cytoscape';
import { CLAIM_STATUSES } from '../../../core/claims.js';
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from '../../../core/ontology.js';
import { CANVAS, CLAIM_STYLES, KIND_STYLES, RELATION_STYLES, type LineStyle } from './palette.js';

const FONT = 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * Node labels: 15 model units, so that at the zoom that fits a view of a
 * few dozen entities into 1280×800 (about 0.7) they read at 10–11 px; below
 * 7 px on screen they are not drawn at all. A label's size is fixed for the
 * life of the element: Cytoscape keeps a label's first measured box when the
 * font size changes later, and clips the text to it.
 */
export const LABEL_FONT = { base: 15, minPx: 7, minPxLarge: 9, maxWidth: 150 } as const;

export interface StyleOptions {
  /**
   * Large-graph mode: straight "haystack" edges (much cheaper than béziers),
   * no arrowheads, no borders, and labels and dashes only when zoomed in
   * (`detail`). Switched on past a few thousand elements, where those costs
   * freeze panning and the first drawing.
   */
  large: boolean;
  /**
   * Label every edge (small graphs: the relation names are the story);
   * otherwise only hovered, selected and path edges are labelled.
   */
  edgeLabels?: boolean;
}

/** A node's border colour from its kind, for the few nodes that draw a border on a large graph. */
const kindBorder = (node: NodeSingular): string => KIND_STYLES[node.data('kind') as EntityKind].border;

/** An edge's line style from its relation type. */
const typeLine = (edge: EdgeSingular): LineStyle => RELATION_STYLES[edge.data('type') as RelationType].line;

/** An edge's colour from its relation type, for the few large-graph edges that draw a claim marker. */
const typeColour = (edge: EdgeSingular): string => RELATION_STYLES[edge.data('type') as RelationType].color;

/** The dash of a relation type drawn dashed (claims have their own, see palette.ts). */
const TYPE_DASH = [6, 4];

/** How an edge's label is drawn, on the edges that show one. */
const EDGE_TEXT = {
  'font-family': FONT,
  'font-size': 9,
  color: '#3e4c59',
  'text-rotation': 'autorotate',
  'min-zoomed-font-size': 8,
  'text-background-color': CANVAS.labelBackground,
  'text-background-opacity': 0.9,
  'text-background-padding': '1px',
} as const;

/** The whole stylesheet for the given mode. */
export function stylesheet(options: StyleOptions = { large: false }): StylesheetJson {
  const { large, edgeLabels = false } = options;
  return [...(large ? largeElementBlocks() : elementBlocks(edgeLabels)), ...stateBlocks(large)];
}

/**
 * Large graphs: as few properties per element as still tell kinds, types
 * and statuses apart. Every property costs time on every element at every
 * style pass (Cytoscape applies, hashes and triggers each one), so what a
 * default already gives (no border, no arrowhead, haystack edges, one-line
 * labels) is left out. Labels and dash patterns, unreadable at overview
 * zoom and the costliest to measure and draw (a dashed line is rasterised
 * dash by dash), come with `detail` (zoomed in, see detail-controller.ts).
 */
function largeElementBlocks(): StylesheetStyle[] {
  return [
    { selector: 'node', style: { width: 'data(size)', height: 'data(size)' } },
    ...ENTITY_KINDS.map((kind): StylesheetStyle => ({
      selector: `node.kind-${kind}`,
      style: { shape: KIND_STYLES[kind].shape, 'background-color': KIND_STYLES[kind].color },
    })),
    {
      selector: 'node.detail',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': LABEL_FONT.base,
        color: CANVAS.label,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // Fewer, larger labels: thousands of small ones are only noise.
        'min-zoomed-font-size': LABEL_FONT.minPxLarge,
      },
    },
    // Borders only where they carry a state (edited, has-more): in the kind's darker shade, as on small graphs.
    { selector: 'node.edited, node.has-more', style: { 'border-color': kindBorder } },
    { selector: 'edge', style: { width: 'data(width)', opacity: 0.85 } },
    // The line colour only: a claim marker takes its colour where it is drawn (claimBlocks), not on every edge.
    ...RELATION_TYPES.map((type): StylesheetStyle => ({
      selector: `edge.type-${type}`,
      style: { 'line-color': RELATION_STYLES[type].color },
    })),
    { selector: 'edge.detail', style: { 'line-style': typeLine, 'line-dash-pattern': TYPE_DASH } },
  ];
}

/** Small graphs: everything drawn in full (borders, wrapped labels on a background, arrowheads, béziers). */
function elementBlocks(edgeLabels: boolean): StylesheetStyle[] {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 2,
        label: 'data(label)',
        'font-family': FONT,
        'font-size': LABEL_FONT.base,
        'font-weight': 500,
        color: CANVAS.label,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_FONT.maxWidth}px`,
        // Labels vanish once smaller than this on screen: unreadable text is only noise.
        'min-zoomed-font-size': LABEL_FONT.minPx,
        'text-background-color': CANVAS.labelBackground,
        'text-background-opacity': 0.82,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'overlay-opacity': 0,
      },
    },
    ...ENTITY_KINDS.map((kind): StylesheetStyle => ({
      selector: `node.kind-${kind}`,
      style: {
        shape: KIND_STYLES[kind].shape,
        'background-color': KIND_STYLES[kind].color,
        'border-color': KIND_STYLES[kind].border,
      },
    })),
    // Colour by community (view-metrics.ts): the shape still says the kind.
    {
      selector: 'node.by-community',
      style: { 'background-color': 'data(ccolor)', 'border-color': 'data(cborder)' },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        'control-point-step-size': 40,
        opacity: 0.85,
        // Direction must read at a glance on a thin one-article line: arrowheads scale with the width, so start bigger.
        'arrow-scale': 1.4,
        'target-arrow-shape': 'triangle',
        'overlay-opacity': 0,
        // Each property costs time on every edge at every style pass: text properties only where there is text.
        ...(edgeLabels ? { label: 'data(caption)', ...EDGE_TEXT } : {}),
      },
    },
    ...RELATION_TYPES.map((type): StylesheetStyle => ({
      selector: `edge.type-${type}`,
      style: {
        'line-color': RELATION_STYLES[type].color,
        'target-arrow-color': RELATION_STYLES[type].color,
        'mid-target-arrow-color': RELATION_STYLES[type].color,
        'line-style': RELATION_STYLES[type].line,
        ...(RELATION_STYLES[type].line === 'dashed' ? { 'line-dash-pattern': TYPE_DASH } : {}),
      },
    })),
    { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
  ];
}

/**
 * A status over its type's colour: a marker in the middle (mid arrows are
 * drawn on haystack edges too), a fade, a dash. On large graphs the dash
 * waits for `detail`, like the types' own.
 */
function claimBlocks(large: boolean): StylesheetStyle[] {
  return CLAIM_STATUSES.flatMap((claim): StylesheetStyle[] => {
    const { dash, marker, opacity } = CLAIM_STYLES[claim];
    const dashStyle: cytoscape.Css.Edge = dash
      ? { 'line-style': 'dashed', 'line-dash-pattern': dash, 'target-arrow-fill': 'hollow' }
      : {};
    const markerStyle: cytoscape.Css.Edge = {
      ...(marker
        ? {
            'mid-target-arrow-shape': marker.shape,
            'mid-target-arrow-fill': marker.fill,
            ...(marker.color
              ? { 'mid-target-arrow-color': marker.color }
              : large
                ? { 'mid-target-arrow-color': typeColour }
                : {}),
            'arrow-scale': 1.25,
            // The label sits beside the line, not over the marker in its middle.
            'text-margin-y': -10,
          }
        : {}),
      ...(opacity !== 1 ? { opacity: 0.85 * opacity } : {}),
    };
    const blocks: StylesheetStyle[] = large
      ? [
          { selector: `edge.claim-${claim}`, style: markerStyle },
          { selector: `edge.detail.claim-${claim}`, style: dashStyle },
        ]
      : [{ selector: `edge.claim-${claim}`, style: { ...dashStyle, ...markerStyle } }];
    return blocks.filter((block) => Object.keys(block.style).length > 0);
  });
}

/** What controllers toggle (see the top of this file), the same in both modes. */
function stateBlocks(large: boolean): StylesheetStyle[] {
  return [
    ...claimBlocks(large),
    // The weak co-occurrence link: present when asked for, never competing with typed facts.
    { selector: 'edge.weak', style: { width: 1, opacity: 0.45, 'z-index': 0 } },
    // Edge labels only where the analyst is looking: hovered, selected, on a path.
    {
      selector: 'edge.hover, edge:selected, edge.path, edge.show-label, edge.hl',
      style: { label: 'data(caption)', 'z-index': 20, ...EDGE_TEXT },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': CANVAS.selection,
        'underlay-color': CANVAS.selection,
        'underlay-opacity': 0.18,
        'underlay-padding': 6,
        'underlay-shape': 'ellipse',
        'font-weight': 700,
        'z-index': 30,
      },
    },
    {
      selector: 'edge:selected',
      style: {
        'line-color': CANVAS.selection,
        'target-arrow-color': CANVAS.selection,
        opacity: 1,
        'z-index': 30,
        'underlay-color': CANVAS.selection,
        'underlay-opacity': 0.15,
        'underlay-padding': 4,
      },
    },
    {
      selector: 'node.hover',
      style: {
        'underlay-color': '#52606d',
        'underlay-opacity': 0.15,
        'underlay-padding': 5,
        'underlay-shape': 'ellipse',
      },
    },
    // Pinned: a dark ring outside the border, visible whatever the kind colour.
    {
      selector: 'node.pinned',
      style: { 'outline-width': 2, 'outline-color': '#1f2933', 'outline-offset': 2, 'outline-style': 'solid' },
    },
    // An analyst edited it (merged, renamed, split, a verdict): a double border, a relation a bold outline.
    { selector: 'node.edited', style: { 'border-style': 'double', 'border-width': 6 } },
    { selector: 'edge.edited', style: { 'line-outline-width': 2, 'line-outline-color': '#8a5300' } },
    // An expansion left neighbours out: the dashed border says "there is more here".
    { selector: 'node.has-more', style: { 'border-style': 'dashed', 'border-width': 3 } },
    { selector: '.faded', style: { opacity: 0.13, 'text-opacity': 0.25 } },
    // A label that would overlap a more important one (label-controller.ts): shown again where the analyst looks.
    { selector: 'node.label-off', style: { 'text-opacity': 0 } },
    {
      selector: 'node.label-off.hover, node.label-off:selected',
      style: { 'text-opacity': 1, 'z-index': 60 },
    },
    { selector: 'edge.faded', style: { opacity: 0.07 } },
    { selector: 'node.hl', style: { opacity: 1, 'z-index': 25 } },
    { selector: 'edge.hl', style: { opacity: 1, label: 'data(caption)', 'z-index': 25 } },
    {
      selector: 'node.path',
      style: { 'border-color': CANVAS.path, 'border-width': 4, opacity: 1, 'text-opacity': 1, 'z-index': 40 },
    },
    {
      selector: 'edge.path',
      style: {
        'line-color': CANVAS.path,
        'target-arrow-color': CANVAS.path,
        opacity: 1,
        width: 'mapData(width, 1, 7, 4, 9)',
        'z-index': 40,
      },
    },
    {
      selector: '.path-step',
      style: { 'underlay-color': CANVAS.highlight, 'underlay-opacity': 0.55, 'underlay-padding': 8, 'z-index': 50 },
    },
    {
      selector: '.flash',
      style: { 'underlay-color': CANVAS.highlight, 'underlay-opacity': 0.7, 'underlay-padding': 12 },
    },
    // Round halos around nodes (edges have no underlay shape).
    { selector: 'node.path-step, node.flash', style: { 'underlay-shape': 'ellipse' } },
    { selector: '.f-hidden, .u-hidden, .x-hidden', style: { display: 'none' } },
    // Added but not yet laid out: not drawn at all (no flash at the origin, no cost while a big graph streams in).
    { selector: '.unplaced', style: { display: 'none' } },
  ];
}
