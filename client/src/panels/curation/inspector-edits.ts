/**
 * The edit actions of the inspector's views: an entity's (rename, kind,
 * merge, split an alias, add a relation), a relation's (reject, confirm,
 * with its verdict and the notes of one added by hand), an article's
 * (correct its details). Without an editor's token they say how to get one.
 */
import type { ArticleSummary, EntityDetail, EntitySummary, GraphEdge } from '../../../../core/domain.js';
import type { AppContext } from '../../app-context.js';
import { h } from '../../ui/dom.js';
import { field, openFormDialog } from '../../ui/dialog.js';
import { SearchBox } from '../search-box.js';
import {
  addRelationDialog,
  articleDialog,
  kindDialog,
  renameDialog,
  splitDialog,
  verdictDialog,
} from './edit-dialogs.js';
import { openMergeDialog } from './merge-dialog.js';

const run = (app: AppContext, action: () => Promise<unknown>) => () =>
  void action().catch((e: unknown) => app.notify(e instanceof Error ? e.message : String(e), 'error'));

/** "Edited" beside what an edit in force changed. */
export function editedBadge(title = 'An analyst edited this (see the edit history)'): HTMLElement {
  return h('span', { class: 'badge edited-badge', title }, 'edited');
}

function signInHint(app: AppContext): HTMLElement {
  const { editsEnabled } = app.curation.access.get();
  return h(
    'p',
    { class: 'muted small edit-hint' },
    editsEnabled ? 'Sign in with an editor’s token (top right) to correct this.' : 'This server takes no edits.',
  );
}

/** Picks the other entity, then compares both side by side. */
export async function mergeWith(app: AppContext, entity: Pick<EntitySummary, 'id' | 'name'>): Promise<void> {
  let chosen: string | null = null;
  const box = new SearchBox(app.api, {
    id: 'merge-other',
    placeholder: 'The same entity under another name',
    onPick: (hit) => {
      chosen = hit.id;
      box.input.value = hit.name;
    },
  });
  const picked = await openFormDialog({
    title: `Merge ${entity.name} with…`,
    body: [field('Other entity', box.element)],
    submitLabel: 'Compare…',
    onSubmit: async () => {
      if (!chosen) throw new Error('Choose the other entity.');
      if (chosen === entity.id) throw new Error('That is the same entity.');
    },
  });
  if (picked && chosen) await openMergeDialog(app, entity.id, chosen);
}

export function entityEdits(app: AppContext, entity: EntityDetail): HTMLElement {
  if (!app.curation.canEdit) return signInHint(app);
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  return h(
    'div',
    { class: 'button-row edit-row', 'aria-label': 'Edit' },
    h('button', { 'data-action': 'rename', on: { click: run(app, () => renameDialog(app, entity)) } }, 'Rename'),
    h('button', { 'data-action': 'kind', on: { click: run(app, () => kindDialog(app, entity)) } }, 'Kind'),
    h('button', { 'data-action': 'merge', on: { click: run(app, () => mergeWith(app, entity)) } }, 'Merge with…'),
    aliases.length
      ? h('button', { 'data-action': 'split', on: { click: run(app, () => splitDialog(app, entity)) } }, 'Split alias…')
      : null,
    h(
      'button',
      { 'data-action': 'add-relation', on: { click: run(app, () => addRelationDialog(app, entity)) } },
      'Add relation…',
    ),
  );
}

/** An alias chip that, for an editor, offers to split the alias out. */
export function aliasChip(app: AppContext, entity: EntityDetail, alias: string): HTMLElement {
  if (!app.curation.canEdit) return h('span', { class: 'chip', title: alias }, alias);
  return h(
    'button',
    {
      class: 'chip chip-button',
      title: `“${alias}” is someone or something else? Split it out`,
      on: { click: run(app, () => splitDialog(app, entity, alias)) },
    },
    alias,
  );
}

/** A relation's verdict, the notes of a hand-made one, and reject / confirm. */
export function relationEdits(app: AppContext, edge: GraphEdge): HTMLElement {
  const verdict = app.curation.verdictOf(edge.id);
  const box = h('div', { class: 'relation-edits' });
  if (verdict) {
    box.append(
      h(
        'p',
        { class: 'verdict' },
        editedBadge(),
        ` ${verdict === 'added' ? 'added by an analyst' : `${verdict} by an analyst`}`,
      ),
    );
    void app.api
      .curatedRelation(edge.id)
      .then((r) => {
        for (const note of r.notes) box.append(h('blockquote', { class: 'note' }, note));
      })
      .catch(() => undefined);
  }
  if (!app.curation.canEdit) {
    box.append(signInHint(app));
    return box;
  }
  box.append(
    h(
      'div',
      { class: 'button-row edit-row' },
      h(
        'button',
        { 'data-action': 'reject', on: { click: run(app, () => verdictDialog(app, edge, 'reject')) } },
        'Reject…',
      ),
      verdict === 'confirmed'
        ? null
        : h(
            'button',
            { 'data-action': 'confirm', on: { click: run(app, () => verdictDialog(app, edge, 'confirm')) } },
            'Confirm…',
          ),
    ),
  );
  return box;
}

export function articleEdits(app: AppContext, article: ArticleSummary): HTMLElement | null {
  const edited = app.curation.articleEdited(article.id) ? editedBadge('An analyst corrected these details') : null;
  if (!app.curation.canEdit) return edited;
  return h(
    'span',
    { class: 'article-edits' },
    edited,
    h(
      'button',
      { 'data-action': 'edit-article', on: { click: run(app, () => articleDialog(app, article)) } },
      'Correct details…',
    ),
  );
}
