import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  eventSpan,
  formatEventDate,
  formatPartialDate,
  isValidPartialDate,
  spanEnd,
  spanOverlaps,
  spanStart,
} from './dates.ts';

describe('partial dates', () => {
  it('accepts real calendar dates of any precision', () => {
    for (const value of ['2004', '2004-11', '2004-11-29', '2024-02-29']) expect(isValidPartialDate(value)).toBe(true);
  });

  it('rejects impossible or malformed dates', () => {
    for (const value of ['2004-13', '2004-00', '2005-02-29', '2004-11-31', '04-11', '2004/11', '2004-1', '']) {
      expect(isValidPartialDate(value)).toBe(false);
    }
  });

  it('stands for its whole span', () => {
    expect([spanStart('2004'), spanEnd('2004')]).toEqual(['2004-01-01', '2004-12-31']);
    expect([spanStart('2004-02'), spanEnd('2004-02')]).toEqual(['2004-02-01', '2004-02-29']);
    expect(spanEnd('2005-02')).toBe('2005-02-28');
    expect(eventSpan({ start: '2004-03-28', end: '2004-04-01', precision: 'day' })).toEqual({
      from: '2004-03-28',
      to: '2004-04-01',
    });
  });

  it('compares spans with partial bounds', () => {
    const november = eventSpan({ start: '2004-11', precision: 'month' });
    expect(spanOverlaps(november, '2004-11-30')).toBe(true);
    expect(spanOverlaps(november, '2004-12')).toBe(false);
    expect(spanOverlaps(november, undefined, '2004')).toBe(true);
    expect(spanOverlaps(november, undefined, '2004-10-31')).toBe(false);
    expect(spanOverlaps(november, '2004', '2004')).toBe(true);
  });
});

describe('formatting with real precision', () => {
  it('shows only what is known', () => {
    expect(formatPartialDate('2004')).toBe('2004');
    expect(formatPartialDate('2004-11')).toBe('November 2004');
    expect(formatPartialDate('2011-10-31')).toBe('31 Oct 2011');
  });

  it('marks approximate dates and writes ranges once', () => {
    expect(formatEventDate({ start: '2011-10-31', precision: 'day', approximate: true })).toBe('c. 31 Oct 2011');
    expect(formatEventDate({ start: '2004-03-28', end: '2004-04-01', precision: 'day' })).toBe('28 Mar – 1 Apr 2004');
    expect(formatEventDate({ start: '2022-01-05', end: '2022-01-08', precision: 'day' })).toBe('5–8 Jan 2022');
    expect(formatEventDate({ start: '2005-11', end: '2005-12', precision: 'month' })).toBe('November – December 2005');
    expect(formatEventDate({ start: '2004', end: '2006', precision: 'year' })).toBe('2004 – 2006');
  });
});

describe('day numbers', () => {
  const utcDays = (year: number, month: number, day: number) => {
    // setUTCFullYear, unlike Date.UTC, takes years below 100 as they are.
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    return date.getTime() / 86_400_000;
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('counts days from 1970-01-01 as the calendar does, for every year a date can have', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (date) => {
          const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          expect(dayNumber(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`)).toBe(utcDays(year, month, day));
        },
      ),
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(11_017);
  });

  it('reads a partial date as its first day', () => {
    expect(dayNumber('2004-11')).toBe(dayNumber('2004-11-01'));
    expect(dayNumber('2004')).toBe(dayNumber('2004-01-01'));
  });
});
