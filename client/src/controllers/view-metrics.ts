/**
 * Communities and sizes of the view: Louvain communities of what is shown
 * (to colour nodes by community, to group the layout), and node size by
 * degree (the stored count of typed relations) or by PageRank over the
 * relations on screen. Recomputed when the view changes, once per frame,
 * and only when the view uses them: the defaults (kind colours, degree
 * sizes) cost nothing on a big graph.
 */
import type { AppContext } from '../app-context.js';
import { NODE_SIZE, nodeSize } from '../model/elements.js';
import { detectCommunities, pageRanks, type MetricEdge } from '../model/graph-metrics.js';
import { Store } from '../model/store.js';
import { communityStyle } from '../view/palette.js';
import { isShown } from '../view/sync.js';

export const COLOUR_MODES = ['kind', 'community'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];
export const SIZE_MODES = ['degree', 'pagerank'] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

export class ViewMetrics {
  readonly colourBy = new Store<ColourMode>('kind');
  readonly sizeBy = new Store<SizeMode>('degree');
  private communities = new Map<string, number>();
  /** The view changed since the communities were computed. */
  private stale = true;
  /** Some node is drawn off the defaults (community colour, PageRank size) and must be put back. */
  private restyled = false;
  private scheduled = false;

  constructor(private readonly app: AppContext) {
    const schedule = () => this.schedule();
    app.sync.onApplied(schedule);
    app.filters.subscribe(schedule);
    this.colourBy.subscribe(schedule);
    this.sizeBy.subscribe(schedule);
  }

  /** The community of a node of the view (layout grouping, exports); computed on demand when stale. */
  communityOf(id: string): number | undefined {
    if (this.stale) this.computeCommunities();
    return this.communities.get(id);
  }

  /** Whether the screen shows communities (the exports then carry them). */
  get showsCommunities(): boolean {
    return this.colourBy.get() === 'community' || this.app.layoutName.get() === 'community';
  }

  private schedule(): void {
    this.stale = true;
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => this.apply());
  }

  /** Recolours and resizes now (tests call it rather than waiting for a frame). */
  apply(): void {
    this.scheduled = false;
    const byCommunity = this.colourBy.get() === 'community';
    const byRank = this.sizeBy.get() === 'pagerank';
    if (!byCommunity && !byRank && !this.restyled) return;
    this.restyled = byCommunity || byRank;
    if (byCommunity && this.stale) this.computeCommunities();
    const { cy } = this.app;
    const shown = this.shown();
    const ranks = byRank ? pageRanks(shown.ids, shown.edges) : null;
    const top = ranks ? Math.max(...ranks.values(), Number.MIN_VALUE) : 1;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        if (byCommunity) {
          const style = communityStyle(this.communities.get(n.id()) ?? 0);
          if (n.data('ccolor') !== style.color) n.data({ ccolor: style.color, cborder: style.border });
        }
        if (byCommunity !== n.hasClass('by-community')) n.toggleClass('by-community', byCommunity);
        const size = ranks
          ? Math.round(NODE_SIZE.min + Math.sqrt((ranks.get(n.id()) ?? 0) / top) * (NODE_SIZE.max - NODE_SIZE.min))
          : nodeSize(Number(n.data('degree')) || 0);
        if (n.data('size') !== size) n.data('size', size);
      });
    });
  }

  /** The shown nodes and relations, relations weighted by corroboration. */
  private shown(): { ids: string[]; edges: MetricEdge[] } {
    const { cy } = this.app;
    return {
      ids: cy
        .nodes()
        .filter((n) => isShown(n))
        .map((n) => n.id()),
      edges: cy
        .edges()
        .filter((e) => isShown(e))
        .map((e) => ({
          source: String(e.data('source')),
          target: String(e.data('target')),
          weight: Number(e.data('corroboration')) || 1,
        })),
    };
  }

  private computeCommunities(): void {
    const { ids, edges } = this.shown();
    this.communities = detectCommunities(ids, edges);
    this.stale = false;
  }
}
