/**
 * Paths between two entities: pick the ends (or come with two selected
 * nodes), how many paths, how long at most and over which relation types;
 * see the paths drawn and highlighted, then step through a path edge by edge
 * with each edge's evidence.
 */
import type { PathsResponse } from '../../../core/api.js';
import type { GraphPath } from '../../../core/domain.js';
import { LIMITS, RELATIONS, RELATION_TYPES, WEAK_RELATION, type RelationType } from '../../../core/ontology.js';
import { edgeLabel } from '../model/elements.js';
import { claimView } from '../model/filters.js';
import { h, replaceChildren } from '../ui/dom.js';
import { kindIcon, relationSwatch } from '../ui/icons.js';
import type { InspectorView } from './inspector.js';
import type { Navigator } from './navigator.js';
import { evidenceBlock } from './relation-view.js';
import { SearchBox } from './search-box.js';
import { byIds } from '../view/collection.js';

interface End {
  id: string;
  name: string;
}

export function pathsView(nav: Navigator, from?: End, to?: End): InspectorView {
  let released = false;
  return {
    key: `paths:${from?.id ?? ''}:${to?.id ?? ''}`,
    title: 'Paths',
    dispose() {
      released = true;
      nav.highlight.release();
    },
    render(box) {
      const ends: { from: End | null; to: End | null } = { from: from ?? null, to: to ?? null };
      const results = h('div', { class: 'paths-results', 'aria-live': 'polite' });
      const endField = (which: 'from' | 'to', label: string) => {
        const search = new SearchBox(nav.app.api, {
          id: `path-${which}`,
          placeholder: label,
          onPick: (hit) => {
            ends[which] = { id: hit.id, name: hit.name };
            search.input.value = hit.name;
          },
        });
        const end = ends[which];
        if (end) search.input.value = end.name;
        return h(
          'label',
          { class: 'field' },
          h('span', { class: 'field-label' }, which === 'from' ? 'From' : 'To'),
          search.element,
        );
      };
      const maxLength = h(
        'select',
        { id: 'path-max-length', 'aria-label': 'Longest path' },
        ...Array.from({ length: LIMITS.maxPathLength }, (_, i) => i + 1).map((n) =>
          h('option', { value: String(n), selected: n === 4 }, `≤ ${n} hop${n === 1 ? '' : 's'}`),
        ),
      );
      const howMany = h(
        'select',
        { id: 'path-count', 'aria-label': 'How many paths' },
        ...Array.from({ length: LIMITS.maxPaths }, (_, i) => i + 1).map((n) =>
          h('option', { value: String(n), selected: n === 5 }, `${n} path${n === 1 ? '' : 's'}`),
        ),
      );
      const types = relationTypePicker();
      const find = async () => {
        if (!ends.from || !ends.to) {
          replaceChildren(results, h('p', { class: 'muted' }, 'Pick both ends first.'));
          return;
        }
        replaceChildren(results, h('p', { class: 'muted loading', role: 'status' }, 'Finding paths…'));
        try {
          const chosen = types.chosen();
          if (chosen.length === 0) {
            replaceChildren(results, h('p', { class: 'muted' }, 'Pick at least one relation type.'));
            return;
          }
          // Paths follow the filters' time range and statuses, like the graph on screen.
          const response = await nav.app.api.paths(ends.from.id, ends.to.id, {
            k: Number(howMany.value),
            maxLength: Number(maxLength.value),
            ...(chosen.length < RELATION_TYPES.length ? { types: chosen } : {}),
            claimView: claimView(nav.app.filters.get()),
          });
          if (released) return;
          showPaths(nav, results, response, ends.from, ends.to);
        } catch (error) {
          replaceChildren(
            results,
            h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)),
          );
        }
      };
      const swap = () => {
        [ends.from, ends.to] = [ends.to, ends.from];
        box.querySelector<HTMLInputElement>('#path-from')!.value = ends.from?.name ?? '';
        box.querySelector<HTMLInputElement>('#path-to')!.value = ends.to?.name ?? '';
      };
      box.append(
        h(
          'form',
          {
            class: 'paths-form',
            on: {
              submit: (event) => {
                event.preventDefault();
                void find();
              },
            },
          },
          endField('from', 'Search the first entity…'),
          endField('to', 'Search the second entity…'),
          h('div', { class: 'button-row path-options' }, howMany, maxLength),
          types.element,
          h(
            'div',
            { class: 'button-row' },
            h('button', { type: 'button', title: 'Swap the ends', on: { click: swap } }, '⇅ Swap'),
            h('button', { type: 'submit', class: 'primary', 'data-action': 'find-paths' }, 'Find paths'),
          ),
        ),
        results,
      );
      if (ends.from && ends.to) void find();
    },
  };
}

/**
 * Which relation types a path may use: every typed relation at first, the
 * co-occurrence link off (a path through "named in the same sentence" says
 * little), in a fold-out list with a count of what is chosen.
 */
function relationTypePicker(): { element: HTMLElement; chosen: () => RelationType[] } {
  const boxes = RELATION_TYPES.map((type) => {
    const box = h('input', { type: 'checkbox', checked: type !== WEAK_RELATION, dataset: { type } });
    return { type, box };
  });
  const summary = h('summary', null);
  const chosen = () => boxes.filter((b) => b.box.checked).map((b) => b.type);
  const describe = () => {
    const n = chosen().length;
    summary.textContent = `Relation types: ${n === RELATION_TYPES.length - 1 && !chosen().includes(WEAK_RELATION) ? 'all typed' : `${n} of ${RELATION_TYPES.length}`}`;
  };
  boxes.forEach((b) => b.box.addEventListener('change', describe));
  describe();
  const element = h(
    'details',
    { class: 'path-types' },
    summary,
    h(
      'div',
      { class: 'path-type-list' },
      ...boxes.map(({ type, box }) =>
        h(
          'label',
          null,
          box,
          relationSwatch(type),
          ` ${type === WEAK_RELATION ? 'mentioned with (co-occurrence)' : RELATIONS[type].label}`,
        ),
      ),
    ),
  );
  return { element, chosen };
}

