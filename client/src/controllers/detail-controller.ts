/**
 * Detail on a large graph comes with zoom: at overview zoom a label or a
 * dash pattern is smaller than a pixel, yet measuring thousands of labels
 * and rasterising thousands of dashed lines dash by dash took most of the
 * time of drawing one (styles.ts, large mode). Once the view settles at a
 * zoom where they can be read, every element gets `detail`; zoomed out
 * again, it loses it. Small graphs are always drawn in full and never
 * carry the class.
 */
import type { AppContext } from '../app-context.js';

/** The zoom from which a large graph shows labels and dashes: a 6-unit dash is 3 px. */
export const DETAIL_ZOOM = 0.5;
/** Quiet time after the last viewport change: restyling every element mid-gesture would stall it. */
const SETTLE_MS = 160;

/** Whether elements of this view should carry `detail`. */
export function wantsDetail(large: boolean, zoom: number): boolean {
  return large && zoom >= DETAIL_ZOOM;
}

export class DetailController {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly app: Pick<AppContext, 'cy' | 'sync' | 'layout'>) {
    app.cy.on('viewport', () => this.schedule());
    app.sync.onApplied(() => this.schedule());
  }

  /** Applies the class once the view has been still for a moment. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.apply(), SETTLE_MS);
  }

  /** Gives or takes `detail` where it differs from what the zoom wants (also called by tests). */
  apply(): void {
    this.timer = null;
    const { cy, sync, layout } = this.app;
    // A layout about to frame the graph would change the zoom: restyling every element for the passing zoom is wasted.
    if (layout.busy) {
      void layout.whenIdle().then(() => this.schedule());
      return;
    }
    const want = wantsDetail(sync.largeMode, cy.zoom());
    const stale = want ? cy.elements().not('.detail') : cy.elements('.detail');
    if (stale.nonempty()) cy.batch(() => stale.toggleClass('detail', want));
  }
}
