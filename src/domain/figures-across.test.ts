import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { buildIndex } from './dataset-index.ts';
import { applyFilters, EMPTY_FILTERS } from './filters.ts';
import { figuresAcross, markLanes, spreadSample } from './figures-across.ts';
import type { FigureMark } from './figures.ts';
import type { Claim, Dataset, Figure } from './schema.ts';

/** The fixture with killed figures on both events: official, opposition and a derived one. */
function withFigures(): Dataset {
  const base = fixture();
  const add: Record<string, Figure[]> = {
    'chief-hooliganism': [{ quantity: 'killed', value: 16, label: 'people killed' }],
    'hut-denies': [{ quantity: 'killed', min: 8, max: 25, label: 'people killed', approximate: true }],
    'duvanov-provocation': [
      { quantity: 'killed', value: 100, label: 'people killed' },
      { quantity: 'killed', value: 6, label: 'times the official toll', derived: true, basis: '100 / 16' },
    ],
  };
  return { ...base, claims: base.claims.map((c) => (add[c.id] ? { ...c, figures: add[c.id] } : c)) };
}

function build(dataset: Dataset, options?: Parameters<typeof figuresAcross>[2], filters = EMPTY_FILTERS) {
  const index = buildIndex(dataset);
  const result = applyFilters(index, filters);
  return { index, result, across: figuresAcross(index, result, options) };
}

describe('figuresAcross', () => {
  it('groups the figures by quantity, then by event in time order, and counts every one', () => {
    const { across } = build(withFigures());
    expect(across.charts.map((c) => c.key)).toEqual(['killed', 'wounded']);
    const killed = across.charts[0]!;
    // The Otan blasts (2004) come before the rumoured provocation (2005).
    expect(killed.rows.map((r) => r.event.id)).toEqual(['otan-blasts', 'later-event']);
    expect(killed.rows.map((r) => r.figures)).toEqual([2, 2]);
    expect(killed.figures).toBe(4);
    expect(across.figures).toBe(5);
    expect(across.claims).toBe(4);
    const drawn = across.charts.flatMap((c) => c.rows.flatMap((r) => r.marks)).length;
    expect(drawn).toBe(across.figures);
  });

  it('keeps stance, claimant and claim on each mark, smallest first, and flags derived figures', () => {
    const killed = build(withFigures()).across.charts[0]!;
    const later = killed.rows[1]!;
    expect(later.marks.map((m) => [m.amount, m.stance, m.actorName, m.claimId])).toEqual([
      ['6', 'opposition', 'Sergey Duvanov', 'duvanov-provocation'],
      ['100', 'opposition', 'Sergey Duvanov', 'duvanov-provocation'],
    ]);
    expect(later.marks[0]!.derivedFrom).toBe('100 / 16');
    expect(later.marks[1]!.derivedFrom).toBeUndefined();
    expect(killed.derived).toBe(1);
    const otan = killed.rows[0]!;
    expect(otan.marks.map((m) => [m.amount, m.stance])).toEqual([
      ['about 8–25', 'militant'],
      ['16', 'official'],
    ]);
  });

  it('follows the filters', () => {
    const { across } = build(withFigures(), undefined, { ...EMPTY_FILTERS, stance: ['official'] });
    expect(across.charts.map((c) => c.key)).toEqual(['killed']);
    expect(across.charts[0]!.rows.map((r) => r.marks.map((m) => m.claimId))).toEqual([['chief-hooliganism']]);
    expect(across.claims).toBe(1);
  });

  it('keeps the events with the most figures when capped, in time order, and says how many it left out', () => {
    const { across } = build(withFigures(), { maxRows: 1 });
    const killed = across.charts[0]!;
    // Both events hold two killed figures: the earlier is kept.
    expect(killed.rows.map((r) => r.event.id)).toEqual(['otan-blasts']);
    expect(killed.events).toBe(2);
    expect(killed.eventsLeftOut).toBe(1);
    expect(killed.figures).toBe(4);
  });

  it('draws at most `perStance` figures of a stance in a row and counts the rest', () => {
    const base = withFigures();
    const many: Claim[] = Array.from({ length: 30 }, (_, i) => ({
      ...base.claims[0]!,
      id: `many-${i}`,
      figures: [{ quantity: 'killed', value: i + 1, label: 'people killed' }],
    }));
    const { across } = build({ ...base, claims: [...base.claims, ...many] }, { perStance: 5 });
    const otan = across.charts[0]!.rows[0]!;
    expect(otan.figures).toBe(32);
    // 31 official figures (16 and 1..30): 5 drawn, the militant one drawn too.
    expect(otan.marks).toHaveLength(6);
    expect(otan.hidden[0]).toBe(26);
    expect(otan.hidden.reduce((a, b) => a + b, 0) + otan.marks.length).toBe(otan.figures);
    const official = otan.marks.filter((m) => m.stance === 'official').map((m) => m.low);
    expect(official[0]).toBe(1);
    expect(official[official.length - 1]).toBe(30);
  });

  it('scales the chart as the event page does: log when figures span more than a hundredfold', () => {
    const base = withFigures();
    const claims = base.claims.map((c) =>
      c.id === 'chief-hooliganism' ? { ...c, figures: [{ quantity: 'killed' as const, value: 20000, label: 'x' }] } : c,
    );
    const killed = build({ ...base, claims }).across.charts[0]!;
    expect(killed.scale.kind).toBe('log');
    expect(build(withFigures()).across.charts[0]!.scale.kind).toBe('linear');
  });

  it('is empty when no matching claim gives a number', () => {
    const { across } = build(fixture(), undefined, { ...EMPTY_FILTERS, stance: ['militant'] });
    expect(across).toEqual({ charts: [], claims: 0, figures: 0 });
  });
});

describe('spreadSample', () => {
  const marks = (values: number[]) => values.map((v) => ({ low: v, high: v }) as FigureMark);
  it('keeps the lowest, the highest and evenly spread ones between', () => {
    expect(spreadSample(marks([5, 1, 9, 3, 7, 2, 8]), 3).map((m) => m.low)).toEqual([1, 5, 9]);
    expect(spreadSample(marks([2, 1]), 5).map((m) => m.low)).toEqual([2, 1]);
  });
});

describe('markLanes', () => {
  it('stacks marks closer than the gap, and reuses a lane once it is free', () => {
    expect(markLanes([0, 0.01, 0.02, 0.5], [0, 0.01, 0.02, 0.5], 0.05)).toEqual([0, 1, 2, 0]);
    // A range holds its lane to its end.
    expect(markLanes([0.1, 0.3], [0.6, 0.3], 0.05)).toEqual([0, 1]);
    // Past the last lane, they take turns.
    expect(markLanes([0, 0, 0, 0], [0, 0, 0, 0], 0.05, 2)).toEqual([0, 1, 0, 1]);
  });
});