/** A path that visits an entity twice is a walk, not a path: it says nothing a shorter path does not. */
export function isSimplePath(path: Pick<GraphPath, 'nodes'>): boolean {
  return new Set(path.nodes.map((n) => n.id)).size === path.nodes.length;
}

function showPaths(nav: Navigator, box: HTMLElement, response: PathsResponse, from: End, to: End): void {
  const paths = response.paths.filter(isSimplePath);
  if (paths.length === 0) {
    replaceChildren(box, h('p', { class: 'muted' }, `No path between ${from.name} and ${to.name} within that length.`));
    nav.highlight.release();
    return;
  }
  // Everything on every path is drawn at once (one undo step), then highlighted.
  const nodes = new Map(paths.flatMap((p) => p.nodes).map((n) => [n.id, n]));
  const edges = new Map(paths.flatMap((p) => p.edges).map((e) => [e.id, e]));
  nav.actions.addSubgraph(
    { nodes: [...nodes.values()], edges: [...edges.values()] },
    `paths ${from.name} → ${to.name}`,
  );

  const list = h('ol', { class: 'path-list' });
  const detail = h('div', { class: 'path-detail' });
  const choose = (index: number) => {
    list.querySelectorAll('li').forEach((li, i) => li.classList.toggle('active', i === index));
    void showPath(nav, detail, paths[index]!);
  };
  paths.forEach((path, i) => {
    list.append(
      h(
        'li',
        null,
        h(
          'button',
          { class: 'link path-choice', on: { click: () => choose(i) } },
          h('span', { class: 'path-hops' }, `${path.edges.length} hop${path.edges.length === 1 ? '' : 's'}`),
          h('span', { class: 'path-names' }, ...pathSteps(path)),
        ),
      ),
    );
  });
  replaceChildren(
    box,
    h(
      'p',
      null,
      h('strong', null, `${paths.length} path${paths.length === 1 ? '' : 's'}`),
      ` from ${from.name} to ${to.name}`,
    ),
    list,
    detail,
  );
  choose(0);
}

/**
 * Names joined by the relation of each step ("Gantz –signed→ MOU"), so two
 * paths through the same entities over different relations read apart.
 */
function pathSteps(path: GraphPath): (string | HTMLElement)[] {
  const parts: (string | HTMLElement)[] = [path.nodes[0]?.name ?? ''];
  path.edges.forEach((edge, i) => {
    const a = path.nodes[i]!;
    const b = path.nodes[i + 1]!;
    const arrow = RELATIONS[edge.type].symmetric ? '↔' : edge.source === a.id ? '→' : '←';
    parts.push(h('span', { class: 'path-rel' }, ` ${edgeLabel(edge)} ${arrow} `), b.name);
  });
  return parts;
}

/** One path: highlighted on the graph, its steps listed, one step at a time with its evidence. */
async function showPath(nav: Navigator, box: HTMLElement, path: GraphPath): Promise<void> {
  const { cy } = nav.app;
  await nav.app.layout.whenIdle();
  const ids = [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)];
  const eles = byIds(cy, ids);
  nav.highlight.hold(eles);
  let step = 0;
  const stepBox = h('div', { class: 'path-step-box', 'aria-live': 'polite' });
  const counter = h('span', { class: 'muted' });
  const prev = h('button', { 'aria-label': 'Previous step', on: { click: () => go(step - 1) } }, '‹ Prev');
  const next = h(
    'button',
    { 'aria-label': 'Next step', 'data-action': 'next-step', on: { click: () => go(step + 1) } },
    'Next ›',
  );
  const go = (i: number) => {
    step = Math.max(0, Math.min(path.edges.length - 1, i));
    const edge = path.edges[step]!;
    const a = path.nodes[step]!;
    const b = path.nodes[step + 1]!;
    counter.textContent = `Step ${step + 1} of ${path.edges.length}`;
    prev.disabled = step === 0;
    next.disabled = step === path.edges.length - 1;
    const forward = edge.source === a.id;
    const arrow = RELATIONS[edge.type].symmetric ? '↔' : forward ? '→' : '←';
    replaceChildren(
      stepBox,
      h(
        'div',
        { class: 'relation-head' },
        h('span', null, kindIcon(a.kind, 14), ` ${a.name}`),
        h('span', { class: 'relation-type' }, relationSwatch(edge.type), ` ${arrow} ${edgeLabel(edge)}`),
        h('span', null, kindIcon(b.kind, 14), ` ${b.name}`),
      ),
      evidenceBlock(nav, { edge, evidence: path.evidence[edge.id] ?? [] }),
    );
    const stepEles = cy.getElementById(edge.id).union(cy.getElementById(a.id)).union(cy.getElementById(b.id));
    nav.highlight.step(stepEles);
  };
  replaceChildren(box, h('div', { class: 'button-row step-nav' }, prev, counter, next), stepBox);
  go(0);
  const bb = eles.boundingBox();
  const extent = cy.extent();
  if (bb.x1 < extent.x1 || bb.x2 > extent.x2 || bb.y1 < extent.y1 || bb.y2 > extent.y2) {
    cy.animate({ fit: { eles, padding: 60 }, duration: 300 });
  }
}
