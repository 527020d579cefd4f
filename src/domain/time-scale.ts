/**
 * A time scale with breaks: the axis gives its width to the stretches that hold events
 * and cuts the long empty ones down to a narrow break, so that 2004–2006 is not squeezed
 * between 1962 and 2022. Within the stretches it shows, one day is as wide as any other.
 * Day numbers count from 1970-01-01 (as `dayNumber` does); positions are fractions of
 * the axis, 0 at its left edge and 1 at its right.
 */
import { formatEventDate, formatPartialDate } from './dates.ts';
import type { Precision } from './vocabulary.ts';

/** Bins are whole days, months or years, or runs of `size` of them from a stretch's start. */
export interface TimeUnit {
  kind: Precision;
  size: number;
}

/** Finest first: the scale takes the finest that keeps to MAX_BINS. */
const UNITS: readonly TimeUnit[] = [
  { kind: 'day', size: 1 },
  { kind: 'day', size: 7 },
  { kind: 'month', size: 1 },
  { kind: 'month', size: 3 },
  { kind: 'year', size: 1 },
  { kind: 'year', size: 5 },
  { kind: 'year', size: 10 },
  { kind: 'year', size: 50 },
  { kind: 'year', size: 100 },
];
const DAYS_IN = { day: 1, month: 30.44, year: 365.25 } as const;

/** At most this many bars (a few more where stretches end in part of a unit). */
export const MAX_BINS = 150;
/** The share of the axis each break takes. */
export const BREAK_WIDTH = 0.025;
/** An empty stretch is cut when it is longer than this share of everything else shown. */
const BREAK_SHARE = 0.25;
const MAX_BREAKS = 8;

/** Days [from, to) drawn over positions [x0, x1); a break stands for the days it cuts. */
export interface ScalePiece {
  from: number;
  to: number;
  x0: number;
  x1: number;
  cut: boolean;
}

export interface TimeScale {
  /** First and last day shown, inclusive. */
  from: number;
  to: number;
  unit: TimeUnit;
  pieces: ScalePiece[];
}

export interface DayRange {
  /** Day numbers, inclusive. */
  from: number;
  to: number;
}

function civil(day: number): { year: number; month: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() };
}

function dayOf(year: number, month: number): number {
  return Date.UTC(year, month, 1) / 86_400_000;
}

/** The first day of the day, month or year that holds `day`. */
function kindStart(day: number, kind: Precision): number {
  if (kind === 'day') return day;
  const { year, month } = civil(day);
  return kind === 'month' ? dayOf(year, month) : dayOf(year, 0);
}

/** The day `count` days, months or years after `start` (which starts one). */
function addUnits(start: number, kind: Precision, count: number): number {
  if (kind === 'day') return start + count;
  const { year, month } = civil(start);
  return kind === 'month' ? dayOf(year, month + count) : dayOf(year + count, 0);
}

/**
 * Which empty stretches to cut: the longest first, each when it is longer than
 * BREAK_SHARE of what would remain. Returns the kept stretches, inclusive.
 */
function keptStretches(runs: readonly DayRange[], domain: DayRange): DayRange[] {
  const inside = runs
    .map((run) => ({ from: Math.max(run.from, domain.from), to: Math.min(run.to, domain.to) }))
    .filter((run) => run.from <= run.to);
  if (inside.length === 0) return [domain];
  // Gap g lies before inside[g]; gap inside.length is the trailing one.
  const gaps = inside.map((run, g) => ({ g, days: run.from - (g === 0 ? domain.from : inside[g - 1]!.to + 1) }));
  gaps.push({ g: inside.length, days: domain.to - inside[inside.length - 1]!.to });
  let total = domain.to - domain.from + 1;
  let breaks = 0;
  const cut = new Set<number>();
  for (const { g, days } of [...gaps].sort((a, b) => b.days - a.days)) {
    const edge = g === 0 || g === inside.length;
    if (days <= 0 || days <= BREAK_SHARE * (total - days) || (!edge && breaks >= MAX_BREAKS)) continue;
    cut.add(g);
    total -= days;
    if (!edge) breaks++;
  }
  const kept: DayRange[] = [];
  inside.forEach((run, g) => {
    const last = kept[kept.length - 1];
    if (last && !cut.has(g)) last.to = run.to;
    else kept.push({ from: g === 0 && !cut.has(0) ? domain.from : run.from, to: run.to });
  });
  if (!cut.has(inside.length)) kept[kept.length - 1]!.to = domain.to;
  return kept;
}

