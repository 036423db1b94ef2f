/**
 * Runs layouts for the live graph: full runs (start, re-run, layout switch)
 * and incremental ones (an expansion: new nodes are placed next to their
 * anchors, everything already drawn stays fixed). Positions are computed
 * off the main thread (layout.worker.ts); a newer run supersedes an older
 * one still in flight.
 *
 * A first drawing is laid out from data (`placeFromData`) before its
 * elements reach Cytoscape, which then adds them in place, styled once.
 */
import type cytoscape from 'cytoscape';
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { Position } from '../model/graph-model.js';
import type { LayoutName } from '../model/url-state.js';
import { byIds } from './collection.js';
import type { LayoutNodeInput, LayoutRequest, LayoutResult } from './layout-core.js';
import { placeNewNodes } from './placement.js';
import { isShown } from './sync.js';

export interface LayoutStats {
  name: LayoutName;
  nodes: number;
  quality: string;
  elapsedMs: number;
  incremental: boolean;
  /** Where positions were computed. */
  where: 'worker' | 'main';
}

export interface LayoutRunnerOptions {
  /** Creates the worker; absent or throwing means main-thread layouts. */
  createWorker?: () => Worker;
  /** Animate position changes up to this many nodes (beyond, animation costs more than it shows). */
  animateUpTo?: number;
  /** Fixed seed, so the same graph gets the same layout. */
  seed?: number;
  onStats?: (stats: LayoutStats) => void;
  /** Called after positions were applied (the model remembers them). */
  onPositions?: (positions: Array<[string, Position]>) => void;
  /** A node's community, for the 'community' layout. */
  groupOf?: (id: string) => number | undefined;
}

/** A node as a data-driven run needs it; a fixed one keeps its given place (placed by hand). */
export interface DataNode {
  id: string;
  size: number;
  x?: number;
  y?: number;
  fixed?: boolean;
  /** Its community, for the 'community' layout. */
  group?: number;
}

type WorkerReply = { ok: true; result: LayoutResult } | { ok: false; id: number; message: string };

interface ApplyOptions {
  fit: boolean;
  animate: boolean;
}

/** Shows nodes that now have a place, and their edges whose other end has one too. */
function revealed(nodes: NodeCollection): void {
  nodes.removeClass('unplaced');
  // One class change on a collection: per-edge calls emit and restyle ten thousand times on big graphs.
  nodes
    .connectedEdges('.unplaced')
    .filter((e) => !e.source().hasClass('unplaced') && !e.target().hasClass('unplaced'))
    .removeClass('unplaced');
}

/** A result's positions by node id (applied by id: elements removed meanwhile are skipped). */
function positionsOf(request: LayoutRequest, result: LayoutResult): Map<string, Position> {
  const positions = new Map<string, Position>();
  request.nodes.forEach((n, i) =>
    positions.set(n.id, { x: result.positions[2 * i]!, y: result.positions[2 * i + 1]! }),
  );
  return positions;
}

