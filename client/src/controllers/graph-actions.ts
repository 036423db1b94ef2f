/**
 * What an analyst does to the graph, as undoable commands: add entities,
 * expand (by type or kind, then "N more"), collapse, hide, pin, remove,
 * and bring a subgraph (paths, query results) in. Asks the API, then
 * changes the model through the history; the view and the layout follow
 * the model on their own.
 */
import type { Subgraph } from '../../../core/domain.js';
import { LIMITS, type EntityKind, type RelationType } from '../../../core/ontology.js';
import type { AppContext } from '../app-context.js';
import { addSubgraph, collapse, removeElements, setHidden, setPinned } from '../model/commands.js';
import type { Expansion } from '../model/graph-model.js';
import { byIds } from '../view/collection.js';
import { MAX_FIT_ZOOM } from '../view/layout.js';

/** Neighbours added by a first expansion; "N more" adds this many again. */
export const EXPANSION_PAGE = 25;

export interface ExpandOptions {
  types?: RelationType[];
  kinds?: EntityKind[];
}

export class GraphActions {
  constructor(private readonly app: AppContext) {}

  private nameOf(id: string): string {
    return this.app.model.node(id)?.name ?? id;
  }

  /**
   * Adds entities with every relation they have to what is on screen, then
   * focuses them. Returns the ids actually found.
   */
  async addEntities(ids: string[], { focus = true } = {}): Promise<string[]> {
    const { api, model, history } = this.app;
    const onScreen = model.nodeIds();
    const missing = ids.filter((id) => !model.node(id));
    if (missing.length > 0) {
      const subgraph = await api.subgraph({ ids: [...new Set([...missing, ...onScreen])] });
      const label =
        missing.length === 1
          ? `add ${subgraph.nodes.find((n) => n.id === missing[0])?.name ?? missing[0]}`
          : `add ${missing.length} entities`;
      history.execute(addSubgraph(model, subgraph, label));
    }
    const found = ids.filter((id) => model.node(id));
    if (model.hidden().some((id) => found.includes(id))) history.execute(setHidden(model, found, false, 'show'));
    if (focus && found.length) await this.focus(found);
    return found;
  }

  /**
   * Expands a node: its neighbours (optionally of some relation types or
   * kinds), most relevant first, at most EXPANSION_PAGE of them; the rest
   * is counted so the node can offer "N more".
   */
  async expand(id: string, options: ExpandOptions = {}): Promise<Subgraph> {
    const previous = this.app.model.expansion(id);
    const sameAsk = previous && sameList(previous.types, options.types) && sameList(previous.kinds, options.kinds);
    const limit = sameAsk ? previous.limit : 1 + EXPANSION_PAGE;
    return this.fetchNeighbourhood(id, { ...options, limit }, `expand ${this.nameOf(id)}${describe(options)}`);
  }

  /** The next page of an expansion ("N more"), or all of it. */
  async more(id: string, { all = false } = {}): Promise<Subgraph | null> {
    const previous = this.app.model.expansion(id);
    if (!previous || previous.omitted === 0) return null;
    const step = all ? previous.omitted : Math.min(EXPANSION_PAGE, previous.omitted);
    const limit = Math.min(previous.limit + step, LIMITS.maxNodeLimit);
    const options: ExpandOptions = {};
    if (previous.types) options.types = previous.types;
    if (previous.kinds) options.kinds = previous.kinds;
    return this.fetchNeighbourhood(id, { ...options, limit }, `${step} more around ${this.nameOf(id)}`);
  }

  private async fetchNeighbourhood(
    id: string,
    ask: ExpandOptions & { limit: number },
    label: string,
  ): Promise<Subgraph> {
    const { api, model, history } = this.app;
    const subgraph = await api.neighbourhood({
      ids: [id],
      depth: 1,
      limit: ask.limit,
      ...(ask.types?.length ? { types: ask.types } : {}),
      ...(ask.kinds?.length ? { kinds: ask.kinds } : {}),
    });
    const expansion: Expansion = { seed: id, limit: ask.limit, omitted: subgraph.omitted };
    if (ask.types?.length) expansion.types = ask.types;
    if (ask.kinds?.length) expansion.kinds = ask.kinds;
    const command = addSubgraph(model, subgraph, label, expansion);
    history.execute(command);
    const added = command.added.addedNodes.length;
    const more = subgraph.omitted > 0 ? `; ${subgraph.omitted} more available` : '';
    this.app.notify(
      added ? `${added} neighbour${added === 1 ? '' : 's'} added${more}` : `No new neighbours${more}`,
      'info',
    );
    return subgraph;
  }