/**
 * The scale for an axis over `domain` (inclusive days) whose events cover `runs`
 * (inclusive, in order, as `occupiedRuns` gives them). Long empty stretches, inside or
 * at either end, are cut; the rest is widened to whole bins of one unit, the finest
 * that keeps to MAX_BINS, and shares the width in proportion to its days.
 */
export function timeScale(runs: readonly DayRange[], domain: DayRange): TimeScale {
  const kept = keptStretches(runs, domain);
  const days = kept.reduce((sum, s) => sum + s.to - s.from + 1, 0);
  const unit = UNITS.find((u) => days / (DAYS_IN[u.kind] * u.size) <= MAX_BINS) ?? UNITS[UNITS.length - 1]!;
  // Whole days, months or years; stretches that now meet (or are less than a bin apart) join.
  const spans: { from: number; to: number }[] = [];
  for (const stretch of kept) {
    const from = kindStart(stretch.from, unit.kind);
    const to = addUnits(kindStart(stretch.to, unit.kind), unit.kind, 1);
    const last = spans[spans.length - 1];
    if (last && from < addUnits(kindStart(last.to, unit.kind), unit.kind, unit.size)) last.to = to;
    else spans.push({ from, to });
  }
  const shown = spans.reduce((sum, s) => sum + s.to - s.from, 0);
  const perDay = (1 - BREAK_WIDTH * (spans.length - 1)) / shown;
  const pieces: ScalePiece[] = [];
  let x = 0;
  spans.forEach((span, i) => {
    if (i > 0) {
      pieces.push({ from: spans[i - 1]!.to, to: span.from, x0: x, x1: x + BREAK_WIDTH, cut: true });
      x += BREAK_WIDTH;
    }
    const x1 = i === spans.length - 1 ? 1 : x + (span.to - span.from) * perDay;
    pieces.push({ from: span.from, to: span.to, x0: x, x1, cut: false });
    x = x1;
  });
  return { from: spans[0]!.from, to: spans[spans.length - 1]!.to - 1, unit, pieces };
}

/** Where `day` starts on the axis; days before or after the scale are at its edges. */
export function dayToX(scale: TimeScale, day: number): number {
  if (day <= scale.from) return 0;
  for (const piece of scale.pieces) {
    if (day < piece.to) return piece.x0 + ((day - piece.from) / (piece.to - piece.from)) * (piece.x1 - piece.x0);
  }
  return 1;
}

/**
 * The day under position `x` (the inverse of `dayToX`, for a pointer). In a break it is
 * the nearer shown day, so that a brush begun or ended in a break keeps to the events.
 */
export function xToDay(scale: TimeScale, x: number): number {
  const piece = scale.pieces.find((p) => x < p.x1) ?? scale.pieces[scale.pieces.length - 1]!;
  if (piece.cut) return x < (piece.x0 + piece.x1) / 2 ? piece.from - 1 : piece.to;
  const day = Math.floor(piece.from + ((x - piece.x0) / (piece.x1 - piece.x0)) * (piece.to - piece.from));
  return Math.min(piece.to - 1, Math.max(piece.from, day));
}

/** The bins of the scale, in order: one unit each from each stretch's start, the last cut at its end. */
export function scaleBins(scale: TimeScale): DayRange[] {
  const bins: DayRange[] = [];
  for (const piece of scale.pieces) {
    if (piece.cut) continue;
    for (let from = piece.from; from < piece.to;) {
      const next = Math.min(piece.to, addUnits(from, scale.unit.kind, scale.unit.size));
      bins.push({ from, to: next - 1 });
      from = next;
    }
  }
  return bins;
}

/** A date of the given precision for a day number: "2004", "2004-11" or "2004-11-29". */
function partialDate(day: number, precision: Precision): string {
  const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
  return iso.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}

