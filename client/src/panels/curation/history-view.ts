/**
 * The edit history in the inspector: every entry of the curation log,
 * newest first, with who, when, what and why, whether it is in force, and
 * an undo for the entries that are (undoing an undo applies it again).
 */
import type { CurationLogItem } from '../../../../core/api.js';
import { describeEdit } from '../../controllers/curation.js';
import { h } from '../../ui/dom.js';
import { openFormDialog, reasonField } from '../../ui/dialog.js';
import { loading, type InspectorView } from '../inspector.js';
import type { Navigator } from '../navigator.js';

const PAGE = 100;

function when(at: string): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function historyView(nav: Navigator): InspectorView {
  const { app } = nav;
  let unsubscribe: (() => void) | null = null;
  return {
    key: 'curation:history',
    title: 'Edit history',
    async render(box) {
      const draw = async () => {
        box.replaceChildren(loading('Loading the edit history…'));
        const page = await app.api.curationLog(0, PAGE);
        const byId = new Map(page.entries.map((e) => [e.id, e]));
        const list = h('ol', { class: 'history-list' });
        for (const entry of page.entries) list.append(item(nav, entry, byId));
        box.replaceChildren(
          h(
            'p',
            { class: 'muted small' },
            page.total === 0
              ? 'No edits yet. Edit from an entity, a relation or an article, or review the likely duplicates.'
              : `${page.total} entr${page.total === 1 ? 'y' : 'ies'}${page.total > PAGE ? `, the last ${PAGE} shown` : ''}. Undo adds an entry; nothing is erased.`,
          ),
          list,
        );
      };
      unsubscribe = app.curation.revision.subscribe(
        () => void draw().catch((e: unknown) => app.notify(String(e), 'error')),
      );
      await draw();
    },
    dispose() {
      unsubscribe?.();
    },
  };
}

function item(nav: Navigator, entry: CurationLogItem, byId: Map<string, CurationLogItem>): HTMLElement {
  const { app } = nav;
  const target = entry.edit.action === 'undo' ? byId.get(entry.edit.entry) : undefined;
  const what =
    entry.edit.action === 'undo'
      ? `Undo: ${target ? describeEdit(target) : `entry ${entry.edit.entry.slice(0, 8)}`}`
      : describeEdit(entry);
  const undo = async () => {
    const reason = reasonField();
    await openFormDialog({
      title: entry.edit.action === 'undo' ? 'Apply the edit again' : 'Undo this edit',
      body: [h('p', null, h('strong', null, what)), reason.element],
      submitLabel: entry.edit.action === 'undo' ? 'Apply again' : 'Undo',
      onSubmit: async () => {
        // An undo entry names only its target: the entities to refresh are the target's.
        const reverses = entry.edit.action === 'undo' ? (target ?? entry) : entry;
        await app.curation.undo({ ...reverses, id: entry.id }, reason.value());
      },
    });
  };
  return h(
    'li',
    { class: `history-item${entry.active ? '' : ' undone'}`, dataset: { entry: entry.id, action: entry.edit.action } },
    h('div', { class: 'history-what' }, what),
    h('div', { class: 'muted small' }, `${entry.author} · ${when(entry.at)}${entry.active ? '' : ' · undone'}`),
    h('div', { class: 'history-why' }, `“${entry.reason}”`),
    entry.active && app.curation.canEdit
      ? h(
          'button',
          { class: 'mini', 'data-action': 'undo', on: { click: () => void undo() } },
          entry.edit.action === 'undo' ? 'Redo' : 'Undo',
        )
      : null,
  );
}
