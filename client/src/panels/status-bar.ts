/**
 * The status line, for the analyst: what is on screen (and what the filters
 * hide), what is selected, and how much the whole graph holds. How the
 * screen is drawn (renderer, layout timings) is for developers: it sits in
 * the tooltip, not in the line.
 */
import type { AppContext } from '../app-context.js';
import type { FilterController } from '../controllers/filter-controller.js';
import { h, replaceChildren } from '../ui/dom.js';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export class StatusBar {
  private scheduled = false;

  constructor(
    private readonly app: AppContext,
    private readonly filters: FilterController,
    private readonly root: HTMLElement,
  ) {
    const schedule = () => this.schedule();
    app.sync.onApplied(schedule);
    filters.counts.subscribe(schedule);
    app.lastLayout.subscribe(schedule);
    app.selection.subscribe(schedule);
    app.catalog.loaded.subscribe(schedule);
    this.render();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => this.render());
  }

  private render(): void {
    this.scheduled = false;
    const { model, selection, catalog } = this.app;
    const counts = this.filters.counts.get();
    const shownNodes = model.nodeCount - counts.hiddenNodes;
    const shownEdges = model.edgeCount - counts.hiddenEdges;
    const hidden = counts.hiddenNodes + counts.hiddenEdges;
    const stats = catalog.stats;
    const parts = [
      h(
        'span',
        { id: 'status-counts' },
        `${shownNodes.toLocaleString('en')} of ${model.nodeCount.toLocaleString('en')} nodes · ${count(shownEdges, 'relation')} on screen`,
        hidden ? h('span', { class: 'muted' }, ` (filters hide ${count(hidden, 'element')})`) : null,
      ),
      selection.get().length ? h('span', null, `${selection.get().length.toLocaleString('en')} selected`) : null,
      stats
        ? h(
            'span',
            { id: 'status-graph', class: 'muted' },
            `The graph holds ${count(stats.entities, 'entity', 'entities')} and ${count(stats.relations, 'relation')} from ${count(stats.articles, 'article')}`,
          )
        : null,
    ];
    replaceChildren(this.root, ...parts);
    this.root.title = this.developerDetails();
  }

  /** Renderer and last layout, for whoever hovers the line while chasing a slow screen. */
  private developerDetails(): string {
    const { renderer, sync, lastLayout } = this.app;
    const layout = lastLayout.get();
    const lines = [
      `Renderer: ${renderer.choice}${sync.largeMode ? ' (large-graph mode)' : ''} · GL: ${renderer.gl ?? 'none'}`,
    ];
    if (layout) {
      lines.push(
        `Last layout: ${layout.name}${layout.quality !== layout.name ? ` ${layout.quality}` : ''}${layout.incremental ? ' (incremental)' : ''}, ${layout.nodes} nodes in ${Math.round(layout.elapsedMs)} ms (${layout.where})`,
      );
    }
    return lines.join('\n');
  }
}
