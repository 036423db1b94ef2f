/**
 * How much the sources agree on a relation, from its evidence sentences:
 * what the evidence panel and the path steps show above the sentences.
 */
import { CERTAINTY_SIDE } from '../../../core/claims.js';
import type { Evidence } from '../../../core/domain.js';

export interface ArticleEvidence {
  articleId: string;
  title: string | null;
  source: string | null;
  date: string | null;
  sentences: Evidence[];
}

export interface Corroboration {
  /** Distinct articles stating the relation. */
  articles: number;
  /** Distinct named sources, in order of first appearance (unknown sources are not counted). */
  sources: string[];
  sentences: number;
  /** Distinct articles with a sentence that denies the relation. */
  denyingArticles: number;
  /** Sentences grouped by article, newest article first, sentences in text order. */
  byArticle: ArticleEvidence[];
}

/** Groups evidence by article and counts agreeing articles and sources. */
export function corroboration(evidence: readonly Evidence[]): Corroboration {
  const groups = new Map<string, ArticleEvidence>();
  const sources: string[] = [];
  for (const e of evidence) {
    let group = groups.get(e.articleId);
    if (!group) {
      group = { articleId: e.articleId, title: e.articleTitle, source: e.source, date: e.date, sentences: [] };
      groups.set(e.articleId, group);
    }
    group.sentences.push(e);
    if (e.source && !sources.includes(e.source)) sources.push(e.source);
  }
  const byArticle = [...groups.values()];
  for (const group of byArticle) group.sentences.sort((a, b) => a.start - b.start);
  byArticle.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.articleId.localeCompare(b.articleId));
  const denying = new Set(evidence.filter((e) => CERTAINTY_SIDE[e.certainty] === 'against').map((e) => e.articleId));
  return { articles: byArticle.length, sources, sentences: evidence.length, denyingArticles: denying.size, byArticle };
}

/** "3 articles from 2 sources agree" — the headline of the evidence panel. */
export function agreementText(c: Corroboration): string {
  const articles = `${c.articles} article${c.articles === 1 ? '' : 's'}`;
  if (c.denyingArticles > 0) {
    const denying = `${c.denyingArticles} article${c.denyingArticles === 1 ? '' : 's'}`;
    return c.denyingArticles === c.articles && c.articles === 1
      ? `Reported and denied in ${articles}`
      : `${articles}, ${denying} with a denial`;
  }
  if (c.articles <= 1) return `Stated by ${articles}${c.sources[0] ? ` (${c.sources[0]})` : ''}`;
  const sources = c.sources.length > 1 ? ` from ${c.sources.length} sources` : '';
  return `${articles}${sources} agree`;
}
