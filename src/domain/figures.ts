/**
 * Every side's figures on one axis. The numbers claims state (structured on the claim,
 * never parsed from its text) are grouped by what they count, and each group gets a
 * scale and a sentence saying how far apart the figures are. Pure: the chart only
 * places what this returns.
 */
import { claimStance } from './dataset-index.ts';
import type { Actor, Claim, EventDate, Figure, Quantity, Stance } from './schema.ts';
import { QUANTITIES } from './vocabulary.ts';
import { formatNumber } from './numbers.ts';
import { compareText } from './order.ts';

export interface FigureMark {
  claimId: string;
  actorName: string;
  stance: Stance;
  said?: EventDate;
  label: string;
  /** How the speaker worked the figure out from another's: not an estimate of its own. */
  derivedFrom?: string;
  /** The two ends; an open end ("at least 50", "at most 1") is undefined. */
  low?: number;
  high?: number;
  approximate: boolean;
  amount: string;
}

export interface FigureScale {
  kind: 'linear' | 'log';
  min: number;
  max: number;
  ticks: number[];
}

/** One quantity in one unit: killed people and seized leaflets never share an axis. */
export interface FigureAxis {
  key: string;
  quantity: Quantity;
  unit?: string;
  marks: FigureMark[];
  scale: FigureScale;
}

/** Above this ratio between the largest and smallest figure, a linear axis crushes the small ones. */
export const LOG_THRESHOLD = 100;

/** "16", "8–25", "at least 25,000", "about 20,000". */
export function formatAmount(figure: Pick<Figure, 'value' | 'min' | 'max' | 'approximate'>): string {
  const amount =
    figure.value !== undefined
      ? formatNumber(figure.value)
      : figure.min !== undefined && figure.max !== undefined
        ? `${formatNumber(figure.min)}–${formatNumber(figure.max)}`
        : figure.min !== undefined
          ? `at least ${formatNumber(figure.min)}`
          : `at most ${formatNumber(figure.max ?? 0)}`;
  return figure.approximate ? `about ${amount}` : amount;
}

/** One figure of a claim as a mark on an axis, with its claimant, stance and amount in words. */
export function figureMark(claim: Claim, figure: Figure, actorById: ReadonlyMap<string, Actor>): FigureMark {
  return {
    claimId: claim.id,
    actorName: actorById.get(claim.actorId)?.name ?? claim.actorId,
    stance: claimStance(claim, actorById),
    said: claim.said,
    label: figure.label,
    low: figure.value ?? figure.min,
    high: figure.value ?? figure.max,
    approximate: figure.approximate ?? false,
    amount: formatAmount(figure),
    derivedFrom: figure.derived ? (figure.basis ?? 'worked out from another figure') : undefined,
  };
}

/** The claims' figures, one axis per quantity and unit, in vocabulary order; marks smallest first. */
export function figureAxes(claims: readonly Claim[], actorById: ReadonlyMap<string, Actor>): FigureAxis[] {
  const groups = new Map<string, { quantity: Quantity; unit?: string; marks: FigureMark[] }>();
  for (const claim of claims) {
    for (const figure of claim.figures ?? []) {
      const key = figure.unit ? `${figure.quantity}:${figure.unit}` : figure.quantity;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { quantity: figure.quantity, unit: figure.unit, marks: [] }));
      group.marks.push(figureMark(claim, figure, actorById));
    }
  }
  const rank = (q: Quantity) => QUANTITIES.indexOf(q);
  return [...groups.entries()]
    .map(([key, group]) => {
      // A stable sort keeps the claims' own order among equal figures.
      const marks = [...group.marks].sort((a, b) => lowEnd(a) - lowEnd(b));
      return { key, ...group, marks, scale: figureScale(marks) };
    })
    .sort((a, b) => rank(a.quantity) - rank(b.quantity) || compareText(a.unit ?? '', b.unit ?? ''));
}

const lowEnd = (mark: FigureMark) => mark.low ?? mark.high ?? 0;
const highEnd = (mark: FigureMark) => mark.high ?? mark.low ?? 0;

/** 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? 10 * power;
}

/** Linear from 0, unless the figures span more than LOG_THRESHOLD×: then log, by powers of ten. */
export function figureScale(marks: readonly FigureMark[]): FigureScale {
  const values = marks.flatMap((m) => [m.low, m.high]).filter((v): v is number => v !== undefined);
  const positive = values.filter((v) => v > 0);
  // An open upper end ("at least 50") needs room to its right to be seen as open.
  const openTop = marks.some((m) => m.high === undefined);
  const top = Math.max(0, ...values) * (openTop ? 1.5 : 1);
  const smallest = positive.length ? Math.min(...positive) : 0;
  if (smallest > 0 && top / smallest > LOG_THRESHOLD) {
    const min = 10 ** Math.floor(Math.log10(smallest));
    const max = Math.max(min * 10, 10 ** Math.ceil(Math.log10(top)));
    const ticks: number[] = [];
    for (let t = min; t <= max; t *= 10) ticks.push(t);
    return { kind: 'log', min, max, ticks };
  }
  // Counts are whole: no tick at 0.5. A little headroom keeps the largest mark off the edge.
  const step = Math.max(1, niceStep(Math.max(top, 1) / 5));
  const max = Math.max(step, Math.ceil((top * 1.05) / step) * step);
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  return { kind: 'linear', min: 0, max, ticks };
}

