/**
 * Computes node positions on a headless Cytoscape graph, so the work can run
 * in a Web Worker (view/layout.worker.ts) while the page stays responsive,
 * or on the main thread when workers are unavailable. Plain data in, plain
 * data out: the request and result cross the worker boundary.
 *
 * Layouts are deterministic: Math.random is replaced by a seeded generator
 * for the duration of a run, so the same graph and seed give the same
 * picture (a shared link reopens the view the sender saw).
 */
import type cytoscapeNs from 'cytoscape';
import type { LayoutName } from '../model/url-state.js';
import { groupAnchors, groupedLength } from './group-layout.js';
import { edgeLengths, relax } from './relax.js';
import { radialOverview } from './overview.js';
import { spreadToArea } from './spread.js';
import { seededRandom } from '../../../core/random.js';

export interface LayoutNodeInput {
  id: string;
  /** Node diameter (model units). */
  size: number;
  /** Current position, when known (incremental runs start from it). */
  x?: number;
  y?: number;
  /** Keep at (x, y): pinned nodes, and existing nodes in an incremental run. */
  fixed?: boolean;
}

export interface LayoutRequest {
  id: number;
  name: LayoutName;
  nodes: LayoutNodeInput[];
  /** Pairs of indexes into `nodes`. */
  edges: Array<[number, number]>;
  /**
   * Move only the nodes not marked fixed, from their given positions
   * (relax.ts), instead of laying out from scratch.
   */
  incremental: boolean;
  seed: number;
  /** 'community' layouts: each node's community (index-aligned with `nodes`, -1 for none). */
  groups?: number[];
}

export interface LayoutResult {
  id: number;
  /** x, y for each node of the request, in request order. */
  positions: Float64Array;
  elapsedMs: number;
  /** fcose quality actually used (for the status bar and the benchmark). */
  quality: string;
}

/** Beyond this many nodes a from-scratch fcose run uses 'draft' quality (spectral only): 'default' took 9 s at 1k nodes here. */
export const DRAFT_ABOVE_NODES = 300;

/**
 * Beyond this many nodes (and none placed by hand) the first layout is the
 * radial overview (overview.ts, milliseconds) instead of fcose, whose draft
 * took seconds here for a pile of overlapping nodes.
 */
export const OVERVIEW_ABOVE_NODES = 2000;

/** Room around each node of a spread draft layout: about a short label's width. */
const DRAFT_GAP = 70;

type Cytoscape = typeof cytoscapeNs;

/** Runs the requested layout on a headless graph. `cytoscape` must have fcose and dagre registered. */
export function computeLayout(cytoscape: Cytoscape, request: LayoutRequest): LayoutResult {
  if (request.incremental) return relaxLayout(request);
  const started = performance.now();
  if (request.name === 'fcose' && request.nodes.length > OVERVIEW_ABOVE_NODES && !request.nodes.some((n) => n.fixed)) {
    const positions = radialOverview({
      size: request.nodes.map((n) => n.size),
      edges: request.edges,
      gap: DRAFT_GAP,
    });
    return { id: request.id, positions, elapsedMs: performance.now() - started, quality: 'overview' };
  }
  const random = seededRandom(request.seed);
  const realRandom = Math.random;
  Math.random = random;
  try {
    const elements: cytoscapeNs.ElementDefinition[] = [];
    request.nodes.forEach((n, i) => {
      elements.push({
        group: 'nodes',
        data: { id: `n${i}`, size: n.size },
        position: { x: n.x ?? (random() - 0.5) * 400, y: n.y ?? (random() - 0.5) * 400 },
      });
    });
    request.edges.forEach(([s, t], i) => {
      if (s !== t) elements.push({ group: 'edges', data: { id: `e${i}`, source: `n${s}`, target: `n${t}` } });
    });
    if (request.name === 'community' && request.groups) elements.push(...groupAnchors(request.groups));
    const { options, quality } = layoutOptions(request);
    // Draft fcose is spectral only and ignores node sizes: skipping the style system there makes it ~40% faster.
    const sized = quality !== 'draft';
    const cy = cytoscape({
      headless: true,
      styleEnabled: sized,
      elements,
      ...(sized ? { style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }] } : {}),
    });
    cy.layout(options).run();
    const positions = new Float64Array(request.nodes.length * 2);
    request.nodes.forEach((n, i) => {
      const p = cy.getElementById(`n${i}`).position();
      // Constraints are honoured approximately by fcose; fixed means fixed.
      positions[2 * i] = n.fixed && n.x !== undefined ? n.x : p.x;
      positions[2 * i + 1] = n.fixed && n.y !== undefined ? n.y : p.y;
    });
    cy.destroy();
    if (quality === 'draft' && !request.nodes.some((n) => n.fixed)) spreadDraft(request, positions);
    return { id: request.id, positions, elapsedMs: performance.now() - started, quality };
  } finally {
    Math.random = realRandom;
  }
}

