/**
 * Keeps Cytoscape in step with the graph model: applies each model change
 * as the smallest set of element adds, removes, data updates and class
 * toggles. Nothing is ever rebuilt, so positions, selection and zoom
 * survive every change.
 *
 * Large additions go in chunks, yielding between them, so the page keeps
 * answering while thousands of hidden elements are added; placed ones go
 * in one (see drain).
 *
 * A placer (the first layout) may decide where a change's new nodes go
 * before they reach Cytoscape: the sync holds the change's elements until
 * it answers, and adds them placed. Cytoscape then styles each element
 * once; added hidden and revealed later, each was styled twice, and the
 * second pass was most of a big graph's first frame.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphModel, ModelChange, Position } from '../model/graph-model.js';
import { edgeElement, nodeElement } from '../model/elements.js';
import { stylesheet } from './styles.js';

/** Past this many elements the stylesheet switches to its large-graph mode (see styles.ts). */
export const LARGE_GRAPH_ELEMENTS = 3000;
/** Up to this many edges every edge is labelled; beyond, labels would bury the graph. */
export const LABEL_ALL_EDGES_UP_TO = 30;
/** Elements added per slice of main-thread time. */
export const ADD_CHUNK = 8000;

/** What the sync applied, for the controllers that react to growth (layout, filters, URL). */
export interface AppliedChange {
  change: ModelChange;
  /** Nodes drawn for the first time without a remembered position: the layout must place them. */
  unplaced: string[];
}

export type AppliedListener = (applied: AppliedChange) => void;

/**
 * Where a change's unplaced nodes go, decided before they reach Cytoscape;
 * null when this placer does not place that change. Nodes it leaves out
 * (or all, if it fails) are added unplaced.
 */
export type Placer = (applied: AppliedChange) => Promise<ReadonlyMap<string, Position>> | null;

