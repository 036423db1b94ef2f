/**
 * Visual emphasis by classes: hovering a node lifts its neighbourhood and
 * fades the rest; a path (or any set of elements, e.g. query results) can
 * be held highlighted until cleared; a step of a path gets its own mark.
 */
import type { Collection, Core } from 'cytoscape';

/** Above this many elements the hover fade is skipped: restyling everything on each hover would lag. */
const HOVER_FADE_UP_TO = 2500;

export class HighlightController {
  private held: Collection | null = null;

  constructor(private readonly cy: Core) {
    cy.on('mouseover', 'node', (event) => {
      const node = event.target;
      node.addClass('hover');
      if (this.held || cy.elements().length > HOVER_FADE_UP_TO || cy.$(':grabbed').nonempty()) return;
      const near = node.closedNeighborhood();
      cy.batch(() => {
        cy.elements().not(near).addClass('faded');
        near.addClass('hl');
      });
    });
    cy.on('mouseout', 'node', (event) => {
      event.target.removeClass('hover');
      if (this.held) return;
      cy.batch(() => cy.elements('.faded, .hl').removeClass('faded hl'));
    });
    cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
    cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
  }

  /** Holds `eles` highlighted (class `cls`, default `path`), fading everything else. */
  hold(eles: Collection, cls = 'path'): void {
    this.release();
    const { cy } = this;
    cy.batch(() => {
      cy.elements('.faded, .hl').removeClass('faded hl');
      cy.elements().not(eles).addClass('faded');
      eles.addClass(cls);
    });
    this.held = eles;
  }

  /** Marks one step (an edge and its ends) inside the held highlight. */
  step(eles: Collection | null): void {
    this.cy.batch(() => {
      this.cy.elements('.path-step').removeClass('path-step');
      eles?.addClass('path-step');
    });
  }

  /** Ends the held highlight. */
  release(): void {
    if (!this.held) return;
    this.cy.batch(() => {
      this.cy
        .elements('.faded, .path, .path-step, .hl, .query-result')
        .removeClass('faded path path-step hl query-result');
    });
    this.held = null;
  }

  get holding(): boolean {
    return this.held !== null;
  }
}
