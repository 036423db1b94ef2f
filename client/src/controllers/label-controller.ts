/**
 * Labels that never overlap: where labels would overlap each other or a
 * more important node, the more important node keeps its label: the
 * selected, pinned or highlighted first, then by degree (the stylesheet
 * sets a readable size and drops labels too small to read, see styles.ts). The others get `label-off` and show on
 * hover or selection. Recomputed when the view settles (after a zoom, a pan,
 * a layout, a filter), never during a gesture.
 *
 * Skipped in large-graph mode, where labels are off below a zoom threshold
 * anyway and measuring thousands of labels would stall panning.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { AppContext } from '../app-context.js';
import { isShown } from '../view/sync.js';

/** Quiet time after the last viewport or position change before labels are re-chosen. */
const SETTLE_MS = 160;
/** Room kept free around each label, in screen pixels. */
const GAP_PX = 2;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** A coarse grid of boxes, so each label is tested against its neighbours only. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly cell: number) {}

  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let x = Math.floor(b.x1 / this.cell); x <= Math.floor(b.x2 / this.cell); x++) {
      for (let y = Math.floor(b.y1 / this.cell); y <= Math.floor(b.y2 / this.cell); y++) keys.push(`${x}:${y}`);
    }
    return keys;
  }

  /** Whether `b` overlaps a box of the grid other than `except`. */
  hits(b: Box, except?: Box): boolean {
    return this.keys(b).some(
      (k) => this.cells.get(k)?.some((other) => other !== except && overlaps(b, other)) ?? false,
    );
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

/** Who keeps a label first: what the analyst is looking at, then the best-connected. */
function priority(n: NodeSingular): number {
  let p = Number(n.data('degree')) || 0;
  p += n.connectedEdges().filter((e) => isShown(e)).length / 1000;
  if (n.hasClass('pinned')) p += 1e5;
  if (n.hasClass('hl') || n.hasClass('path')) p += 1e6;
  if (n.selected()) p += 1e7;
  return p;
}

export class LabelController {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly app: AppContext) {
    const { cy } = app;
    const schedule = () => this.schedule();
    cy.on('viewport', schedule);
    cy.on('position', 'node', schedule);
    cy.on('select unselect', 'node', schedule);
    app.sync.onApplied(schedule);
    app.filters.subscribe(schedule);
  }

  /** Re-chooses labels once the view has been still for a moment. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.apply(), SETTLE_MS);
  }

  /** Sizes labels for the current zoom and hides those that would overlap (also called by tests). */
  apply(): void {
    this.timer = null;
    const { cy, sync } = this.app;
    if (sync.largeMode) {
      // Labels shown by zoom alone: measuring thousands of labels on every pan would stall it.
      cy.nodes('.label-off').removeClass('label-off');
      return;
    }
    cy.batch(() => chooseLabels(cy));
  }
}

/** Greedy by priority: a label is kept when it overlaps no kept label and no more important node. */
function chooseLabels(cy: Core): void {
  const gap = GAP_PX / cy.zoom();
  const shown = cy.nodes().filter((n) => isShown(n) && !n.hasClass('unplaced'));
  const grid = new BoxGrid(Math.max(40, 160 / cy.zoom()));
  // Bodies of more important nodes are obstacles too: a label drawn across such a node hides it.
  const bodyGrid = new BoxGrid(Math.max(40, 160 / cy.zoom()));
  const ordered = shown.toArray().sort((a, b) => priority(b as NodeSingular) - priority(a as NodeSingular));
  for (const ele of ordered) {
    const n = ele as NodeSingular;
    const label = n.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    });
    const box = { x1: label.x1 - gap, y1: label.y1 - gap, x2: label.x2 + gap, y2: label.y2 + gap };
    const keep = label.w > 0 && !grid.hits(box) && !bodyGrid.hits(box);
    if (keep) grid.add(box);
    const body = n.boundingBox({ includeLabels: false, includeOverlays: false });
    bodyGrid.add({ x1: body.x1, y1: body.y1, x2: body.x2, y2: body.y2 });
    if (keep === n.hasClass('label-off')) n.toggleClass('label-off', !keep);
  }
}