/** The closest a fit may zoom in. */
export const MAX_FIT_ZOOM = 1.4;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class LayoutRunner {
  private worker: Worker | null = null;
  private workerFailed = false;
  private nextId = 1;
  private latest = 0;
  private pending = new Map<number, (reply: WorkerReply) => void>();
  private running = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly cy: Core,
    private readonly options: LayoutRunnerOptions = {},
  ) {}

  /** True while a layout is being computed or animated. */
  get busy(): boolean {
    return this.running > 0;
  }

  /** Resolves once no layout is running (tests and the benchmark wait on it). */
  whenIdle(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Starts the worker and lets it load its code (about a second for
   * Cytoscape and fcose on a slow machine), so the first real layout does
   * not pay for it. Resolves when the worker has answered.
   */
  async warm(): Promise<void> {
    await this.compute({
      id: this.nextId++,
      name: 'fcose',
      nodes: [{ id: 'warm', size: 10 }],
      edges: [],
      incremental: false,
      seed: 1,
    });
  }

  /**
   * Lays out every visible node from scratch (pinned ones stay). `fit`
   * frames the result; `animate` glides small graphs into place.
   */
  async runFull(name: LayoutName, { fit = true, animate = true } = {}): Promise<LayoutStats | null> {
    const nodes = this.cy.nodes().filter((n) => isShown(n) || n.hasClass('unplaced'));
    return this.during(async () => {
      const { request, order } = this.requestOf(name, nodes, { incremental: false });
      return this.finish(request, () => order, { fit, animate }, false);
    });
  }

  /**
   * A first drawing laid out from data, before its elements exist: the
   * request goes to the worker at once; `positions` resolves with where
   * each node goes (empty when a newer layout superseded this one), for
   * the sync to add the elements placed (GraphSync.placeWith); `done`
   * frames them once `drawn` resolves (the elements are in Cytoscape).
   * Elements added placed are styled once; added hidden and revealed
   * after the layout, each was styled twice (seconds at 15k elements).
   */
  placeFromData(
    name: LayoutName,
    nodes: DataNode[],
    edges: Array<[string, string]>,
    drawn: Promise<void>,
    { fit = true } = {},
  ): { positions: Promise<ReadonlyMap<string, Position>>; done: Promise<LayoutStats | null> } {
    const sorted = [...nodes].sort(byId);
    const index = new Map(sorted.map((n, i) => [n.id, i]));
    const pairs: Array<[number, number]> = [];
    for (const [s, t] of edges) {
      const a = index.get(s);
      const b = index.get(t);
      if (a !== undefined && b !== undefined) pairs.push([a, b]);
    }
    const request: LayoutRequest = {
      id: this.nextId++,
      name,
      nodes: sorted,
      edges: pairs,
      incremental: false,
      seed: this.options.seed ?? 7,
      ...(name === 'community' ? { groups: sorted.map((n) => n.group ?? -1) } : {}),
    };
    this.latest = request.id;
    const computing = this.compute(request);
    const positions = computing.then(({ result }) =>
      request.id === this.latest ? positionsOf(request, result) : new Map<string, Position>(),
    );
    const done = this.during(async () => {
      const [{ result, where }, placed] = await Promise.all([computing, positions]);
      await drawn;
      if (placed.size === 0 || request.id !== this.latest) return null;
      // Elements removed meanwhile are skipped.
      const drawnNodes = byIds(this.cy, placed.keys()).nodes();
      const remembered = drawnNodes.map((n): [string, Position] => [n.id(), placed.get(n.id())!]);
      if (fit) fitPositions(this.cy, remembered, drawnNodes);
      this.options.onPositions?.(remembered);
      return this.reported(request, result, where, false);
    });
    return { positions, done };
  }

  /**
   * Places `added` nodes: seeded next to their anchors, then relaxed among
   * the fixed rest (relax.ts); concentric and hierarchy are recomputed
   * whole (they are cheap, and a partial ring or rank would look wrong).
   */
  async runIncremental(name: LayoutName, added: string[], { fit = false } = {}): Promise<LayoutStats | null> {
    const cy = this.cy;
    const addedNodes = byIds(cy, added).nodes();
    if (addedNodes.empty()) return null;
    if (name !== 'fcose') return this.runFull(name, { fit, animate: true });

    const positioned = cy.nodes().not('.unplaced').not(addedNodes);
    if (positioned.empty()) return this.runFull(name, { fit: true, animate: true });

    const placed = new Map<string, Position>();
    positioned.forEach((n) => {
      placed.set(n.id(), { ...n.position() });
    });
    const seeds = placeNewNodes({
      newIds: addedNodes.map((n) => n.id()),
      placed,
      neighbours: (id) =>
        cy
          .getElementById(id)
          .neighborhood('node')
          .map((n) => n.id()),
    });
    cy.batch(() => {
      for (const [id, p] of seeds) cy.getElementById(id).position(p);
      revealed(addedNodes);
    });

    // Every drawn node is an obstacle the new ones must avoid; only the new ones move.
    const scope = cy.nodes().filter((n) => (isShown(n) && !n.hasClass('unplaced')) || addedNodes.has(n));
    return this.during(async () => {
      const { request, order } = this.requestOf(name, scope as NodeCollection, {
        incremental: true,
        fixed: (n) => !addedNodes.has(n),
      });
      return this.finish(request, () => order, { fit, animate: true }, true);
    });
  }

  /** Stops the worker (the app is closing or the benchmark is done). */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  /** Counts `run` as layout work until it settles, for `busy` and `whenIdle` (framing after a layout counts too). */
  async during(run: () => Promise<LayoutStats | null>): Promise<LayoutStats | null> {
    this.running++;
    try {
      return await run();
    } finally {
      this.running--;
      if (this.running === 0) {
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        for (const resolve of waiters) resolve();
      }
    }
  }

  private requestOf(
    name: LayoutName,
    nodes: NodeCollection,
    opts: { incremental: boolean; fixed?: (n: NodeSingular) => boolean },
  ): { request: LayoutRequest; order: NodeCollection } {
    const index = new Map<string, number>();
    const inputs: LayoutNodeInput[] = [];
    // Sorted by id so the same graph always gives the worker the same input (deterministic layouts).
    const order = nodes.sort((a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0));
    order.forEach((n) => {
      const fixed = n.hasClass('pinned') || (opts.fixed?.(n) ?? false);
      const known = !n.hasClass('unplaced') || opts.incremental;
      const p = n.position();
      index.set(n.id(), inputs.length);
      inputs.push({
        id: n.id(),
        size: Number(n.data('size')) || 30,
        ...(known || fixed ? { x: p.x, y: p.y } : {}),
        fixed,
      });
    });
    const edges: Array<[number, number]> = [];
    order.connectedEdges().forEach((e) => {
      if (!isShown(e)) return;
      const s = index.get(e.source().id());
      const t = index.get(e.target().id());
      if (s !== undefined && t !== undefined) edges.push([s, t]);
    });
    const request: LayoutRequest = {
      id: this.nextId++,
      name,
      nodes: inputs,
      edges,
      incremental: opts.incremental,
      seed: this.options.seed ?? 7,
      ...(name === 'community' ? { groups: inputs.map((i) => this.options.groupOf?.(i.id) ?? -1) } : {}),
    };
    this.latest = request.id;
    return { request, order };
  }

  private async finish(
    request: LayoutRequest,
    nodes: () => NodeCollection,
    opts: ApplyOptions,
    incremental: boolean,
  ): Promise<LayoutStats | null> {
    const { result, where } = await this.compute(request);
    if (request.id !== this.latest) return null;
    await this.apply(nodes(), positionsOf(request, result), opts);
    return this.reported(request, result, where, incremental);
  }

  /** The stats of a finished run, told to `onStats`. */
  private reported(
    request: LayoutRequest,
    result: LayoutResult,
    where: LayoutStats['where'],
    incremental: boolean,
  ): LayoutStats {
    const stats: LayoutStats = {
      name: request.name,
      nodes: request.nodes.length,
      quality: result.quality,
      elapsedMs: result.elapsedMs,
      incremental,
      where,
    };
    this.options.onStats?.(stats);
    return stats;
  }

  private async compute(request: LayoutRequest): Promise<{ result: LayoutResult; where: 'worker' | 'main' }> {
    const worker = this.ensureWorker();
    if (worker) {
      const reply = await new Promise<WorkerReply>((resolve) => {
        this.pending.set(request.id, resolve);
        worker.postMessage(request);
      });
      if (reply.ok) return { result: reply.result, where: 'worker' };
      console.warn(`Layout worker failed (${reply.message}); computing on the main thread.`);
    }
    // Loading the layout code also yields, so the page paints whatever triggered the layout.
    const { layoutNow } = await import('./layout-engine.js');
    return { result: layoutNow(request), where: 'main' };
  }

  private ensureWorker(): Worker | null {
    if (this.worker || this.workerFailed || !this.options.createWorker) return this.worker;
    try {
      const worker = this.options.createWorker();
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        const id = reply.ok ? reply.result.id : reply.id;
        this.pending.get(id)?.(reply);
        this.pending.delete(id);
      };
      worker.onerror = (event) => {
        // A worker that cannot even load (CSP, old browser): answer everything pending with a failure.
        event.preventDefault();
        this.workerFailed = true;
        this.worker = null;
        for (const [id, resolve] of this.pending) resolve({ ok: false, id, message: event.message || 'worker error' });
        this.pending.clear();
      };
      this.worker = worker;
    } catch {
      this.workerFailed = true;
    }
    return this.worker;
  }

  private async apply(nodes: NodeCollection, positions: Map<string, Position>, opts: ApplyOptions): Promise<void> {
    const cy = this.cy;
    const animate =
      opts.animate && nodes.length <= (this.options.animateUpTo ?? 250) && nodes.not('.unplaced').nonempty();
    const remembered: Array<[string, Position]> = [];
    nodes.forEach((n) => {
      const p = positions.get(n.id());
      if (p) remembered.push([n.id(), p]);
    });
    if (animate) {
      const layout = nodes.layout({
        name: 'preset',
        positions: ((n: NodeSingular) =>
          positions.get(n.id()) ?? n.position()) as unknown as cytoscape.NodePositionFunction,
        animate: true,
        animationDuration: 380,
        animationEasing: 'ease-out-cubic',
        fit: opts.fit,
        padding: 40,
      } as cytoscape.PresetLayoutOptions);
      const done = layout.promiseOn('layoutstop');
      layout.run();
      await done;
      cy.batch(() => revealed(nodes));
    } else {
      cy.batch(() => {
        nodes.forEach((n) => {
          const p = positions.get(n.id());
          if (p) n.position(p);
        });
        revealed(nodes);
      });
      if (opts.fit) fitPositions(cy, remembered, nodes);
    }
    this.options.onPositions?.(remembered);
  }
}

/**
 * Frames the given positions. Cytoscape's own fit measures every label's
 * text, which costs seconds on thousands of nodes; node centres and sizes
 * are enough to frame a fresh layout.
 */
function fitPositions(cy: Core, positions: Array<[string, Position]>, nodes: NodeCollection, padding = 40): void {
  if (positions.length === 0) return;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  if (positions.length < 200) {
    // Few nodes: their real boxes, labels included, are cheap to measure.
    const bb = nodes.boundingBox();
    [x1, y1, x2, y2] = [bb.x1, bb.y1, bb.x2, bb.y2];
  } else {
    const margin = 40;
    for (const [, p] of positions) {
      x1 = Math.min(x1, p.x - margin);
      y1 = Math.min(y1, p.y - margin);
      x2 = Math.max(x2, p.x + margin);
      y2 = Math.max(y2, p.y + margin);
    }
  }
  const w = Math.max(1, x2 - x1);
  const h = Math.max(1, y2 - y1);
  // A handful of nodes should not fill the screen: beyond 1.4 the labels look shouted.
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(MAX_FIT_ZOOM, Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h)),
  );
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - ((x1 + x2) / 2) * zoom, y: cy.height() / 2 - ((y1 + y2) / 2) * zoom },
  });
}
