/**
 * Claims and time on read: relations get their report dates from their
 * articles (dates are not copied onto relations, so correcting an article's
 * date corrects every relation it supports), are seen through a view (time
 * range, statuses), and disputed relations are listed with both sides.
 */
import { CERTAINTY_SIDE, inRange, periodOf, viewClaim, type ClaimView, type Period } from '../claims.js';
import type { Dispute, DisputePage, EntitySummary, GraphEdge, Timeline } from '../domain.js';
import { LIMITS, RELATION_TYPES } from '../ontology.js';
import { articles, articleSummaries } from './articles.js';
import type { StoreContext } from './context.js';
import { nodes } from './entities.js';
import type { DisputeSpec } from './port.js';
import { storedEvidence, toEvidence, toGraphEdge, withDates } from './records.js';
import type { Row, StoreValue } from './values.js';

/**
 * Dates and views edges, looking up each article's date once: one instance
 * per read, so a walk of several hops asks only for articles it has not met.
 */
export class EdgeDating {
  private readonly dates = new Map<string, string | null>();

  constructor(
    private readonly ctx: StoreContext,
    private readonly view?: ClaimView,
  ) {}

  /**
   * Takes the article dates a query returned beside an edge (`dates`: maps
   * of article id and date), so that {@link apply} asks the store for none
   * of that edge's articles: one the query did not find has no date, as
   * when {@link apply} looks it up and misses. Rows without a `dates`
   * column (a dialect whose query leaves them out) teach nothing.
   */
  learn(edge: GraphEdge, dates: StoreValue | undefined): void {
    if (dates === undefined) return;
    const found = new Map<string, string | null>();
    for (const entry of Array.isArray(dates) ? dates : []) {
      if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
        const { id, date } = entry as Row;
        if (typeof id === 'string') found.set(id, typeof date === 'string' ? date : null);
      }
    }
    for (const { articleId } of edge.reports) this.dates.set(articleId, found.get(articleId) ?? null);
  }

  /** The edges with their report dates, cut to the view; edges the view leaves out are dropped. */
  async apply(edges: GraphEdge[]): Promise<GraphEdge[]> {
    const unknown = [...new Set(edges.flatMap((e) => e.reports.map((r) => r.articleId)))].filter(
      (id) => !this.dates.has(id),
    );
    if (unknown.length > 0) {
      const found = await articleSummaries(this.ctx, unknown);
      for (const id of unknown) this.dates.set(id, found.get(id)?.date ?? null);
    }
    const dateOf = (id: string) => this.dates.get(id) ?? null;
    return edges.map((e) => viewClaim(withDates(e, dateOf), this.view)).filter((e): e is GraphEdge => e !== null);
  }
}

/**
 * Relations the evidence disputes (statements for and against), within the
 * range when one is given, each with both sides' sentences, outlets and
 * dates. Most-reported first, a page at a time: the sentences, outlets and
 * ends are read only for the page.
 */
export async function disputes(ctx: StoreContext, spec: DisputeSpec = {}): Promise<DisputePage> {
  const { types, offset = 0, limit = LIMITS.disputesPageSize, ...range } = spec;
  // No types (or an empty list, as `types=` in a query string parses): every type, as the other reads take it.
  const rows = await ctx.runner.run(
    'relations-by-claim',
    { claim: 'disputed' },
    { types: types?.length ? types : RELATION_TYPES },
  );
  const found = rows.flatMap((row) => {
    const edge = toGraphEdge(row.edge);
    return edge ? [{ edge, entries: storedEvidence(row) }] : [];
  });
  const byId = new Map(found.map((f) => [f.edge.id, f.entries]));
  const kept = (await new EdgeDating(ctx, { ...range, claims: ['disputed'] }).apply(found.map((f) => f.edge))).sort(
    (a, b) => b.reports.length - a.reports.length || a.id.localeCompare(b.id),
  );
  const page = kept.slice(offset, offset + limit);
  const summaries = await articleSummaries(ctx, [
    ...new Set(page.flatMap((e) => (byId.get(e.id) ?? []).map((entry) => entry.article))),
  ]);
  const ends = new Map(
    (await nodes(ctx, [...new Set(page.flatMap((e) => [e.source, e.target]))])).map((n) => [n.id, n]),
  );
  const result: Dispute[] = [];
  for (const edge of page) {
    const evidence = toEvidence(edge.id, byId.get(edge.id) ?? [], summaries).filter((e) => inRange(e.date, range));
    const source = ends.get(edge.source);
    const target = ends.get(edge.target);
    if (!source || !target) continue;
    result.push({
      edge,
      source: summary(source),
      target: summary(target),
      for: evidence.filter((e) => CERTAINTY_SIDE[e.certainty] === 'for'),
      against: evidence.filter((e) => CERTAINTY_SIDE[e.certainty] === 'against'),
      acrossArticles: new Set(evidence.map((e) => e.articleId)).size > 1,
    });
  }
  return { disputes: result, total: kept.length, offset, limit };
}

function summary(n: EntitySummary): EntitySummary {
  return { id: n.id, name: n.name, kind: n.kind, aliases: n.aliases };
}

/** Evidence over time: supporting sentences and articles per period, from the stored articles' dates. */
export async function timeline(ctx: StoreContext, period: Period): Promise<Timeline> {
  const counts = new Map<string, { count: number; articles: number }>();
  const undated = { articles: 0, evidence: 0 };
  let first: string | null = null;
  let last: string | null = null;
  for (const a of await articles(ctx)) {
    if (!a.date) {
      undated.articles++;
      undated.evidence += a.evidenceCount;
      continue;
    }
    if (first === null || a.date < first) first = a.date;
    if (last === null || a.date > last) last = a.date;
    const key = periodOf(a.date, period);
    const c = counts.get(key) ?? { count: 0, articles: 0 };
    c.count += a.evidenceCount;
    c.articles++;
    counts.set(key, c);
  }
  const periods = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([p, c]) => ({ period: p, ...c }));
  return { period, first, last, periods, undated };
}
