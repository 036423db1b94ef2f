/**
 * The graph on screen as data, apart from the view: which entities and
 * relations are loaded, which the analyst hid or pinned, which were expanded
 * (and how many neighbours the server left out), and the last known
 * positions. The view (view/sync.ts) follows its change events; commands
 * (model/commands.ts) change it so that every change can be undone.
 */
import type { GraphEdge, GraphNode, Subgraph } from '../../../core/domain.js';
import type { EntityKind, RelationType } from '../../../core/ontology.js';

export interface Position {
  x: number;
  y: number;
}

/** One expansion of a node: what was asked and what the server left out. */
export interface Expansion {
  seed: string;
  /** The node limit sent (the seed included). */
  limit: number;
  /** Neighbours that matched but were not sent. */
  omitted: number;
  types?: RelationType[];
  kinds?: EntityKind[];
}

/** What one model operation changed; the view applies exactly this. */
export interface ModelChange {
  addedNodes: GraphNode[];
  addedEdges: GraphEdge[];
  removedNodes: string[];
  removedEdges: string[];
  /** Already present, with fresher data (degree, corroboration...). */
  updatedNodes: GraphNode[];
  updatedEdges: GraphEdge[];
  /** Elements whose hidden or pinned flag changed. */
  flagged: string[];
  /** Seeds whose expansion record changed. */
  expansions: string[];
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/** Everything needed to put removed elements back as they were. */
export interface Removal {
  nodes: GraphNode[];
  edges: GraphEdge[];
  positions: Array<[string, Position]>;
  hidden: string[];
  pinned: string[];
  expansions: Expansion[];
}

export type ModelListener = (change: ModelChange) => void;

function emptyChange(): ModelChange {
  return {
    addedNodes: [],
    addedEdges: [],
    removedNodes: [],
    removedEdges: [],
    updatedNodes: [],
    updatedEdges: [],
    flagged: [],
    expansions: [],
  };
}

export class GraphModel {
  private readonly nodeMap = new Map<string, GraphNode>();
  private readonly edgeMap = new Map<string, GraphEdge>();
  /** Edge ids by node id, so removing a node finds its edges without a scan. */
  private readonly incident = new Map<string, Set<string>>();
  private readonly hiddenIds = new Set<string>();
  private readonly pinnedIds = new Set<string>();
  private readonly expansionMap = new Map<string, Expansion>();
  private readonly positionMap = new Map<string, Position>();
  private readonly listeners = new Set<ModelListener>();

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: ModelListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  node(id: string): GraphNode | undefined {
    return this.nodeMap.get(id);
  }

  edge(id: string): GraphEdge | undefined {
    return this.edgeMap.get(id);
  }

  has(id: string): boolean {
    return this.nodeMap.has(id) || this.edgeMap.has(id);
  }

  nodes(): GraphNode[] {
    return [...this.nodeMap.values()];
  }

  edges(): GraphEdge[] {
    return [...this.edgeMap.values()];
  }

  nodeIds(): string[] {
    return [...this.nodeMap.keys()];
  }

  get nodeCount(): number {
    return this.nodeMap.size;
  }

  get edgeCount(): number {
    return this.edgeMap.size;
  }

  /** Ids of the edges that touch `nodeId`. */
  edgesOf(nodeId: string): string[] {
    return [...(this.incident.get(nodeId) ?? [])];
  }

  isHidden(id: string): boolean {
    return this.hiddenIds.has(id);
  }

  isPinned(id: string): boolean {
    return this.pinnedIds.has(id);
  }

  hidden(): string[] {
    return [...this.hiddenIds];
  }

  pinned(): string[] {
    return [...this.pinnedIds];
  }

  expansion(seed: string): Expansion | undefined {
    return this.expansionMap.get(seed);
  }

  expansions(): Expansion[] {
    return [...this.expansionMap.values()];
  }

  position(id: string): Position | undefined {
    return this.positionMap.get(id);
  }

  /**
   * Records where the view drew nodes. Silent (no change event): positions
   * follow the view, they do not drive it, except when removed nodes are
   * restored where they were.
   */
  rememberPositions(positions: Iterable<[string, Position]>): void {
    for (const [id, position] of positions) {
      if (this.nodeMap.has(id)) this.positionMap.set(id, { x: position.x, y: position.y });
    }
  }

  /**
   * Adds what is new in `subgraph` and refreshes what is already there.
   * Edges whose ends are not loaded are skipped.
   */
  merge(subgraph: Pick<Subgraph, 'nodes' | 'edges'>): MergeResult {
    const change = emptyChange();
    for (const node of subgraph.nodes) {
      const known = this.nodeMap.get(node.id);
      this.nodeMap.set(node.id, node);
      if (known) {
        if (!sameNode(known, node)) change.updatedNodes.push(node);
      } else if (!change.addedNodes.some((n) => n.id === node.id)) {
        change.addedNodes.push(node);
      }
    }
    for (const edge of subgraph.edges) {
      if (!this.nodeMap.has(edge.source) || !this.nodeMap.has(edge.target)) continue;
      const known = this.edgeMap.get(edge.id);
      this.edgeMap.set(edge.id, edge);
      if (known) {
        if (!sameEdge(known, edge)) change.updatedEdges.push(edge);
      } else {
        this.link(edge);
        change.addedEdges.push(edge);
      }
    }
    this.emit(change);
    return { addedNodes: change.addedNodes.map((n) => n.id), addedEdges: change.addedEdges.map((e) => e.id) };
  }

