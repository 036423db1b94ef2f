/**
 * Merging two entities with both in view, side by side: names, kind,
 * aliases, articles and relations of each, which one stays (swappable), and
 * the evidence for merging when a suggestion brought them here. The reason
 * starts from that evidence.
 */
import type { DuplicateReason, EntityDetail } from '../../../../core/api.js';
import { RELATIONS, RELATION_TYPES, WEAK_RELATION } from '../../../../core/ontology.js';
import type { AppContext } from '../../app-context.js';
import { h, replaceChildren } from '../../ui/dom.js';
import { openFormDialog, reasonField } from '../../ui/dialog.js';
import { kindIcon } from '../../ui/icons.js';
import { chip } from '../parts.js';

/** One entity's column: what a reviewer compares. */
function column(entity: EntityDetail, keep: boolean, choose: () => void): HTMLElement {
  const relations = RELATION_TYPES.filter((t) => t !== WEAK_RELATION).flatMap((t) =>
    (entity.relations[t] ?? []).map((r) =>
      r.direction === 'out' ? `${RELATIONS[t].label} ${r.other.name}` : `${r.other.name} ${RELATIONS[t].label} it`,
    ),
  );
  return h(
    'section',
    { class: `merge-side${keep ? ' keep' : ''}`, 'data-entity': entity.id },
    h(
      'label',
      { class: 'merge-choice' },
      h('input', { type: 'radio', name: 'survivor', value: entity.id, checked: keep, on: { change: choose } }),
      keep ? ' stays' : ' merged into the other',
    ),
    h(
      'div',
      { class: 'entity-head' },
      kindIcon(entity.kind, 20),
      h(
        'div',
        null,
        h('div', { class: 'entity-name' }, entity.name),
        h('div', { class: 'muted' }, `${entity.kind} · ${entity.id}`),
      ),
    ),
    h('div', { class: 'chips' }, ...entity.aliases.filter((a) => a !== entity.name).map((a) => chip(a))),
    h(
      'p',
      { class: 'muted small' },
      `${entity.articleCount} article${entity.articleCount === 1 ? '' : 's'}, ${entity.degree} relation${entity.degree === 1 ? '' : 's'}`,
    ),
    h(
      'ul',
      { class: 'plain-list small' },
      ...relations.slice(0, 8).map((r) => h('li', null, r)),
      relations.length > 8 ? h('li', { class: 'muted' }, `and ${relations.length - 8} more`) : null,
    ),
    h(
      'ul',
      { class: 'plain-list small muted' },
      ...entity.articles.slice(0, 4).map((a) => h('li', null, a.title ?? a.id)),
    ),
  );
}

/** Opens the dialog for two entities; `survivorId` stays unless the analyst swaps them. */
export async function openMergeDialog(
  app: AppContext,
  survivorId: string,
  mergedId: string,
  evidence: DuplicateReason[] = [],
): Promise<boolean> {
  const [a, b] = await Promise.all([app.api.entity(survivorId), app.api.entity(mergedId)]);
  let survivor = a;
  let merged = b;
  const sides = h('div', { class: 'merge-sides' });
  const render = () => {
    replaceChildren(
      sides,
      column(a, survivor === a, () => {
        [survivor, merged] = [a, b];
        render();
      }),
      h(
        'button',
        {
          type: 'button',
          class: 'icon-button merge-swap',
          title: 'Keep the other one',
          'aria-label': 'Swap which entity stays',
          'data-action': 'swap',
          on: {
            click: () => {
              [survivor, merged] = [merged, survivor];
              render();
            },
          },
        },
        '⇄',
      ),
      column(b, survivor === b, () => {
        [survivor, merged] = [b, a];
        render();
      }),
    );
  };
  render();
  const reason = reasonField(evidence.length ? `Same entity: ${evidence.map((r) => r.detail).join('; ')}` : '');
  return openFormDialog({
    title: 'Merge two entities',
    className: 'merge-dialog',
    body: [
      sides,
      evidence.length
        ? h(
            'div',
            { class: 'merge-evidence' },
            h('span', { class: 'field-label' }, 'Evidence for merging'),
            h(
              'ul',
              { class: 'plain-list' },
              ...evidence.map((r) => h('li', null, h('span', { class: 'badge' }, r.signal), ` ${r.detail}`)),
            ),
          )
        : h('span'),
      h(
        'p',
        { class: 'muted small' },
        'The merged entity’s aliases, relations, evidence and mentions move to the one that stays; its id then leads there. Undo in the edit history.',
      ),
      reason.element,
    ],
    submitLabel: 'Merge',
    onSubmit: () =>
      app.curation
        .apply({ action: 'merge', survivor: survivor.id, merged: merged.id }, reason.value())
        .then(() => undefined),
  });
}
