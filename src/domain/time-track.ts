/**
 * The time axis beyond its bars: each event over the days it really covers (a
 * month-precise event spans its month, a year-precise one its year, approximate ones
 * apart), and the dates a brushed range stands for.
 */
import type { DatasetIndex } from './dataset-index.ts';
import type { Precision } from './vocabulary.ts';
import { PRECISIONS, STANCES } from './vocabulary.ts';
import { dayNumber, formatPartialDate, precisionOf, spanEnd, spanStart } from './dates.ts';
import { dayToX, type TimeScale } from './time-scale.ts';

export interface EventMark {
  /** Day numbers, inclusive: what the merged events cover together. */
  from: number;
  to: number;
  precision: Precision;
  approximate: boolean;
  events: number;
  /** Matching claims per stance, in STANCES order. */
  stances: Uint32Array;
}

/** Per event position: its precision and whether it is approximate, as one small number. */
const kinds = new WeakMap<DatasetIndex, Uint8Array>();
function eventKinds(index: DatasetIndex): Uint8Array {
  let codes = kinds.get(index);
  if (!codes) {
    codes = Uint8Array.from(
      index.events,
      ({ date }) => PRECISIONS.indexOf(date.precision) * 2 + (date.approximate ? 1 : 0),
    );
    kinds.set(index, codes);
  }
  return codes;
}

/**
 * The events as marks over their spans. Events that start in the same slot (of `count`
 * equal slots of the axis's width) with the same precision, approximate or not, become one
 * mark over their joint span, so 10,000 events draw at most 6 × `count` marks, and in
 * practice a few hundred. Wide marks come first, so that drawn in order the short ones
 * stay visible on top. Tallies go into flat typed arrays: this runs on every filter change.
 *
 * @param stancesPerEvent matching claims per event position and stance, flat as in
 *   `FilterResult.stancesPerEvent`; null when the marks need no colours.
 */
export function eventMarks(
  index: DatasetIndex,
  events: readonly number[],
  stancesPerEvent: Uint32Array | null,
  scale: TimeScale,
  count: number,
): EventMark[] {
  const S = STANCES.length;
  const KINDS = PRECISIONS.length * 2;
  const codes = eventKinds(index);
  const size = count * KINDS;
  const from = new Int32Array(size).fill(2 ** 31 - 1);
  const to = new Int32Array(size).fill(-(2 ** 31));
  const tally = new Uint32Array(size);
  const stances = new Uint32Array(size * S);
  for (const position of events) {
    const start = index.eventDays.from[position]!;
    const slot = Math.min(count - 1, Math.floor(dayToX(scale, start) * count));
    const key = slot * KINDS + codes[position]!;
    if (start < from[key]!) from[key] = start;
    if (index.eventDays.to[position]! > to[key]!) to[key] = index.eventDays.to[position]!;
    tally[key]!++;
    if (stancesPerEvent) for (let s = 0; s < S; s++) stances[key * S + s]! += stancesPerEvent[position * S + s]!;
  }
  const marks: EventMark[] = [];
  for (let key = 0; key < size; key++) {
    if (!tally[key]) continue;
    const kind = key % KINDS;
    marks.push({
      from: from[key]!,
      to: to[key]!,
      precision: PRECISIONS[kind >> 1]!,
      approximate: (kind & 1) === 1,
      events: tally[key]!,
      stances: stances.slice(key * S, (key + 1) * S),
    });
  }
  return marks.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
}

/** A day number as YYYY-MM-DD. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Brushed spans up to BRUSH_DAYS days keep day precision; up to BRUSH_YEARS years, month precision. */
export const BRUSH_DAYS = 62;
export const BRUSH_YEARS = 3;

/**
 * The from/to a brushed range stands for, at a precision fit for its length: days for
 * two months or less, months for three years or less, whole years beyond. A drag can
 * only be as precise as a pixel, and on a long axis a pixel is weeks; the coarser
 * partial date says what the reader meant, and rounds outward, so nothing brushed is lost.
 */
export function brushDates(dayA: number, dayB: number): { from: string; to: string } {
  const [start, end] = dayA <= dayB ? [dayA, dayB] : [dayB, dayA];
  const from = isoDay(Math.round(start));
  const to = isoDay(Math.round(end));
  const days = Math.round(end) - Math.round(start) + 1;
  if (days <= BRUSH_DAYS) return { from, to };
  if (days <= BRUSH_YEARS * 366) return { from: from.slice(0, 7), to: to.slice(0, 7) };
  return { from: from.slice(0, 4), to: to.slice(0, 4) };
}

/** What the keys do to a date range: move it by one step, or make it one step longer or shorter. */
export type DateStep = 'back' | 'forward' | 'longer' | 'shorter';

/** `date` (a partial date) moved by `count` years, months or days, at its own precision. */
function shiftDate(date: string, count: number): string {
  const precision = precisionOf(date);
  if (precision === 'day') return isoDay(dayNumber(date) + count);
  const year = Number(date.slice(0, 4));
  if (precision === 'year') return String(year + count).padStart(4, '0');
  const months = year * 12 + Number(date.slice(5, 7)) - 1 + count;
  return `${String(Math.floor(months / 12)).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}`;
}

/** `date` written at a finer precision: its first (or last) day, month or year. */
function refine(date: string, precision: Precision, end: boolean): string {
  const day = end ? spanEnd(date) : spanStart(date);
  return day.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}

/**
 * The dates a key press on the time axis sets: the range moves (or grows and shrinks at
 * its end) by one of its own units, a year for "2004 – 2006", a month for "2004-11";
 * typed dates of mixed precision move by the finer one. With no dates, the first step
 * takes the first unit of `limits` (forward) or its last (back), at the precision a
 * brush over all of `limits` would have. The range never leaves `limits` (inclusive
 * days) nor grows shorter than one unit.
 */
export function stepDates(
  dates: { from?: string; to?: string },
  step: DateStep,
  limits: { from: number; to: number },
): { from: string; to: string } {
  if (!dates.from && !dates.to) {
    const whole = brushDates(limits.from, limits.to);
    const at = step === 'forward' || step === 'longer' ? whole.from : whole.to;
    return { from: at, to: at };
  }
  const precisions = [dates.from, dates.to].filter((d) => d !== undefined).map(precisionOf);
  const precision = precisions.includes('day') ? 'day' : precisions.includes('month') ? 'month' : 'year';
  const edge = (day: number) => isoDay(day).slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
  const from = dates.from ? refine(dates.from, precision, false) : edge(limits.from);
  const to = dates.to ? refine(dates.to, precision, true) : edge(limits.to);
  const inside = (start: string, end: string) =>
    dayNumber(spanStart(end)) <= limits.to && dayNumber(spanEnd(start)) >= limits.from && start <= end;
  const next =
    step === 'forward'
      ? { from: shiftDate(from, 1), to: shiftDate(to, 1) }
      : step === 'back'
        ? { from: shiftDate(from, -1), to: shiftDate(to, -1) }
        : { from, to: shiftDate(to, step === 'longer' ? 1 : -1) };
  return inside(next.from, next.to) ? next : { from, to };
}

/** A date range in words, for a screen reader: "2004 to 2006", "November 2004", "from 2011 on". */
export function datesInWords(from?: string, to?: string): string {
  if (from && to)
    return from === to ? formatPartialDate(from) : `${formatPartialDate(from)} to ${formatPartialDate(to)}`;
  if (from) return `from ${formatPartialDate(from)} on`;
  if (to) return `up to ${formatPartialDate(to)}`;
  return 'all dates';
}
