/**
 * Mirrors Cytoscape's selection into the app state, in the order the
 * analyst picked (the first of two selected nodes is the start of a path).
 */
import type { AppContext } from '../app-context.js';

export class SelectionController {
  private order: string[] = [];
  private scheduled = false;

  constructor(private readonly app: AppContext) {
    const { cy } = app;
    cy.on('select', (event) => {
      const id = event.target.id();
      if (!this.order.includes(id)) this.order.push(id);
      this.schedule();
    });
    cy.on('unselect remove', (event) => {
      const id = event.target.id();
      this.order = this.order.filter((x) => x !== id);
      this.schedule();
    });
  }

  /** Selects exactly `ids` (those on screen). */
  select(ids: string[]): void {
    const { cy } = this.app;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      for (const id of ids) cy.getElementById(id).select();
    });
  }

  clear(): void {
    this.app.cy.elements(':selected').unselect();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // A box selection fires one event per element: publish once.
    queueMicrotask(() => {
      this.scheduled = false;
      const selected = new Set(this.app.cy.elements(':selected').map((e) => e.id()));
      this.order = this.order.filter((id) => selected.has(id));
      for (const id of selected) if (!this.order.includes(id)) this.order.push(id);
      this.app.selection.set([...this.order]);
    });
  }
}
