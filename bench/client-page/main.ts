/**
 * The client benchmark's page: the app's own drawing path (model → sync →
 * Cytoscape with the app's stylesheet, layout in the worker) on a
 * generated graph, timed from data to a drawn, laid-out graph. Driven by
 * bench/client.ts through `window.bench`.
 */
import cytoscape, { type Core } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../../core/domain.js';
import { ENTITY_KINDS, TYPED_RELATION_TYPES } from '../../core/ontology.js';
import { DetailController } from '../../client/src/controllers/detail-controller.js';
import { GraphModel } from '../../client/src/model/graph-model.js';
import { createCy, setFastViewport } from '../../client/src/view/cy.js';
import { LayoutRunner, type LayoutStats } from '../../client/src/view/layout.js';
import { seededRandom } from '../../core/random.js';
import { detectGl, type RendererChoice } from '../../client/src/view/renderer.js';
import { drawingContext } from '../../tests/support/drawing-context.js';

export interface BenchResult {
  nodes: number;
  edges: number;
  renderer: RendererChoice;
  gl: string | null;
  /** Model merge → elements in Cytoscape, added once the layout placed them. */
  addMs: number;
  /** The layout's own time in the worker (part of `addMs`). */
  layoutMs: number;
  layout: LayoutStats | null;
  /** From positions applied to the frame that shows them. */
  drawMs: number;
  totalMs: number;
  largeMode: boolean;
  zoom: number;
}

/**
 * A graph with hubs, like news graphs (a few countries and ministers take
 * most relations): preferential attachment, two edges per new node.
 */
function generate(nodeCount: number, edgeCount: number, seed = 42): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const random = seededRandom(seed);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const ends: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < nodeCount; i++) {
    nodes.push({
      id: `n${i}`,
      name: `Entity ${i}`,
      kind: ENTITY_KINDS[i % ENTITY_KINDS.length]!,
      aliases: [],
      roles: [],
      degree: 0,
      articleCount: 1,
    });
  }
  const perNode = Math.max(1, Math.round(edgeCount / Math.max(1, nodeCount - 1)));
  for (let i = 1; i < nodeCount && edges.length < edgeCount; i++) {
    for (let k = 0; k < perNode && edges.length < edgeCount; k++) {
      const j = ends.length && random() < 0.8 ? ends[Math.floor(random() * ends.length)]! : Math.floor(random() * i);
      const type = TYPED_RELATION_TYPES[(i + k) % TYPED_RELATION_TYPES.length]!;
      const id = `n${i}|${type}|n${j}`;
      if (j === i || seen.has(id)) continue;
      seen.add(id);
      edges.push({
        id,
        source: `n${i}`,
        target: `n${j}`,
        type,
        properties: {},
        corroboration: 1 + Math.floor(random() * 3),
        evidenceCount: 1,
        articles: ['a'],
        claim: 'asserted',
        firstReported: null,
        lastReported: null,
        reports: [{ articleId: 'a', date: null, certainty: 'asserted' }],
      });
      ends.push(i, j);
      nodes[i]!.degree++;
      nodes[j]!.degree++;
    }
  }
  return { nodes, edges };
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

let cy: Core | null = null;

/**
 * Resolves once the current state is on screen. The canvas renderer emits
 * 'render' after drawing a frame; the WebGL renderer does not, so there the
 * frame after the next one (Cytoscape draws in animation frames) is taken.
 */
async function drawn(instance: Core, renderer: RendererChoice): Promise<void> {
  if (renderer === 'canvas') {
    await new Promise<void>((resolve) => {
      instance.one('render', () => resolve());
      instance.forceRender();
    });
  } else {
    instance.forceRender();
    await nextFrame();
  }
  await nextFrame();
}

async function run(nodeCount: number, edgeCount: number, renderer: RendererChoice): Promise<BenchResult> {
  const container = document.getElementById('cy')!;
  cy?.destroy();
  const graph = generate(nodeCount, edgeCount);
  const gl = detectGl();
  const instance = createCy({ container, renderer });
  cy = instance;
  const model = new GraphModel();
  let stats: LayoutStats | null = null;
  const layout = new LayoutRunner(instance, {
    createWorker: () =>
      new Worker(new URL('../../client/src/view/layout.worker.ts', import.meta.url), { type: 'module' }),
    onStats: (s) => {
      stats = s;
    },
  });
  // The app's own controllers decide how the first drawing is laid out and how much detail it shows.
  const context = drawingContext(instance, model, layout);
  const { sync } = context;
  new DetailController(context);
  // An app warms its worker while it loads; so does the benchmark, before the clock starts.
  await layout.warm();
  await nextFrame();

  let addedAt = 0;
  sync.onApplied(() => {
    addedAt = performance.now();
  });
  const t0 = performance.now();
  model.merge(graph);
  setFastViewport(instance, sync.largeMode);
  await layout.whenIdle();
  const t2 = performance.now();
  await drawn(instance, renderer);
  const t3 = performance.now();
  layout.dispose();
  return {
    nodes: instance.nodes().length,
    edges: instance.edges().length,
    renderer,
    gl: gl.renderer,
    addMs: addedAt - t0,
    layoutMs: (stats as LayoutStats | null)?.elapsedMs ?? NaN,
    layout: stats,
    drawMs: t3 - t2,
    totalMs: t3 - t0,
    largeMode: sync.largeMode,
    zoom: instance.zoom(),
  };
}

/**
 * The reference point: plain Cytoscape, default style, preset random
 * positions, no app code, no layout. What the machine can draw right now,
 * so the app's numbers can be read against it on a loaded machine.
 */
async function baseline(nodeCount: number, edgeCount: number): Promise<number> {
  const container = document.getElementById('cy')!;
  cy?.destroy();
  const graph = generate(nodeCount, edgeCount);
  const random = seededRandom(3);
  const elements = [
    ...graph.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id },
      position: { x: random() * 4000, y: random() * 4000 },
    })),
    ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
  ];
  await nextFrame();
  const t0 = performance.now();
  const instance = cytoscape({ container, elements, layout: { name: 'preset' } });
  cy = instance;
  await drawn(instance, 'canvas');
  return performance.now() - t0;
}

/** Records frame intervals until `stop()`; the driver pans with the real mouse meanwhile. */
function recordFrames(): { stop(): number[] } {
  const intervals: number[] = [];
  let last = performance.now();
  let running = true;
  const tick = (now: number) => {
    intervals.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop() {
      running = false;
      return intervals.slice(1);
    },
  };
}

let recorder: { stop(): number[] } | null = null;

/** Times a click-like change over every element: switching a class on all nodes (what a kind filter does). */
async function restyleAll(): Promise<number> {
  if (!cy) return NaN;
  const c = cy;
  const t0 = performance.now();
  c.batch(() =>
    c
      .nodes()
      .filter((_n, i) => i % 7 === 0)
      .toggleClass('f-hidden'),
  );
  await nextFrame();
  await nextFrame();
  return performance.now() - t0;
}

Object.assign(window, {
  bench: {
    run,
    baseline,
    startFrames: () => {
      recorder = recordFrames();
    },
    stopFrames: () => recorder?.stop() ?? [],
    restyleAll,
  },
});
document.body.dataset['ready'] = 'true';
