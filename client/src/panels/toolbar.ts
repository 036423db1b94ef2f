/**
 * The header's tools: layout choice and re-run, fit, undo/redo (with what
 * they would undo in the tooltip), paths, disputes, console, export, share,
 * help.
 */
import type { AppContext } from '../app-context.js';
import { LAYOUT_NAMES, type LayoutName } from '../model/url-state.js';
import { h } from '../ui/dom.js';

export interface ToolbarActions {
  rerun(): void;
  fit(): void;
  undo(): void;
  redo(): void;
  paths(): void;
  disputes(): void;
  toggleConsole(): void;
  share(): void;
  help(): void;
}

const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force (fCoSE)',
  community: 'Grouped by community',
  concentric: 'Concentric by degree',
  dagre: 'Hierarchy (dagre)',
};

/** Builds the toolbar into `root`; returns the element that hosts the export menu. */
export function buildToolbar(app: AppContext, root: HTMLElement, actions: ToolbarActions): HTMLElement {
  const layoutSelect = h(
    'select',
    { id: 'layout-select', 'aria-label': 'Layout' },
    ...LAYOUT_NAMES.map((name) => h('option', { value: name }, LAYOUT_LABELS[name])),
  );
  layoutSelect.value = app.layoutName.get();
  layoutSelect.addEventListener('change', () => app.layoutName.set(layoutSelect.value as LayoutName));
  app.layoutName.subscribe((name) => {
    layoutSelect.value = name;
  });

  const undo = h(
    'button',
    { id: 'undo-button', class: 'icon-button', 'aria-label': 'Undo', on: { click: actions.undo } },
    '↶',
  );
  const redo = h(
    'button',
    { id: 'redo-button', class: 'icon-button', 'aria-label': 'Redo', on: { click: actions.redo } },
    '↷',
  );
  const updateHistory = () => {
    undo.disabled = !app.history.canUndo;
    redo.disabled = !app.history.canRedo;
    undo.title = app.history.undoLabel ? `Undo ${app.history.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
    redo.title = app.history.redoLabel ? `Redo ${app.history.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo';
  };
  app.history.subscribe(updateHistory);
  updateHistory();

  const exportHost = h('div', { class: 'tool-group' });
  root.append(
    h(
      'div',
      { class: 'tool-group' },
      layoutSelect,
      h(
        'button',
        {
          class: 'icon-button',
          title: 'Re-run the layout (L)',
          'aria-label': 'Re-run layout',
          on: { click: actions.rerun },
        },
        '⟳',
      ),
      h(
        'button',
        { class: 'icon-button', title: 'Fit to screen (F)', 'aria-label': 'Fit to screen', on: { click: actions.fit } },
        '⤢',
      ),
    ),
    h('div', { class: 'tool-group' }, undo, redo),
    h(
      'div',
      { class: 'tool-group' },
      h(
        'button',
        { id: 'paths-button', title: 'Find paths between two entities', on: { click: actions.paths } },
        'Paths',
      ),
      h(
        'button',
        {
          id: 'disputes-button',
          title: 'Relations the articles contradict, with both sides',
          on: { click: actions.disputes },
        },
        'Disputes',
      ),
      h(
        'button',
        { id: 'console-button', title: 'Cypher console (`)', on: { click: actions.toggleConsole } },
        'Console',
      ),
    ),
    exportHost,
    h(
      'div',
      { class: 'tool-group' },
      h('button', { id: 'share-button', title: 'Copy a link to this view', on: { click: actions.share } }, 'Share'),
      h(
        'button',
        {
          class: 'icon-button',
          title: 'Keyboard and mouse help (?)',
          'aria-label': 'Help',
          on: { click: actions.help },
        },
        '?',
      ),
    ),
  );
  return exportHost;
}
