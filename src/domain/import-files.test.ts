import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { formatProblem } from './problem.ts';
import { readImport } from './import-files.ts';
import { TABLES } from './vocabulary.ts';

const combined = (value: unknown, name = 'mine.json') => [{ name, text: JSON.stringify(value) }];
const separate = (data: Record<string, unknown>) =>
  TABLES.map((table) => ({ name: `${table}.json`, text: JSON.stringify(data[table]) }));

describe('readImport', () => {
  it('reads one combined file', () => {
    const result = readImport(combined(fixture()));
    expect(result.ok && result.dataset.claims).toHaveLength(4);
  });

  it('reads the five files of the data model', () => {
    const result = readImport(separate(fixture()));
    expect(result.ok).toBe(true);
  });

  it('names the file and path of each problem', () => {
    const data = fixture();
    data.claims[1]!.actorId = 'nobody';
    const result = readImport(separate(data));
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      'claims.json[1].actorId: unknown actor "nobody"',
    ]);
  });

  it('reports bad JSON, missing, unknown and repeated files', () => {
    const files = separate(fixture()).filter((f) => f.name !== 'disputes.json');
    files[0] = { name: 'sources.json', text: '{not json' };
    files.push({ name: 'notes.json', text: '[]' }, { name: 'backup.claims.json', text: '[]' });
    const result = readImport(files);
    // Files that are not tables come first, then what is wrong inside the tables.
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual([
      'notes.json',
      'backup.claims.json',
      'sources.json',
      'disputes.json',
    ]);
  });

  it('keeps text with markup as text', () => {
    const data = fixture();
    data.claims[0]!.quote = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const result = readImport(combined(data));
    expect(result.ok && result.dataset.claims[0]!.quote).toBe(data.claims[0]!.quote);
  });

  it('never throws on random files', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.string(), text: fc.oneof(fc.string(), fc.json()) }), { maxLength: 6 }),
        (files) => {
          const result = readImport(files);
          if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
