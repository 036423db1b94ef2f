/**
 * The legend is also the kind, relation-type and status filter: each row
 * shows the symbol, the count on screen and in the whole graph, and a
 * checkbox that shows or hides that kind, type or status. "only" isolates
 * one row.
 */
import { CLAIM_DESCRIPTIONS, CLAIM_STATUSES, viewClaim, type ClaimStatus } from '../../../core/claims.js';
import {
  ENTITY_KINDS,
  RELATIONS,
  RELATION_TYPES,
  WEAK_RELATION,
  type EntityKind,
  type RelationType,
} from '../../../core/ontology.js';
import type { AppContext } from '../app-context.js';
import { h } from '../ui/dom.js';
import { claimSwatch, kindIcon, relationSwatch } from '../ui/icons.js';
import { KIND_STYLES } from '../view/palette.js';

interface Row<T extends string> {
  value: T;
  checkbox: HTMLInputElement;
  count: HTMLElement;
  row: HTMLElement;
}

export class Legend {
  private readonly kindRows: Array<Row<EntityKind>> = [];
  private readonly typeRows: Array<Row<RelationType>> = [];
  private readonly unconnected: HTMLInputElement;
  private readonly claimRows: Array<Row<ClaimStatus>> = [];
  private scheduled = false;

  constructor(
    private readonly app: AppContext,
    root: HTMLElement,
  ) {
    const kinds = h('ul', { class: 'legend-list', 'aria-label': 'Entity kinds' });
    for (const kind of ENTITY_KINDS) {
      const row = this.row(kind, kindIcon(kind, 16), KIND_STYLES[kind].plural, 'hiddenKinds');
      this.kindRows.push(row);
      kinds.append(row.row);
    }
    const types = h('ul', { class: 'legend-list', 'aria-label': 'Relation types' });
    // The weak link last, set apart: it is a different sort of thing (co-occurrence, not a fact).
    for (const type of [...RELATION_TYPES.filter((t) => t !== WEAK_RELATION), WEAK_RELATION]) {
      const label = type === WEAK_RELATION ? 'mentioned with (co-occurrence)' : RELATIONS[type].label;
      const row = this.row(type, relationSwatch(type), label, 'hiddenTypes');
      if (type === WEAK_RELATION) row.row.classList.add('weak-row');
      this.typeRows.push(row);
      types.append(row.row);
    }
    this.unconnected = h('input', { type: 'checkbox', id: 'legend-hide-unconnected' });
    this.unconnected.addEventListener('change', () => {
      const hideUnconnected = this.unconnected.checked;
      this.app.filters.update((f) => ({ ...f, hideUnconnected }));
    });
    const claims = h('ul', { class: 'legend-list', 'aria-label': 'Claim statuses', id: 'legend-claims' });
    for (const claim of CLAIM_STATUSES) {
      const row = this.row(claim, claimSwatch(claim), claim, 'hiddenClaims');
      row.row.title = CLAIM_DESCRIPTIONS[claim];
      this.claimRows.push(row);
      claims.append(row.row);
    }
    root.append(
      h('h3', { class: 'sidebar-title' }, 'Kinds', h('span', { class: 'muted small count-head' }, 'on screen / all')),
      kinds,
      h(
        'h3',
        { class: 'sidebar-title' },
        'Relations',
        h('span', { class: 'muted small count-head' }, 'on screen / all'),
      ),
      types,
      h(
        'label',
        { class: 'legend-option', for: 'legend-hide-unconnected' },
        this.unconnected,
        ' Hide entities without a shown relation',
      ),
      h('h3', { class: 'sidebar-title' }, 'Claims', h('span', { class: 'muted small count-head' }, 'on screen')),
      claims,
    );
    app.filters.subscribe(() => this.schedule());
    app.sync.onApplied(() => this.schedule());
    app.catalog.loaded.subscribe(() => this.schedule());
    this.refresh();
  }

  /** Updates counts and checkboxes in place (focus stays where the analyst is). */
  refresh(): void {
    this.scheduled = false;
    const { model, filters, catalog } = this.app;
    const f = filters.get();
    const byKind = new Map<string, number>();
    for (const n of model.nodes()) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
    const byType = new Map<string, number>();
    for (const e of model.edges()) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    const totalKind = catalog.stats?.byKind ?? {};
    const totalType = catalog.stats?.byType ?? {};
    for (const r of this.kindRows) {
      r.checkbox.checked = !f.hiddenKinds.includes(r.value);
      r.count.textContent = countText(byKind.get(r.value) ?? 0, totalKind[r.value]);
      r.row.classList.toggle('empty', (byKind.get(r.value) ?? 0) === 0 && !totalKind[r.value]);
    }
    this.unconnected.checked = f.hideUnconnected;
    for (const r of this.typeRows) {
      r.checkbox.checked = !f.hiddenTypes.includes(r.value);
      r.count.textContent = countText(byType.get(r.value) ?? 0, totalType[r.value]);
      r.row.classList.toggle('empty', (byType.get(r.value) ?? 0) === 0 && !totalType[r.value]);
    }
    // Each relation counted under its status within the timeline's range (planned in April, disputed by May).
    const range = { since: f.since, until: f.until, undated: f.undated };
    const byClaim = new Map<string, number>();
    for (const e of model.edges()) {
      const seen = viewClaim(e, range);
      if (seen) byClaim.set(seen.claim, (byClaim.get(seen.claim) ?? 0) + 1);
    }
    for (const r of this.claimRows) {
      r.checkbox.checked = !f.hiddenClaims.includes(r.value);
      r.count.textContent = String(byClaim.get(r.value) ?? 0);
    }
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => this.refresh());
  }

  private row<T extends EntityKind | RelationType | ClaimStatus>(
    value: T,
    icon: SVGElement,
    label: string,
    field: 'hiddenKinds' | 'hiddenTypes' | 'hiddenClaims',
  ): Row<T> {
    const id = `legend-${value}`;
    const checkbox = h('input', { type: 'checkbox', id, dataset: { value } });
    const count = h('span', { class: 'legend-count' });
    const all: readonly string[] = {
      hiddenKinds: ENTITY_KINDS,
      hiddenTypes: RELATION_TYPES,
      hiddenClaims: CLAIM_STATUSES,
    }[field];
    checkbox.addEventListener('change', () => {
      this.app.filters.update((f) => {
        const hidden = new Set<string>(f[field]);
        if (checkbox.checked) hidden.delete(value);
        else hidden.add(value);
        return { ...f, [field]: all.filter((v) => hidden.has(v)) };
      });
    });
    const only = h(
      'button',
      {
        class: 'mini only',
        title: `Show only ${label}`,
        on: {
          // Isolating a relation type also hides who has none of it: the view shows who takes part.
          click: () =>
            this.app.filters.update((f) => ({
              ...f,
              [field]: all.filter((v) => v !== value),
              ...(field === 'hiddenTypes' ? { hideUnconnected: true } : {}),
            })),
        },
      },
      'only',
    );
    const row = h(
      'li',
      { class: 'legend-row' },
      checkbox,
      h('label', { for: id }, icon, h('span', { class: 'legend-label' }, label)),
      only,
      count,
    );
    return { value, checkbox, count, row };
  }
}

function countText(onScreen: number, total: number | undefined): string {
  return total === undefined ? String(onScreen) : `${onScreen} / ${total}`;
}
