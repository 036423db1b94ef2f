/**
 * Keeps Cytoscape in step with the graph model: applies each model change
 * as the smallest set of element adds, removes, data updates and class
 * toggles. Nothing is ever rebuilt, so positions, selection and zoom
 * survive every change.
 *
 * Large additions go in chunks, yielding between them, so the page keeps
 * answering while thousands of elements are added (and the layout worker,
 * told about them first, computes at the same time).
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphModel, ModelChange } from '../model/graph-model.js';
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

/** True when an element is not hidden by a filter or by the analyst. */
export function isShown(ele: { hasClass(name: string): boolean }): boolean {
  return !ele.hasClass('f-hidden') && !ele.hasClass('u-hidden');
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class GraphSync {
  private readonly incoming = new Set<AppliedListener>();
  private readonly applied = new Set<AppliedListener>();
  private large = false;
  private edgeLabels = false;
  /** Additions waiting for their slice; removals of queued ids take them out. */
  private queue: ElementDefinition[] = [];
  private draining: Promise<void> | null = null;
  private pendingChanges: AppliedChange[] = [];
  private readonly waiters = new Map<ModelChange, Array<() => void>>();

  constructor(
    private readonly cy: Core,
    private readonly model: GraphModel,
  ) {
    model.subscribe((change) => this.apply(change));
  }

  /** Called with each change before its elements reach Cytoscape (a first layout can start from the data). */
  onIncoming(listener: AppliedListener): () => void {
    this.incoming.add(listener);
    return () => this.incoming.delete(listener);
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

  /** Resolves when `change` (as passed to an incoming listener) has reached Cytoscape. */
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
    for (const listener of this.incoming) listener(applied);

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
      for (const node of change.updatedNodes) cy.getElementById(node.id).data(nodeElement(node).data);
      for (const edge of change.updatedEdges) cy.getElementById(edge.id).data(edgeElement(edge).data);
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
    if (defs.length <= ADD_CHUNK && !this.draining) {
      this.add(defs);
      this.finish([applied]);
      return;
    }
    this.queue.push(...defs);
    this.pendingChanges.push(applied);
    this.draining ??= this.drain();
  }

  /** Adds the queue slice by slice, yielding between slices; listeners hear once, at the end. */
  private async drain(): Promise<void> {
    while (this.queue.length) {
      const slice = this.queue.splice(0, ADD_CHUNK);
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
