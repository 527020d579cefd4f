import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../src/test/fixture.ts';
import { generateDataset } from './synthetic/generate.ts';
import { writeDatasetJson } from './dataset-json.ts';

describe('writeDatasetJson', () => {
  it('writes what JSON.stringify writes, in batches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'narratives-json-'));
    const datasets = [
      fixture(),
      { ...fixture(), formatVersion: undefined },
      generateDataset({ events: 300, actors: 50, claims: 25_001, seed: 4 }),
    ];
    datasets.forEach((dataset, i) => {
      const file = join(dir, `d${i}.json`);
      writeDatasetJson(file, dataset);
      expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(dataset));
    });
  });
});
