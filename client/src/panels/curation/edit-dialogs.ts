/**
 * The dialogs of the simple edits: rename, change kind, split an alias out,
 * add a relation by hand, correct an article's metadata, reject or confirm a
 * relation, declare two entities different. Each asks for what the edit
 * needs and a reason, and leaves the rest to the curation controller.
 */
import type { ArticleSummary, EntitySummary, GraphEdge } from '../../../../core/domain.js';
import {
  ENTITY_KINDS,
  RELATIONS,
  RELATION_TYPES,
  WEAK_RELATION,
  allowsEndpoints,
  type EntityKind,
  type RelationType,
} from '../../../../core/ontology.js';
import type { AppContext } from '../../app-context.js';
import { edgeLabel } from '../../model/elements.js';
import { h } from '../../ui/dom.js';
import { field, openFormDialog, reasonField } from '../../ui/dialog.js';
import { SearchBox } from '../search-box.js';

type Entity = Pick<EntitySummary, 'id' | 'name' | 'kind' | 'aliases'>;

function kindSelect(value: EntityKind): HTMLSelectElement {
  const select = h(
    'select',
    { name: 'kind', 'data-field': 'kind' },
    ...ENTITY_KINDS.map((k) => h('option', { value: k }, k)),
  );
  select.value = value;
  return select;
}

function textInput(name: string, value: string, attrs: Record<string, unknown> = {}): HTMLInputElement {
  const input = h('input', { name, type: 'text', 'data-field': name, ...attrs });
  input.value = value;
  return input;
}

/** A search box that picks one entity, showing the pick. */
function entityPicker(
  app: AppContext,
  id: string,
  placeholder: string,
): { element: HTMLElement; picked(): Entity | null } {
  let picked: Entity | null = null;
  const shown = h('div', { class: 'muted small picked', 'data-field': `${id}-picked` }, 'None chosen yet.');
  const box = new SearchBox(app.api, {
    id,
    placeholder,
    onPick: (hit) => {
      picked = hit;
      box.input.value = hit.name;
      shown.textContent = `${hit.name} (${hit.kind})`;
    },
  });
  return { element: h('div', { class: 'picker' }, box.element, shown), picked: () => picked };
}

export function renameDialog(app: AppContext, entity: Entity): Promise<boolean> {
  const name = textInput('name', entity.name, { required: true, maxlength: 300, autofocus: true });
  const reason = reasonField();
  return openFormDialog({
    title: `Rename ${entity.name}`,
    body: [
      field('New name', name, 'The old name stays an alias, so it is still found and recognised.'),
      reason.element,
    ],
    submitLabel: 'Rename',
    onSubmit: () =>
      app.curation
        .apply({ action: 'rename', entity: entity.id, name: name.value.trim() }, reason.value())
        .then(() => undefined),
  });
}

export function kindDialog(app: AppContext, entity: Entity): Promise<boolean> {
  const kind = kindSelect(entity.kind);
  const reason = reasonField();
  return openFormDialog({
    title: `Change the kind of ${entity.name}`,
    body: [
      field(
        'Kind',
        kind,
        'Relations the new kind cannot have (by the ontology) leave the graph; undo brings them back.',
      ),
      reason.element,
    ],
    submitLabel: 'Change kind',
    onSubmit: () =>
      app.curation
        .apply({ action: 'kind', entity: entity.id, kind: kind.value as EntityKind }, reason.value())
        .then(() => undefined),
  });
}

export function splitDialog(app: AppContext, entity: Entity, alias?: string): Promise<boolean> {
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const which = h(
    'select',
    { name: 'alias', 'data-field': 'alias' },
    ...aliases.map((a) => h('option', { value: a }, a)),
  );
  if (alias) which.value = alias;
  const intoNew = h('input', { type: 'radio', name: 'into', value: 'new', checked: true, 'data-field': 'into-new' });
  const intoExisting = h('input', { type: 'radio', name: 'into', value: 'existing', 'data-field': 'into-existing' });
  const newName = textInput('new-name', alias ?? aliases[0] ?? '', { maxlength: 300 });
  which.addEventListener('change', () => {
    newName.value = which.value;
  });
  const newKind = kindSelect(entity.kind);
  const existing = entityPicker(app, 'split-target', 'The entity it belongs to');
  const reason = reasonField();
  return openFormDialog({
    title: `Split an alias out of ${entity.name}`,
    body: [
      field('Alias', which, 'Its mentions, and the relations those mentions anchor, leave the entity.'),
      h(
        'fieldset',
        { class: 'choice' },
        h('legend', null, 'Into'),
        h('label', null, intoNew, ' a new entity'),
        h('div', { class: 'inline-fields' }, field('Name', newName), field('Kind', newKind)),
        h('label', null, intoExisting, ' an existing entity'),
        existing.element,
      ),
      reason.element,
    ],
    submitLabel: 'Split',
    onSubmit: async () => {
      let into: { entity: string } | { name: string; kind: EntityKind };
      if (intoExisting.checked) {
        const target = existing.picked();
        if (!target) throw new Error('Choose the entity the alias belongs to.');
        into = { entity: target.id };
      } else into = { name: newName.value.trim(), kind: newKind.value as EntityKind };
      await app.curation.apply({ action: 'split', entity: entity.id, alias: which.value, into }, reason.value());
    },
  });
}

