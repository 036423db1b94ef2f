/**
 * The header's curation tools: who is signed in (an editor's token turns
 * the edit actions on), the edit history and the likely duplicates.
 */
import type { AppContext } from '../../app-context.js';
import './curation.css';
import { h, replaceChildren } from '../../ui/dom.js';
import { field, openFormDialog } from '../../ui/dialog.js';
import type { Navigator } from '../navigator.js';
import { duplicatesView } from './duplicates-view.js';
import { historyView } from './history-view.js';

function signInDialog(app: AppContext): Promise<boolean> {
  const token = h('input', {
    type: 'password',
    name: 'token',
    required: true,
    autocomplete: 'current-password',
    autofocus: true,
    'data-field': 'token',
  });
  return openFormDialog({
    title: 'Sign in to edit',
    body: [
      field(
        'Token',
        token,
        'The editor token your administrator gave you (EDITOR_TOKENS on the server). It stays in this browser.',
      ),
    ],
    submitLabel: 'Sign in',
    onSubmit: async () => {
      const access = await app.curation.signIn(token.value.trim());
      app.notify(`Signed in as ${access.name} (${access.role})`, 'success');
    },
  });
}

export function buildCurationTools(app: AppContext, nav: Navigator): HTMLElement {
  const who = h('button', { id: 'sign-in-button' });
  const render = () => {
    const access = app.curation.access.get();
    if (access.name) {
      replaceChildren(who, `${access.name} · ${access.role}`);
      who.title = 'Sign out';
      who.onclick = () => void app.curation.signIn(null).then(() => app.notify('Signed out'));
    } else {
      replaceChildren(who, 'Sign in');
      who.title = access.editsEnabled
        ? 'Sign in with an editor’s token to edit the graph'
        : 'This server takes no edits (no editor tokens)';
      who.onclick = () => void signInDialog(app);
    }
  };
  app.curation.access.subscribe(render);
  render();
  return h(
    'div',
    { class: 'tool-group' },
    h(
      'button',
      {
        id: 'history-button',
        title: 'The edit history, with undo',
        on: { click: () => nav.inspector.show(historyView(nav)) },
      },
      'History',
    ),
    h(
      'button',
      {
        id: 'duplicates-button',
        title: 'Likely duplicate entities to review',
        on: { click: () => nav.inspector.show(duplicatesView(nav)) },
      },
      'Duplicates',
    ),
    who,
  );
}
