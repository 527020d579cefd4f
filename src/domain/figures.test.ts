import { describe, expect, it } from 'vitest';
import {
  figureAxes,
  figureScale,
  formatAmount,
  scalePosition,
  spreadSentence,
  tickLabels,
  type FigureMark,
  type FigureScale,
} from './figures.ts';
import type { Actor, Claim, Figure } from './schema.ts';

const actors = new Map<string, Actor>(
  [
    ['gov', 'Government of Kazakhstan', 'official'],
    ['analyst', 'UK-based political analyst', 'analyst'],
    ['press', 'A newspaper', 'media'],
  ].map(([id, name, stance]) => [
    id!,
    { id: id!, name: name!, aliases: [], stance: stance as Actor['stance'], role: 'r', description: 'd' },
  ]),
);

let n = 0;
function claim(actorId: string, figures: Figure[], extra: Partial<Claim> = {}): Claim {
  n++;
  return {
    id: `c${n}`,
    eventId: 'e',
    actorId,
    type: 'casualties',
    summary: 's',
    quote: 'q',
    sourceId: 'src',
    reportedVia: [],
    figures,
    ...extra,
  };
}

const mark = (low?: number, high?: number): FigureMark => ({
  claimId: 'x',
  actorName: 'A',
  stance: 'other',
  label: 'l',
  low,
  high,
  approximate: false,
  amount: formatAmount({ min: low, max: high }),
});

describe('figureAxes', () => {
  it('groups by quantity and unit, in vocabulary order, smallest figure first', () => {
    const axes = figureAxes(
      [
        claim('analyst', [{ quantity: 'killed', value: 100, label: 'killed' }], {
          said: { start: '2022-01', precision: 'month' },
        }),
        claim('gov', [
          { quantity: 'killed', value: 16, label: 'shot dead' },
          { quantity: 'seized', value: 70, unit: 'books', label: 'books' },
        ]),
        claim('press', [{ quantity: 'seized', value: 12400, unit: 'leaflets', label: 'leaflets' }]),
        claim('gov', [{ quantity: 'wounded', min: 20, max: 30, label: 'hurt' }], { stance: 'other' }),
      ],
      actors,
    );
    expect(axes.map((a) => a.key)).toEqual(['killed', 'wounded', 'seized:books', 'seized:leaflets']);
    const killed = axes[0]!;
    expect(killed.marks.map((m) => [m.actorName, m.stance, m.low, m.said])).toEqual([
      ['Government of Kazakhstan', 'official', 16, undefined],
      ['UK-based political analyst', 'analyst', 100, { start: '2022-01', precision: 'month' }],
    ]);
    // A claim's own stance wins over its actor's.
    expect(axes[1]!.marks[0]).toMatchObject({ stance: 'other', low: 20, high: 30, amount: '20–30' });
  });

  it('gives no axis for claims without figures', () => {
    expect(figureAxes([claim('gov', [])], actors)).toEqual([]);
  });
});

describe('figureScale', () => {
  it('is linear from zero with nice ticks while the spread is small', () => {
    const scale = figureScale([mark(16, 16), mark(100, 100)]);
    expect(scale).toMatchObject({ kind: 'linear', min: 0, max: 120 });
    expect(scale.ticks).toEqual([0, 20, 40, 60, 80, 100, 120]);
    expect(scalePosition(scale, 60)).toBeCloseTo(0.5);
    expect(figureScale([mark(2, 2)]).ticks).toEqual([0, 1, 2, 3]);
  });

  it('turns logarithmic, by powers of ten, past a 100× spread', () => {
    const scale = figureScale([mark(3, 3), mark(20000, 20000)]);
    expect(scale).toMatchObject({ kind: 'log', min: 1, max: 100000, ticks: [1, 10, 100, 1000, 10000, 100000] });
    expect(scalePosition(scale, 100)).toBeCloseTo(0.4);
    expect(scalePosition(scale, 0)).toBe(0);
  });

  it('leaves room to the right of an open upper end', () => {
    const scale = figureScale([mark(14, 14), mark(50, undefined)]);
    expect(scale.kind).toBe('linear');
    expect(scale.max).toBeGreaterThan(50);
    expect(scalePosition(scale, 1e9)).toBe(1);
  });

  it('copes with all-zero figures', () => {
    expect(figureScale([mark(0, 0)])).toMatchObject({ kind: 'linear', min: 0 });
  });
});

