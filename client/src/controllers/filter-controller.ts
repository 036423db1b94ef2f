/**
 * Applies the filters: computes what they hide (model/filters.ts) and
 * toggles the `f-hidden` class on just the elements whose state changed.
 * Positions are untouched, so switching a filter off puts elements back
 * exactly where they were.
 */
import type { AppContext } from '../app-context.js';
import { CLAIM_STATUSES } from '../../../core/claims.js';
import { claimClass } from '../model/elements.js';
import { computeVisibility, filtersByEvidence, type Visibility } from '../model/filters.js';
import { Store } from '../model/store.js';

export interface FilterCounts {
  hiddenNodes: number;
  hiddenEdges: number;
}

export class FilterController {
  /** How much the filters hide right now (status bar, legend). */
  readonly counts = new Store<FilterCounts>(
    { hiddenNodes: 0, hiddenEdges: 0 },
    (a, b) => a.hiddenNodes === b.hiddenNodes && a.hiddenEdges === b.hiddenEdges,
  );
  private scheduled = false;

  constructor(private readonly app: AppContext) {
    app.filters.subscribe(() => this.schedule());
    app.sync.onApplied(() => this.schedule());
    // The selection matters only to evidence filters (selected nodes are kept); skip the pass otherwise.
    app.selection.subscribe(() => {
      if (filtersByEvidence(app.filters.get())) this.schedule();
    });
    this.apply();
  }

  /** Recomputes now (tests and the URL restore want the result before the next frame). */
  apply(): Visibility {
    this.scheduled = false;
    const { cy, model, filters, catalog, selection } = this.app;
    const keep = new Set([...selection.get(), ...model.pinned()]);
    const visibility = computeVisibility(filters.get(), {
      nodes: model.nodes(),
      edges: model.edges(),
      articleSources: catalog.articleSources,
      keep,
    });
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const hide = visibility.hiddenNodes.has(node.id());
        if (hide !== node.hasClass('f-hidden')) node.toggleClass('f-hidden', hide);
      });
      cy.edges().forEach((edge) => {
        const hide = visibility.hiddenEdges.has(edge.id());
        if (hide !== edge.hasClass('f-hidden')) edge.toggleClass('f-hidden', hide);
        // Drawn with its status within the timeline's range: alleged in March may be disputed by May.
        const claim = visibility.claims.get(edge.id());
        if (claim && !edge.hasClass(claimClass(claim))) {
          for (const other of CLAIM_STATUSES) edge.toggleClass(claimClass(other), other === claim);
        }
      });
    });
    this.counts.set({ hiddenNodes: visibility.hiddenNodes.size, hiddenEdges: visibility.hiddenEdges.size });
    return visibility;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // Filters run before the layout controller's flush (also a microtask, queued later), so new hidden nodes are not laid out as visible.
    queueMicrotask(() => this.apply());
  }
}
