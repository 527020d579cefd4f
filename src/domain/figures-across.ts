/**
 * The figures of one quantity across events: every side's numbers for "killed" (or
 * "arrested", "seized (leaflets)") in the filtered set, one row per event in time order,
 * on one scale. The event page puts one event's figures side by side; this puts the
 * events side by side. Pure: the chart only places what this returns.
 */
import type { DatasetIndex } from './dataset-index.ts';
import type { FilterResult } from './filters.ts';
import { figureMark, figureScale, type FigureMark, type FigureScale } from './figures.ts';
import type { Claim, Figure, NarrativeEvent, Quantity } from './schema.ts';
import { compareText } from './order.ts';
import { QUANTITIES, STANCES } from './vocabulary.ts';

/** Rows drawn per quantity: the events with the most figures of it. */
export const MAX_ROWS = 200;
/** Figures drawn per stance in a row; beyond it, the lowest, the highest and evenly spread ones between. */
export const MAX_PER_STANCE = 5;

export interface AcrossRow {
  event: NarrativeEvent;
  /** The figures drawn, smallest first. */
  marks: FigureMark[];
  /** Every figure of this quantity on this event, drawn or not. */
  figures: number;
  /** Per stance (STANCES order), how many figures are not drawn. */
  hidden: number[];
}

/** One quantity in one unit, as `figureAxes` groups them. */
export interface AcrossChart {
  key: string;
  quantity: Quantity;
  unit?: string;
  /** In time order. */
  rows: AcrossRow[];
  scale: FigureScale;
  /** Over every matching event, drawn or not. */
  figures: number;
  derived: number;
  events: number;
  /** Events left out by MAX_ROWS. */
  eventsLeftOut: number;
}

export interface FiguresAcross {
  charts: AcrossChart[];
  /** Matching claims that give at least one figure. */
  claims: number;
  figures: number;
}

const keyOf = (figure: Figure) => (figure.unit ? `${figure.quantity}:${figure.unit}` : figure.quantity);

/** A figure as the event page's axis draws it (see `figureAxes`). */

const lowEnd = (mark: FigureMark) => mark.low ?? mark.high ?? 0;

/** Calls `visit` for each figure of each matching claim, event by event in time order. */
function eachFigure(
  index: DatasetIndex,
  result: Pick<FilterResult, 'events' | 'matches'>,
  visit: (claim: Claim, figure: Figure, position: number) => void,
): void {
  for (const position of result.events) {
    const end = index.eventClaims[position + 1]!;
    for (let i = index.eventClaims[position]!; i < end; i++) {
      if (!result.matches[i]) continue;
      const claim = index.claims[i]!;
      for (const figure of claim.figures ?? []) visit(claim, figure, position);
    }
  }
}

/**
 * At most `limit` of a stance's figures, so that a busy event stays readable and every
 * stance keeps its room: the lowest, the highest and evenly spread ones between.
 */
export function spreadSample(marks: readonly FigureMark[], limit: number): FigureMark[] {
  if (marks.length <= limit) return [...marks];
  const sorted = [...marks].sort((a, b) => lowEnd(a) - lowEnd(b));
  if (limit <= 1) return sorted.slice(0, limit);
  const picked = new Set<number>();
  for (let k = 0; k < limit; k++) picked.add(Math.round((k * (sorted.length - 1)) / (limit - 1)));
  return [...picked].map((i) => sorted[i]!);
}

/**
 * The matching claims' figures, one chart per quantity and unit (in vocabulary order),
 * one row per event. Two passes over the matching claims: the first counts figures per
 * event, so that only the `maxRows` events with the most are kept (earliest first among
 * equals); the second builds those rows' marks.
 */
export function figuresAcross(
  index: DatasetIndex,
  result: Pick<FilterResult, 'events' | 'matches'>,
  { maxRows = MAX_ROWS, perStance = MAX_PER_STANCE } = {},
): FiguresAcross {
  const counts = new Map<
    string,
    { quantity: Quantity; unit?: string; perEvent: Map<number, number>; derived: number }
  >();
  let claims = 0;
  let figures = 0;
  let lastClaim: Claim | undefined;
  eachFigure(index, result, (claim, figure, position) => {
    if (claim !== lastClaim) claims++;
    lastClaim = claim;
    figures++;
    const key = keyOf(figure);
    let chart = counts.get(key);
    if (!chart)
      counts.set(key, (chart = { quantity: figure.quantity, unit: figure.unit, perEvent: new Map(), derived: 0 }));
    chart.perEvent.set(position, (chart.perEvent.get(position) ?? 0) + 1);
    if (figure.derived) chart.derived++;
  });

  // The rows kept, per chart: event position → its marks by stance.
  const kept = new Map<string, Map<number, FigureMark[][]>>();
  for (const [key, chart] of counts) {
    const entries = [...chart.perEvent.entries()];
    const chosen =
      entries.length <= maxRows ? entries : entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, maxRows);
    kept.set(key, new Map(chosen.map(([position]) => [position, STANCES.map(() => [])])));
  }
  eachFigure(index, result, (claim, figure, position) => {
    const row = kept.get(keyOf(figure))!.get(position);
    if (!row) return;
    const mark = figureMark(claim, figure, index.actorById);
    row[STANCES.indexOf(mark.stance)]!.push(mark);
  });

  const rank = (q: Quantity) => QUANTITIES.indexOf(q);
  const charts = [...counts.entries()].map(([key, chart]): AcrossChart => {
    const rows = [...kept.get(key)!.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([position, byStance]): AcrossRow => {
        const shown = byStance.map((marks) => spreadSample(marks, perStance));
        return {
          event: index.events[position]!,
          marks: shown.flat().sort((a, b) => lowEnd(a) - lowEnd(b)),
          figures: chart.perEvent.get(position)!,
          hidden: byStance.map((marks, s) => marks.length - shown[s]!.length),
        };
      });
    let total = 0;
    for (const count of chart.perEvent.values()) total += count;
    return {
      key,
      quantity: chart.quantity,
      unit: chart.unit,
      rows,
      scale: figureScale(rows.flatMap((row) => row.marks)),
      figures: total,
      derived: chart.derived,
      events: chart.perEvent.size,
      eventsLeftOut: chart.perEvent.size - rows.length,
    };
  });
  charts.sort((a, b) => rank(a.quantity) - rank(b.quantity) || compareText(a.unit ?? '', b.unit ?? ''));
  return { charts, claims, figures };
}

/**
 * Which lane of a row each mark takes, so that marks closer than `gap` (a share of the
 * axis) stack instead of hiding one another. `starts` and `ends` are positions on the
 * axis, in the order of the marks (smallest first); at most `lanes` lanes, after which the
 * marks take them in turn.
 */
export function markLanes(starts: readonly number[], ends: readonly number[], gap: number, lanes = 3): number[] {
  const free: number[] = [];
  return starts.map((start, i) => {
    let lane = free.findIndex((x) => x + gap <= start);
    if (lane === -1 && free.length < lanes) lane = free.length;
    if (lane === -1) lane = i % lanes;
    free[lane] = Math.max(start, ends[i]!);
    return lane;
  });
}
