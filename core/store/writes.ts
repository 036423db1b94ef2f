/**
 * Writing into the store: articles through the {@link ArticleWriter}, many
 * to a transaction (their entity updates and new relations merged and written
 * at its end, {@link DeferredWrites}), or through the bulk importer when the
 * embedded store is empty. Caches (the directory, the kind index, the
 * generation) learn what a transaction changed only once it has committed.
 */
import type { ArticleGraph, LoadSummary } from '../domain.js';
import { ENTITY_KINDS } from '../ontology.js';
import { validateArticleGraph } from './article-plan.js';
import { ArticleWriter } from './article-writer.js';
import { planBulkImport } from './bulk-import.js';
import type { StoreContext } from './context.js';
import { DeferredWrites } from './deferred-writes.js';
import { StagedDirectory } from './entity-directory.js';
import { PrefetchedRelations } from './prefetched-relations.js';
import type { LoadOutcome, LoadProgress } from './port.js';
import type { BulkCopy, QueryExecutor } from './runner.js';

/**
 * Articles written in one transaction: enough to spread the cost of a commit,
 * few enough that a failure (which retries the group in halves) stays cheap.
 */
export const ARTICLES_PER_TRANSACTION = 32;

/**
 * Runs in an article's transaction right after the article is written, with
 * its index among the graphs loaded (curation keeps the article's extracted
 * source beside it and puts back the relations analysts added by hand).
 */
export type AfterArticle = (tx: QueryExecutor, index: number) => Promise<void>;

/** Upserts one article with its entities and relations in one transaction. */
export async function loadArticle(ctx: StoreContext, graph: ArticleGraph, after?: AfterArticle): Promise<LoadSummary> {
  validateArticleGraph(graph);
  return (await writeGroup(ctx, [graph], after && ((tx) => after(tx, 0))))[0]!;
}

/**
 * Upserts many articles, {@link ARTICLES_PER_TRANSACTION} to a transaction.
 * A group whose transaction fails is retried in halves, down to the one
 * article that fails: that one is reported, every other article loads.
 * Outcomes are in the order of `graphs`.
 */
export async function loadArticles(
  ctx: StoreContext,
  graphs: ArticleGraph[],
  onProgress: LoadProgress = () => undefined,
  options: { signal?: AbortSignal; after?: AfterArticle } = {},
): Promise<LoadOutcome[]> {
  const outcomes: LoadOutcome[] = new Array(graphs.length);
  let done = 0;
  const finish = (i: number, outcome: LoadOutcome) => {
    outcomes[i] = outcome;
    onProgress(++done, graphs.length, i);
  };
  const valid: number[] = [];
  for (const [i, graph] of graphs.entries()) {
    try {
      validateArticleGraph(graph);
      valid.push(i);
    } catch (error) {
      finish(i, { status: 'failed', error });
    }
  }
  const write = async (group: number[]): Promise<void> => {
    try {
      const { after } = options;
      const summaries = await writeGroup(
        ctx,
        group.map((i) => graphs[i]!),
        after && ((tx, k) => after(tx, group[k]!)),
      );
      group.forEach((i, k) => finish(i, { status: 'loaded', summary: summaries[k]! }));
    } catch (error) {
      if (group.length === 1) return finish(group[0]!, { status: 'failed', error });
      const half = Math.ceil(group.length / 2);
      await write(group.slice(0, half));
      await write(group.slice(half));
    }
  };
  for (const group of groupsOf(valid, (i) => graphs[i]!.article.id)) {
    if (options.signal?.aborted) group.forEach((i) => finish(i, { status: 'stopped' }));
    else await write(group);
  }
  return outcomes;
}

