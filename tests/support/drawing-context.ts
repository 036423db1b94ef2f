/**
 * The part of the explorer that draws a graph, wired as main.ts wires it:
 * model → sync → Cytoscape, with the layout controller deciding the first
 * drawing's layout. Browser-safe: the unit tests run it on a headless
 * Cytoscape, the client benchmark's page in Chromium.
 */
import type { Core } from 'cytoscape';
import type { AppContext } from '../../client/src/app-context.js';
import { LayoutController } from '../../client/src/controllers/layout-controller.js';
import { defaultFilters, type Filters } from '../../client/src/model/filters.js';
import type { GraphModel, Position } from '../../client/src/model/graph-model.js';
import { Store } from '../../client/src/model/store.js';
import type { LayoutName } from '../../client/src/model/url-state.js';
import type { LayoutRunner } from '../../client/src/view/layout.js';
import { GraphSync } from '../../client/src/view/sync.js';

/** What the drawing controllers read of the app. */
export type DrawingContext = Pick<
  AppContext,
  'cy' | 'model' | 'sync' | 'layout' | 'filters' | 'layoutName' | 'handPlaced'
>;

/** Syncs `model` into `cy` and lays out with `layout`, under the default filters and layout. */
export function drawingContext(cy: Core, model: GraphModel, layout: LayoutRunner): DrawingContext {
  const context: DrawingContext = {
    cy,
    model,
    sync: new GraphSync(cy, model),
    layout,
    filters: new Store<Filters>(defaultFilters()),
    layoutName: new Store<LayoutName>('fcose'),
    handPlaced: new Store<ReadonlyMap<string, Position>>(new Map()),
  };
  // The layout controller reads only these fields of the app.
  new LayoutController(context as AppContext);
  return context;
}
