import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from './dates.ts';
import {
  axisDomain,
  BREAK_WIDTH,
  cutPeriods,
  dayToX,
  MAX_BINS,
  periodLabel,
  scaleBins,
  scaleTicks,
  timeScale,
  xToDay,
  type DayRange,
} from './time-scale.ts';

const day = (iso: string) => dayNumber(iso);
const range = (from: string, to: string): DayRange => ({ from: day(from), to: day(to) });

/** The embedded dataset's shape: 1962, 1986, 2004–2006 (busy), 2011 and four days of 2022. */
const RUNS = [
  range('1962-01-01', '1962-12-31'),
  range('1986-01-01', '1986-12-31'),
  range('2004-01-01', '2006-12-31'),
  range('2011-01-01', '2011-12-31'),
  range('2022-01-05', '2022-01-08'),
];
const DOMAIN = range('1962-01-01', '2022-01-08');

describe('timeScale', () => {
  it('cuts the long empty stretches, and gives the busy years the width', () => {
    const scale = timeScale(RUNS, DOMAIN);
    expect(cutPeriods(scale)).toEqual(['1963 – 1985', '1987 – 2003', '2007 – 2010', '2012 – 2021']);
    expect(scale.unit).toEqual({ kind: 'month', size: 1 });
    // 2004–2006 is three of the six years and a month shown: about half the axis, where it had a twentieth.
    const width = dayToX(scale, day('2007-01-01')) - dayToX(scale, day('2004-01-01'));
    const shown = scale.pieces.filter((p) => !p.cut).reduce((sum, p) => sum + p.to - p.from, 0);
    expect(width).toBeCloseTo(((day('2007-01-01') - day('2004-01-01')) / shown) * (1 - 4 * BREAK_WIDTH), 9);
    expect(width).toBeGreaterThan(0.4);
    for (const piece of scale.pieces.filter((p) => p.cut)) expect(piece.x1 - piece.x0).toBeCloseTo(BREAK_WIDTH, 9);
    // January 2022 is one whole month, the last on the axis.
    expect(scale.to).toBe(day('2022-01-31'));
  });

  it('keeps short gaps: a few empty months among busy years are shown as they are', () => {
    const scale = timeScale(
      [range('2004-03-28', '2004-08-31'), range('2004-11-01', '2005-12-31')],
      range('2004-01-01', '2005-12-31'),
    );
    expect(scale.pieces).toHaveLength(1);
    expect(scale.from).toBe(day('2004-01-01'));
  });

  it('cuts a gap that would take much of a short axis', () => {
    const scale = timeScale(
      [range('2004-03-28', '2004-04-01'), range('2004-11-01', '2005-12-31')],
      range('2004-03-01', '2005-12-31'),
    );
    expect(cutPeriods(scale)).toEqual(['2 Apr – 31 Oct 2004']);
  });

  it('spans a selection with no events as it is, and an empty one as one day', () => {
    expect(timeScale([], range('2011-01-01', '2011-12-31'))).toMatchObject({
      from: day('2011-01-01'),
      to: day('2011-12-31'),
    });
    expect(timeScale([], range('2011-05-05', '2011-05-05')).pieces).toHaveLength(1);
  });

  it('cuts a long empty stretch at either end of a selection without a break mark', () => {
    const scale = timeScale([range('2005-03-01', '2005-05-31')], range('1990-01-01', '2005-12-31'));
    expect(scale.pieces.some((p) => p.cut)).toBe(false);
    expect(scale.from).toBe(day('2005-03-01'));
  });

  it('chooses the finest unit with at most MAX_BINS bins: days, weeks, months, years', () => {
    expect(timeScale([], range('2011-12-01', '2011-12-31')).unit).toEqual({ kind: 'day', size: 1 });
    expect(timeScale([], range('2011-01-01', '2011-12-31')).unit).toEqual({ kind: 'day', size: 7 });
    expect(timeScale([], range('2004-01-01', '2006-12-31')).unit).toEqual({ kind: 'month', size: 1 });
    expect(timeScale([], range('1900-01-01', '2022-12-31')).unit).toEqual({ kind: 'year', size: 1 });
  });

  it('maps days to positions and back, through every stretch, and breaks to their nearer edge', () => {
    const scale = timeScale(RUNS, DOMAIN);
    fc.assert(
      fc.property(fc.integer({ min: scale.from, max: scale.to }), (d) => {
        const shown = scale.pieces.some((p) => !p.cut && d >= p.from && d < p.to);
        fc.pre(shown);
        expect(xToDay(scale, dayToX(scale, d) + 1e-9)).toBe(d);
      }),
    );
    const gap = scale.pieces.find((p) => p.cut)!;
    expect(xToDay(scale, gap.x0 + 0.001)).toBe(day('1962-12-31'));
    expect(xToDay(scale, gap.x1 - 0.001)).toBe(day('1986-01-01'));
    expect(xToDay(scale, 0)).toBe(scale.from);
    expect(xToDay(scale, 1)).toBe(scale.to);
    expect(dayToX(scale, scale.from - 100)).toBe(0);
    expect(dayToX(scale, scale.to + 1)).toBe(1);
  });

  it('is monotonic: a later day is never left of an earlier one', () => {
    const scale = timeScale(RUNS, DOMAIN);
    fc.assert(
      fc.property(fc.integer({ min: scale.from - 10, max: scale.to + 10 }), fc.nat(5000), (d, later) => {
        expect(dayToX(scale, d + later)).toBeGreaterThanOrEqual(dayToX(scale, d));
      }),
    );
  });
});

