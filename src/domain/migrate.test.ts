import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { migrateDataset, migrateTables } from './migrate.ts';
import { validateJsonText } from './validate.ts';
import { FORMAT_VERSION } from './vocabulary.ts';
// An excerpt of the embedded dataset as it was released in format 1 (`said` as a string, no version).
import formatOne from '../../tests/fixtures/format-1-dataset.json?raw';

describe('migrateDataset', () => {
  it('opens a file of format 1 as the current format', () => {
    const result = validateJsonText(formatOne, 'old.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const old = JSON.parse(formatOne) as { claims: { id: string; said?: string }[] };
    const dated = old.claims.filter((claim) => claim.said !== undefined);
    expect(dated.length).toBeGreaterThan(0);
    for (const { id, said } of dated) {
      const claim = result.dataset.claims.find((c) => c.id === id)!;
      expect(claim.said).toEqual({ start: said, precision: said!.length === 10 ? 'day' : 'month' });
    }
  });

  it('passes a file of the current format unchanged, and stamps the version', () => {
    const current = { formatVersion: FORMAT_VERSION, ...fixture() };
    const migrated = migrateDataset(current);
    expect(migrated).toEqual({ ok: true, value: current, from: FORMAT_VERSION });
    expect(validateJsonText(JSON.stringify(current), 'new.json').ok).toBe(true);
    // Without a version a file is read as format 1; one already in the new shape is left as it is.
    expect(migrateDataset(fixture())).toEqual({ ok: true, value: current, from: 1 });
  });

  it('never changes its input, and copies only the claims it upgrades', () => {
    const tables = { claims: [{ id: 'a', said: '2005-11' }, { id: 'b' }] };
    const frozen = JSON.stringify(tables);
    const migrated = migrateTables(tables);
    expect(JSON.stringify(tables)).toBe(frozen);
    expect(migrated.claims[0]).toEqual({ id: 'a', said: { start: '2005-11', precision: 'month' } });
    expect(migrated.claims[1]).toBe(tables.claims[1]);
    expect(migrateTables({ claims: [{ id: 'b' }] }).claims).toEqual([{ id: 'b' }]);
  });

  it('refuses a newer or a nonsensical version with the exact path, and leaves non-datasets to the validator', () => {
    expect(migrateDataset({ formatVersion: FORMAT_VERSION + 1 }, 'f.json')).toMatchObject({
      ok: false,
      problem: { path: 'f.json.formatVersion', message: expect.stringContaining('newer version of Narratives') },
    });
    expect(migrateDataset({ formatVersion: 'two' }, 'f.json')).toMatchObject({
      ok: false,
      problem: { path: 'f.json.formatVersion' },
    });
    expect(migrateDataset([1, 2])).toEqual({ ok: true, value: [1, 2], from: 0 });
    const refused = validateJsonText(JSON.stringify({ formatVersion: 99, ...fixture() }), 'f.json');
    expect(refused).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'f.json.formatVersion' })],
    });
  });
});