/** Consecutive groups of at most ARTICLES_PER_TRANSACTION, an article id at most once in each. */
function groupsOf(indexes: number[], idOf: (i: number) => string): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  let ids = new Set<string>();
  for (const i of indexes) {
    if (current.length === ARTICLES_PER_TRANSACTION || ids.has(idOf(i))) {
      groups.push(current);
      current = [];
      ids = new Set();
    }
    current.push(i);
    ids.add(idOf(i));
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Writes already validated articles in one transaction, in order; all commit or none. */
async function writeGroup(ctx: StoreContext, graphs: ArticleGraph[], after?: AfterArticle): Promise<LoadSummary[]> {
  const directory = await ctx.directory();
  // The runner may run the work again after a failed attempt (Neo4j retries): only the committed attempt counts.
  const attempt: {
    writers: ArticleWriter[];
    staged: StagedDirectory | null;
    prefetched: PrefetchedRelations | null;
  } = { writers: [], staged: null, prefetched: null };
  const summaries = await ctx.runner.write(async (transaction) => {
    const writers: ArticleWriter[] = [];
    const view = directory ? new StagedDirectory(directory) : null;
    const stored = await ctx.storedRelations(transaction);
    // On the embedded store, the relations the articles look up are read before anything is written, and only those stored.
    const prefetched =
      directory && stored
        ? await PrefetchedRelations.read(
            transaction,
            ctx.runner.catalogue,
            graphs,
            (id) => directory.get(id)?.kind,
            stored,
          )
        : null;
    Object.assign(attempt, { writers, staged: view, prefetched });
    const deferred = new DeferredWrites(ctx.runner.catalogue);
    const held = deferred.executor(transaction);
    const tx = prefetched?.executor(held) ?? held;
    const out: LoadSummary[] = [];
    for (const [k, graph] of graphs.entries()) {
      const writer = new ArticleWriter(tx, ctx.kinds, view, ctx.logger);
      writers.push(writer);
      out.push(await writer.write(graph));
      await after?.(tx, k);
      // The next article of this transaction sees what this one wrote.
      view?.stage(writer.entityChanges());
    }
    await deferred.flush(transaction);
    return out;
  });
  // Committed: only now do the caches learn what changed, so they are never ahead of the data.
  for (const writer of attempt.writers) writer.committed();
  if (attempt.prefetched) ctx.storedRelationsChanged(attempt.prefetched.changes());
  if (summaries.some((s) => s.changed)) {
    const generation = ctx.wrote();
    if (directory && attempt.staged) directory.apply({ ...attempt.staged.changes(), generation });
  }
  return summaries;
}

/**
 * Many articles: COPY into an empty embedded store (all or nothing),
 * otherwise {@link loadArticles} (a failing article is reported with its error).
 */
export async function importArticles(
  ctx: StoreContext,
  graphs: ArticleGraph[],
  isEmpty: () => Promise<boolean>,
  onProgress: LoadProgress = () => undefined,
): Promise<LoadSummary[]> {
  graphs.forEach(validateArticleGraph);
  const { runner } = ctx;
  if (!runner.bulkCopy || !(await isEmpty())) {
    const outcomes = await loadArticles(ctx, graphs, onProgress);
    for (const o of outcomes) if (o.status === 'failed') throw o.error;
    return outcomes.flatMap((o) => (o.status === 'loaded' ? [o.summary] : []));
  }
  const plan = planBulkImport(graphs);
  const copies: BulkCopy[] = [
    ...[...plan.entities].map(([kind, rows]) => ({ name: 'bulk-copy-entities', template: { kind }, rows })),
    { name: 'bulk-copy-articles', template: {}, rows: plan.articles },
    ...[...plan.relations.values()].map(({ type, from, to, rows }) => ({
      name: 'bulk-copy-relations',
      template: { type, from, to },
      rows,
    })),
    ...[...plan.mentions].map(([kind, rows]) => ({ name: 'bulk-copy-mentions', template: { kind }, rows })),
  ];
  try {
    await runner.bulkCopy(copies, (done) => onProgress(done, copies.length));
  } catch (error) {
    // The store was empty: emptying it again undoes the tables already copied.
    await runner.write(async (tx) => {
      for (const kind of ENTITY_KINDS) await tx.run('bulk-clear-entities', {}, { kind });
      await tx.run('bulk-clear-articles');
    });
    throw error;
  } finally {
    ctx.wrote();
    ctx.reloadDirectory();
  }
  return plan.summaries;
}