/** The relation types that can go from `from` to some kind (the weak co-occurrence link is not stated by hand). */
function typesFrom(kind: EntityKind): RelationType[] {
  return RELATION_TYPES.filter(
    (t) => t !== WEAK_RELATION && ENTITY_KINDS.some((k) => allowsEndpoints(t, kind, k) || allowsEndpoints(t, k, kind)),
  );
}

export function addRelationDialog(app: AppContext, entity: Entity): Promise<boolean> {
  const type = h(
    'select',
    { name: 'type', 'data-field': 'type' },
    ...typesFrom(entity.kind).map((t) => h('option', { value: t }, RELATIONS[t].label)),
  );
  const direction = h(
    'select',
    { name: 'direction', 'data-field': 'direction' },
    h('option', { value: 'out' }, `${entity.name} → other`),
    h('option', { value: 'in' }, `other → ${entity.name}`),
  );
  const other = entityPicker(app, 'relation-other', 'The other entity');
  const note = h('textarea', {
    name: 'note',
    rows: 2,
    required: true,
    maxlength: 2000,
    'data-field': 'note',
    placeholder: 'Where this comes from',
  });
  const article = h(
    'select',
    { name: 'article', 'data-field': 'article' },
    h('option', { value: '' }, '(no article)'),
    ...app.catalog.articles.map((a) => h('option', { value: a.id }, a.title ?? a.id)),
  );
  const quote = h('textarea', {
    name: 'quote',
    rows: 2,
    maxlength: 2000,
    'data-field': 'quote',
    placeholder: 'The sentence, copied from the article',
  });
  const reason = reasonField();
  return openFormDialog({
    title: `Add a relation of ${entity.name}`,
    body: [
      h('div', { class: 'inline-fields' }, field('Relation', type), field('Direction', direction)),
      field('Other entity', other.element),
      field('Note', note),
      h('div', { class: 'inline-fields' }, field('Evidence (optional)', article), field('Quote', quote)),
      reason.element,
    ],
    submitLabel: 'Add relation',
    onSubmit: async () => {
      const target = other.picked();
      if (!target) throw new Error('Choose the other entity.');
      const [subject, object] = direction.value === 'out' ? [entity.id, target.id] : [target.id, entity.id];
      const evidence =
        article.value && quote.value.trim() ? { article: article.value, quote: quote.value.trim() } : undefined;
      if (article.value && !evidence) throw new Error('Quote the sentence of the article, or choose no article.');
      await app.curation.apply(
        {
          action: 'add-relation',
          subject,
          type: type.value as RelationType,
          object,
          note: note.value.trim(),
          ...(evidence ? { evidence } : {}),
        },
        reason.value(),
      );
    },
  });
}

export function articleDialog(
  app: AppContext,
  article: Pick<ArticleSummary, 'id' | 'title' | 'source' | 'date' | 'url'>,
): Promise<boolean> {
  const title = textInput('title', article.title ?? '', { maxlength: 300, autofocus: true });
  const source = textInput('source', article.source ?? '', { maxlength: 300 });
  const date = h('input', { name: 'date', type: 'date', 'data-field': 'date' });
  date.value = article.date ?? '';
  const url = h('input', { name: 'url', type: 'url', 'data-field': 'url', maxlength: 2000 });
  url.value = article.url ?? '';
  const reason = reasonField();
  return openFormDialog({
    title: 'Correct the article’s details',
    body: [
      field('Title', title),
      field('Outlet', source),
      field('Date', date),
      field('Address (URL)', url),
      reason.element,
    ],
    submitLabel: 'Save',
    onSubmit: async () => {
      const value = (input: HTMLInputElement) => input.value.trim() || null;
      const changes: Record<string, string | null> = {};
      const fields: Array<[keyof typeof article & string, HTMLInputElement]> = [
        ['title', title],
        ['source', source],
        ['date', date],
        ['url', url],
      ];
      for (const [key, input] of fields) if (value(input) !== (article[key] ?? null)) changes[key] = value(input);
      if (Object.keys(changes).length === 0) throw new Error('Nothing changed.');
      await app.curation.apply({ action: 'article', article: article.id, changes }, reason.value());
    },
  });
}

export function verdictDialog(app: AppContext, edge: GraphEdge, verdict: 'reject' | 'confirm'): Promise<boolean> {
  const name = (id: string) => app.model.node(id)?.name ?? id;
  const reason = reasonField();
  return openFormDialog({
    title: verdict === 'reject' ? 'Reject this relation' : 'Confirm this relation',
    body: [
      h('p', null, h('strong', null, `${name(edge.source)} ${edgeLabel(edge)} ${name(edge.target)}`)),
      h(
        'p',
        { class: 'muted small' },
        verdict === 'reject'
          ? 'It leaves the graph and stays out when an article states it again; its evidence is kept with the edit.'
          : 'It is marked as checked by you.',
      ),
      reason.element,
    ],
    submitLabel: verdict === 'reject' ? 'Reject' : 'Confirm',
    onSubmit: () => app.curation.apply({ action: verdict, relation: edge.id }, reason.value()).then(() => undefined),
  });
}

export function distinctDialog(app: AppContext, a: Entity, b: Entity): Promise<boolean> {
  const reason = reasonField();
  return openFormDialog({
    title: 'Not the same entity',
    body: [
      h('p', null, `${a.name} and ${b.name} are different: they will not be suggested as duplicates again.`),
      reason.element,
    ],
    submitLabel: 'They are different',
    onSubmit: () =>
      app.curation.apply({ action: 'distinct', entities: [a.id, b.id] }, reason.value()).then(() => undefined),
  });
}
