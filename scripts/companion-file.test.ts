// @vitest-environment node
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codesFromDataset, readCompanion } from '../src/dataset/companion.ts';
import { fixture } from '../src/test/fixture.ts';
import { FORMAT_VERSION } from '../src/domain/vocabulary.ts';
import { packDatasetFile } from './companion-file.ts';
import { loadDatasetDir } from './dataset-files.ts';

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'narratives-pack-'));
  temporary.push(dir);
  return dir;
}
afterEach(() => temporary.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('npm run data:pack', () => {
  it('writes dataset.arrow inside a copy of the data folder, and it reads back as the same codes', () => {
    const dir = tempDir();
    cpSync('data', dir, { recursive: true });
    const result = packDatasetFile(dir);
    expect(result).toMatchObject({ ok: true, out: join(dir, 'dataset.arrow') });
    const loaded = loadDatasetDir(dir);
    if (!loaded.ok) throw new Error('the copied dataset does not validate');
    const companion = readCompanion(readFileSync(join(dir, 'dataset.arrow')));
    expect(companion.codes).toEqual(codesFromDataset(loaded.dataset));
  });

  it('writes x.arrow beside x.json, migrating a format-1 file', () => {
    const dir = tempDir();
    // Format 1 had no formatVersion and gave `said` as a bare partial date.
    const dataset = fixture();
    const claims = dataset.claims.map((claim, i) => (i === 0 ? { ...claim, said: '2004-11-29' } : claim));
    const file = join(dir, 'kz.json');
    writeFileSync(file, JSON.stringify({ ...dataset, claims }));
    const result = packDatasetFile(file);
    expect(result).toMatchObject({ ok: true, out: join(dir, 'kz.arrow'), claims: 4 });
    const companion = readCompanion(readFileSync(join(dir, 'kz.arrow')));
    expect(companion.formatVersion).toBe(FORMAT_VERSION);
    expect(companion.codes).toEqual(codesFromDataset(fixture()));
  });

  it('writes nothing for an invalid dataset, and says where it is wrong', () => {
    const dir = tempDir();
    const file = join(dir, 'bad.json');
    const dataset = fixture();
    writeFileSync(file, JSON.stringify({ ...dataset, claims: [{ ...dataset.claims[0]!, eventId: 'nowhere' }] }));
    const result = packDatasetFile(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(`${file}.claims[0].eventId`);
    expect(existsSync(join(dir, 'bad.arrow'))).toBe(false);
    expect(packDatasetFile(join(dir, 'missing.json'))).toEqual({
      ok: false,
      problems: [{ path: join(dir, 'missing.json'), message: 'does not exist' }],
    });
  });
});
