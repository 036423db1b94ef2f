/**
 * What the inspector shows follows the selection: one node → the entity,
 * one relation → its evidence, two nodes → an offer to find paths, more →
 * a summary with bulk actions. Reading views (an article, paths) are not
 * thrown away by a click on the graph: the selection's view goes on top.
 */
import type { AppContext } from '../app-context.js';
import type { InspectorView } from '../panels/inspector.js';
import type { Navigator } from '../panels/navigator.js';
import { h } from '../ui/dom.js';
import { kindIcon } from '../ui/icons.js';
import type { GraphActions } from './graph-actions.js';

export function followSelection(app: AppContext, nav: Navigator, actions: GraphActions): void {
  const { inspector } = nav;
  // Clicking the element that is already the selection does not change it: reopen its view if the panel was closed.
  app.cy.on('tap', 'node, edge', (event) => {
    const id: string = event.target.id();
    const selected = app.selection.get();
    if (selected.length !== 1 || selected[0] !== id || inspector.current) return;
    if (app.model.node(id)) nav.entity(id);
    else nav.relation(id);
  });
  app.selection.subscribe((ids) => {
    const current = inspector.current;
    const reading = current !== null && !current.followsSelection;
    if (ids.length === 0) {
      if (current?.followsSelection) inspector.back();
      return;
    }
    const options = reading ? { push: true } : current?.followsSelection ? { replaceTop: true } : {};
    if (ids.length === 1) {
      const id = ids[0]!;
      if (app.model.node(id)) nav.entity(id, options);
      else if (app.model.edge(id)) nav.relation(id, options);
      return;
    }
    inspector.show(selectionView(app, nav, actions, ids), options);
  });
}

function selectionView(app: AppContext, nav: Navigator, actions: GraphActions, ids: string[]): InspectorView {
  const nodes = ids.map((id) => app.model.node(id)).filter((n) => n !== undefined);
  const edges = ids.filter((id) => app.model.edge(id));
  return {
    key: `selection:${[...ids].sort().join(',')}`,
    title: `${ids.length} selected`,
    followsSelection: true,
    render(box) {
      const list = h(
        'ul',
        { class: 'plain-list' },
        ...nodes
          .slice(0, 30)
          .map((n) =>
            h(
              'li',
              null,
              h(
                'button',
                { class: 'link', on: { click: () => nav.entity(n.id, { push: true }) } },
                kindIcon(n.kind, 12),
                ` ${n.name}`,
              ),
            ),
          ),
      );
      if (nodes.length > 30) list.append(h('li', { class: 'muted' }, `and ${nodes.length - 30} more`));
      const pair = nodes.length === 2 && edges.length === 0;
      box.append(
        h(
          'p',
          null,
          `${nodes.length} node${nodes.length === 1 ? '' : 's'}, ${edges.length} relation${edges.length === 1 ? '' : 's'}.`,
        ),
        pair
          ? h(
              'button',
              {
                class: 'primary',
                'data-action': 'paths-between',
                on: { click: () => nav.paths(nodes[0]!.id, nodes[1]!.id) },
              },
              `Find paths: ${nodes[0]!.name} → ${nodes[1]!.name}`,
            )
          : h('span'),
        h(
          'div',
          { class: 'button-row' },
          nodes.length
            ? h(
                'button',
                {
                  on: {
                    click: () =>
                      nodes.forEach(
                        (n) => void actions.expand(n.id).catch((e: unknown) => app.notify(String(e), 'error')),
                      ),
                  },
                },
                `Expand ${nodes.length}`,
              )
            : null,
          nodes.length
            ? h(
                'button',
                {
                  on: {
                    click: () =>
                      actions.pin(
                        nodes.map((n) => n.id),
                        true,
                      ),
                  },
                },
                'Pin',
              )
            : null,
          h('button', { on: { click: () => actions.hide(ids) } }, 'Hide'),
          h('button', { on: { click: () => actions.remove(ids) } }, 'Remove'),
        ),
        list,
      );
    },
  };
}
