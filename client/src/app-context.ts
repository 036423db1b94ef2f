/**
 * The pieces every controller and panel is built from, created once in
 * main.ts and passed in (never imported as globals), so each module says
 * what it depends on.
 */
import type { Core } from 'cytoscape';
import type { ApiClient } from './api/client.js';
import type { Curation } from './controllers/curation.js';
import type { Catalog } from './model/catalog.js';
import type { Filters } from './model/filters.js';
import type { GraphModel, Position } from './model/graph-model.js';
import type { History } from './model/history.js';
import type { Store } from './model/store.js';
import type { LayoutName } from './model/url-state.js';
import type { LayoutRunner, LayoutStats } from './view/layout.js';
import type { GraphSync } from './view/sync.js';

export type NoticeKind = 'info' | 'error' | 'success';

/** Short messages to the analyst (toasts). */
export interface Notifier {
  notify(message: string, kind?: NoticeKind): void;
}

export interface AppContext extends Notifier {
  api: ApiClient;
  cy: Core;
  model: GraphModel;
  history: History;
  sync: GraphSync;
  layout: LayoutRunner;
  catalog: Catalog;
  filters: Store<Filters>;
  /** Selected node and edge ids, mirrored from Cytoscape. */
  selection: Store<string[]>;
  layoutName: Store<LayoutName>;
  /** Nodes the analyst dragged into place: layouts keep them there, and shared links carry them. */
  handPlaced: Store<ReadonlyMap<string, Position>>;
  lastLayout: Store<LayoutStats | null>;
  /** Analysts' edits: who is signed in, making them, and what is edited. */
  curation: Curation;
  /** Which renderer draws the graph, and the GL string it was chosen from. */
  renderer: { choice: 'canvas' | 'webgl'; gl: string | null };
}
