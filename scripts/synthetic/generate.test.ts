// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateCombined } from '../../src/domain/validate.ts';
import { generateDataset } from './generate.ts';

const small = { events: 60, actors: 25, claims: 600, seed: 3 };

describe('generateDataset', () => {
  it('passes the schema and every cross-reference check, as the app validates an opened file', () => {
    const result = validateCombined(JSON.parse(JSON.stringify(generateDataset(small))), 'synthetic.json');
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const text = JSON.stringify(generateDataset(small));
    expect(JSON.stringify(generateDataset(small))).toBe(text);
    expect(JSON.stringify(generateDataset({ ...small, seed: 4 }))).not.toBe(text);
  });

  it('has the requested sizes and the features the explorer exercises', () => {
    const { events, actors, claims, disputes } = generateDataset(small);
    expect([events.length, actors.length, claims.length]).toEqual([60, 25, 600]);
    expect(new Set(events.map((e) => e.date.precision))).toEqual(new Set(['day', 'month', 'year']));
    expect(events.every((e) => e.date.start >= '1990' && e.date.start <= '2024-12-31')).toBe(true);
    expect(events.some((e) => e.place.lat !== undefined && e.place.lon !== undefined)).toBe(true);
    expect(claims.filter((c) => c.type === 'casualties').every((c) => c.figures?.length)).toBe(true);
    expect(claims.some((c) => c.reportedVia.length > 1)).toBe(true);
    expect(new Set(actors.map((a) => a.stance)).size).toBeGreaterThan(4);
    expect(disputes.length).toBeGreaterThan(0);
  });

  it('still validates when there are fewer claims than events, and a single actor', () => {
    const result = validateCombined(generateDataset({ events: 10, actors: 1, claims: 4, seed: 1 }), 'tiny.json');
    expect(result.ok).toBe(true);
  });
});
