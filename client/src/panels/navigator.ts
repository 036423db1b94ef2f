/**
 * Opens inspector views by what they show. Views link to each other (an
 * entity's relation opens its evidence, evidence opens the article) through
 * this, not by importing each other.
 */
import type { Span } from '../../../core/domain.js';
import type { AppContext } from '../app-context.js';
import type { GraphActions } from '../controllers/graph-actions.js';
import type { HighlightController } from '../controllers/highlight-controller.js';
import { articleView } from './article-view.js';
import { disputesView } from './disputes-view.js';
import { entityView } from './entity-view.js';
import type { Inspector } from './inspector.js';
import { pathsView } from './paths-view.js';
import { relationView } from './relation-view.js';

export interface OpenOptions {
  /** Keep the current view under this one (Back returns to it). */
  push?: boolean;
  /** Replace only the view on top (the selection's view above a reading view). */
  replaceTop?: boolean;
}

export class Navigator {
  constructor(
    readonly app: AppContext,
    readonly actions: GraphActions,
    readonly inspector: Inspector,
    readonly highlight: HighlightController,
  ) {}

  entity(id: string, options: OpenOptions = {}): void {
    this.inspector.show(entityView(this, id), options);
  }

  relation(id: string, options: OpenOptions = {}): void {
    this.inspector.show(relationView(this, id), options);
  }

  /** Opens an article; `focus` (article offsets) is scrolled to and marked, e.g. the evidence sentence. */
  article(id: string, options: OpenOptions & { focus?: Span } = {}): void {
    this.inspector.show(articleView(this, id, options.focus), options);
  }

  /** Opens the list of relations the articles contradict (within the timeline's range). */
  disputes(): void {
    this.inspector.show(disputesView(this));
  }

  /** Opens the path finder, searching at once when both ends are given. */
  paths(from?: string, to?: string): void {
    const end = (id?: string) => (id ? { id, name: this.app.model.node(id)?.name ?? id } : undefined);
    this.inspector.show(pathsView(this, end(from), end(to)));
  }
}
