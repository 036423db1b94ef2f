/** Stored articles: the list, one with its text and mention spans, summaries by id. */
import type { ArticleDetail, ArticleMention, ArticleSummary, EntityKind } from '../domain.js';
import { errors } from '../errors.js';
import { isEntityKind } from '../ontology.js';
import type { StoreContext } from './context.js';
import { toArticleSummary } from './records.js';
import { numList, optStr, str } from './values.js';

export async function articles(ctx: StoreContext): Promise<ArticleSummary[]> {
  return (await ctx.runner.run('articles-list')).map((r) => toArticleSummary(r.article));
}

/** One article with its text and every mention span in reading order; not-found when unknown. */
export async function article(ctx: StoreContext, id: string): Promise<ArticleDetail> {
  const [row] = await ctx.runner.run('article-get', { id });
  if (!row) throw errors.notFound('article', id);
  const mentions: ArticleMention[] = [];
  for (const m of await ctx.runner.run('article-mentions', { id })) {
    if (!isEntityKind(m.kind)) continue;
    const starts = numList(m, 'spanStarts');
    const ends = numList(m, 'spanEnds');
    starts.forEach((start, i) =>
      mentions.push({
        entityId: str(m, 'id'),
        name: str(m, 'name'),
        kind: m.kind as EntityKind,
        start,
        end: ends[i] ?? start,
      }),
    );
  }
  // Two entities can share a span (a capital read as its government and as the place): the id breaks the tie, so
  // the order does not depend on the order the rows were written in.
  mentions.sort((a, b) => a.start - b.start || b.end - a.end || a.entityId.localeCompare(b.entityId));
  // An article recreated from an exported script has no text: its metadata and mentions are there.
  return { ...toArticleSummary(row.article), text: optStr(row, 'text') ?? '', mentions };
}

/** Summaries of the articles among `ids`, by id. */
export async function articleSummaries(ctx: StoreContext, ids: string[]): Promise<Map<string, ArticleSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.runner.run('articles-by-ids', { ids });
  return new Map(rows.map((r) => toArticleSummary(r.article)).map((a) => [a.id, a]));
}
