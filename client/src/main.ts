/**
 * Entry point: builds the app context, the controllers and the panels,
 * then opens the view the URL names (or the overview). Wiring only; each
 * piece lives in its own module.
 */
import './styles.css';
import { ApiClient } from './api/client.js';
import type { AppContext } from './app-context.js';
import { ContextMenu } from './controllers/context-menu.js';
import { Curation } from './controllers/curation.js';
import { DetailController } from './controllers/detail-controller.js';
import { FilterController } from './controllers/filter-controller.js';
import { frame, GraphActions } from './controllers/graph-actions.js';
import { HighlightController } from './controllers/highlight-controller.js';
import { followSelection } from './controllers/inspector-controller.js';
import { installKeyboard } from './controllers/keyboard.js';
import { LabelController } from './controllers/label-controller.js';
import { LayoutController } from './controllers/layout-controller.js';
import { SelectionController } from './controllers/selection-controller.js';
import { UrlController } from './controllers/url-controller.js';
import { ViewMetrics } from './controllers/view-metrics.js';
import { Catalog } from './model/catalog.js';
import { defaultFilters, sameFilters, type Filters } from './model/filters.js';
import { GraphModel, type Position } from './model/graph-model.js';
import { History } from './model/history.js';
import { sameIds, Store } from './model/store.js';
import type { LayoutName } from './model/url-state.js';
import { ConsolePanel } from './panels/console-panel.js';
import { EvidenceFilters } from './panels/evidence-filters.js';
import { ExportMenu } from './panels/export-menu.js';
import { createHelpDialog } from './panels/help-dialog.js';
import { Inspector } from './panels/inspector.js';
import { Legend } from './panels/legend.js';
import { Navigator } from './panels/navigator.js';
import { SearchBox } from './panels/search-box.js';
import { StatusBar } from './panels/status-bar.js';
import { viewOptions } from './panels/view-options.js';
import { buildCurationTools } from './panels/curation/curation-tools.js';
import { Timeline } from './panels/timeline.js';
import { buildToolbar } from './panels/toolbar.js';
import { h, required } from './ui/dom.js';
import { Toasts } from './ui/toast.js';
import { createCy, setFastViewport } from './view/cy.js';
import { LayoutRunner, type LayoutStats } from './view/layout.js';
import { chooseRenderer, detectGl } from './view/renderer.js';
import { GraphSync } from './view/sync.js';