describe('scaleBins', () => {
  it('lays whole units over the shown stretches only, in order, without gaps or overlaps inside them', () => {
    const scale = timeScale(RUNS, DOMAIN);
    const bins = scaleBins(scale);
    expect(bins).toHaveLength(73);
    expect(bins.length).toBeLessThanOrEqual(MAX_BINS);
    expect(bins.at(-1)).toEqual(range('2022-01-01', '2022-01-31'));
    expect(bins[12]).toEqual(range('1986-01-01', '1986-01-31'));
    for (let i = 1; i < bins.length; i++) expect(bins[i]!.from).toBeGreaterThan(bins[i - 1]!.to);
  });

  it('ends a stretch with the part of a unit that is left', () => {
    const bins = scaleBins(timeScale([], range('2011-01-01', '2011-12-31')));
    expect(bins[0]).toEqual(range('2011-01-01', '2011-01-07'));
    expect(bins.at(-1)).toEqual(range('2011-12-31', '2011-12-31'));
  });
});

describe('periodLabel', () => {
  it('names a bin by the days it holds, in UTC: January 2022 is never 2021', () => {
    expect(periodLabel(range('2022-01-01', '2022-01-31'), 'month')).toBe('January 2022');
    expect(periodLabel(range('2022-01-01', '2022-12-31'), 'year')).toBe('2022');
    expect(periodLabel(range('2011-01-01', '2011-01-07'), 'day')).toBe('1–7 Jan 2011');
    expect(periodLabel(range('2004-11-01', '2005-01-31'), 'month')).toBe('November 2004 – January 2005');
  });
});

describe('scaleTicks', () => {
  it('labels the start of each stretch, then the years between, spaced apart', () => {
    const scale = timeScale(RUNS, DOMAIN);
    const ticks = scaleTicks(scale, 0.05);
    expect(ticks.map((t) => t.label)).toEqual(['1962', '1986', '2004', '2005', '2006', '2011', '2022']);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(0.05);
  });

  it('labels months on a short axis, with the year where a stretch starts', () => {
    const ticks = scaleTicks(timeScale([], range('2004-11-01', '2005-04-30')), 0.1);
    expect(ticks.map((t) => t.label)).toEqual(['Nov 2004', 'Dec', '2005', 'Feb', 'Mar', 'Apr']);
  });
});

describe('axisDomain', () => {
  const fallback = range('1962-01-01', '2022-01-08');
  it('spans the chosen dates, else the matching events, else the whole dataset', () => {
    const runs = [range('2004-01-01', '2006-12-31'), range('2011-01-01', '2011-12-31')];
    expect(axisDomain(runs, {}, fallback)).toEqual(range('2004-01-01', '2011-12-31'));
    expect(axisDomain(runs, { from: day('2005-01-01') }, fallback)).toEqual(range('2005-01-01', '2011-12-31'));
    expect(axisDomain([], { to: day('1990-12-31') }, fallback)).toEqual(range('1962-01-01', '1990-12-31'));
    expect(axisDomain([], {}, fallback)).toEqual(fallback);
    expect(axisDomain([], { from: day('2030-01-01') }, fallback)).toEqual(range('2030-01-01', '2030-01-01'));
  });
});
