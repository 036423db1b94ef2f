/**
 * Entity search with autocomplete (an ARIA combobox): debounced calls to
 * /api/search, each superseding the last; results show the kind symbol and
 * the alias that matched. Used for the main search and the path endpoints.
 */
import type { SearchHit } from '../../../core/domain.js';
import { isAbort, type ApiClient } from '../api/client.js';
import { h } from '../ui/dom.js';
import { kindIcon } from '../ui/icons.js';

export interface SearchBoxOptions {
  id: string;
  placeholder: string;
  onPick(hit: SearchHit): void;
  /** Waits this long after the last keystroke: one request per pause, not per key. */
  debounceMs?: number;
  limit?: number;
}

let listCounter = 0;

export class SearchBox {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private request: AbortController | null = null;
  private lastQuery = '';

  constructor(
    private readonly api: ApiClient,
    private readonly options: SearchBoxOptions,
  ) {
    const listId = `${options.id}-list-${++listCounter}`;
    this.input = h('input', {
      id: options.id,
      type: 'search',
      class: 'search-input',
      placeholder: options.placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
    });
    this.list = h('ul', { id: listId, class: 'search-results', role: 'listbox', hidden: true });
    this.element = h('div', { class: 'search-box' }, this.input, this.list);

    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('focus', () => {
      if (this.hits.length && this.input.value.trim() === this.lastQuery) this.open();
    });
    // Close after a click elsewhere; mousedown on a result is handled before blur by preventDefault.
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 120));
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  clear(): void {
    this.input.value = '';
    this.hits = [];
    this.close();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    const query = this.input.value.trim();
    if (query.length < 2) {
      this.request?.abort();
      this.hits = [];
      this.close();
      return;
    }
    this.timer = setTimeout(() => void this.search(query), this.options.debounceMs ?? 180);
  }

  private async search(query: string): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.element.classList.add('busy');
    try {
      const page = await this.api.search(query, { limit: this.options.limit ?? 12, signal: request.signal });
      if (request.signal.aborted) return;
      this.lastQuery = query;
      this.hits = page.hits;
      this.active = page.hits.length ? 0 : -1;
      this.render(page.total);
    } catch (error) {
      if (isAbort(error)) return;
      this.hits = [];
      this.renderMessage(error instanceof Error ? error.message : String(error));
    } finally {
      if (this.request === request) this.element.classList.remove('busy');
    }
  }

  private render(total: number): void {
    this.list.replaceChildren();
    if (this.hits.length === 0) {
      this.renderMessage(`No entity matches “${this.lastQuery}”.`);
      return;
    }
    this.hits.forEach((hit, i) => {
      const matchedAlias = hit.matched && hit.matched !== hit.name;
      const item = h(
        'li',
        {
          id: `${this.list.id}-${i}`,
          role: 'option',
          class: 'search-hit',
          'aria-selected': i === this.active ? 'true' : 'false',
          dataset: { id: hit.id },
          on: {
            mousedown: (event) => {
              event.preventDefault();
              this.pick(i);
            },
            mousemove: () => this.setActive(i),
          },
        },
        kindIcon(hit.kind, 16),
        h(
          'span',
          { class: 'hit-text' },
          h('span', { class: 'hit-name' }, hit.name),
          matchedAlias ? h('span', { class: 'hit-alias' }, `matched “${hit.matched}”`) : null,
        ),
        h('span', { class: 'hit-kind' }, hit.kind),
      );
      this.list.append(item);
    });
    if (total > this.hits.length) {
      this.list.append(
        h(
          'li',
          { class: 'search-more', role: 'presentation' },
          `${this.hits.length} of ${total} — type more to narrow`,
        ),
      );
    }
    this.open();
    this.updateActive();
  }

  private renderMessage(message: string): void {
    this.list.replaceChildren(h('li', { class: 'search-empty', role: 'presentation' }, message));
    this.open();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!this.hits.length) return;
      event.preventDefault();
      const delta = event.key === 'ArrowDown' ? 1 : -1;
      this.setActive((this.active + delta + this.hits.length) % this.hits.length);
      this.open();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.timer && this.input.value.trim() !== this.lastQuery) {
        // Enter before the debounce fired: search now, pick the best hit when it arrives.
        clearTimeout(this.timer);
        void this.search(this.input.value.trim()).then(() => this.pick(0));
      } else if (this.active >= 0) {
        this.pick(this.active);
      }
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      if (!this.list.hidden) this.close();
      else if (this.input.value) this.clear();
      else this.input.blur();
    }
  }

  private setActive(i: number): void {
    this.active = i;
    this.updateActive();
  }

  private updateActive(): void {
    this.list
      .querySelectorAll('[role="option"]')
      .forEach((el, i) => el.setAttribute('aria-selected', i === this.active ? 'true' : 'false'));
    const activeId = this.active >= 0 ? `${this.list.id}-${this.active}` : '';
    if (activeId) this.input.setAttribute('aria-activedescendant', activeId);
    else this.input.removeAttribute('aria-activedescendant');
    this.list.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  private pick(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.close();
    this.options.onPick(hit);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
