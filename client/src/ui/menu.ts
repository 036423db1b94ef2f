/**
 * A small popup menu with submenus, keyboard navigation (arrows, Enter,
 * Escape, Right/Left for submenus) and ARIA roles. The graph's context
 * menu is built on it; no jQuery-era plugin needed.
 */
import { h } from './dom.js';

export interface MenuItem {
  label: string;
  /** A symbol before the label (kind icon, relation swatch). */
  icon?: Element;
  /** Right-aligned hint (a shortcut, a count). */
  hint?: string;
  action?: () => void;
  submenu?: MenuItem[];
  disabled?: boolean;
  /** Draws a separator above the item. */
  separator?: boolean;
}

export class PopupMenu {
  private root: HTMLElement | null = null;
  private child: PopupMenu | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly onClose: () => void = () => {},
    private readonly parent: PopupMenu | null = null,
  ) {}

  get isOpen(): boolean {
    return this.root !== null;
  }

  /**
   * Opens at (x, y) in the host's coordinates, kept inside the host. When
   * the menu does not fit right of x, it opens left of `flipX` instead (a
   * submenu then opens on the other side of its parent).
   */
  open(
    items: MenuItem[],
    x: number,
    y: number,
    { focus = true, flipX }: { focus?: boolean; flipX?: number } = {},
  ): void {
    this.close();
    const root = h('ul', { class: 'popup-menu', role: 'menu', tabindex: '-1' });
    for (const item of items) {
      const li = h(
        'li',
        {
          role: 'menuitem',
          class: ['menu-item', item.separator ? 'separated' : '', item.submenu ? 'has-submenu' : ''].join(' '),
          tabindex: '-1',
          'aria-disabled': item.disabled ? 'true' : undefined,
          'aria-haspopup': item.submenu ? 'true' : undefined,
        },
        h('span', { class: 'menu-label' }, item.icon ?? null, item.label),
        item.hint
          ? h('span', { class: 'menu-hint' }, item.hint)
          : item.submenu
            ? h('span', { class: 'menu-hint' }, '▸')
            : null,
      );
      li.addEventListener('click', (event) => {
        event.stopPropagation();
        this.activate(item, li);
      });
      li.addEventListener('mouseenter', () => {
        li.focus();
        if (item.submenu && !item.disabled) this.openSubmenu(item, li, false);
        else this.child?.close();
      });
      root.append(li);
    }
    root.addEventListener('keydown', (event) => this.onKey(event, items));
    this.host.append(root);
    // Keep the menu inside the host (near the right or bottom edge it opens the other way).
    const hostBox = this.host.getBoundingClientRect();
    const box = root.getBoundingClientRect();
    const fitsRight = x + box.width + 4 <= hostBox.width;
    const left = fitsRight
      ? x
      : flipX !== undefined
        ? Math.max(4, flipX - box.width)
        : Math.max(4, hostBox.width - box.width - 4);
    const top = Math.max(4, Math.min(y, hostBox.height - box.height - 4));
    root.style.left = `${left}px`;
    root.style.top = `${top}px`;
    this.root = root;
    if (focus) this.focusItem(0);
  }

  close(): void {
    this.child?.close();
    this.child = null;
    if (!this.root) return;
    this.root.remove();
    this.root = null;
    if (!this.parent) this.onClose();
  }

  private closeAll(): void {
    if (this.parent) this.parent.closeAll();
    else this.close();
  }

  private activate(item: MenuItem, li: HTMLElement): void {
    if (item.disabled) return;
    if (item.submenu) {
      this.openSubmenu(item, li, true);
      return;
    }
    this.closeAll();
    item.action?.();
  }

  private openSubmenu(item: MenuItem, li: HTMLElement, focus: boolean): void {
    this.child?.close();
    this.child = new PopupMenu(this.host, () => {}, this);
    const hostBox = this.host.getBoundingClientRect();
    const box = li.getBoundingClientRect();
    this.child.open(item.submenu ?? [], box.right - hostBox.left - 4, box.top - hostBox.top - 4, {
      focus,
      flipX: box.left - hostBox.left + 4,
    });
  }

  private items(): HTMLElement[] {
    return [...(this.root?.querySelectorAll<HTMLElement>(':scope > li') ?? [])];
  }

  private focusItem(index: number): void {
    const items = this.items();
    if (items.length === 0) return;
    items[(index + items.length) % items.length]!.focus();
  }

  private onKey(event: KeyboardEvent, items: MenuItem[]): void {
    const elements = this.items();
    const current = elements.indexOf(document.activeElement as HTMLElement);
    event.stopPropagation();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.focusItem(current + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.focusItem(current - 1);
        break;
      case 'ArrowRight':
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const item = items[current];
        const li = elements[current];
        if (!item || !li) return;
        if (event.key === 'ArrowRight' && !item.submenu) return;
        this.activate(item, li);
        break;
      }
      case 'ArrowLeft':
        if (this.parent) {
          event.preventDefault();
          this.close();
          this.parent.focusItem(0);
        }
        break;
      case 'Escape':
      case 'Tab':
        event.preventDefault();
        this.closeAll();
        break;
    }
  }
}
