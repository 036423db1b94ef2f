import { describe, expect, it } from '@jest/globals';
import {
  addDays,
  positionsOf,
  rangeOf,
  timelineWeeks,
  weekBars,
  weeksBetween,
} from '../../../client/src/model/timeline.js';
import { edge } from './fixtures.js';

describe('the timeline model', () => {
  const weeks = weeksBetween('2021-11-24', '2021-12-14');

  it('spans the weeks of the articles, each named by its Monday', () => {
    expect(weeks).toEqual(['2021-11-22', '2021-11-29', '2021-12-06', '2021-12-13']);
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(weeksBetween('2021-11-24', '2021-11-24')).toEqual(['2021-11-22']);
  });

  it('pads a short story with empty weeks on both sides, and leaves a long one as it is', () => {
    const one = timelineWeeks(['2021-11-24', '2021-11-26'], 5);
    expect(one).toEqual(['2021-11-08', '2021-11-15', '2021-11-22', '2021-11-29', '2021-12-06']);
    expect(timelineWeeks(['2021-11-24', '2021-11-30'], 5)).toEqual([
      '2021-11-15',
      '2021-11-22',
      '2021-11-29',
      '2021-12-06',
      '2021-12-13',
    ]);
    expect(timelineWeeks(['2021-11-24', '2021-12-14'], 3)).toEqual(weeks);
    expect(timelineWeeks([])).toEqual([]);
    // The handles at the padded ends still mean an open range.
    expect(rangeOf(one, 0, one.length - 1)).toEqual({ since: null, until: null });
  });

  it('turns slider positions into a range whose ends at the edges stay open, and back', () => {
    expect(rangeOf(weeks, 0, 3)).toEqual({ since: null, until: null });
    expect(rangeOf(weeks, 1, 2)).toEqual({ since: '2021-11-29', until: '2021-12-12' });
    expect(rangeOf(weeks, 2, 1)).toEqual({ since: '2021-11-29', until: '2021-12-12' });
    expect(positionsOf(weeks, '2021-11-29', '2021-12-12')).toEqual({ from: 1, to: 2 });
    expect(positionsOf(weeks, null, null)).toEqual({ from: 0, to: 3 });
    expect(positionsOf(weeks, '2021-12-01', null)).toEqual({ from: 1, to: 3 });
  });

  it('counts the sentences of the relations on screen per week, denials apart, undated aside', () => {
    const { bars, undated } = weekBars(
      [
        edge('a', 'SUPPORTS', 'b', {
          reports: [
            { articleId: 'x', date: '2021-11-24', certainty: 'planned' },
            { articleId: 'y', date: '2021-12-07', certainty: 'denied' },
            { articleId: 'z', date: null, certainty: 'asserted' },
          ],
        }),
        edge('a', 'MET_WITH', 'c', { reports: [{ articleId: 'x', date: '2021-11-28', certainty: 'asserted' }] }),
      ],
      weeks,
    );
    expect(bars.map((b) => [b.week, b.for, b.against])).toEqual([
      ['2021-11-22', 2, 0],
      ['2021-11-29', 0, 0],
      ['2021-12-06', 0, 1],
      ['2021-12-13', 0, 0],
    ]);
    expect(undated).toBe(1);
  });
});
