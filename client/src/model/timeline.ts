/**
 * The timeline's model: the weeks the articles span, how many supporting
 * sentences of the relations on screen fall in each, and the date range a
 * pair of slider positions means. Pure, so it is unit-tested.
 */
import { CERTAINTY_SIDE, periodOf } from '../../../core/claims.js';
import type { GraphEdge } from '../../../core/domain.js';

/** A date moved by whole days (UTC, so no daylight-saving step skips one). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Every week (its Monday) from the week of `first` to the week of `last`, at most `max` of them. */
export function weeksBetween(first: string, last: string, max = 520): string[] {
  const weeks: string[] = [];
  for (let w = periodOf(first, 'week'); w <= last && weeks.length < max; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}

/**
 * The weeks the timeline draws for these dates (sorted): those they span,
 * padded with empty weeks on both sides up to `minWeeks`, so that a story of
 * one week is a bar among empty weeks, not one block as wide as the chart.
 */
export function timelineWeeks(sortedDates: readonly string[], minWeeks = 7): string[] {
  if (sortedDates.length === 0) return [];
  const first = sortedDates[0]!;
  const last = sortedDates[sortedDates.length - 1]!;
  const spanned = weeksBetween(first, last).length;
  const before = Math.max(0, Math.floor((minWeeks - spanned) / 2));
  const after = Math.max(0, minWeeks - spanned - before);
  return weeksBetween(addDays(first, -7 * before), addDays(last, 7 * after));
}

/** The Sunday that ends a week. */
export function weekEnd(week: string): string {
  return addDays(week, 6);
}

export interface WeekBar {
  week: string;
  /** Sentences stating a relation on screen, reported that week. */
  for: number;
  /** Sentences denying one. */
  against: number;
}

/** Supporting sentences per week (each counted in its article's week); undated ones are counted apart. */
export function weekBars(edges: Iterable<GraphEdge>, weeks: readonly string[]): { bars: WeekBar[]; undated: number } {
  const index = new Map(weeks.map((w, i) => [w, i]));
  const bars = weeks.map((week) => ({ week, for: 0, against: 0 }));
  let undated = 0;
  for (const edge of edges) {
    for (const r of edge.reports) {
      if (!r.date) {
        undated++;
        continue;
      }
      const bar = bars[index.get(periodOf(r.date, 'week')) ?? -1];
      if (bar) bar[CERTAINTY_SIDE[r.certainty]]++;
    }
  }
  return { bars, undated };
}

/**
 * The range two slider positions (week indexes) mean: from the Monday of the
 * first to the Sunday of the last; an end at the edge of the timeline is
 * open (null), so articles dated later than the last known week still show.
 */
export function rangeOf(
  weeks: readonly string[],
  from: number,
  to: number,
): { since: string | null; until: string | null } {
  const lo = Math.max(0, Math.min(from, to));
  const hi = Math.min(weeks.length - 1, Math.max(from, to));
  return {
    since: lo <= 0 ? null : (weeks[lo] ?? null),
    until: hi >= weeks.length - 1 ? null : weekEnd(weeks[hi]!),
  };
}

/** The slider positions of a range (the inverse of rangeOf). */
export function positionsOf(
  weeks: readonly string[],
  since: string | null,
  until: string | null,
): { from: number; to: number } {
  const last = weeks.length - 1;
  const from = since ? weeks.findIndex((w) => weekEnd(w) >= since) : 0;
  const to = until ? weeks.findIndex((w) => weekEnd(w) >= until) : last;
  return { from: from < 0 ? last : from, to: to < 0 ? last : to };
}
