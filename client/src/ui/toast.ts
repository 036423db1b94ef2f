/**
 * Short notices in a corner, announced to screen readers (aria-live).
 * Repeated identical messages replace each other instead of stacking.
 */
import type { NoticeKind } from '../app-context.js';
import { h } from './dom.js';

export class Toasts {
  constructor(private readonly root: HTMLElement) {
    root.setAttribute('aria-live', 'polite');
    root.setAttribute('role', 'status');
  }

  show(message: string, kind: NoticeKind = 'info'): void {
    for (const old of this.root.querySelectorAll<HTMLElement>('.toast')) {
      if (old.dataset['message'] === message) old.remove();
    }
    const toast = h('div', { class: `toast toast-${kind}`, dataset: { message } }, message);
    this.root.append(toast);
    while (this.root.children.length > 2) this.root.firstElementChild?.remove();
    // Errors stay longer: they usually need reading.
    setTimeout(() => toast.remove(), kind === 'error' ? 8000 : 2600);
  }
}
