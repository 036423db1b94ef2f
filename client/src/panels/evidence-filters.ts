/**
 * Filters by evidence: minimum corroboration, sources and articles, plus
 * what the analyst hid by hand. Changes only the filter state; the filter
 * controller does the hiding.
 */
import type { AppContext } from '../app-context.js';
import type { GraphActions } from '../controllers/graph-actions.js';
import type { FilterController } from '../controllers/filter-controller.js';
import { defaultFilters, sameFilters } from '../model/filters.js';
import { h, replaceChildren } from '../ui/dom.js';

export class EvidenceFilters {
  private readonly slider: HTMLInputElement;
  private readonly sliderValue: HTMLElement;
  private readonly sources: HTMLElement;
  private readonly articles: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly reset: HTMLButtonElement;

  constructor(
    private readonly app: AppContext,
    private readonly actions: GraphActions,
    private readonly filterController: FilterController,
    root: HTMLElement,
  ) {
    this.slider = h('input', { type: 'range', id: 'min-corroboration', min: '1', max: '5', step: '1', value: '1' });
    this.sliderValue = h('output', { for: 'min-corroboration', class: 'slider-value' });
    this.slider.addEventListener('input', () => {
      const value = Number(this.slider.value);
      this.sliderValue.textContent = corroborationText(value);
      app.filters.update((f) => ({ ...f, minCorroboration: value }));
    });
    this.sources = h('ul', { class: 'check-list', 'aria-label': 'Sources' });
    this.articles = h('ul', { class: 'check-list', 'aria-label': 'Articles' });
    this.summary = h('p', { class: 'muted small filter-summary', 'aria-live': 'polite' });
    this.reset = h(
      'button',
      { class: 'mini', on: { click: () => app.filters.set(defaultFilters()) } },
      'Reset filters',
    );
    root.append(
      h('h3', { class: 'sidebar-title' }, 'Evidence'),
      h(
        'label',
        { class: 'field', for: 'min-corroboration' },
        h('span', { class: 'field-label' }, 'Corroboration'),
        this.slider,
        this.sliderValue,
      ),
      h('details', { class: 'filter-group' }, h('summary', null, 'Sources'), this.sources),
      h('details', { class: 'filter-group' }, h('summary', null, 'Articles'), this.articles),
      h('div', { class: 'filter-foot' }, this.summary, this.reset),
    );
    app.filters.subscribe(() => this.refresh());
    filterController.counts.subscribe(() => this.refreshSummary());
    app.model.subscribe(() => this.refreshSummary());
    this.renderLists();
    this.refresh();
  }

  /** Rebuilds the source and article lists (after the catalog loaded). */
  renderLists(): void {
    const { catalog } = this.app;
    replaceChildren(
      this.sources,
      ...catalog
        .sources()
        .map(({ source, articles }) =>
          h(
            'li',
            null,
            h(
              'label',
              null,
              this.listBox('sources', source),
              ` ${source} `,
              h('span', { class: 'muted small' }, `(${articles})`),
            ),
          ),
        ),
    );
    if (catalog.sources().length === 0) this.sources.append(h('li', { class: 'muted small' }, 'No sources known.'));
    replaceChildren(
      this.articles,
      ...catalog.articles.map((a) =>
        h(
          'li',
          null,
          h(
            'label',
            { title: [a.title, a.source, a.date].filter(Boolean).join(' — ') },
            this.listBox('articles', a.id),
            ` ${a.title ?? a.id} `,
            h('span', { class: 'muted small' }, a.date ?? ''),
          ),
        ),
      ),
    );
    this.refresh();
  }

  private listBox(field: 'sources' | 'articles', value: string): HTMLInputElement {
    const box = h('input', { type: 'checkbox', dataset: { field, value } });
    box.addEventListener('change', () => {
      this.app.filters.update((f) => {
        const set = new Set(f[field]);
        if (box.checked) set.add(value);
        else set.delete(value);
        return { ...f, [field]: [...set] };
      });
    });
    return box;
  }

  private refresh(): void {
    const f = this.app.filters.get();
    const maxSeen = Math.max(5, f.minCorroboration, ...this.app.model.edges().map((e) => e.corroboration));
    this.slider.max = String(Math.min(maxSeen, 20));
    this.slider.value = String(f.minCorroboration);
    this.sliderValue.textContent = corroborationText(f.minCorroboration);
    for (const box of [...this.sources.querySelectorAll('input'), ...this.articles.querySelectorAll('input')]) {
      const field = box.dataset['field'] as 'sources' | 'articles';
      box.checked = f[field].includes(box.dataset['value'] ?? '');
    }
    this.reset.disabled = sameFilters(f, defaultFilters());
    this.refreshSummary();
  }

  private refreshSummary(): void {
    const { hiddenNodes, hiddenEdges } = this.filterController.counts.get();
    const byHand = this.app.model.hidden().length;
    const parts: Array<string | HTMLElement> = [];
    if (hiddenNodes || hiddenEdges)
      parts.push(
        `Filters hide ${hiddenNodes} node${hiddenNodes === 1 ? '' : 's'} and ${hiddenEdges} relation${hiddenEdges === 1 ? '' : 's'}.`,
      );
    if (byHand) {
      parts.push(
        ' ',
        h('button', { class: 'link', on: { click: () => this.actions.unhideAll() } }, `Show ${byHand} hidden by hand`),
      );
    }
    replaceChildren(this.summary, ...(parts.length ? parts : ['Nothing filtered out.']));
  }
}

function corroborationText(n: number): string {
  return n <= 1 ? 'any' : `≥ ${n} articles`;
}
