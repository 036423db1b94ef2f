/**
 * Right-click (or long-press) menus on nodes, edges and the background:
 * expand (all, by relation type, by kind, N more), collapse, pin, hide,
 * remove, paths, evidence, layout. Items act on the whole selection when
 * the clicked element is part of it.
 */
import type { EventObject } from 'cytoscape';
import type { GraphNode } from '../../../core/domain.js';
import { ENTITY_KINDS, RELATIONS, RELATION_TYPES, WEAK_RELATION, type EntityKind } from '../../../core/ontology.js';
import type { AppContext } from '../app-context.js';
import {
  addRelationDialog,
  kindDialog,
  renameDialog,
  splitDialog,
  verdictDialog,
} from '../panels/curation/edit-dialogs.js';
import { mergeWith } from '../panels/curation/inspector-edits.js';
import { openMergeDialog } from '../panels/curation/merge-dialog.js';
import type { Navigator } from '../panels/navigator.js';
import { kindIcon, relationSwatch } from '../ui/icons.js';
import { PopupMenu, type MenuItem } from '../ui/menu.js';
import { KIND_STYLES } from '../view/palette.js';
import type { GraphActions } from './graph-actions.js';
import type { LayoutController } from './layout-controller.js';

export class ContextMenu {
  readonly menu: PopupMenu;

  constructor(
    private readonly app: AppContext,
    private readonly actions: GraphActions,
    private readonly nav: Navigator,
    private readonly layouts: LayoutController,
    host: HTMLElement,
  ) {
    this.menu = new PopupMenu(host, () => app.cy.container()?.focus());
    app.cy.on('cxttap', (event) => this.open(event));
    // Touch screens have no right button: a long press opens the same menu.
    app.cy.on('taphold', (event) => this.open(event));
    app.cy.on('tap zoom pan', () => this.menu.close());
  }

  private open(event: EventObject): void {
    const target = event.target;
    const { x, y } = event.renderedPosition;
    let items: MenuItem[];
    if (target === this.app.cy) items = this.backgroundItems();
    else if (target.isNode()) items = this.nodeItems(target.id());
    else items = this.edgeItems(target.id());
    this.menu.open(items, x, y);
  }

  /**
   * Opens the menu from the keyboard (menu key, Shift+F10): for the first
   * selected element at its place on screen, else for the background.
   */
  openForSelection(): void {
    const { cy, selection } = this.app;
    const first = selection.get()[0];
    const node = first ? cy.nodes().getElementById(first) : null;
    const edge = first ? cy.edges().getElementById(first) : null;
    if (node && node.nonempty()) {
      const p = node.renderedPosition();
      this.menu.open(this.nodeItems(node.id()), p.x, p.y);
    } else if (edge && edge.nonempty()) {
      const p = edge.renderedMidpoint();
      this.menu.open(this.edgeItems(edge.id()), p.x, p.y);
    } else {
      this.menu.open(this.backgroundItems(), cy.width() / 2, cy.height() / 2);
    }
  }

  /** The clicked element alone, or the whole selection when the element belongs to it. */
  private scope(id: string): string[] {
    const selected = this.app.selection.get();
    return selected.includes(id) && selected.length > 1 ? selected : [id];
  }

  private run(promise: Promise<unknown>): void {
    promise.catch((error: unknown) => this.app.notify(error instanceof Error ? error.message : String(error), 'error'));
  }

