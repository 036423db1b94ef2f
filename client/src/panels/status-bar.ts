/**
 * The status line: what is on screen, what the filters hide, which renderer
 * draws, and how long the last layout took (and where it ran).
 */
import type { AppContext } from '../app-context.js';
import type { FilterController } from '../controllers/filter-controller.js';
import { h, replaceChildren } from '../ui/dom.js';

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
    this.render();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => this.render());
  }

  private render(): void {
    this.scheduled = false;
    const { model, lastLayout, renderer, selection, sync } = this.app;
    const counts = this.filters.counts.get();
    const layout = lastLayout.get();
    const shownNodes = model.nodeCount - counts.hiddenNodes;
    const shownEdges = model.edgeCount - counts.hiddenEdges;
    const parts = [
      h(
        'span',
        { id: 'status-counts' },
        `${shownNodes} of ${model.nodeCount} nodes · ${shownEdges} of ${model.edgeCount} relations shown`,
      ),
      selection.get().length ? h('span', null, `${selection.get().length} selected`) : null,
      h(
        'span',
        { title: renderer.gl ?? 'no WebGL' },
        `renderer: ${renderer.choice}${sync.largeMode ? ' (large-graph mode)' : ''}`,
      ),
      layout
        ? h(
            'span',
            null,
            `layout: ${layout.name}${layout.quality !== layout.name ? ` ${layout.quality}` : ''}${layout.incremental ? ' (incremental)' : ''} · ${layout.nodes} nodes in ${Math.round(layout.elapsedMs)} ms (${layout.where})`,
          )
        : null,
    ];
    replaceChildren(this.root, ...parts);
  }
}