/**
 * A period named in words at the precision of its unit: "January 2022", "2004",
 * "4–10 Jan 2011", "November 2004 – January 2005". Named by the days it holds, in UTC
 * like the day numbers, so a bin is never named after the year or month before it.
 */
export function periodLabel(range: DayRange, kind: Precision): string {
  const start = partialDate(range.from, kind);
  const end = partialDate(range.to, kind);
  return start === end ? formatPartialDate(start) : formatEventDate({ start, end, precision: kind });
}

/** The coarsest precision whose whole units `range` covers exactly. */
function alignment(range: DayRange): Precision {
  const next = range.to + 1;
  if (kindStart(range.from, 'year') === range.from && kindStart(next, 'year') === next) return 'year';
  if (kindStart(range.from, 'month') === range.from && kindStart(next, 'month') === next) return 'month';
  return 'day';
}

/** Any span of days in words, as precisely as it needs: "1963 – 1985", "January 2022". */
export function spanLabel(range: DayRange): string {
  return periodLabel(range, alignment(range));
}

/** The cut stretches in words: what the axis leaves out. */
export function cutPeriods(scale: TimeScale): string[] {
  return scale.pieces.filter((piece) => piece.cut).map((piece) => spanLabel({ from: piece.from, to: piece.to - 1 }));
}

export interface Tick {
  day: number;
  x: number;
  label: string;
}

/**
 * Labels under the axis, at least `spacing` apart (a fraction of the width): the start of
 * each shown stretch first, then the years, then (on a short axis) months or days.
 */
export function scaleTicks(scale: TimeScale, spacing: number): Tick[] {
  const candidates: { day: number; kind: Precision; first: boolean }[] = [];
  const shown = scale.pieces.filter((piece) => !piece.cut);
  for (const piece of shown) candidates.push({ day: piece.from, kind: scale.unit.kind, first: true });
  // Months between the years on an axis of three years or less; days on one of four months or less.
  const days = shown.reduce((sum, piece) => sum + piece.to - piece.from, 0);
  const levels: Precision[] = days > 3 * 366 ? ['year'] : days > 122 ? ['year', 'month'] : ['year', 'month', 'day'];
  for (const kind of levels) {
    const step = kind === 'day' ? scale.unit.size : 1;
    for (const piece of shown) {
      for (let day = addUnits(kindStart(piece.from, kind), kind, step); day < piece.to; day = addUnits(day, kind, step))
        candidates.push({ day, kind, first: false });
    }
  }
  const ticks: Tick[] = [];
  for (const { day, kind, first } of candidates) {
    const x = dayToX(scale, day);
    if (ticks.some((tick) => tick.day === day || Math.abs(tick.x - x) < spacing)) continue;
    ticks.push({ day, x, label: tickLabel(day, kind, first) });
  }
  return ticks.sort((a, b) => a.x - b.x);
}

/** "2004" at a new year; "Mar" or "16 Dec" inside a stretch, with the year where one starts. */
function tickLabel(day: number, kind: Precision, first: boolean): string {
  const { month } = civil(day);
  const date = new Date(day * 86_400_000).getUTCDate();
  if (kind === 'year' || (month === 0 && date === 1)) return partialDate(day, 'year');
  const year = first ? ` ${partialDate(day, 'year')}` : '';
  if (date === 1) return `${formatPartialDate(partialDate(day, 'month')).slice(0, 3)}${year}`;
  return `${formatPartialDate(partialDate(day, 'day')).replace(/ \d{4}$/, '')}${year}`;
}

/**
 * What the axis spans: the dates chosen, where they are set, and otherwise the days the
 * matching events cover (`runs`); with neither, `fallback` (the whole dataset).
 */
export function axisDomain(
  runs: readonly DayRange[],
  chosen: { from?: number; to?: number },
  fallback: DayRange,
): DayRange {
  const from = chosen.from ?? runs[0]?.from ?? fallback.from;
  const to = chosen.to ?? (runs.length ? runs.reduce((last, run) => Math.max(last, run.to), -Infinity) : fallback.to);
  return { from, to: Math.max(from, to) };
}
