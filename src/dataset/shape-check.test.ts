// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDatasetDir } from '../../scripts/dataset-files.ts';
import { generateDataset } from '../../scripts/synthetic/generate.ts';
import { formatProblem } from '../domain/problem.ts';
import { outlineSchemas, SMALL_TABLES, tableSchemas, type Dataset } from '../domain/schema.ts';
import { fixture } from '../test/fixture.ts';
import { outlineOf } from './companion-layout.ts';
import { shapeProblems, type RowForm } from './shape-check.ts';

function embedded(): Dataset {
  const result = loadDatasetDir('data');
  if (!result.ok) throw new Error('the embedded dataset does not validate');
  return result.dataset;
}

const messages = (record: object, form: RowForm = 'rows') => shapeProblems(record, form, 'kz.json').map(formatProblem);

/** The zod schema of one row, as the whole check applies it. */
const zodRow = (form: RowForm, table: (typeof SMALL_TABLES)[number]) =>
  form === 'rows' ? tableSchemas[table].element : outlineSchemas[table];

describe('shapeProblems', () => {
  it('passes every row of the embedded dataset, of a generated one, and of their outlines', () => {
    for (const dataset of [embedded(), generateDataset({ events: 500, actors: 300, claims: 2_000, seed: 3 })]) {
      expect(shapeProblems(dataset, 'rows', 'kz.json')).toEqual([]);
      expect(shapeProblems(outlineOf(dataset), 'outline', 'kz.arrow')).toEqual([]);
    }
  });

  it('names the path of each row’s first problem, and says what is wrong', () => {
    const data = fixture() as unknown as Record<string, Record<string, unknown>[]>;
    delete data.sources![0]!.title;
    data.actors![1]!.aliases = ['KNB', 7];
    data.actors![2]!.stance = 'neutral';
    (data.events![0]!.date as Record<string, unknown>).start = '29 Nov 2004';
    data.events![1]!.colour = 'red';
    data.disputes![0]!.positions = 'both';
    expect(messages(data)).toEqual([
      'kz.json.sources[0].title: is missing',
      'kz.json.actors[1].aliases[1]: must be string',
      expect.stringMatching(/^kz\.json\.actors\[2\]\.stance: must be one of "official", "opposition", /),
      'kz.json.events[0].date.start: must match pattern "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$"',
      'kz.json.events[1].colour: is not a field of this table',
      'kz.json.disputes[0].positions: must be array',
    ]);
  });

  it('tells a table that is missing or not a list, and stops at the limit', () => {
    expect(messages({ sources: [], actors: {}, events: [] })).toEqual([
      'kz.json.actors: must be an array',
      'kz.json.disputes: is missing',
    ]);
    const data = fixture();
    for (const event of data.events) (event as { title: unknown }).title = 1;
    expect(shapeProblems(data, 'rows', 'kz.json', 2)).toHaveLength(2);
  });

  it('refuses an outline row carrying a text the outline leaves out', () => {
    const outline = outlineOf(fixture());
    (outline.events[0] as Record<string, unknown>).summary = 'Only the JSON carries this.';
    expect(messages(outline, 'outline')).toEqual(['kz.json.events[0].summary: is not a field of this table']);
    expect(messages(fixture(), 'outline')[0]).toMatch(/description: is not a field of this table$/);
  });

  it('refuses an alias nested ten thousand arrays deep without running out of stack', () => {
    const data = fixture();
    const deep = JSON.parse(`${'['.repeat(10_000)}"x"${']'.repeat(10_000)}`) as unknown;
    (data.actors[0] as { aliases: unknown }).aliases = [deep];
    expect(messages(data)).toEqual(['kz.json.actors[0].aliases[0]: must be string']);
  });

  // The shape check is the JSON Schema's part of the data model: it never refuses a row
  // the whole check passes, and what it lets through that the whole check refuses is one
  // of the rules JSON Schema cannot say (zod's refinements and its URL).
  it('passes every row the whole check passes, and lets through only what JSON Schema cannot say', () => {
    const values = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('2004', '2004-11', '2004-11-29', '2004-02-30', '2004-13', 'kz', 'knb-x', ' ', 'http://x'),
      fc.constantFrom('day', 'month', 'year', 'official', 'person', 'news'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom<RowForm>('rows', 'outline'),
        fc.constantFrom(...SMALL_TABLES),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.option(values, { nil: undefined }), fc.string()), {
          minLength: 1,
          maxLength: 3,
        }),
        (form, table, pick, changes) => {
          const source = form === 'rows' ? fixture() : outlineOf(fixture());
          const rows = source[table] as unknown as Record<string, unknown>[];
          const row = rows[pick % rows.length]!;
          for (const [at, value, key] of changes) mutate(row, at, value, key);
          const zod = zodRow(form, table).safeParse(row);
          const shape = shapeProblems({ ...source, [table]: [row] }, form, 'kz.json');
          if (zod.success) expect(shape).toEqual([]);
          else if (shape.length === 0)
            for (const issue of zod.error.issues)
              expect(
                issue.code === 'custom' || (issue.code === 'invalid_format' && issue.format === 'url'),
                JSON.stringify(issue),
              ).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

/**
 * Changes one place in a row: the `at`-th of its values, objects and lists (depth first)
 * is set to `value`, or removed when `value` is undefined, or given a new field `key`.
 */
function mutate(row: Record<string, unknown>, at: number, value: unknown, key: string): void {
  const places: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [name, inner] of Object.entries(node)) {
      places.push(Array.isArray(node) ? [node, Number(name)] : [node as Record<string, unknown>, name]);
      walk(inner);
    }
  };
  walk(row);
  const [parent, name] = places[at % places.length]!;
  if (at % 7 === 6 && !Array.isArray(parent)) parent[key] = value;
  else if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(name), 1);
    else delete parent[name];
  } else (parent as Record<string | number, unknown>)[name] = value;
}