  private nodeItems(id: string): MenuItem[] {
    const { model } = this.app;
    const node = model.node(id);
    if (!node) return [];
    const kind: EntityKind = node.kind;
    const expansion = model.expansion(id);
    const ids = this.scope(id);
    const many = ids.length > 1 ? ` (${ids.length})` : '';
    const types = RELATION_TYPES.filter(
      (t) => t !== WEAK_RELATION && (RELATIONS[t].from as readonly string[]).concat(RELATIONS[t].to).includes(kind),
    );
    const items: MenuItem[] = [
      {
        label: expansion ? 'Expand again' : 'Expand',
        hint: 'double-click',
        action: () => this.run(this.actions.expand(id)),
      },
      {
        label: 'Expand by relation',
        submenu: [
          ...types.map((t): MenuItem => ({
            label: RELATIONS[t].label,
            icon: relationSwatch(t, 22),
            action: () => this.run(this.actions.expand(id, { types: [t] })),
          })),
          {
            label: 'co-occurrences (mentioned with)',
            icon: relationSwatch(WEAK_RELATION, 22),
            separator: true,
            action: () => this.run(this.actions.expand(id, { types: [WEAK_RELATION] })),
          },
        ],
      },
      {
        label: 'Expand by kind',
        submenu: ENTITY_KINDS.map((k): MenuItem => ({
          label: KIND_STYLES[k].plural,
          icon: kindIcon(k, 14),
          action: () => this.run(this.actions.expand(id, { kinds: [k] })),
        })),
      },
    ];
    if (expansion && expansion.omitted > 0) {
      items.push({
        label: `Show ${Math.min(25, expansion.omitted)} more`,
        hint: `${expansion.omitted} left`,
        action: () => this.run(this.actions.more(id)),
      });
    }
    if (expansion) items.push({ label: 'Collapse', action: () => this.actions.collapse(id) });
    const pinned = model.isPinned(id);
    items.push(
      { label: 'Details', separator: true, action: () => this.nav.entity(id) },
      { label: 'Find paths from here…', action: () => this.nav.paths(id) },
    );
    const selected = this.app.selection.get().filter((s) => s !== id && model.node(s));
    if (selected.length === 1) {
      items.push({
        label: `Paths to ${model.node(selected[0]!)?.name}`,
        action: () => this.nav.paths(selected[0], id),
      });
    }
    items.push(...this.editItems(node));
    items.push(
      { label: pinned ? `Unpin${many}` : `Pin${many}`, separator: true, action: () => this.actions.pin(ids, !pinned) },
      { label: `Hide${many}`, hint: 'Del', action: () => this.actions.hide(ids) },
      { label: `Remove${many}`, hint: 'Shift+Del', action: () => this.actions.remove(ids) },
    );
    return items;
  }

  /** Corrections of an entity, for an editor: the node's own, and merging it with the one other selected node. */
  private editItems(node: GraphNode): MenuItem[] {
    const { app } = this;
    if (!app.curation.canEdit) return [];
    const others = app.selection.get().filter((s) => s !== node.id && app.model.node(s));
    const other = others.length === 1 ? app.model.node(others[0]!) : undefined;
    const open = (dialog: () => Promise<unknown>) => () => this.run(dialog());
    return [
      ...(other
        ? [
            {
              label: `Merge with ${other.name}…`,
              separator: true,
              action: open(() => openMergeDialog(app, node.id, other.id)),
            },
          ]
        : []),
      {
        label: 'Edit',
        separator: !other,
        submenu: [
          { label: 'Rename…', action: open(() => renameDialog(app, node)) },
          { label: 'Change kind…', action: open(() => kindDialog(app, node)) },
          { label: 'Merge with…', action: open(() => mergeWith(app, node)) },
          {
            label: 'Split an alias out…',
            disabled: node.aliases.every((a) => a === node.name),
            action: open(() => splitDialog(app, node)),
          },
          { label: 'Add a relation…', action: open(() => addRelationDialog(app, node)) },
        ],
      },
    ];
  }

  private edgeItems(id: string): MenuItem[] {
    const ids = this.scope(id);
    const many = ids.length > 1 ? ` (${ids.length})` : '';
    const edge = this.app.model.edge(id);
    const edits: MenuItem[] =
      edge && this.app.curation.canEdit
        ? [
            {
              label: 'Reject relation…',
              separator: true,
              action: () => this.run(verdictDialog(this.app, edge, 'reject')),
            },
            { label: 'Confirm relation…', action: () => this.run(verdictDialog(this.app, edge, 'confirm')) },
          ]
        : [];
    return [
      { label: 'Show evidence', action: () => this.nav.relation(id) },
      ...edits,
      { label: `Hide${many}`, hint: 'Del', separator: true, action: () => this.actions.hide(ids) },
      { label: `Remove${many}`, hint: 'Shift+Del', action: () => this.actions.remove(ids) },
    ];
  }

  private backgroundItems(): MenuItem[] {
    const { cy, model } = this.app;
    const hidden = model.hidden().length;
    return [
      {
        label: 'Fit to screen',
        hint: 'F',
        action: () => cy.animate({ fit: { eles: cy.elements(':visible'), padding: 40 }, duration: 300 }),
      },
      { label: 'Re-run layout', hint: 'L', action: () => void this.layouts.rerun() },
      { label: 'Select all', hint: 'Ctrl+A', action: () => cy.elements(':visible').select() },
      {
        label: hidden ? `Show ${hidden} hidden` : 'Nothing hidden',
        disabled: hidden === 0,
        action: () => this.actions.unhideAll(),
      },
      { label: 'Find paths…', separator: true, action: () => this.nav.paths() },
      {
        label: 'Clear graph',
        hint: 'undo brings it back',
        disabled: model.nodeCount === 0,
        action: () => this.actions.clear(),
      },
    ];
  }
}