async function start(): Promise<void> {
  const stage = required('#stage');
  const container = required('#cy');
  const params = new URLSearchParams(location.search);
  const gl = detectGl();
  const rendererChoice = chooseRenderer(gl, params.get('renderer'));

  const cy = createCy({ container, renderer: rendererChoice });
  const model = new GraphModel();
  const toasts = new Toasts(required('#toasts'));
  const lastLayout = new Store<LayoutStats | null>(null);
  // Created once the app exists; the layout asks it for communities ("group by community").
  let metrics: ViewMetrics | null = null;
  const api = new ApiClient();
  const sync = new GraphSync(cy, model);
  const catalog = new Catalog();
  const notify: AppContext['notify'] = (message, kind) => toasts.show(message, kind);
  const app: AppContext = {
    api,
    cy,
    model,
    history: new History(),
    sync,
    layout: new LayoutRunner(cy, {
      createWorker: () => new Worker(new URL('./view/layout.worker.ts', import.meta.url), { type: 'module' }),
      onStats: (stats) => lastLayout.set(stats),
      onPositions: (positions) => model.rememberPositions(positions),
      groupOf: (id) => metrics?.communityOf(id),
    }),
    catalog,
    curation: new Curation({ api, cy, model, sync, catalog, notify }),
    filters: new Store<Filters>(defaultFilters(), sameFilters),
    selection: new Store<string[]>([], sameIds),
    layoutName: new Store<LayoutName>('fcose'),
    handPlaced: new Store<ReadonlyMap<string, Position>>(new Map()),
    lastLayout,
    renderer: { choice: rendererChoice, gl: gl.renderer },
    notify,
  };

  // Controllers: filters before layout, so nodes a filter hides are never laid out as visible.
  const selection = new SelectionController(app);
  const filterController = new FilterController(app);
  const layouts = new LayoutController(app);
  const highlight = new HighlightController(cy);
  const labels = new LabelController(app);
  new DetailController(app);
  metrics = new ViewMetrics(app);
  const viewMetrics = metrics;
  const actions = new GraphActions(app);
  const url = new UrlController(app, selection);
  const inspector = new Inspector(required('#inspector'));
  const nav = new Navigator(app, actions, inspector, highlight);
  followSelection(app, nav, actions);
  const contextMenu = new ContextMenu(app, actions, nav, layouts, stage);

  app.sync.onApplied(() => setFastViewport(cy, app.sync.largeMode));
  cy.on('dbltap', 'node', (event) => {
    void actions
      .expand(event.target.id())
      .catch((error: unknown) => app.notify(error instanceof Error ? error.message : String(error), 'error'));
  });
  new ResizeObserver(() => cy.resize()).observe(container);
  // A click on the graph takes keyboard focus from any text field, so Delete and Ctrl+Z act on the graph.
  cy.on('tapstart', () => {
    if (document.activeElement !== container) container.focus({ preventScroll: true });
  });

  // Panels.
  const search = new SearchBox(app.api, {
    id: 'search',
    placeholder: 'Search entities  ( / )',
    onPick: (hit) => {
      search.clear();
      container.focus({ preventScroll: true });
      actions
        .addEntities([hit.id])
        .catch((error: unknown) => app.notify(error instanceof Error ? error.message : String(error), 'error'));
    },
  });
  required('#search-host').append(search.element);
  required('#legend').before(viewOptions(viewMetrics));
  const legend = new Legend(app, required('#legend'));
  const evidenceFilters = new EvidenceFilters(app, actions, filterController, required('#evidence-filters'));
  const consolePanel = new ConsolePanel(app, actions, highlight, required('#console'));
  const timeline = new Timeline(app, required('#timeline'));
  const help = createHelpDialog();
  const fit = () =>
    void frame(
      cy,
      cy.elements().filter((e) => !e.hasClass('f-hidden') && !e.hasClass('u-hidden')),
      40,
    );
  const share = async () => {
    url.write();
    const link = url.link();
    try {
      await navigator.clipboard.writeText(link);
      app.notify('Link to this view copied', 'success');
    } catch {
      // No clipboard outside secure contexts (plain http on a LAN): show the link to copy by hand.
      window.prompt('Copy this link:', link);
    }
  };
  const exportHost = buildToolbar(app, required('#toolbar'), {
    rerun: () => void layouts.rerun(),
    fit,
    undo: () => actions.undo(),
    redo: () => actions.redo(),
    paths: () => {
      const nodes = app.selection.get().filter((id) => model.node(id));
      nav.paths(nodes[0], nodes[1]);
    },
    disputes: () => nav.disputes(),
    toggleConsole: () => consolePanel.toggle(),
    share: () => void share(),
    help: () => help.showModal(),
  });
  const exportMenu = new ExportMenu(app, exportHost, viewMetrics);
  required('#toolbar').append(buildCurationTools(app, nav));
  // After an edit the open view reads its entity, relation or article again (a merged id leads to its survivor).
  app.curation.revision.subscribe(() => inspector.refresh());
  app.curation.access.subscribe(() => inspector.refresh());
  new StatusBar(app, filterController, required('#status'));

  installKeyboard(app, actions, {
    focusSearch: () => search.focus(),
    escape: () => {
      if (contextMenu.menu.isOpen) contextMenu.menu.close();
      else if (exportMenu.button.getAttribute('aria-expanded') === 'true') exportMenu.toggle(false);
      else if (highlight.holding) highlight.release();
      else if (inspector.current) inspector.back();
      else if (app.selection.get().length) selection.clear();
      else return false;
      return true;
    },
    rerunLayout: () => void layouts.rerun(),
    toggleConsole: () => consolePanel.toggle(),
    toggleHelp: () => (help.open ? help.close() : help.showModal()),
    fit,
    openMenu: () => contextMenu.openForSelection(),
  });

  const emptyState = required('#empty-state');
  const updateEmpty = () => {
    emptyState.hidden = model.nodeCount > 0;
  };
  app.sync.onApplied(updateEmpty);

  // Test and debugging hook: e2e tests assert on the graph itself, not only on pixels.
  const ready = (async () => {
    // The layout worker loads its code while the catalog loads, not when the first graph arrives.
    await Promise.all([
      app.catalog.load(app.api),
      app.layout.warm().catch(() => undefined),
      // Without it the explorer still reads; it only cannot show edits or offer to make them.
      app.curation.load().catch((error: unknown) => console.warn('Curation unavailable:', error)),
    ]);
    evidenceFilters.renderLists();
    timeline.refreshExtent();
    legend.refresh();
    if (app.catalog.problems.length) console.warn('Catalog incomplete:', app.catalog.problems);
    try {
      await url.restore(url.initial());
    } catch (error) {
      app.notify(`Could not load the view: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
    updateEmpty();
  })();
  Object.assign(window, {
    __newsgraph: {
      app,
      cy,
      model,
      actions,
      nav,
      inspector,
      url,
      console: consolePanel,
      exportMenu,
      filters: filterController,
      highlight,
      layouts,
      labels,
      metrics: viewMetrics,
      timeline,
      curation: app.curation,
      ready,
    },
  });
  await ready;
  document.body.classList.add('ready');
}

start().catch((error: unknown) => {
  console.error(error);
  document.body.append(
    h(
      'div',
      { class: 'fatal', role: 'alert' },
      `Newsgraph failed to start: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
});
