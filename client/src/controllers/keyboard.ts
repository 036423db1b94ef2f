/**
 * Keyboard shortcuts. Single keys act only when no text field has focus;
 * Escape always works, closing the innermost thing first (menu, dropdown,
 * highlight, panel, selection).
 */
import type { AppContext } from '../app-context.js';
import type { GraphActions } from './graph-actions.js';

export interface KeyboardTargets {
  focusSearch(): void;
  /** Closes the innermost open thing; false when nothing was open. */
  escape(): boolean;
  rerunLayout(): void;
  toggleConsole(): void;
  toggleHelp(): void;
  fit(): void;
  /** The context menu of the selection (or of the background). */
  openMenu(): void;
}

/** The shortcuts, for the help dialog. */
export const SHORTCUTS: Array<[string, string]> = [
  ['/', 'Search entities'],
  ['Esc', 'Close menu or panel, clear highlight, then selection'],
  ['Double-click', 'Expand a node'],
  ['Right-click, Menu key, Shift+F10', 'Node, relation or background menu'],
  ['E', 'Expand the selected nodes'],
  ['P', 'Pin / unpin the selected nodes'],
  ['Del', 'Hide the selection'],
  ['Shift+Del', 'Remove the selection'],
  ['Ctrl+Z', 'Undo'],
  ['Ctrl+Shift+Z, Ctrl+Y', 'Redo'],
  ['F', 'Fit the graph to the screen'],
  ['L', 'Re-run the layout'],
  ['`', 'Open / close the Cypher console'],
  ['Ctrl+Enter', 'Run the console query'],
  ['?', 'This help'],
];

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

export function installKeyboard(app: AppContext, actions: GraphActions, targets: KeyboardTargets): void {
  document.addEventListener('keydown', (event) => {
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === 'Escape') {
      if (targets.escape()) event.preventDefault();
      return;
    }
    if (typing(event.target)) return;
    const key = event.key.toLowerCase();
    const selected = app.selection.get();
    if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      event.preventDefault();
      targets.openMenu();
    } else if (mod && key === 'z') {
      event.preventDefault();
      if (event.shiftKey) actions.redo();
      else actions.undo();
    } else if (mod && key === 'y') {
      event.preventDefault();
      actions.redo();
    } else if (mod && key === 'a') {
      event.preventDefault();
      app.cy
        .elements()
        .filter((e) => !e.hasClass('f-hidden') && !e.hasClass('u-hidden'))
        .select();
    } else if (mod || event.altKey) {
      return;
    } else if (event.key === '/') {
      event.preventDefault();
      targets.focusSearch();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      if (selected.length === 0) return;
      event.preventDefault();
      if (event.shiftKey) actions.remove(selected);
      else actions.hide(selected);
    } else if (key === 'e') {
      const nodes = selected.filter((id) => app.model.node(id));
      for (const id of nodes)
        void actions
          .expand(id)
          .catch((error: unknown) => app.notify(String(error instanceof Error ? error.message : error), 'error'));
    } else if (key === 'p') {
      const nodes = selected.filter((id) => app.model.node(id));
      if (nodes.length) actions.pin(nodes, !nodes.every((id) => app.model.isPinned(id)));
    } else if (key === 'f') {
      targets.fit();
    } else if (key === 'l') {
      targets.rerunLayout();
    } else if (event.key === '`') {
      event.preventDefault();
      targets.toggleConsole();
    } else if (event.key === '?') {
      targets.toggleHelp();
    }
  });
}