describe('tickLabels', () => {
  // The chart's text-xs digits are about 7.8 px wide.
  const CHAR = 7.8;
  const thousands = figureScale([mark(5000, 5000)]);

  it('labels every tick while they fit, the ends anchored inside the axis', () => {
    expect(thousands.ticks).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000]);
    const labels = tickLabels(thousands, 600, CHAR);
    expect(labels.map((l) => l.text)).toEqual(['0', '1,000', '2,000', '3,000', '4,000', '5,000', '6,000']);
    expect(labels.map((l) => l.align)).toEqual(['start', 'center', 'center', 'center', 'center', 'center', 'end']);
  });

  it('keeps every second, third… tick from the first when they do not fit', () => {
    // 278 px: "5,000" and "6,000" ran into each other.
    expect(tickLabels(thousands, 278, CHAR).map((l) => l.text)).toEqual(['0', '2,000', '4,000', '6,000']);
    expect(tickLabels(thousands, 150, CHAR).map((l) => l.text)).toEqual(['0', '3,000', '6,000']);
    const log: FigureScale = figureScale([mark(3, 3), mark(20000, 20000)]);
    expect(tickLabels(log, 120, CHAR).map((l) => l.text)).toEqual(['1', '100', '10,000']);
  });

  it('keeps at least the first label, however narrow the axis', () => {
    expect(tickLabels(thousands, 10, CHAR).map((l) => l.text)).toEqual(['0']);
  });

  it('never lets two labels overlap', () => {
    const scales = [thousands, figureScale([mark(20000, 20000)]), figureScale([mark(16, 16), mark(100, 100)])];
    for (const scale of scales) {
      for (let width = 20; width <= 1200; width += 7) {
        const labels = tickLabels(scale, width, CHAR);
        const extent = (l: (typeof labels)[number]) => {
          const w = l.text.length * CHAR;
          const x = l.at * width;
          return l.align === 'start' ? [x, x + w] : l.align === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
        };
        for (let i = 1; i < labels.length; i++) {
          expect(
            extent(labels[i - 1]!)[1]! + 8,
            `${width} px: ${labels.map((l) => l.text).join(' ')}`,
          ).toBeLessThanOrEqual(extent(labels[i]!)[0]!);
        }
      }
    }
  });
});

describe('spreadSentence', () => {
  const axisOf = (claims: Claim[]) => figureAxes(claims, actors)[0]!;

  it('names the lowest and highest figure, who gave them, and the ratio', () => {
    const axis = axisOf([
      claim('analyst', [{ quantity: 'killed', value: 100, label: 'k' }]),
      claim('gov', [{ quantity: 'killed', value: 16, label: 'k' }]),
    ]);
    expect(spreadSentence(axis, 'killed')).toBe(
      'Figures for killed range from 16 (Government of Kazakhstan) to 100 (UK-based political analyst), 6.3×.',
    );
  });

  it('says when the ratio is only a lower bound, and rounds large ratios', () => {
    const open = axisOf([
      claim('gov', [{ quantity: 'killed', value: 14, label: 'k' }]),
      claim('press', [{ quantity: 'killed', min: 50, label: 'k' }]),
    ]);
    expect(spreadSentence(open, 'killed')).toBe(
      'Figures for killed range from 14 (Government of Kazakhstan) to at least 50 (A newspaper), at least 3.6×.',
    );
    const wide = axisOf([
      claim('gov', [{ quantity: 'attackers', value: 20000, label: 'a', approximate: true }]),
      claim('press', [{ quantity: 'attackers', value: 40, label: 'a' }]),
    ]);
    expect(spreadSentence(wide, 'attackers')).toBe(
      'Figures for attackers range from 40 (A newspaper) to about 20,000 (Government of Kazakhstan), 500×.',
    );
  });

  it('reports a single figure, and figures that agree', () => {
    const one = axisOf([claim('gov', [{ quantity: 'arrested', value: 5000, label: 'a' }])]);
    expect(spreadSentence(one, 'arrested')).toBe('One figure for arrested: 5,000 (Government of Kazakhstan).');
    const same = axisOf([
      claim('gov', [{ quantity: 'suspects', value: 15, label: 's' }]),
      claim('press', [{ quantity: 'suspects', value: 15, label: 's' }]),
    ]);
    expect(spreadSentence(same, 'suspects')).toBe(
      'All 2 figures for suspects agree: 15 (Government of Kazakhstan, A newspaper).',
    );
  });
});
