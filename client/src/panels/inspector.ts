/**
 * The right-hand panel: shows one view at a time (an entity, a relation's
 * evidence, an article, paths) with a back stack, so following evidence to
 * an article and coming back is one click each way.
 */
import { h, replaceChildren } from '../ui/dom.js';

export interface InspectorView {
  /** Identifies the view, so re-showing the same thing does not stack it twice. */
  key: string;
  title: string;
  /** Builds the body; may fill it later (after a fetch). */
  render(body: HTMLElement): void | Promise<void>;
  /** Wider panel for reading (articles). */
  wide?: boolean;
  /** Views that follow the selection are replaced when it changes; others stay until closed. */
  followsSelection?: boolean;
  /** Called when the view leaves the screen (release highlights...). */
  dispose?(): void;
}

export class Inspector {
  private stack: InspectorView[] = [];
  private readonly title: HTMLElement;
  private readonly body: HTMLElement;
  private readonly backButton: HTMLButtonElement;
  private readonly listeners = new Set<(view: InspectorView | null) => void>();

  constructor(private readonly root: HTMLElement) {
    this.title = h('h2', { class: 'inspector-title', id: 'inspector-title' });
    this.backButton = h(
      'button',
      { class: 'icon-button', title: 'Back', 'aria-label': 'Back', on: { click: () => this.back() } },
      '←',
    );
    const close = h(
      'button',
      { class: 'icon-button', title: 'Close (Esc)', 'aria-label': 'Close panel', on: { click: () => this.close() } },
      '✕',
    );
    this.body = h('div', { class: 'inspector-body' });
    root.setAttribute('aria-labelledby', 'inspector-title');
    replaceChildren(root, h('div', { class: 'inspector-head' }, this.backButton, this.title, close), this.body);
    this.update();
  }

  /** The view on top, or null when the panel is closed. */
  get current(): InspectorView | null {
    return this.stack.at(-1) ?? null;
  }

  /**
   * Shows `view`. `push` keeps the current one under it for Back;
   * `replaceTop` swaps only the top view; otherwise the whole stack goes.
   */
  show(view: InspectorView, { push = false, replaceTop = false } = {}): void {
    if (this.current?.key === view.key) return;
    if (replaceTop && this.stack.length > 0) {
      this.stack.pop()?.dispose?.();
      this.stack.push(view);
    } else if (push) {
      this.stack.push(view);
    } else {
      for (const v of this.stack) v.dispose?.();
      this.stack = [view];
    }
    this.update();
  }

  /** Renders the view on top again (the data behind it changed). */
  refresh(): void {
    if (this.current) this.update();
  }

  back(): void {
    if (this.stack.length <= 1) return this.close();
    this.stack.pop()?.dispose?.();
    this.update();
  }

  close(): void {
    for (const v of this.stack) v.dispose?.();
    this.stack = [];
    this.update();
  }

  /** Called after the panel changes (the stage resizes). */
  onChange(listener: (view: InspectorView | null) => void): void {
    this.listeners.add(listener);
  }

  private update(): void {
    const view = this.current;
    this.root.hidden = view === null;
    this.root.classList.toggle('wide', Boolean(view?.wide));
    this.backButton.hidden = this.stack.length <= 1;
    this.title.textContent = view?.title ?? '';
    // Each view renders into its own box: a late fetch of a view the analyst left writes into a detached box, not over the new view.
    const box = h('div', { class: 'inspector-view' });
    this.body.replaceChildren(box);
    this.body.scrollTop = 0;
    if (view) {
      const result = view.render(box);
      if (result instanceof Promise) {
        result.catch((error: unknown) => {
          replaceChildren(
            box,
            h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)),
          );
        });
      }
    }
    for (const listener of this.listeners) listener(view);
  }
}

/** A "loading…" placeholder for views that fetch. */
export function loading(what = 'Loading…'): HTMLElement {
  return h('p', { class: 'muted loading', role: 'status' }, what);
}
