// @vitest-environment node
import { makeData, makeVector, RecordBatch, Schema, Struct, Table, tableFromIPC, tableToIPC, Utf8 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { loadDatasetDir } from '../../scripts/dataset-files.ts';
import { generateDataset } from '../../scripts/synthetic/generate.ts';
import type { Dataset } from '../domain/schema.ts';
import { fixture } from '../test/fixture.ts';
import { shapeProblems } from './shape-check.ts';
import {
  codesFromDataset,
  COMPANION_EXTENSION,
  companionPath,
  CompanionError,
  readCompanion,
  sameOutline,
  tablesOfOutline,
} from './companion.ts';
import { packCompanion } from './companion-pack.ts';
import { outlineOf } from './companion-layout.ts';

function embeddedDataset(): Dataset {
  const result = loadDatasetDir('data');
  if (!result.ok) throw new Error('the embedded dataset does not validate');
  return result.dataset;
}

function roundTrip(dataset: Dataset) {
  const companion = readCompanion(packCompanion(dataset));
  expect(companion.codes).toEqual(codesFromDataset(dataset));
  expect(companion.claimCount).toBe(dataset.claims.length);
  expect(companion.outline).toEqual(outlineOf(dataset));
  expect(shapeProblems(companion.outline, 'outline', 'kz.arrow')).toEqual([]);
  expect(sameOutline(dataset, companion.outline)).toBe(true);
  return companion;
}

/** A dataset's companion (the fixture's by default) with its schema metadata changed. */
function withMetadata(change: (metadata: Map<string, string>) => void, dataset = fixture()): Uint8Array {
  const table = tableFromIPC(packCompanion(dataset));
  const metadata = new Map(table.schema.metadata);
  change(metadata);
  const schema = new Schema(table.schema.fields, metadata);
  return tableToIPC(
    new Table(
      schema,
      table.batches.map((batch) => new RecordBatch(schema, batch.data)),
    ),
    'file',
  );
}

/** The fixture's companion with one column's dictionary replaced (its indices kept). */
function withDictionary(name: string, values: string[]): Uint8Array {
  const table = tableFromIPC(packCompanion(fixture()));
  const fields = table.schema.fields;
  const children = fields.map((field) => {
    const data = table.getChild(field.name)!.data[0]!;
    if (field.name !== name) return data;
    const dictionary = makeVector(
      makeData({
        type: new Utf8(),
        length: values.length,
        valueOffsets: Int32Array.from([0, ...values.map((_, i) => values.slice(0, i + 1).join('').length)]),
        data: new TextEncoder().encode(values.join('')),
      }),
    );
    const { type, length, nullCount, nullBitmap, values: indices } = data;
    return makeData({ type, length, nullCount, nullBitmap, data: indices, dictionary });
  });
  // A fresh schema: the one read keeps the dictionaries it was read with.
  const schema = new Schema(fields, table.schema.metadata);
  const batch = new RecordBatch(schema, makeData({ type: new Struct(fields), length: table.numRows, children }));
  return tableToIPC(new Table(schema, [batch]), 'file');
}

function errorOf(read: () => unknown): CompanionError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(CompanionError);
    return error as CompanionError;
  }
  throw new Error('expected a CompanionError');
}

