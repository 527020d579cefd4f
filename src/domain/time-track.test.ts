import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { buildIndex } from './dataset-index.ts';
import { dayNumber } from './dates.ts';
import type { Dataset, NarrativeEvent } from './schema.ts';
import { applyFilters, EMPTY_FILTERS } from './filters.ts';
import { occupiedRuns, timeExtent } from './tallies.ts';
import { timeScale } from './time-scale.ts';
import { brushDates, datesInWords, eventMarks, isoDay, stepDates } from './time-track.ts';

/** A scale without breaks over `extent`. */
const linear = (extent: { from: number; to: number }) => timeScale([extent], extent);

function withEvents(events: Partial<NarrativeEvent>[]): Dataset {
  const base = fixture();
  return {
    ...base,
    claims: [],
    disputes: [],
    events: events.map((e, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      summary: 's',
      place: { name: 'Almaty' },
      tags: [],
      date: { start: '2004', precision: 'year' },
      ...e,
    })),
  };
}

describe('eventMarks', () => {
  it('spans a month-precise event over its month and a year-precise one over its year', () => {
    const index = buildIndex(
      withEvents([
        { date: { start: '2004-11', precision: 'month' } },
        { date: { start: '2005', precision: 'year', approximate: true } },
        { date: { start: '2006-03-28', end: '2006-04-01', precision: 'day' } },
      ]),
    );
    const marks = eventMarks(index, [0, 1, 2], null, linear(timeExtent(index)!), 1000);
    const byPrecision = Object.fromEntries(marks.map((m) => [m.precision, m]));
    expect(byPrecision.month).toMatchObject({ from: dayNumber('2004-11-01'), to: dayNumber('2004-11-30') });
    expect(byPrecision.month!.approximate).toBe(false);
    expect(byPrecision.year).toMatchObject({
      from: dayNumber('2005-01-01'),
      to: dayNumber('2005-12-31'),
      approximate: true,
    });
    expect(byPrecision.day).toMatchObject({ from: dayNumber('2006-03-28'), to: dayNumber('2006-04-01') });
    // The widest first, so that the narrow ones are drawn over it.
    expect(marks[0]!.precision).toBe('year');
  });

  it('merges events that start in one slot with one precision, and sums their claims by stance', () => {
    const index = buildIndex(fixture());
    const extent = linear({ from: dayNumber('2004-01-01'), to: dayNumber('2005-12-31') });
    const all = index.events.map((_, i) => i);
    const counts = applyFilters(index, EMPTY_FILTERS).stancesPerEvent;
    const fine = eventMarks(index, all, counts, extent, 730);
    expect(fine).toHaveLength(2);
    // The fixture's two events differ in precision (month, day): they stay apart.
    expect(eventMarks(index, all, counts, extent, 1)).toHaveLength(2);
    const sameDay = index.events.map((_, i) => i).filter((i) => index.events[i]!.date.precision === 'day');
    const merged = eventMarks(index, [...sameDay, ...sameDay], counts, extent, 1);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ events: 2, precision: 'day' });
    expect(merged[0]!.stances.reduce((a, b) => a + b)).toBe(2 * (index.claimsByEvent.get('later-event')?.length ?? 0));
  });

  it('keeps 10,000 events to at most two marks per slot and precision', () => {
    const events = Array.from({ length: 10_000 }, (_, i) => ({
      date: {
        start: isoDay(dayNumber('2000-01-01') + (i % 7000)),
        precision: 'day' as const,
        approximate: i % 3 === 0,
      },
    }));
    const index = buildIndex(withEvents(events));
    const marks = eventMarks(
      index,
      index.events.map((_, i) => i),
      null,
      linear(timeExtent(index)!),
      120,
    );
    expect(marks.length).toBeLessThanOrEqual(240);
    expect(marks.reduce((sum, m) => sum + m.events, 0)).toBe(10_000);
  });

  it('places marks by where the scale puts their days, across its breaks', () => {
    const index = buildIndex(
      withEvents([{ date: { start: '1962', precision: 'year' } }, { date: { start: '2004-11', precision: 'month' } }]),
    );
    const all = [0, 1];
    const scale = timeScale(occupiedRuns(index, all), timeExtent(index)!);
    const marks = eventMarks(index, all, null, scale, 2);
    // Two slots, one per half of the axis: 1962 in the first, November 2004 in the second.
    expect(marks.map((m) => m.precision).sort()).toEqual(['month', 'year']);
    expect(eventMarks(index, all, null, scale, 1)).toHaveLength(2);
  });
});

