/**
 * Writing into the store: one article per transaction through the
 * {@link ArticleWriter}, or many at once through the bulk importer when the
 * embedded store is empty. Every committed change moves the write generation.
 */
import type { ArticleGraph, LoadSummary } from '../domain.js';
import { ENTITY_KINDS } from '../ontology.js';
import { validateArticleGraph } from './article-plan.js';
import { ArticleWriter } from './article-writer.js';
import { planBulkImport } from './bulk-import.js';
import type { TemplateArgs } from './catalogue.js';
import type { StoreContext } from './context.js';

export type Progress = (done: number, total: number) => void;

/** Upserts one article with its entities and relations in one transaction. */
export async function loadArticle(ctx: StoreContext, graph: ArticleGraph): Promise<LoadSummary> {
  validateArticleGraph(graph);
  let writer: ArticleWriter | undefined;
  const summary = await ctx.runner.write((tx) => {
    writer = new ArticleWriter(tx, ctx.kinds, ctx.logger);
    return writer.write(graph);
  });
  writer?.commitKinds();
  if (summary.changed) ctx.wrote();
  return summary;
}

/**
 * Many articles: COPY into an empty embedded store (all or nothing),
 * otherwise one transaction per article.
 */
export async function importArticles(
  ctx: StoreContext,
  graphs: ArticleGraph[],
  isEmpty: () => Promise<boolean>,
  onProgress: Progress = () => undefined,
): Promise<LoadSummary[]> {
  graphs.forEach(validateArticleGraph);
  const { runner } = ctx;
  if (!runner.bulkCopy || !(await isEmpty())) {
    const summaries: LoadSummary[] = [];
    for (const [i, graph] of graphs.entries()) {
      summaries.push(await loadArticle(ctx, graph));
      onProgress(i + 1, graphs.length);
    }
    return summaries;
  }
  const plan = planBulkImport(graphs);
  const copies: Array<[string, TemplateArgs, object[]]> = [
    ...[...plan.entities].map(([kind, rows]): [string, TemplateArgs, object[]] => [
      'bulk-copy-entities',
      { kind },
      rows,
    ]),
    ['bulk-copy-articles', {}, plan.articles],
    ...[...plan.relations.values()].map((g): [string, TemplateArgs, object[]] => [
      'bulk-copy-relations',
      { type: g.type, from: g.from, to: g.to },
      g.rows,
    ]),
    ...[...plan.mentions].map(([kind, rows]): [string, TemplateArgs, object[]] => [
      'bulk-copy-mentions',
      { kind },
      rows,
    ]),
  ];
  try {
    for (const [i, [name, template, rows]] of copies.entries()) {
      await runner.bulkCopy(name, template, rows);
      onProgress(i + 1, copies.length);
    }
  } catch (error) {
    // The store was empty: emptying it again undoes the tables already copied.
    await runner.write(async (tx) => {
      for (const kind of ENTITY_KINDS) await tx.run('bulk-clear-entities', {}, { kind });
      await tx.run('bulk-clear-articles');
    });
    throw error;
  } finally {
    ctx.wrote();
  }
  return plan.summaries;
}