  /** Removes the neighbours that hang only on `id`. */
  collapse(id: string): void {
    this.app.history.execute(collapse(this.app.model, id, `collapse ${this.nameOf(id)}`));
  }

  hide(ids: string[]): void {
    if (ids.length) this.app.history.execute(setHidden(this.app.model, ids, true, `hide ${this.describeIds(ids)}`));
  }

  /** Shows everything the analyst hid. */
  unhideAll(): void {
    const hidden = this.app.model.hidden();
    if (hidden.length)
      this.app.history.execute(setHidden(this.app.model, hidden, false, `show ${hidden.length} hidden`));
  }

  remove(ids: string[]): void {
    if (ids.length) this.app.history.execute(removeElements(this.app.model, ids, `remove ${this.describeIds(ids)}`));
  }

  /** Clears the canvas (undoable), to start a question from a blank page. */
  clear(): void {
    const ids = this.app.model.nodeIds();
    if (ids.length) this.app.history.execute(removeElements(this.app.model, ids, `clear ${ids.length} nodes`));
  }

  /** Pins the nodes among `ids` at their current places (or unpins them). */
  pin(ids: string[], pinned: boolean): void {
    const nodes = ids.filter((id) => this.app.model.node(id));
    if (nodes.length)
      this.app.history.execute(
        setPinned(this.app.model, nodes, pinned, `${pinned ? 'pin' : 'unpin'} ${this.describeIds(nodes)}`),
      );
  }

  /** Brings a subgraph in (path, query result); returns the ids it added. */
  addSubgraph(subgraph: Pick<Subgraph, 'nodes' | 'edges'>, label: string): string[] {
    const command = addSubgraph(this.app.model, subgraph, label);
    this.app.history.execute(command);
    return [...command.added.addedNodes, ...command.added.addedEdges];
  }

  undo(): void {
    const command = this.app.history.undo();
    if (command) this.app.notify(`Undone: ${command.label}`);
  }

  redo(): void {
    const command = this.app.history.redo();
    if (command) this.app.notify(`Redone: ${command.label}`);
  }

  /** Selects the elements, brings them into view (after any running layout) and flashes them. */
  async focus(ids: string[]): Promise<void> {
    const { cy, layout } = this.app;
    await layout.whenIdle();
    const eles = byIds(cy, ids);
    if (eles.empty()) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      eles.select();
    });
    const target = eles.nodes().nonempty() ? eles.nodes().closedNeighborhood() : eles.connectedNodes().union(eles);
    const extent = cy.extent();
    const bb = eles.boundingBox();
    const inView = bb.x1 >= extent.x1 && bb.x2 <= extent.x2 && bb.y1 >= extent.y1 && bb.y2 <= extent.y2;
    if (!inView || cy.zoom() < 0.6) {
      await layout.during(async () => {
        await frame(cy, target);
        return null;
      });
    }
    eles.addClass('flash');
    setTimeout(() => eles.removeClass('flash'), 1200);
  }

  private describeIds(ids: string[]): string {
    if (ids.length === 1) return this.nameOf(ids[0]!);
    return `${ids.length} elements`;
  }
}

/** Animates the viewport onto `eles`, zoomed in no further than MAX_FIT_ZOOM (a lone node should not fill the screen). */
export async function frame(
  cy: AppContext['cy'],
  eles: ReturnType<AppContext['cy']['collection']>,
  padding = 80,
): Promise<void> {
  const bb = eles.boundingBox();
  const w = cy.width();
  const h = cy.height();
  const fit = Math.min((w - 2 * padding) / Math.max(bb.w, 1), (h - 2 * padding) / Math.max(bb.h, 1));
  const zoom = Math.min(MAX_FIT_ZOOM, Math.max(cy.minZoom(), fit));
  const centre = { x: bb.x1 + bb.w / 2, y: bb.y1 + bb.h / 2 };
  await cy
    .animation({
      zoom,
      pan: { x: w / 2 - centre.x * zoom, y: h / 2 - centre.y * zoom },
      duration: 350,
      easing: 'ease-in-out-cubic',
    })
    .play()
    .promise();
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  const x = [...(a ?? [])].sort();
  const y = [...(b ?? [])].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function describe(options: ExpandOptions): string {
  const parts = [...(options.types ?? []), ...(options.kinds ?? [])];
  return parts.length ? ` (${parts.join(', ')})` : '';
}