describe('stepDates', () => {
  const limits = { from: dayNumber('1962-01-01'), to: dayNumber('2022-01-08') };

  it('moves a range by its own unit, and keeps its length', () => {
    expect(stepDates({ from: '2004', to: '2006' }, 'forward', limits)).toEqual({ from: '2005', to: '2007' });
    expect(stepDates({ from: '2004-11', to: '2005-02' }, 'back', limits)).toEqual({ from: '2004-10', to: '2005-01' });
    expect(stepDates({ from: '2011-12-31', to: '2012-01-01' }, 'forward', limits)).toEqual({
      from: '2012-01-01',
      to: '2012-01-02',
    });
  });

  it('makes it longer or shorter at its end, never shorter than one unit', () => {
    expect(stepDates({ from: '2004', to: '2006' }, 'longer', limits)).toEqual({ from: '2004', to: '2007' });
    expect(stepDates({ from: '2004-12', to: '2005-01' }, 'shorter', limits)).toEqual({
      from: '2004-12',
      to: '2004-12',
    });
    expect(stepDates({ from: '2004-12', to: '2004-12' }, 'shorter', limits)).toEqual({
      from: '2004-12',
      to: '2004-12',
    });
  });

  it('stays within the dataset', () => {
    expect(stepDates({ from: '2020', to: '2022' }, 'forward', limits)).toEqual({ from: '2020', to: '2022' });
    expect(stepDates({ from: '1962', to: '1963' }, 'back', limits)).toEqual({ from: '1962', to: '1963' });
  });

  it('starts with the first or last unit when no dates are set, and fills an open end', () => {
    expect(stepDates({}, 'forward', limits)).toEqual({ from: '1962', to: '1962' });
    expect(stepDates({}, 'back', limits)).toEqual({ from: '2022', to: '2022' });
    expect(stepDates({ from: '2011' }, 'back', limits)).toEqual({ from: '2010', to: '2021' });
  });

  it('moves typed dates of mixed precision by the finer one', () => {
    expect(stepDates({ from: '2004', to: '2005-02' }, 'forward', limits)).toEqual({ from: '2004-02', to: '2005-03' });
  });
});

describe('datesInWords', () => {
  it('says a range as a screen reader should speak it', () => {
    expect(datesInWords('2004', '2006')).toBe('2004 to 2006');
    expect(datesInWords('2004-11', '2004-11')).toBe('November 2004');
    expect(datesInWords('2011-12-16')).toBe('from 16 Dec 2011 on');
    expect(datesInWords(undefined, '2006')).toBe('up to 2006');
    expect(datesInWords()).toBe('all dates');
  });
});

describe('brushDates', () => {
  const day = (iso: string) => dayNumber(iso);

  it('keeps day precision for a short brush, in either direction', () => {
    expect(brushDates(day('2011-12-20'), day('2011-12-16'))).toEqual({ from: '2011-12-16', to: '2011-12-20' });
  });

  it('uses months for up to three years and whole years beyond', () => {
    expect(brushDates(day('2011-03-14'), day('2012-08-02'))).toEqual({ from: '2011-03', to: '2012-08' });
    expect(brushDates(day('2004-06-10'), day('2009-02-01'))).toEqual({ from: '2004', to: '2009' });
  });

  it('rounds fractional day positions from the pointer', () => {
    expect(brushDates(day('2011-12-16') + 0.4, day('2011-12-18') + 0.6)).toEqual({
      from: '2011-12-16',
      to: '2011-12-19',
    });
  });
});
