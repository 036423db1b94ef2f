import { describe, expect, it } from '@jest/globals';
import {
  claimOf,
  countByPeriod,
  inRange,
  isIsoDate,
  periodOf,
  viewClaim,
  type Certainty,
  type Claimed,
  type Report,
} from '../../core/claims.js';

const report = (articleId: string, date: string | null, certainty: Certainty): Report => ({
  articleId,
  date,
  certainty,
});

function claimed(reports: Report[]): Claimed {
  const dates = reports.flatMap((r) => (r.date ? [r.date] : [])).sort();
  return {
    claim: claimOf(reports.map((r) => r.certainty)),
    firstReported: dates[0] ?? null,
    lastReported: dates.at(-1) ?? null,
    reports,
  };
}

describe('a relation’s status from its sentences', () => {
  it.each<[Certainty[], string]>([
    [['asserted'], 'asserted'],
    [['asserted', 'reported', 'alleged'], 'asserted'],
    [['reported'], 'alleged'],
    [['alleged', 'reported'], 'alleged'],
    [['planned'], 'planned'],
    [['sought', 'planned'], 'planned'],
    [['alleged', 'planned'], 'alleged'],
    [['denied'], 'denied'],
    [['denied', 'denied'], 'denied'],
    [['alleged', 'denied'], 'disputed'],
    [['planned', 'denied'], 'disputed'],
    [['asserted', 'denied'], 'disputed'],
  ])('%j reads as %s', (certainties, status) => {
    expect(claimOf(certainties)).toBe(status);
  });
});

describe('time ranges', () => {
  it('checks calendar dates, not only their shape', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-01-01')).toBe(false);
  });

  it('includes both ends and keeps undated reports unless told to drop them', () => {
    const range = { since: '2024-03-01', until: '2024-03-31' };
    expect(inRange('2024-03-01', range)).toBe(true);
    expect(inRange('2024-03-31', range)).toBe(true);
    expect(inRange('2024-04-01', range)).toBe(false);
    expect(inRange(null, range)).toBe(true);
    expect(inRange(null, { ...range, undated: 'exclude' })).toBe(false);
    expect(inRange('1999-01-01', { until: '2000-01-01' })).toBe(true);
  });

  it('recomputes status and dates from the reports a range keeps, and drops a relation with none', () => {
    const edge = claimed([
      report('a', '2024-01-10', 'alleged'),
      report('b', '2024-02-20', 'denied'),
      report('c', '2024-03-05', 'asserted'),
    ]);
    expect(edge.claim).toBe('disputed');
    expect(viewClaim(edge, { until: '2024-01-31' })).toMatchObject({
      claim: 'alleged',
      firstReported: '2024-01-10',
      lastReported: '2024-01-10',
    });
    expect(viewClaim(edge, { since: '2024-02-01' })?.claim).toBe('disputed');
    expect(viewClaim(edge, { since: '2025-01-01' })).toBeNull();
    expect(viewClaim(edge, { claims: ['asserted'] })).toBeNull();
    expect(viewClaim(edge, { claims: ['disputed'] })).toBe(edge);
    expect(viewClaim(edge, { until: '2024-01-31', claims: ['alleged', 'planned'] })?.claim).toBe('alleged');
  });

  it('groups dates into months and into weeks that start on Monday', () => {
    expect(periodOf('2021-11-24', 'month')).toBe('2021-11');
    expect(periodOf('2021-11-24', 'week')).toBe('2021-11-22');
    expect(periodOf('2021-11-22', 'week')).toBe('2021-11-22');
    expect(periodOf('2021-11-28', 'week')).toBe('2021-11-22');
    expect(periodOf('2021-01-01', 'week')).toBe('2020-12-28');
    expect(countByPeriod(['2021-11-24', null, '2021-11-25', '2021-12-01'], 'month')).toEqual([
      { period: '2021-11', count: 2 },
      { period: '2021-12', count: 1 },
    ]);
  });
});