  /** Removes nodes (with their edges) and edges; returns what `restore` needs to undo it. */
  remove(ids: Iterable<string>): Removal {
    const nodeIds = new Set<string>();
    const edgeIds = new Set<string>();
    for (const id of ids) {
      if (this.nodeMap.has(id)) {
        nodeIds.add(id);
        for (const edgeId of this.incident.get(id) ?? []) edgeIds.add(edgeId);
      } else if (this.edgeMap.has(id)) {
        edgeIds.add(id);
      }
    }
    const removal: Removal = { nodes: [], edges: [], positions: [], hidden: [], pinned: [], expansions: [] };
    const change = emptyChange();
    for (const id of edgeIds) {
      const edge = this.edgeMap.get(id)!;
      removal.edges.push(edge);
      if (this.hiddenIds.delete(id)) removal.hidden.push(id);
      this.unlink(edge);
      this.edgeMap.delete(id);
      change.removedEdges.push(id);
    }
    for (const id of nodeIds) {
      removal.nodes.push(this.nodeMap.get(id)!);
      const position = this.positionMap.get(id);
      if (position) removal.positions.push([id, position]);
      if (this.hiddenIds.delete(id)) removal.hidden.push(id);
      if (this.pinnedIds.delete(id)) removal.pinned.push(id);
      const expansion = this.expansionMap.get(id);
      if (expansion) {
        removal.expansions.push(expansion);
        this.expansionMap.delete(id);
        change.expansions.push(id);
      }
      this.positionMap.delete(id);
      this.nodeMap.delete(id);
      this.incident.delete(id);
      change.removedNodes.push(id);
    }
    this.emit(change);
    return removal;
  }

  /** Puts back what `remove` took, with its flags and positions. */
  restore(removal: Removal): void {
    const change = emptyChange();
    for (const node of removal.nodes) {
      if (this.nodeMap.has(node.id)) continue;
      this.nodeMap.set(node.id, node);
      change.addedNodes.push(node);
    }
    for (const [id, position] of removal.positions) this.positionMap.set(id, position);
    for (const edge of removal.edges) {
      if (this.edgeMap.has(edge.id) || !this.nodeMap.has(edge.source) || !this.nodeMap.has(edge.target)) continue;
      this.edgeMap.set(edge.id, edge);
      this.link(edge);
      change.addedEdges.push(edge);
    }
    for (const id of removal.hidden) this.hiddenIds.add(id);
    for (const id of removal.pinned) this.pinnedIds.add(id);
    for (const expansion of removal.expansions) {
      this.expansionMap.set(expansion.seed, expansion);
      change.expansions.push(expansion.seed);
    }
    this.emit(change);
  }

  /** Hides or shows elements; returns the ids whose flag actually changed. */
  setHidden(ids: Iterable<string>, hidden: boolean): string[] {
    return this.flag(this.hiddenIds, ids, hidden, (id) => this.has(id));
  }

  /** Pins or unpins nodes (pinned nodes keep their place in every layout). */
  setPinned(ids: Iterable<string>, pinned: boolean): string[] {
    return this.flag(this.pinnedIds, ids, pinned, (id) => this.nodeMap.has(id));
  }

  /** Sets or clears the expansion record of a seed; returns the previous one. */
  setExpansion(seed: string, expansion: Expansion | null): Expansion | null {
    const previous = this.expansionMap.get(seed) ?? null;
    if (expansion) this.expansionMap.set(seed, expansion);
    else this.expansionMap.delete(seed);
    const change = emptyChange();
    change.expansions.push(seed);
    this.emit(change);
    return previous;
  }

  private flag(set: Set<string>, ids: Iterable<string>, on: boolean, exists: (id: string) => boolean): string[] {
    const changed: string[] = [];
    for (const id of ids) {
      if (!exists(id) || set.has(id) === on) continue;
      if (on) set.add(id);
      else set.delete(id);
      changed.push(id);
    }
    if (changed.length > 0) {
      const change = emptyChange();
      change.flagged = changed;
      this.emit(change);
    }
    return changed;
  }

  private link(edge: GraphEdge): void {
    for (const end of [edge.source, edge.target]) {
      let set = this.incident.get(end);
      if (!set) this.incident.set(end, (set = new Set()));
      set.add(edge.id);
    }
  }

  private unlink(edge: GraphEdge): void {
    this.incident.get(edge.source)?.delete(edge.id);
    this.incident.get(edge.target)?.delete(edge.id);
  }

  private emit(change: ModelChange): void {
    const empty =
      change.addedNodes.length +
        change.addedEdges.length +
        change.removedNodes.length +
        change.removedEdges.length +
        change.updatedNodes.length +
        change.updatedEdges.length +
        change.flagged.length +
        change.expansions.length ===
      0;
    if (empty) return;
    for (const listener of this.listeners) listener(change);
  }
}

function sameNode(a: GraphNode, b: GraphNode): boolean {
  return (
    a.name === b.name &&
    a.kind === b.kind &&
    a.degree === b.degree &&
    a.articleCount === b.articleCount &&
    a.aliases.join('\u0000') === b.aliases.join('\u0000') &&
    a.roles.join('\u0000') === b.roles.join('\u0000')
  );
}

function sameEdge(a: GraphEdge, b: GraphEdge): boolean {
  return (
    a.corroboration === b.corroboration &&
    a.evidenceCount === b.evidenceCount &&
    a.articles.join('\u0000') === b.articles.join('\u0000') &&
    JSON.stringify(a.properties) === JSON.stringify(b.properties)
  );
}
