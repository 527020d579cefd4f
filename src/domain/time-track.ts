/**
 * The time axis beyond its bars: each event over the days it really covers (a
 * month-precise event spans its month, a year-precise one its year, approximate ones
 * apart), and the dates a brushed range stands for.
 */
import type { DatasetIndex } from './dataset-index.ts';
import type { Precision } from './vocabulary.ts';
import { PRECISIONS, STANCES } from './vocabulary.ts';

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

/**
 * The events as marks over their spans. Events that start in the same slot (of `count`
 * equal slots of the extent) with the same precision, approximate or not, become one
 * mark over their joint span, so 10,000 events draw at most 6 × `count` marks, and in
 * practice a few hundred. Wide marks come first, so that drawn in order the short ones
 * stay visible on top.
 */
export function eventMarks(
  index: DatasetIndex,
  events: readonly number[],
  stanceCounts: ReadonlyMap<number, Uint32Array>,
  extent: { from: number; to: number },
  count: number,
): EventMark[] {
  const width = (extent.to - extent.from + 1) / count;
  const slot = (day: number) => Math.min(count - 1, Math.max(0, Math.floor((day - extent.from) / width)));
  const marks = new Map<number, EventMark>();
  for (const position of events) {
    const { date } = index.events[position]!;
    const from = index.eventDays.from[position]!;
    const to = index.eventDays.to[position]!;
    const approximate = date.approximate ?? false;
    // slot, precision and approximateness in one number: no string per event.
    const key = (slot(from) * PRECISIONS.length + PRECISIONS.indexOf(date.precision)) * 2 + (approximate ? 1 : 0);
    let mark = marks.get(key);
    if (!mark) {
      mark = { from, to, precision: date.precision, approximate, events: 0, stances: new Uint32Array(STANCES.length) };
      marks.set(key, mark);
    }
    mark.from = Math.min(mark.from, from);
    mark.to = Math.max(mark.to, to);
    mark.events++;
    const counts = stanceCounts.get(position);
    if (counts) for (let s = 0; s < counts.length; s++) mark.stances[s]! += counts[s]!;
  }
  return [...marks.values()].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
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
