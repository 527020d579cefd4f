/**
 * Partial ISO dates ("2004", "2004-11", "2004-11-29") kept as strings, never Date
 * objects, so no time zone can shift them. A partial date stands for its whole span:
 * "2004-11" runs from 2004-11-01 to 2004-11-30.
 */
import type { EventDate, Precision } from './schema.ts';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

export function precisionOf(value: string): Precision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** First day covered by a valid partial date, as YYYY-MM-DD. */
export function spanStart(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** Last day covered by a valid partial date, as YYYY-MM-DD. */
export function spanEnd(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const day = daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
    return `${value}-${String(day).padStart(2, '0')}`;
  }
  return value;
}

/** The days an event covers, as comparable YYYY-MM-DD strings. */
export function eventSpan(date: EventDate): { from: string; to: string } {
  return { from: spanStart(date.start), to: spanEnd(date.end ?? date.start) };
}

/** True when the day span [from, to] meets the optional filter bounds (partial dates). */
export function spanOverlaps(span: { from: string; to: string }, from?: string, to?: string): boolean {
  if (from && span.to < spanStart(from)) return false;
  if (to && span.from > spanEnd(to)) return false;
  return true;
}

function parts(value: string): { year: string; month?: number; day?: number } {
  const [year = value, month, day] = value.split('-');
  return {
    year,
    month: month === undefined ? undefined : Number(month),
    day: day === undefined ? undefined : Number(day),
  };
}

function monthName(month: number, short: boolean): string {
  const name = MONTHS[month - 1] ?? '';
  return short ? name.slice(0, 3) : name;
}

/** "2004" → "2004"; "2004-11" → "November 2004"; "2004-11-29" → "29 Nov 2004". */
export function formatPartialDate(value: string): string {
  const { year, month, day } = parts(value);
  if (month === undefined) return year;
  if (day === undefined) return `${monthName(month, false)} ${year}`;
  return `${day} ${monthName(month, true)} ${year}`;
}

/** A range written once where its parts share a year or month: "28 Mar – 1 Apr 2004". */
function formatRange(start: string, end: string): string {
  const a = parts(start);
  const b = parts(end);
  if (a.year !== b.year || a.month === undefined) return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  if (a.day === undefined) return `${monthName(a.month, false)} – ${formatPartialDate(end)}`;
  if (a.month === b.month) return `${a.day}–${formatPartialDate(end)}`;
  return `${a.day} ${monthName(a.month, true)} – ${formatPartialDate(end)}`;
}

/** An event date shown with its real precision: "November 2004", "c. 31 Oct 2011". */
export function formatEventDate(date: EventDate): string {
  const text = date.end && date.end !== date.start ? formatRange(date.start, date.end) : formatPartialDate(date.start);
  return date.approximate ? `c. ${text}` : text;
}

/**
 * The day a YYYY-MM-DD string names (a partial date: its first day), counted from
 * 1970-01-01 as `Date.UTC` counts them; used to place events on a time axis. Plain
 * arithmetic: this runs twice per event when a dataset loads.
 */
export function dayNumber(day: string): number {
  const month = day.length >= 7 ? Number(day.slice(5, 7)) : 1;
  return daysFromCivil(Number(day.slice(0, 4)), month, day.length >= 10 ? Number(day.slice(8, 10)) : 1);
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
