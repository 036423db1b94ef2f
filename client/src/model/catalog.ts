/**
 * What the app knows about the whole graph, loaded once at start: schema
 * (console completion, examples), stats (legend counts) and the article
 * list (source filter, article titles). Each part may be missing when the
 * server cannot answer it; the UI then falls back to the ontology. Loaded
 * again after an analyst's edit (counts and article details change).
 */
import type { SchemaResponse, StatsResponse } from '../../../core/api.js';
import type { ArticleSummary } from '../../../core/domain.js';
import type { ApiClient } from '../api/client.js';
import { Store } from './store.js';

export class Catalog {
  schema: SchemaResponse | null = null;
  stats: StatsResponse | null = null;
  articles: ArticleSummary[] = [];
  /** Article id → source, for the source filter. */
  readonly articleSources = new Map<string, string | null>();
  readonly articleById = new Map<string, ArticleSummary>();
  /** Why a part failed to load, for the status bar. */
  readonly problems: string[] = [];
  /** Moves after every load: the legend and the status bar follow it. */
  readonly loaded = new Store(0);

  /** Loads every part in parallel; failures are recorded, not thrown. */
  async load(api: ApiClient): Promise<void> {
    const [schema, stats, articles] = await Promise.allSettled([api.schema(), api.stats(12), api.articles()]);
    this.problems.length = 0;
    if (schema.status === 'fulfilled') this.schema = schema.value;
    else this.problems.push(`schema: ${reason(schema.reason)}`);
    if (stats.status === 'fulfilled') this.stats = stats.value;
    else this.problems.push(`stats: ${reason(stats.reason)}`);
    if (articles.status === 'fulfilled') this.setArticles(articles.value.articles);
    else this.problems.push(`articles: ${reason(articles.reason)}`);
    this.loaded.update((n) => n + 1);
  }

  setArticles(articles: ArticleSummary[]): void {
    this.articles = [...articles].sort(
      (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.title ?? a.id).localeCompare(b.title ?? b.id),
    );
    this.articleSources.clear();
    this.articleById.clear();
    for (const a of articles) {
      this.articleSources.set(a.id, a.source);
      this.articleById.set(a.id, a);
    }
  }

  /** Distinct sources with their article counts, most articles first. */
  sources(): Array<{ source: string; articles: number }> {
    const counts = new Map<string, number>();
    for (const a of this.articles) if (a.source) counts.set(a.source, (counts.get(a.source) ?? 0) + 1);
    return [...counts]
      .map(([source, articles]) => ({ source, articles }))
      .sort((a, b) => b.articles - a.articles || a.source.localeCompare(b.source));
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