/** Where a value sits on the scale, from 0 (left) to 1 (right), clamped. */
export function scalePosition(scale: FigureScale, value: number): number {
  const t =
    scale.kind === 'linear'
      ? (value - scale.min) / (scale.max - scale.min)
      : value <= 0
        ? 0
        : (Math.log10(value) - Math.log10(scale.min)) / (Math.log10(scale.max) - Math.log10(scale.min));
  return Math.min(1, Math.max(0, t));
}

/** A tick's number under the axis: where it sits, and which of its ends is anchored there. */
export interface TickLabel {
  value: number;
  text: string;
  /** From 0 (left) to 1 (right), as `scalePosition`. */
  at: number;
  /** Centred on its tick, unless that would run past an end of the axis. */
  align: 'start' | 'center' | 'end';
}

/**
 * The tick labels that fit under an axis `width` px wide, `charWidth` px a character, with
 * `gap` px at least between neighbours: every tick while they fit, else every second,
 * every third…, counted from the first, so that the labels stay evenly spaced. The first
 * is always kept; the lines of the ticks left unlabelled still show on the chart.
 */
export function tickLabels(scale: FigureScale, width: number, charWidth: number, gap = 8): TickLabel[] {
  const labels = scale.ticks.map((value) => {
    const text = formatNumber(value);
    const at = scalePosition(scale, value);
    const half = (text.length * charWidth) / 2;
    const align: TickLabel['align'] = at * width < half ? 'start' : (1 - at) * width < half ? 'end' : 'center';
    const x = at * width;
    const [left, right] =
      align === 'start' ? [x, x + 2 * half] : align === 'end' ? [x - 2 * half, x] : [x - half, x + half];
    return { label: { value, text, at, align }, left, right };
  });
  for (let every = 1; every < labels.length; every++) {
    const kept = labels.filter((_, i) => i % every === 0);
    if (kept.every((label, i) => i === 0 || kept[i - 1]!.right + gap <= label.left)) return kept.map((k) => k.label);
  }
  return labels.slice(0, 1).map((k) => k.label);
}

/** "16×" or "6.3×": one decimal while the ratio is small enough for it to matter. */
function formatRatio(ratio: number): string {
  return ratio < 10 ? `${formatNumber(Math.round(ratio * 10) / 10)}×` : `${formatNumber(Math.round(ratio))}×`;
}

/**
 * One sentence on how far apart the figures are:
 * "Figures for killed range from 16 (Government of Kazakhstan) to 100 (UK-based political analyst), 6.3×."
 * @param what the quantity in words, lower case ("killed", "seized (leaflets)")
 */
export function spreadSentence(axis: FigureAxis, what: string): string {
  // A derived figure is arithmetic on another's number, not a rival estimate: said apart.
  const marks = axis.marks.filter((m) => m.derivedFrom === undefined);
  const derived = axis.marks.length - marks.length;
  const rest = derived === 0 ? '' : ` ${derivedSentence(derived)}`;
  if (marks.length === 0) return derivedSentence(derived);
  return estimatesSentence(marks, what) + rest;
}

function derivedSentence(count: number): string {
  return count === 1
    ? 'One figure is derived: a speaker’s arithmetic on another’s number, not an estimate of its own.'
    : `${count} figures are derived: speakers’ arithmetic on others’ numbers, not estimates of their own.`;
}

function estimatesSentence(marks: readonly FigureMark[], what: string): string {
  const names = (list: readonly FigureMark[]) => [...new Set(list.map((m) => m.actorName))].join(', ');
  if (marks.length === 1) return `One figure for ${what}: ${marks[0]!.amount} (${marks[0]!.actorName}).`;
  const low = marks.reduce((a, b) => (lowEnd(b) < lowEnd(a) ? b : a));
  const high = marks.reduce((a, b) => (highEnd(b) > highEnd(a) ? b : a));
  const closed = marks.every((m) => m.low !== undefined && m.high !== undefined);
  if (closed && lowEnd(low) === highEnd(high)) {
    return `All ${marks.length} figures for ${what} agree: ${low.amount} (${names(marks)}).`;
  }
  const about = (mark: FigureMark) => (mark.approximate ? 'about ' : '');
  const lowText = low.low === undefined ? low.amount : `${about(low)}${formatNumber(lowEnd(low))}`;
  const highText = high.high === undefined ? high.amount : `${about(high)}${formatNumber(highEnd(high))}`;
  // With an open end the true ratio can only be larger.
  const open = low.low === undefined || high.high === undefined ? 'at least ' : '';
  const ratio = lowEnd(low) > 0 ? `, ${open}${formatRatio(highEnd(high) / lowEnd(low))}` : '';
  return `Figures for ${what} range from ${lowText} (${low.actorName}) to ${highText} (${high.actorName})${ratio}.`;
}
