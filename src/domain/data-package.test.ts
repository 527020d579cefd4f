import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { readDataPackage } from './data-package-read.ts';
import { toDataPackage } from './data-package.ts';
import { buildIndex } from './dataset-index.ts';
import { exportName, subsetDataset } from './export.ts';
import { applyFilters, EMPTY_FILTERS, matchingClaims } from './filters.ts';
import { readImport } from './import-files.ts';
import { formatProblem } from './problem.ts';
import type { Dataset } from './schema.ts';
import { loadDatasetDir } from '../../scripts/dataset-files.ts';
import { unzipFiles, zipFiles } from './zip.ts';

const meta = { name: 'test', title: 'Test', created: '2026-12-03T00:00:00Z' };

function embeddedDataset(): Dataset {
  const result = loadDatasetDir('data');
  if (!result.ok) throw new Error('the embedded dataset does not validate');
  return result.dataset;
}

function reopened(files: { name: string; text: string }[]): Dataset {
  const result = readDataPackage(files);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.dataset;
}

describe('Frictionless Data Package', () => {
  it('round trip: the whole embedded dataset opens again unchanged, through a zip', () => {
    const dataset = embeddedDataset();
    const files = unzipFiles(zipFiles('narratives-all', toDataPackage(dataset, meta)));
    expect(files.map((f) => f.name)).toContain('narratives-all/datapackage.json');
    const back = reopened(files);
    expect(back).toEqual({ ...dataset, formatVersion: undefined } as unknown as Dataset);
  });

  it('round trip: a filtered view → data package → import gives the same view', () => {
    const index = buildIndex(fixture());
    const view = applyFilters(index, { ...EMPTY_FILTERS, stance: ['official', 'militant'] });
    const subset = subsetDataset(index, matchingClaims(view));
    const result = readImport(toDataPackage(subset, meta));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const again = buildIndex(result.dataset);
    const all = matchingClaims(applyFilters(again, EMPTY_FILTERS)).map((i) => again.claims[i]!);
    expect(all).toEqual(matchingClaims(view).map((i) => index.claims[i]!));
    expect(result.dataset.disputes).toEqual(subset.disputes);
  });

  it('describes each table with a Table Schema: types, required fields, vocabularies and keys', () => {
    const files = toDataPackage(fixture(), meta);
    const descriptor = JSON.parse(files[0]!.text);
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual([
      'sources.csv',
      'actors.csv',
      'events.csv',
      'claims.csv',
      'disputes.csv',
      'dispute_positions.csv',
    ]);
    const claims = descriptor.resources[3].schema;
    expect(claims.fields.find((f: { name: string }) => f.name === 'type').constraints.enum).toContain('denial');
    expect(claims.foreignKeys[0]).toEqual({ fields: ['event_id'], reference: { resource: 'events', fields: ['id'] } });
    const positions = files.find((f) => f.name === 'dispute_positions.csv')!.text.split('\r\n');
    expect(positions[0]).toBe('dispute_id,position,label,claim_id');
    // Cells are written as they are for pandas and R: no spreadsheet apostrophe.
    const events = files.find((f) => f.name === 'events.csv')!.text;
    expect(events).toContain('43.24,76.89,"[""rumour""]"');
  });

  it('opens tables as pandas writes them: its unnamed index column, True and False', () => {
    const dataset = fixture();
    dataset.events[0]!.date.approximate = true;
    const files = toDataPackage(dataset, meta).map((file) => {
      if (!file.name.endsWith('.csv')) return file;
      const lines = file.text.trimEnd().split('\r\n');
      return {
        ...file,
        text: lines.map((line, i) => `${i === 0 ? '' : i - 1},${line.replace(/,true,/g, ',True,')}`).join('\n'),
      };
    });
    expect(files.find((f) => f.name === 'events.csv')!.text).toContain(',True,');
    expect(reopened(files).events[0]!.date.approximate).toBe(true);
    expect(reopened(files)).toEqual(reopened(toDataPackage(dataset, meta)));
  });

  it('reports problems by file, row and column', () => {
    const files = toDataPackage(fixture(), meta).map((file) =>
      file.name === 'claims.csv' ? { ...file, text: file.text.replace('characterization', 'characterisation') } : file,
    );
    const result = readDataPackage(files);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^claims\.csv row 2: type: Invalid option/),
    ]);
  });

  it('refuses a package of a newer format', () => {
    const files = toDataPackage(fixture(), meta);
    files[0] = { ...files[0]!, text: files[0]!.text.replace('"formatVersion": 2', '"formatVersion": 99') };
    expect(readDataPackage(files)).toMatchObject({ ok: false, problems: [{ path: 'datapackage.json.formatVersion' }] });
  });
});

describe('export file names', () => {
  it('say what was filtered', () => {
    expect(exportName('?stance=official,opposition&from=2004&dataset=local:x', '2026-12-03')).toBe(
      'narratives-stance-official-opposition-from-2004-2026-12-03',
    );
    expect(exportName('', '2026-12-03')).toBe('narratives-all-2026-12-03');
  });
});
