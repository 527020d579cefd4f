import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixture } from '../test/fixture.ts';
import { formatProblem } from './problem.ts';
import { validateCombined, validateDataset } from './validate.ts';

function messages(tables: Parameters<typeof validateDataset>[0]): string[] {
  const result = validateDataset(tables);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validateDataset', () => {
  it('accepts a valid dataset', () => {
    const result = validateDataset(fixture());
    expect(result.ok).toBe(true);
  });

  it('names the file and JSON path of an unknown reference', () => {
    const data = fixture();
    data.claims[2]!.actorId = 'knb-x';
    expect(messages(data)).toEqual(['data/claims.json[2].actorId: unknown actor "knb-x"']);
  });

  it('reports every problem, not only the first', () => {
    const data = fixture();
    data.claims[0]!.quote = '  ';
    data.claims[1]!.sourceId = 'nowhere';
    data.actors[1]!.id = 'police-chief';
    data.events[0]!.date = { start: '2005-12', end: '2005-11', precision: 'day' };
    expect(messages(data)).toEqual([
      'data/events.json[0].date.start: "2005-12" does not match precision "day"',
      'data/events.json[0].date.end: "2005-11" does not match precision "day"',
      'data/events.json[0].date.end: end "2005-11" is before start "2005-12"',
      'data/claims.json[0].quote: must not be empty',
      'data/actors.json[1].id: duplicate id "police-chief" (first used at data/actors.json[0])',
      'data/claims.json[1].actorId: unknown actor "hut"',
      'data/claims.json[1].sourceId: unknown source "nowhere"',
      'data/claims.json[1].object[0].actorId: unknown actor "hut"',
    ]);
  });

  it('rejects a dispute citing a claim of another event', () => {
    const data = fixture();
    data.disputes[0]!.positions[1]!.claimIds = ['duvanov-provocation'];
    expect(messages(data)).toEqual([
      'data/disputes.json[0].positions[1].claimIds[0]: claim "duvanov-provocation" belongs to event "later-event", not "otan-blasts"',
    ]);
  });

  it('rejects a date string that is not a real date, and wrong types', () => {
    const data = fixture() as unknown as { claims: Record<string, unknown>[]; events: Record<string, unknown>[] };
    data.claims[2]!.said = '2005-02-30';
    data.events[1]!.tags = 'bombing';
    expect(messages(data as never)).toEqual([
      'data/events.json[1].tags: Invalid input: expected array, received string',
      'data/claims.json[2].said.start: is not a real calendar date',
    ]);
  });

  it('reports a missing or non-array table', () => {
    const { sources, actors, events, claims } = fixture();
    expect(messages({ sources, actors, events, claims: { claims } as never })).toEqual([
      'data/claims.json: must be an array, got an object',
      'data/disputes.json: is missing',
    ]);
    expect(actors.length + events.length + sources.length).toBeGreaterThan(0);
  });

  it('labels a combined file by its name and tables', () => {
    const data = { ...fixture(), extra: [] } as Record<string, unknown>;
    (data.claims as { eventId: string }[])[0]!.eventId = 'nope';
    const result = validateCombined(data, 'mine.json');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem)).toEqual([
        'mine.json.extra: is not a table of the data model',
        'mine.json.claims[0].eventId: unknown event "nope"',
        'mine.json.disputes[0].positions[0].claimIds[0]: claim "chief-hooliganism" belongs to event "nope", not "otan-blasts"',
      ]);
  });

  it('never throws on random mutations and always gives paths', () => {
    const paths = ['sources', 'actors', 'events', 'claims', 'disputes'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.nat(), fc.string(), fc.anything(), (table, row, key, value) => {
        const data = fixture() as unknown as Record<string, Record<string, unknown>[]>;
        const rows = data[table]!;
        const target = rows[row % rows.length]!;
        const keys = Object.keys(target);
        target[row % 2 === 0 ? keys[row % keys.length]! : key] = value;
        const result = validateDataset(data);
        if (!result.ok) for (const problem of result.problems) expect(problem.path).toMatch(/^data\/\w+\.json/);
      }),
      { numRuns: 300 },
    );
  });
});
