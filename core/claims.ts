/**
 * Claims and time, as code: how certain each supporting sentence is, what a
 * relation's status is given all of them, and which reports fall in a time
 * range. Browser-safe and pure, so the store, the server and the client
 * derive the same status from the same evidence.
 */

/**
 * How one sentence states a relation: in the article's own voice
 * (`asserted`), as someone's statement (`reported`), hedged (`alleged`),
 * negated or denied (`denied`), as intended or future (`planned`), or as
 * wanted (`sought`).
 */
export const CERTAINTIES = ['asserted', 'reported', 'alleged', 'denied', 'planned', 'sought'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** Certainties from the weakest commitment to the strongest, for combining a clause's with what governs it. */
const STRENGTH: readonly Certainty[] = ['denied', 'alleged', 'sought', 'planned', 'reported', 'asserted'];

/** The weaker of two certainties ("wants to sign a deal to buy": the purchase is only sought). */
export function weakerCertainty(a: Certainty, b: Certainty): Certainty {
  return STRENGTH.indexOf(a) <= STRENGTH.indexOf(b) ? a : b;
}

/** What the evidence of a relation says about it, taken together. */
export const CLAIM_STATUSES = ['asserted', 'alleged', 'planned', 'denied', 'disputed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Which side of a claim a sentence is on. */
export type ClaimSide = 'for' | 'against';

export const CERTAINTY_SIDE: Record<Certainty, ClaimSide> = {
  asserted: 'for',
  reported: 'for',
  alleged: 'for',
  planned: 'for',
  sought: 'for',
  denied: 'against',
};

/** What legends and the evidence panel say each status means. */
export const CLAIM_DESCRIPTIONS: Record<ClaimStatus, string> = {
  asserted: 'asserted: an article states it in its own voice',
  alleged: 'alleged: only reported or alleged, never asserted',
  planned: 'planned: intended or wanted, not (yet) done',
  denied: 'denied: only denials',
  disputed: 'disputed: stated and denied (within or across articles)',
};

/** Who a sentence says makes the statement; absent or null: the article's own voice, i.e. its outlet. */
export interface Attribution {
  /** Id of the entity named as the source (Amnesty International), or null when it is not one of ours. */
  entity: string | null;
  /** The source as the sentence writes it ("a defense official", "Amnesty International"). */
  text: string;
}

export function isCertainty(value: unknown): value is Certainty {
  return typeof value === 'string' && (CERTAINTIES as readonly string[]).includes(value);
}

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value);
}

/**
 * A relation's status from the certainties of its sentences: disputed when
 * some sentence denies it and another states it (in any way), denied when
 * every sentence denies it, asserted when one states it plainly, alleged
 * when it is only reported or alleged, planned when it is only intended or
 * wanted. No evidence reads as asserted (a relation is never stored without).
 */
export function claimOf(certainties: Iterable<Certainty>): ClaimStatus {
  const seen = new Set(certainties);
  if (seen.size === 0) return 'asserted';
  const against = seen.has('denied');
  const forIt = [...seen].some((c) => CERTAINTY_SIDE[c] === 'for');
  if (against) return forIt ? 'disputed' : 'denied';
  if (seen.has('asserted')) return 'asserted';
  if (seen.has('reported') || seen.has('alleged')) return 'alleged';
  return 'planned';
}

// ---------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------

/** One supporting sentence of a relation, as far as status and time go. */
export interface Report {
  articleId: string;
  /** The article's date (YYYY-MM-DD), null when the article states none. */
  date: string | null;
  certainty: Certainty;
}

/**
 * A window of report dates, both ends inclusive (YYYY-MM-DD); a missing end
 * is open. Reports of undated articles are kept unless `undated` is `exclude`:
 * an unknown date is not known to lie outside the window.
 */
export interface TimeRange {
  since?: string | null;
  until?: string | null;
  undated?: 'include' | 'exclude';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Whether the range restricts anything at all. */
export function isBounded(range: TimeRange | undefined): boolean {
  return Boolean(range && (range.since || range.until || range.undated === 'exclude'));
}

export function inRange(date: string | null, range: TimeRange | undefined): boolean {
  if (!range) return true;
  if (date === null) return range.undated !== 'exclude';
  if (range.since && date < range.since) return false;
  if (range.until && date > range.until) return false;
  return true;
}

/** The first and last dates among reports (undated ones ignored). */
export function reportedSpan(reports: readonly Report[]): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  for (const r of reports) {
    if (!r.date) continue;
    if (first === null || r.date < first) first = r.date;
    if (last === null || r.date > last) last = r.date;
  }
  return { first, last };
}

/** A time range and a status filter: what a read keeps of each relation. */
export interface ClaimView extends TimeRange {
  /** Keep only relations whose status (within the range) is one of these. */
  claims?: readonly ClaimStatus[];
}

/** The parts of a relation that status and time depend on. */
export interface Claimed {
  claim: ClaimStatus;
  firstReported: string | null;
  lastReported: string | null;
  reports: Report[];
}

/**
 * The relation as seen through a view: its reports cut to the range, status
 * and first/last dates recomputed from them; null when nothing is left or its
 * status is filtered out.
 */
export function viewClaim<T extends Claimed>(edge: T, view: ClaimView | undefined): T | null {
  if (!view) return edge;
  const reports = isBounded(view) ? edge.reports.filter((r) => inRange(r.date, view)) : edge.reports;
  if (reports.length === 0 && edge.reports.length > 0) return null;
  const claim = reports === edge.reports ? edge.claim : claimOf(reports.map((r) => r.certainty));
  if (view.claims?.length && !view.claims.includes(claim)) return null;
  if (reports === edge.reports) return edge;
  const { first, last } = reportedSpan(reports);
  return { ...edge, reports, claim, firstReported: first, lastReported: last };
}

export const PERIODS = ['week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** The period a date falls in: `YYYY-MM` for months, the Monday that starts the week (YYYY-MM-DD) for weeks. */
export function periodOf(date: string, period: Period): string {
  if (period === 'month') return date.slice(0, 7);
  const d = new Date(`${date}T00:00:00Z`);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - sinceMonday);
  return d.toISOString().slice(0, 10);
}

export interface PeriodCount {
  period: string;
  count: number;
}

/** How many dates fall in each period, oldest first (undated entries are not counted). */
export function countByPeriod(dates: Iterable<string | null>, period: Period): PeriodCount[] {
  const counts = new Map<string, number>();
  for (const date of dates) {
    if (!date) continue;
    const key = periodOf(date, period);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([p, count]) => ({ period: p, count }));
}
