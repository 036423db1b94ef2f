/**
 * Likely duplicates for review in the inspector: each pair with the
 * evidence for merging it (a shared alias, a surname, an acronym, a near
 * spelling, the same kind, shared neighbours). Review opens the merge
 * dialog with both side by side; "Different" records that they are not one.
 */
import type { DuplicateSuggestion } from '../../../../core/api.js';
import { h } from '../../ui/dom.js';
import { kindIcon } from '../../ui/icons.js';
import { loading, type InspectorView } from '../inspector.js';
import type { Navigator } from '../navigator.js';
import { distinctDialog } from './edit-dialogs.js';
import { openMergeDialog } from './merge-dialog.js';

export function duplicatesView(nav: Navigator): InspectorView {
  const { app } = nav;
  let unsubscribe: (() => void) | null = null;
  return {
    key: 'curation:duplicates',
    title: 'Likely duplicates',
    async render(box) {
      const draw = async () => {
        box.replaceChildren(loading('Looking for duplicates…'));
        const { suggestions, total } = await app.api.duplicates(50);
        box.replaceChildren(
          h(
            'p',
            { class: 'muted small' },
            total === 0
              ? 'No likely duplicates.'
              : `${total} pair${total === 1 ? '' : 's'} to review, strongest first${total > suggestions.length ? ` (${suggestions.length} shown)` : ''}.`,
          ),
          h('ol', { class: 'duplicate-list' }, ...suggestions.map((s) => item(nav, s))),
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

function item(nav: Navigator, s: DuplicateSuggestion): HTMLElement {
  const { app } = nav;
  const name = (e: DuplicateSuggestion['survivor']) =>
    h(
      'button',
      { class: 'link', on: { click: () => void nav.actions.addEntities([e.id]) } },
      kindIcon(e.kind, 12),
      ` ${e.name}`,
    );
  return h(
    'li',
    { class: 'duplicate-item', dataset: { survivor: s.survivor.id, merged: s.merged.id } },
    h(
      'div',
      { class: 'duplicate-pair' },
      name(s.merged),
      // The arrow goes with the one that stays, so a narrow panel wraps before it, not after.
      h(
        'span',
        { class: 'duplicate-into' },
        h('span', { class: 'muted' }, 'into '),
        name(s.survivor),
        h('span', { class: 'badge', title: 'How strongly the evidence says they are one' }, s.score.toFixed(2)),
      ),
    ),
    h('ul', { class: 'plain-list small muted' }, ...s.reasons.map((r) => h('li', null, r.detail))),
    app.curation.canEdit
      ? h(
          'div',
          { class: 'button-row' },
          h(
            'button',
            {
              class: 'primary mini',
              'data-action': 'review',
              on: {
                click: () =>
                  void openMergeDialog(app, s.survivor.id, s.merged.id, s.reasons).catch((e: unknown) =>
                    app.notify(String(e), 'error'),
                  ),
              },
            },
            'Review & merge…',
          ),
          h(
            'button',
            {
              class: 'mini',
              'data-action': 'distinct',
              on: { click: () => void distinctDialog(app, s.survivor, s.merged) },
            },
            'Different',
          ),
        )
      : null,
  );
}