/** True when an element is not hidden by a filter or by the analyst. */
export function isShown(ele: { hasClass(name: string): boolean }): boolean {
  return !ele.hasClass('f-hidden') && !ele.hasClass('u-hidden');
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class GraphSync {
  private placer: Placer | null = null;
  private readonly applied = new Set<AppliedListener>();
  private large = false;
  private edgeLabels = false;
  /** Additions waiting for their slice; removals of queued ids take them out. */
  private queue: ElementDefinition[] = [];
  private draining: Promise<void> | null = null;
  private pendingChanges: AppliedChange[] = [];
  /** Positions a placer is deciding for queued nodes; nothing queued is added before they come. */
  private placing: Promise<ReadonlyMap<string, Position>> | null = null;
  private readonly waiters = new Map<ModelChange, Array<() => void>>();

  constructor(
    private readonly cy: Core,
    private readonly model: GraphModel,
  ) {
    model.subscribe((change) => this.apply(change));
  }

  /** Asks `placer` about each change with new nodes, before its elements reach Cytoscape (the first layout). */
  placeWith(placer: Placer): void {
    this.placer = placer;
  }

  /** Called after each change has reached Cytoscape. */
  onApplied(listener: AppliedListener): () => void {
    this.applied.add(listener);
    return () => this.applied.delete(listener);
  }

  /** Resolves when every queued element is in Cytoscape. */
  whenDrawn(): Promise<void> {
    return this.draining ?? Promise.resolve();
  }

  /** Resolves when `change` (as passed to the placer) has reached Cytoscape. */
  whenApplied(change: ModelChange): Promise<void> {
    return new Promise((resolve) => {
      const list = this.waiters.get(change) ?? [];
      list.push(resolve);
      this.waiters.set(change, list);
    });
  }

  /** Whether the large-graph stylesheet is active. */
  get largeMode(): boolean {
    return this.large;
  }

  private apply(change: ModelChange): void {
    const { cy, model } = this;
    const unplaced: string[] = [];
    const defs: ElementDefinition[] = [];
    for (const node of change.addedNodes) {
      const def = nodeElement(node);
      const classes = def.classes as string[];
      const position = model.position(node.id);
      if (position) {
        def.position = { ...position };
      } else {
        // Not drawn until the layout gives it a place: no flash of nodes piled at the origin.
        classes.push('unplaced');
        unplaced.push(node.id);
      }
      this.flagClasses(node.id, classes, true);
      defs.push(def);
    }
    const waiting = new Set(unplaced);
    for (const edge of change.addedEdges) {
      const def = edgeElement(edge);
      const classes = def.classes as string[];
      const touchesUnplaced =
        waiting.has(edge.source) ||
        waiting.has(edge.target) ||
        cy.getElementById(edge.source).hasClass('unplaced') ||
        cy.getElementById(edge.target).hasClass('unplaced');
      if (touchesUnplaced) classes.push('unplaced');
      this.flagClasses(edge.id, classes, false);
      defs.push(def);
    }
    const applied: AppliedChange = { change, unplaced };
    const placing = unplaced.length ? (this.placer?.(applied) ?? null) : null;

    cy.batch(() => {
      if (change.removedEdges.length || change.removedNodes.length) {
        const gone = new Set([...change.removedEdges, ...change.removedNodes]);
        if (this.queue.length) {
          // Queued edges of a removed node go too: Cytoscape refuses an edge without both ends.
          this.queue = this.queue.filter(
            (d) =>
              !gone.has(String(d.data.id)) &&
              !gone.has(String(d.data['source'])) &&
              !gone.has(String(d.data['target'])),
          );
        }
        const collection = cy.collection();
        for (const id of gone) collection.merge(cy.getElementById(id));
        collection.remove();
      }
      this.applyUpdates(change);
      this.applyFlags(change);
    });

    // The mode is settled before adding: switching stylesheets afterwards would restyle every element twice.
    const queuedEdges = this.queue.filter((d) => d.group === 'edges').length;
    this.updateMode(
      cy.nodes().length + cy.edges().length + this.queue.length + defs.length,
      cy.edges().length + queuedEdges + change.addedEdges.length,
    );

    if (defs.length === 0 && !this.draining) {
      this.finish([applied]);
      return;
    }
    if (defs.length <= ADD_CHUNK && !this.draining && !placing) {
      this.add(defs);
      this.finish([applied]);
      return;
    }
    this.queue.push(...defs);
    this.pendingChanges.push(applied);
    if (placing) this.hold(placing);
    this.draining ??= this.drain();
  }

  /** Holds the queue until `placing` answers (several placers' answers are merged). */
  private hold(placing: Promise<ReadonlyMap<string, Position>>): void {
    // A failed placer leaves its nodes unplaced: the layout controller lays them out once drawn.
    const answer = placing.catch(() => new Map<string, Position>());
    const before = this.placing;
    this.placing = before ? Promise.all([before, answer]).then(([a, b]) => new Map([...a, ...b])) : answer;
  }

  /** Adds the queue slice by slice, yielding between slices, placed first if a placer is deciding; listeners hear once, at the end. */
  private async drain(): Promise<void> {
    let placed = false;
    while (this.queue.length || this.placing) {
      if (this.placing) {
        const placing = this.placing;
        const positions = await placing;
        // Another change may have asked meanwhile: then this waits for both.
        if (this.placing === placing) this.placing = null;
        this.place(positions);
        placed = positions.size > 0;
        continue;
      }
      // Placed elements are drawn: a frame between slices would draw part of the graph, then all of it again.
      const slice = this.queue.splice(0, placed ? this.queue.length : ADD_CHUNK);
      this.add(slice);
      if (this.queue.length) await yieldToPage();
    }
    const changes = this.pendingChanges;
    this.pendingChanges = [];
    this.draining = null;
    // Flags changed while their elements were still queued land now.
    this.cy.batch(() => changes.forEach(({ change }) => this.applyFlags(change)));
    this.finish(changes);
  }

  /**
   * Adds elements, the nodes styled before their edges exist. For every
   * style property Cytoscape (3.34) applies to a node it marks the cached
   * style of each connected edge stale, so styling a hub with hundreds of
   * edges costs its degree times some twenty properties: most of the style
   * pass of a big graph. A node styled while it has no edges pays none of
   * that; reading one property (`style(name)`) makes Cytoscape style it now
   * instead of at the next frame. Outside a batch only: inside one,
   * Cytoscape styles everything at the batch's end anyway.
   */
  private add(defs: ElementDefinition[]): void {
    const nodes = defs.filter((d) => d.group === 'nodes');
    const edges = nodes.length === defs.length ? [] : defs.filter((d) => d.group !== 'nodes');
    if (nodes.length) {
      const added = this.cy.add(nodes);
      if (edges.length && !(this.cy as unknown as { batching(): boolean }).batching()) {
        added.forEach((node) => void node.style('display'));
      }
    }
    if (edges.length) this.cy.add(edges);
  }

  /** Gives queued nodes their decided positions, and shows them and the queued edges whose both ends are placed. */
  private place(positions: ReadonlyMap<string, Position>): void {
    if (positions.size === 0) return;
    const waiting = new Set<string>();
    for (const def of this.queue) {
      if (def.group !== 'nodes') continue;
      const id = String(def.data.id);
      const at = positions.get(id);
      if (at) {
        def.position = { ...at };
        def.classes = (def.classes as string[]).filter((c) => c !== 'unplaced');
      } else if ((def.classes as string[]).includes('unplaced')) {
        waiting.add(id);
      }
    }
    const { cy } = this;
    const stillUnplaced = (id: string) => waiting.has(id) || cy.getElementById(id).hasClass('unplaced');
    for (const def of this.queue) {
      if (def.group !== 'edges' || !(def.classes as string[]).includes('unplaced')) continue;
      if (stillUnplaced(String(def.data['source'])) || stillUnplaced(String(def.data['target']))) continue;
      def.classes = (def.classes as string[]).filter((c) => c !== 'unplaced');
    }
    for (const { unplaced } of this.pendingChanges) {
      const left = unplaced.filter((id) => !positions.has(id));
      unplaced.splice(0, unplaced.length, ...left);
    }
  }

  /** New data for elements of a change: on Cytoscape's elements, or on their queued definitions. */
  private applyUpdates(change: ModelChange): void {
    const { cy } = this;
    const queued = this.queue.length ? new Map(this.queue.map((d) => [String(d.data.id), d])) : null;
    const update = (id: string, data: ElementDefinition['data']) => {
      const def = queued?.get(id);
      if (def) def.data = data;
      else cy.getElementById(id).data(data);
    };
    for (const node of change.updatedNodes) update(node.id, nodeElement(node).data);
    for (const edge of change.updatedEdges) update(edge.id, edgeElement(edge).data);
  }

  /** The analyst's flags and expansion marks of a change, as classes on elements that exist. */
  private applyFlags(change: ModelChange): void {
    const { cy, model } = this;
    for (const id of change.flagged) {
      const ele = cy.getElementById(id);
      if (ele.empty()) continue;
      ele.toggleClass('u-hidden', model.isHidden(id));
      if (ele.isNode()) ele.toggleClass('pinned', model.isPinned(id));
    }
    for (const seed of change.expansions) {
      const ele = cy.getElementById(seed);
      if (ele.nonempty()) ele.toggleClass('has-more', (model.expansion(seed)?.omitted ?? 0) > 0);
    }
  }

  private finish(changes: AppliedChange[]): void {
    for (const applied of changes) {
      for (const listener of this.applied) listener(applied);
      for (const resolve of this.waiters.get(applied.change) ?? []) resolve();
      this.waiters.delete(applied.change);
    }
  }

  /** The analyst's flags as classes on a new element's definition. */
  private flagClasses(id: string, classes: string[], isNode: boolean): void {
    if (this.model.isHidden(id)) classes.push('u-hidden');
    if (isNode && this.model.isPinned(id)) classes.push('pinned');
    if (isNode && (this.model.expansion(id)?.omitted ?? 0) > 0) classes.push('has-more');
  }

  private updateMode(elements: number, edges: number): void {
    const large = elements > LARGE_GRAPH_ELEMENTS;
    const edgeLabels = edges <= LABEL_ALL_EDGES_UP_TO;
    if (large === this.large && edgeLabels === this.edgeLabels) return;
    this.large = large;
    this.edgeLabels = edgeLabels;
    this.cy.style(stylesheet({ large, edgeLabels }));
  }
}
