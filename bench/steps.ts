/**
 * npm run bench:steps: the pure steps behind a load, a filter and a search, timed in Node
 * on the benchmark's 100,000-claim dataset, for measuring a change to one of them before
 * and after. No browser and no budgets: `npm run bench` is the measure of record. Run
 * both versions in turns; on a shared 2-core machine one run's speed says little alone.
 */
import { generateDataset } from '../scripts/synthetic/generate.ts';
import { packCompanion } from '../src/dataset/companion-pack.ts';
import { readCompanion, tablesOfOutline } from '../src/dataset/companion.ts';
import { buildIndex, indexFromCodes } from '../src/domain/dataset-index.ts';
import { clusterPlaces, type PlaceGroup } from '../src/domain/map-layout.ts';
import { STANCES } from '../src/domain/vocabulary.ts';
import { applyFilters, EMPTY_FILTERS, type Filters } from '../src/domain/filters.ts';
import { buildSearchIndex } from '../src/domain/search-index.ts';
import { claimTexts } from '../src/domain/search.ts';
import { validateJsonText } from '../src/domain/validate.ts';
import { LARGE } from './datasets.ts';
import { round, summarize } from './stats.ts';

const RUNS = 5;
const time = (work: () => unknown) => {
  const start = performance.now();
  work();
  return performance.now() - start;
};
const line = (name: string, samples: number[]) => {
  const { median, min, max } = summarize(samples);
  console.log(`${name.padEnd(44)} median ${String(median).padStart(7)} ms   (${round(min)}–${round(max)})`);
};

const dataset = generateDataset(LARGE);
const json = JSON.stringify(dataset);
console.log(`100,000 claims, ${round(json.length / 1e6)} MB of JSON; ${RUNS} runs of each step\n`);

line(
  'JSON.parse',
  Array.from({ length: RUNS }, () => time(() => JSON.parse(json))),
);
line(
  'buildIndex',
  Array.from({ length: RUNS }, () => {
    const parsed = JSON.parse(json) as typeof dataset;
    return time(() => buildIndex(parsed));
  }),
);
const index = buildIndex(dataset);
const companion = packCompanion(dataset);
line(
  'readCompanion (first screen)',
  Array.from({ length: RUNS }, () => time(() => readCompanion(companion))),
);
line(
  'indexFromCodes without claims (first screen)',
  Array.from({ length: RUNS }, () => {
    const { outline, codes } = readCompanion(companion);
    const tables = tablesOfOutline(outline);
    return time(() => indexFromCodes(tables, codes, null));
  }),
);

// A page's filter calls: the first of each kind after a load may meet code not yet optimized.
const kinds: [string, (i: number) => Partial<Filters>][] = [
  ['actor', (i) => ({ actor: [index.actors[(i * 7) % index.actors.length]!.id] })],
  ['stance', (i) => ({ stance: [(['official', 'opposition', 'analyst'] as const)[i % 3]!] })],
  ['type', (i) => ({ type: [(['denial', 'motive', 'casualties'] as const)[i % 3]!] })],
  ['date', (i) => ({ from: String(1995 + i), to: String(1996 + i) })],
];
const run = (patch: Partial<Filters>) => time(() => applyFilters(index, { ...EMPTY_FILTERS, ...patch }));
for (let i = 0; i < 10; i++) run({});
const firsts: number[] = [];
const later: number[] = [];
for (const [, filters] of kinds)
  for (let i = 0; i < 15; i++) {
    (i === 0 ? firsts : later).push(run(filters(i)));
    later.push(run({}));
  }
line('applyFilters, first call of each kind', firsts);
line('applyFilters, the other calls', later);

const texts = claimTexts(index);
line(
  'buildSearchIndex',
  Array.from({ length: 3 }, () => time(() => buildSearchIndex(texts))),
);
line(
  'validateJsonText (parse and check)',
  Array.from({ length: 3 }, () => time(() => validateJsonText(json, 'claims-100k.json'))),
);

// The map's clustering at its worst: 10,000 places on screen, merged into at most 300 markers.
const places: PlaceGroup[] = Array.from({ length: 10_000 }, (_, i) => ({
  key: `p${i}`,
  name: `p${i}`,
  lon: (i % 100) * 8,
  lat: Math.floor(i / 100) * 5,
  events: [i],
  claims: 1,
  stances: new Uint32Array(STANCES.length),
}));
line(
  'clusterPlaces, 10,000 places to 300 markers',
  Array.from({ length: RUNS }, () => time(() => clusterPlaces(places, (lon, lat) => [lon, lat], 12, 300))),
);