describe('columnar companion', () => {
  it('gives back the codes of the fixture, in claim order, with the other tables', () => {
    const { codes } = roundTrip(fixture());
    // The fixture's second claim is by a militant actor about Hizb ut-Tahrir (actor 1).
    expect(codes.stance[1]).toBe(3);
    expect(Array.from(codes.objects.subarray(codes.objectStart[1], codes.objectStart[2]))).toEqual([1]);
  });

  it('gives back the codes of the embedded dataset', () => {
    roundTrip(embeddedDataset());
  });

  it('gives back the codes of a generated 100,000-claim dataset', () => {
    roundTrip(generateDataset({ events: 2_000, actors: 3_000, claims: 100_000, seed: 7 }));
  }, 120_000);

  it('keeps an actor named in two roles once among the objects, as the index does', () => {
    const dataset = fixture();
    const claim = dataset.claims[1]!;
    const actorId = claim.object![0]!.actorId;
    dataset.claims[1] = {
      ...claim,
      object: [
        { actorId, role: 'accused' },
        { actorId, role: 'targeted' },
      ],
    };
    const { codes } = roundTrip(dataset);
    expect(codes.objectStart[2]! - codes.objectStart[1]!).toBe(1);
  });

  it('reads a dataset without claims', () => {
    expect(roundTrip({ ...fixture(), claims: [], disputes: [] }).codes.count).toBe(0);
  });

  it('carries the outline of the small tables, without the texts only their own pages show', () => {
    const dataset = fixture();
    const { outline } = readCompanion(packCompanion(dataset));
    expect(outline.events[0]).not.toHaveProperty('summary');
    expect(outline.events[0]).toEqual(expect.objectContaining({ title: dataset.events[0]!.title }));
    expect(outline.actors[0]).not.toHaveProperty('description');
    expect(outline.disputes[0]!.positions[0]).toEqual({ label: dataset.disputes[0]!.positions[0]!.label });
    // As the index takes them, the texts are empty rather than missing: nothing reads undefined.
    const tables = tablesOfOutline(outline);
    expect(tables.events[0]!.summary).toBe('');
    expect(tables.actors[0]!.description).toBe('');
    expect(tables.disputes[0]!.positions[0]!.claimIds).toEqual([]);
  });

  it('writes its outline as ASCII JSON, every other character escaped, and reads the same text back', () => {
    const dataset = fixture();
    const title = 'Ақтөбе — “shots” at 𝟙 a.m.';
    dataset.events[0] = { ...dataset.events[0]!, title };
    const bytes = packCompanion(dataset);
    const text = tableFromIPC(bytes).schema.metadata.get('narratives:tables')!;
    expect([...text].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(text).toContain('\\u0410');
    expect(readCompanion(bytes).outline.events[0]!.title).toBe(title);
  });

  it('reads a format 1 companion, which carried the tables whole, as its outline', () => {
    const dataset = fixture();
    const formatOne = withMetadata((m) => {
      m.set('narratives:format', '1');
      m.set('narratives:tables', JSON.stringify({ ...dataset, claims: undefined }));
    }, dataset);
    expect(readCompanion(formatOne).outline).toEqual(outlineOf(dataset));
  });

  it('tells an outline that is not the dataset’s', () => {
    const dataset = fixture();
    const { outline } = readCompanion(packCompanion(dataset));
    const summaryEdited = { ...dataset, events: dataset.events.map((e) => ({ ...e, summary: `${e.summary} More.` })) };
    // Not in the outline, so the companion still holds: the JSON's summary is shown once checked.
    expect(sameOutline(summaryEdited, outline)).toBe(true);
    const retitled = { ...dataset, events: dataset.events.map((e, i) => (i ? e : { ...e, title: 'Another title' })) };
    expect(sameOutline(retitled, outline)).toBe(false);
    const relabelled = structuredClone(dataset);
    relabelled.disputes[0]!.positions[0]!.label = 'Another position';
    expect(sameOutline(relabelled, outline)).toBe(false);
  });

  it('names its file beside the dataset', () => {
    expect(COMPANION_EXTENSION).toBe('.arrow');
    expect(companionPath('data/kz.json')).toBe('data/kz.arrow');
    expect(companionPath('/d/kz.JSON?v=2#top')).toBe('/d/kz.arrow?v=2#top');
    expect(companionPath('https://x.org/kz')).toBe('https://x.org/kz.arrow');
    expect(companionPath('kz.json.gz')).toBe('kz.json.gz.arrow');
  });
});

describe('a file that is not a valid companion', () => {
  const good = packCompanion(fixture());

  it('refuses bytes that are not Arrow, or cut short', () => {
    expect(errorOf(() => readCompanion(new TextEncoder().encode('{"claims": []}'))).message).toMatch(/ARROW1/);
    expect(errorOf(() => readCompanion(good.subarray(0, good.length - 40))).message).toMatch(/cut short/);
    const damaged = good.slice();
    damaged.fill(0xff, 64, damaged.length - 64);
    expect(errorOf(() => readCompanion(damaged)).message).toMatch(/cannot be read as Arrow IPC/);
  });

  it('refuses an Arrow file that is not a companion, or of another companion format', () => {
    expect(errorOf(() => readCompanion(withMetadata((m) => m.clear()))).message).toMatch(/not a Narratives companion/);
    expect(errorOf(() => readCompanion(withMetadata((m) => m.set('narratives:format', '9')))).message).toMatch(
      /companion format "9"/,
    );
    expect(errorOf(() => readCompanion(withMetadata((m) => m.set('narratives:formatVersion', '99')))).message).toMatch(
      /data format version/,
    );
  });

  it('refuses counts that disagree and tables that are missing or broken', () => {
    expect(errorOf(() => readCompanion(withMetadata((m) => m.set('narratives:claims', '5')))).message).toBe(
      '"narratives:claims" says 5 claims, but the table has 4 rows',
    );
    expect(errorOf(() => readCompanion(withMetadata((m) => m.delete('narratives:tables')))).message).toMatch(
      /no "narratives:tables"/,
    );
    expect(errorOf(() => readCompanion(withMetadata((m) => m.set('narratives:tables', '{"sources"')))).message).toMatch(
      /not valid JSON/,
    );
    const noEvents = (m: Map<string, string>) =>
      m.set('narratives:tables', JSON.stringify({ ...JSON.parse(m.get('narratives:tables')!), events: [] }));
    expect(errorOf(() => readCompanion(withMetadata(noEvents))).message).toMatch(
      /^column "event_id", row 0 is "[a-z0-9-]+", which is not a known event$/,
    );
  });

  it('has its outline checked row by row, each problem with its path', () => {
    const { outline } = readCompanion(packCompanion(fixture()));
    const broken = structuredClone(outline);
    (broken.events[1] as { title?: string }).title = ' ';
    (broken.actors[0] as { description?: string }).description = 'a text the outline does not carry';
    expect(shapeProblems(broken, 'outline', 'kz.arrow').map((p) => p.path)).toEqual([
      'kz.arrow.actors[0].description',
      'kz.arrow.events[1].title',
    ]);
  });

  it('names the row of an actor id in a list that the actors table lacks', () => {
    const dataset = fixture();
    const relay = { ...dataset.actors[0]!, id: 'afp', name: 'AFP' };
    dataset.actors.push(relay);
    dataset.claims[3] = { ...dataset.claims[3]!, reportedVia: ['afp'] };
    const withoutRelay = (m: Map<string, string>) => {
      const tables = JSON.parse(m.get('narratives:tables')!);
      m.set('narratives:tables', JSON.stringify({ ...tables, actors: tables.actors.slice(0, -1) }));
    };
    expect(errorOf(() => readCompanion(withMetadata(withoutRelay, dataset))).message).toBe(
      'column "relay_actor_ids", row 3 names "afp", which is not a known actor',
    );
  });

  it('reads ids beyond ASCII string by string, and names one the actors table lacks', () => {
    const dataset = fixture();
    // Not a valid id (the schema allows slugs), so the outline cannot hold it; the codes' reader must still say so.
    const kazakh = { ...dataset.actors[0]!, id: 'ақпарат', name: 'Ақпарат' };
    const afp = { ...dataset.actors[0]!, id: 'afp', name: 'AFP' };
    dataset.actors.push(kazakh, afp);
    // An ASCII id after the other in the same column: its bytes and its characters no longer line up.
    dataset.claims[0] = { ...dataset.claims[0]!, reportedVia: ['ақпарат'] };
    dataset.claims[3] = { ...dataset.claims[3]!, reportedVia: ['afp'] };
    const withoutKazakh = (m: Map<string, string>) => {
      const tables = JSON.parse(m.get('narratives:tables')!);
      m.set('narratives:tables', JSON.stringify({ ...tables, actors: tables.actors.slice(0, -2).concat(afp) }));
    };
    expect(errorOf(() => readCompanion(withMetadata(withoutKazakh, dataset))).message).toBe(
      'column "relay_actor_ids", row 0 names "ақпарат", which is not a known actor',
    );
    const { codes } = readCompanion(packCompanion(dataset));
    expect(codes).toEqual(codesFromDataset(dataset));
    expect([...codes.relays]).toEqual(expect.arrayContaining([dataset.actors.length - 2, dataset.actors.length - 1]));
  });

  it('names the column and row of a value outside its vocabulary', () => {
    const stances = ['official', 'opposition', 'analyst', 'rebel'];
    // The fixture's second claim (row 1) speaks from its actor's stance, militant (index 3).
    expect(errorOf(() => readCompanion(withDictionary('stance', stances))).message).toBe(
      'column "stance", row 1 is "rebel", which is not a known stance',
    );
    expect(errorOf(() => readCompanion(withDictionary('type', ['context']))).message).toMatch(
      /^column "type", row 0 points outside its dictionary$/,
    );
  });
});
