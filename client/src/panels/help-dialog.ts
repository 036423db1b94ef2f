/**
 * The keyboard and mouse help, in a native <dialog> (focus trapping and
 * Escape come with it).
 */
import { SHORTCUTS } from '../controllers/keyboard.js';
import { h } from '../ui/dom.js';

export function createHelpDialog(): HTMLDialogElement {
  const dialog = h(
    'dialog',
    { class: 'help-dialog', 'aria-labelledby': 'help-title' },
    h('h2', { id: 'help-title' }, 'Keyboard and mouse'),
    h(
      'table',
      null,
      h(
        'tbody',
        null,
        ...SHORTCUTS.map(([key, what]) => h('tr', null, h('th', null, h('kbd', null, key)), h('td', null, what))),
      ),
    ),
    h(
      'p',
      { class: 'muted small' },
      'Edge width shows corroboration (how many articles state a relation). A dashed border means an expansion left neighbours out. A dark ring marks pinned nodes. A double border (on relations, a dark outline) marks what an analyst edited; the History button lists every edit, with undo.',
    ),
    h('form', { method: 'dialog' }, h('button', { class: 'primary' }, 'Close')),
  );
  document.body.append(dialog);
  return dialog;
}