/** A draft layout stretched to the room its nodes need (spread.ts); hand-placed nodes keep theirs, so then it is left as is. */
function spreadDraft(request: LayoutRequest, positions: Float64Array): void {
  const n = request.nodes.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = positions[2 * i]!;
    y[i] = positions[2 * i + 1]!;
  }
  spreadToArea({ x, y, size: request.nodes.map((node) => node.size), gap: DRAFT_GAP });
  for (let i = 0; i < n; i++) {
    positions[2 * i] = x[i]!;
    positions[2 * i + 1] = y[i]!;
  }
}

/**
 * An incremental run: nodes marked fixed stay, the others (already seeded
 * next to their anchors) are relaxed among them. See relax.ts.
 */
function relaxLayout(request: LayoutRequest): LayoutResult {
  const started = performance.now();
  const n = request.nodes.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  request.nodes.forEach((node, i) => {
    x[i] = node.x ?? 0;
    y[i] = node.y ?? 0;
  });
  relax({
    x,
    y,
    size: request.nodes.map((node) => node.size),
    fixed: request.nodes.map((node) => node.fixed === true),
    edges: request.edges,
    lengths: edgeLengths(n, request.edges),
  });
  const positions = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    positions[2 * i] = x[i]!;
    positions[2 * i + 1] = y[i]!;
  }
  return { id: request.id, positions, elapsedMs: performance.now() - started, quality: 'incremental' };
}

function layoutOptions(request: LayoutRequest): { options: cytoscapeNs.LayoutOptions; quality: string } {
  const n = request.nodes.length;
  if (request.name === 'concentric') {
    const degree = new Array<number>(n).fill(0);
    for (const [s, t] of request.edges) {
      degree[s]!++;
      degree[t]!++;
    }
    const max = Math.max(1, ...degree);
    const options = {
      name: 'concentric',
      animate: false,
      fit: false,
      // Headless graphs have no viewport; the box only sets the centre.
      boundingBox: { x1: 0, y1: 0, w: 1000, h: 1000 },
      concentric: (node: cytoscapeNs.NodeSingular) => degree[Number(node.id().slice(1))] ?? 0,
      // About six rings whatever the degrees: hubs in the middle, leaves outside.
      levelWidth: () => Math.max(1, max / 6),
      minNodeSpacing: 26,
      spacingFactor: 1.05,
      avoidOverlap: true,
    } as cytoscapeNs.ConcentricLayoutOptions;
    return { options, quality: 'concentric' };
  }
  if (request.name === 'dagre') {
    const options = {
      name: 'dagre',
      animate: false,
      fit: false,
      rankDir: 'TB',
      nodeSep: 40,
      rankSep: 90,
      edgeSep: 12,
      ranker: 'network-simplex',
    } as unknown as cytoscapeNs.LayoutOptions;
    return { options, quality: 'dagre' };
  }
  const lengths = edgeLengths(n, request.edges);
  const plainLength = (index: number) => lengths[index] ?? 105;
  const groups = request.name === 'community' ? request.groups : undefined;
  const edgeLength = (edge: cytoscapeNs.EdgeSingular) =>
    groups
      ? groupedLength(edge.id(), plainLength, (i) => request.edges[i] ?? [0, 0], groups)
      : plainLength(Number(edge.id().slice(1)));
  const fixed = request.nodes
    .map((node, i) => ({ node, i }))
    .filter(({ node }) => node.fixed && node.x !== undefined && node.y !== undefined)
    .map(({ node, i }) => ({ nodeId: `n${i}`, position: { x: node.x!, y: node.y! } }));
  const quality = n <= DRAFT_ABOVE_NODES ? 'default' : 'draft';
  const options = {
    name: 'fcose',
    quality,
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    packComponents: false,
    tile: true,
    tilingPaddingVertical: 30,
    // Unconnected nodes are tiled in a row: leave room for a long label (wrapped at ~180 px) beside each.
    tilingPaddingHorizontal: 120,
    // Room for the label under each node: labels are not measurable off screen.
    nodeSeparation: 110,
    idealEdgeLength: edgeLength,
    nodeRepulsion: () => 12000,
    edgeElasticity: () => 0.45,
    gravity: 0.3,
    gravityRange: 3.8,
    numIter: 2500,
    initialEnergyOnIncremental: 0.3,
    ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
  } as unknown as cytoscapeNs.LayoutOptions;
  return { options, quality };
}
