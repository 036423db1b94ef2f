/**
 * The view lives in the URL fragment (model/url-state.ts): every change is
 * written back (debounced, replaceState: no history entry per click), and a
 * link opened, pasted or reloaded restores the same entities, expansions,
 * hand-placed positions, filters, selection and layout.
 */
import type { AppContext } from '../app-context.js';
import { sameFilters } from '../model/filters.js';
import { decodeViewState, shareFragment, type ViewState } from '../model/url-state.js';
import type { SelectionController } from './selection-controller.js';

/** How many of the most connected entities the start page shows. */
export const OVERVIEW_LIMIT = 60;

export class UrlController {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private restoring = false;
  /** Set once a view is on screen: before that, writing would erase the link being opened. */
  private ready = false;
  private lastWritten = '';

  constructor(
    private readonly app: AppContext,
    private readonly selection: SelectionController,
  ) {
    const schedule = () => this.schedule();
    app.model.subscribe(schedule);
    app.filters.subscribe(schedule);
    app.selection.subscribe(schedule);
    app.layoutName.subscribe(schedule);
    app.handPlaced.subscribe(schedule);
    window.addEventListener('hashchange', () => {
      if (location.hash.slice(1) !== this.lastWritten) void this.restore(decodeViewState(location.hash));
    });
  }

  /** The view as it is now. */
  current(): ViewState {
    const { model, filters, selection, layoutName, handPlaced } = this.app;
    return {
      nodes: model.nodeIds(),
      edges: model.edges().map((e) => e.id),
      hidden: model.hidden(),
      pinned: model.pinned(),
      expanded: model.expansions().map((e) => ({ id: e.seed, limit: e.limit, omitted: e.omitted })),
      selected: selection.get(),
      placed: [...handPlaced.get()].filter(([id]) => model.node(id)).map(([id, p]) => ({ id, x: p.x, y: p.y })),
      filters: filters.get(),
      layout: layoutName.get(),
    };
  }

  /** The state the page was opened with. */
  initial(): ViewState {
    return decodeViewState(location.hash);
  }

  /**
   * Loads a view: the overview when it names no entities, else those
   * entities with the relations the link lists (all among them when it
   * lists none); then flags, filters, layout and selection. Undo history
   * starts afresh.
   */
  async restore(state: ViewState): Promise<void> {
    const { api, model, history, filters, layoutName, layout, handPlaced } = this.app;
    this.restoring = true;
    try {
      model.remove(model.nodeIds());
      // Before the entities arrive, so the first layout keeps these where the analyst put them.
      handPlaced.set(new Map(state.placed.map((p) => [p.id, { x: p.x, y: p.y }])));
      if (!sameFilters(filters.get(), state.filters)) filters.set(state.filters);
      if (layoutName.get() !== state.layout) layoutName.set(state.layout);
      const subgraph =
        state.nodes === null
          ? await api.overview(OVERVIEW_LIMIT)
          : state.nodes.length
            ? await api.subgraph({ ids: state.nodes })
            : { nodes: [], edges: [], omitted: 0 };
      // The link lists its relations: the server returns every relation among the entities, the view had these.
      const wanted = state.edges ? new Set(state.edges) : null;
      model.merge(wanted ? { nodes: subgraph.nodes, edges: subgraph.edges.filter((e) => wanted.has(e.id)) } : subgraph);
      for (const e of state.expanded) {
        if (model.node(e.id)) model.setExpansion(e.id, { seed: e.id, limit: e.limit, omitted: e.omitted });
      }
      model.setPinned(state.pinned, true);
      model.setHidden(state.hidden, true);
      history.clear();
      await Promise.resolve();
      await layout.whenIdle();
      this.selection.select(state.selected.filter((id) => model.has(id)));
      const missing = (state.nodes ?? []).filter((id) => !model.node(id));
      if (missing.length)
        this.app.notify(
          `${missing.length} entit${missing.length === 1 ? 'y' : 'ies'} of this link no longer exist${missing.length === 1 ? 's' : ''}.`,
          'info',
        );
    } finally {
      this.restoring = false;
      this.ready = true;
      this.write();
    }
  }

  /** The shareable link of the current view. */
  link(): string {
    return `${location.origin}${location.pathname}#${shareFragment(this.current())}`;
  }

  private schedule(): void {
    if (!this.ready || this.restoring) return;
    if (this.timer) clearTimeout(this.timer);
    // Bursts (a box selection, an expansion's several model events) become one URL write.
    this.timer = setTimeout(() => this.write(), 200);
  }

  /** Writes the fragment now. */
  write(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const fragment = shareFragment(this.current());
    if (fragment === this.lastWritten) return;
    this.lastWritten = fragment;
    window.history.replaceState(null, '', `#${fragment}`);
  }
}
