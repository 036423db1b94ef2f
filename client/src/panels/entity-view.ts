/**
 * An entity in the inspector: kind, aliases, roles, its relations grouped
 * by type (each opening its evidence) and the articles that mention it,
 * with the expand / pin / hide actions at hand.
 */
import type { EntityDetail, RelationOfEntity } from '../../../core/domain.js';
import { RELATIONS, RELATION_TYPES, WEAK_RELATION, type RelationType } from '../../../core/ontology.js';
import { edgeLabel } from '../model/elements.js';
import { h } from '../ui/dom.js';
import { kindIcon, relationSwatch } from '../ui/icons.js';
import { loading, type InspectorView } from './inspector.js';
import type { Navigator } from './navigator.js';
import { aliasChip, editedBadge, entityEdits } from './curation/inspector-edits.js';
import { articleLine, section } from './parts.js';

export function entityView(nav: Navigator, id: string): InspectorView {
  const { app } = nav;
  return {
    key: `entity:${id}`,
    title: app.model.node(id)?.name ?? id,
    followsSelection: true,
    async render(box) {
      box.append(loading());
      const entity = await app.api.entity(id);
      box.replaceChildren(...renderEntity(nav, entity));
    },
  };
}

function renderEntity(nav: Navigator, entity: EntityDetail): HTMLElement[] {
  const { app, actions } = nav;
  const expansion = app.model.expansion(entity.id);
  const onScreen = app.model.node(entity.id) !== undefined;
  const pinned = app.model.isPinned(entity.id);
  const aliases = entity.aliases.filter((a) => a !== entity.name);

  const header = h(
    'div',
    { class: 'entity-head' },
    kindIcon(entity.kind, 22),
    h(
      'div',
      null,
      h('div', { class: 'entity-name' }, entity.name, app.curation.isEdited(entity.id) ? editedBadge() : null),
      h('div', { class: 'muted' }, entity.kind),
    ),
  );

  const facts = h(
    'dl',
    { class: 'facts' },
    h('dt', null, 'Relations'),
    h('dd', null, String(entity.degree)),
    h('dt', null, 'Articles'),
    h('dd', null, String(entity.articleCount)),
    entity.roles.length ? h('dt', null, 'Roles') : null,
    entity.roles.length ? h('dd', null, entity.roles.join('; ')) : null,
  );

  const buttons = h('div', { class: 'button-row' });
  const expandButton = h(
    'button',
    {
      class: 'primary',
      'data-action': 'expand',
      on: {
        click: () =>
          void actions
            .expand(entity.id)
            .catch((e: unknown) => app.notify(String(e instanceof Error ? e.message : e), 'error')),
      },
    },
    expansion ? 'Expand again' : `Expand · ${entity.degree} relation${entity.degree === 1 ? '' : 's'}`,
  );
  buttons.append(
    onScreen
      ? expandButton
      : h('button', { class: 'primary', on: { click: () => void actions.addEntities([entity.id]) } }, 'Add to graph'),
  );
  if (expansion && expansion.omitted > 0) {
    buttons.append(
      h(
        'button',
        { 'data-action': 'more', on: { click: () => void actions.more(entity.id) } },
        `+${Math.min(25, expansion.omitted)} more`,
      ),
    );
    if (expansion.omitted > 25) {
      buttons.append(
        h('button', { on: { click: () => void actions.more(entity.id, { all: true }) } }, `all ${expansion.omitted}`),
      );
    }
  }
  if (onScreen) {
    buttons.append(
      h('button', { on: { click: () => actions.pin([entity.id], !pinned) } }, pinned ? 'Unpin' : 'Pin'),
      h('button', { on: { click: () => actions.hide([entity.id]) } }, 'Hide'),
    );
  }

  const groups = RELATION_TYPES.filter((t) => (entity.relations[t]?.length ?? 0) > 0);
  const relationList = h('div', { class: 'relation-groups' });
  for (const type of groups) relationList.append(relationGroup(nav, entity, type, entity.relations[type]!));
  const typed = groups.filter((t) => t !== WEAK_RELATION);

  const articles = h('ul', { class: 'plain-list' });
  for (const a of entity.articles) {
    articles.append(
      h(
        'li',
        null,
        articleLine(a, () => nav.article(a.id, { push: true }), `${a.mentions} mention${a.mentions === 1 ? '' : 's'}`),
      ),
    );
  }

  return [
    header,
    aliases.length
      ? h('div', { class: 'chips', 'aria-label': 'Aliases' }, ...aliases.map((a) => aliasChip(app, entity, a)))
      : h('span'),
    facts,
    buttons,
    entityEdits(app, entity),
    section(
      `Relations (${typed.reduce((s, t) => s + (entity.relations[t]?.length ?? 0), 0)})`,
      groups.length ? relationList : h('p', { class: 'muted' }, 'No relations.'),
    ),
    section(`Articles (${entity.articles.length})`, articles),
  ];
}

function relationGroup(
  nav: Navigator,
  entity: EntityDetail,
  type: RelationType,
  relations: RelationOfEntity[],
): HTMLElement {
  const sorted = [...relations].sort(
    (a, b) => b.edge.corroboration - a.edge.corroboration || a.other.name.localeCompare(b.other.name),
  );
  const list = h('ul', { class: 'plain-list relation-list' });
  for (const r of sorted) {
    const arrow = RELATIONS[type].symmetric ? '↔' : r.direction === 'out' ? '→' : '←';
    list.append(
      h(
        'li',
        null,
        h(
          'button',
          {
            class: 'link',
            title: `Evidence: ${r.direction === 'out' ? entity.name : r.other.name} ${edgeLabel(r.edge)} ${r.direction === 'out' ? r.other.name : entity.name}`,
            on: { click: () => nav.relation(r.edge.id, { push: true }) },
          },
          h('span', { class: 'arrow' }, arrow),
          kindIcon(r.other.kind, 12),
          ` ${r.other.name}`,
        ),
        r.edge.corroboration > 1
          ? h('span', { class: 'badge', title: `${r.edge.corroboration} articles agree` }, `×${r.edge.corroboration}`)
          : null,
        nav.app.model.node(r.other.id)
          ? null
          : h(
              'button',
              {
                class: 'mini',
                title: `Add ${r.other.name} to the graph`,
                on: { click: () => void nav.actions.addEntities([r.other.id]) },
              },
              '+',
            ),
      ),
    );
  }
  const details = h('details', { class: 'relation-group', open: type !== WEAK_RELATION });
  details.append(
    h(
      'summary',
      null,
      relationSwatch(type),
      ` ${RELATIONS[type].label} `,
      h('span', { class: 'muted' }, `(${relations.length})`),
    ),
    list,
  );
  return details;
}
