/**
 * Decides when to lay out: the first nodes of an empty canvas get a full
 * layout computed from the data before they are drawn (they arrive in
 * place); later nodes without a place get an incremental
 * layout (the rest stays where the analyst left it); a layout switch or
 * "re-run" lays out everything.
 */
import type { AppContext } from '../app-context.js';
import { nodeSize } from '../model/elements.js';
import { detectCommunities } from '../model/graph-metrics.js';
import { byIds } from '../view/collection.js';
import { frame } from './graph-actions.js';

export class LayoutController {
  private queued = new Set<string>();
  private scheduled = false;
  /** The first drawing's layout while it runs; later growth waits for it. */
  private first: Promise<unknown> | null = null;

  constructor(private readonly app: AppContext) {
    app.sync.placeWith(({ change, unplaced }) => {
      if (this.first || app.cy.nodes().not('.unplaced').nonempty()) return null;
      const hiddenTypes = new Set(app.filters.get().hiddenTypes);
      const placed = app.handPlaced.get();
      const shownEdges = change.addedEdges.filter((e) => !hiddenTypes.has(e.type));
      const edges = shownEdges.map((e): [string, string] => [e.source, e.target]);
      // Grouping needs communities before anything is drawn: computed from the incoming data.
      const groups =
        app.layoutName.get() === 'community'
          ? detectCommunities(
              unplaced,
              shownEdges.map((e) => ({ source: e.source, target: e.target, weight: e.corroboration })),
            )
          : null;
      const nodes = unplaced.map((id) => {
        const at = placed.get(id);
        const group = groups?.get(id);
        return {
          id,
          size: nodeSize(app.model.node(id)?.degree ?? 0),
          ...(at ? { ...at, fixed: true } : {}),
          ...(group !== undefined ? { group } : {}),
        };
      });
      const { positions, done } = app.layout.placeFromData(
        app.layoutName.get(),
        nodes,
        edges,
        app.sync.whenApplied(change),
        { fit: true },
      );
      this.first = done.finally(() => {
        this.first = null;
      });
      return positions;
    });
    // What the first layout did not place (a newer layout superseded it) is laid out once drawn.
    app.sync.onApplied(({ unplaced }) => {
      if (unplaced.length === 0) return;
      for (const id of unplaced) this.queued.add(id);
      // Several model changes in one task (add, then show) become one layout run.
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => void this.flush());
      }
    });
    app.layoutName.subscribe(() => void this.rerun());
    app.cy.on('dragfree', 'node', (event) => {
      const id: string = event.target.id();
      const at = { ...event.target.position() };
      app.model.rememberPositions([[id, at]]);
      app.handPlaced.update((placed) => new Map(placed).set(id, at));
    });
    // A removed node is no longer placed anywhere.
    app.model.subscribe((change) => {
      if (!change.removedNodes.some((id) => app.handPlaced.get().has(id))) return;
      app.handPlaced.update((placed) => new Map([...placed].filter(([id]) => app.model.node(id))));
    });
  }

  /** Lays out every visible node again with the current layout: hand placements give way, pins stay. */
  async rerun({ fit = true } = {}): Promise<void> {
    const { model, handPlaced } = this.app;
    handPlaced.update((placed) => new Map([...placed].filter(([id]) => model.isPinned(id))));
    await this.app.layout.runFull(this.app.layoutName.get(), { fit, animate: true });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    if (this.first) await this.first;
    const { cy, layout, layoutName } = this.app;
    const added = [...this.queued].filter((id) => cy.getElementById(id).nonempty());
    this.queued.clear();
    if (added.length === 0) return;
    if (cy.nodes().not('.unplaced').empty()) {
      await layout.runFull(layoutName.get(), { fit: true, animate: false });
      return;
    }
    await layout.runIncremental(layoutName.get(), added);
    const addedNodes = byIds(cy, added).nodes();
    const extent = cy.extent();
    const outside = addedNodes
      .filter((n) => {
        const p = n.position();
        return p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2;
      })
      .nonempty();
    if (outside) {
      await layout.during(async () => {
        const everything = cy.nodes().filter((n) => !n.hasClass('f-hidden') && !n.hasClass('u-hidden'));
        const bb = everything.boundingBox();
        // Frame everything when it stays readable; otherwise just the new nodes and what they hang on.
        const readable = Math.min(cy.width() / bb.w, cy.height() / bb.h) > 0.45;
        await frame(cy, readable ? everything : addedNodes.closedNeighborhood(), 50);
        return null;
      });
    }
  }
}
