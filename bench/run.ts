/**
 * npm run bench: builds the app, generates the synthetic datasets into its bench/ folder,
 * serves the build on 127.0.0.1, measures in Debian's Chromium, and writes bench/results.json,
 * bench/results.md and the results section of BENCHMARKS.md (which defines each measure).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { Browser } from '@playwright/test';
import type { Dataset } from '../src/domain/schema.ts';
import { writeDatasetJson } from '../scripts/dataset-json.ts';
import { generateDataset } from '../scripts/synthetic/generate.ts';
import { packCompanion } from '../src/dataset/companion-pack.ts';
import { blockedRequests, CHROMIUM, heapAfterGc, launch, load, type Load } from './browser.ts';
import { measureDetailPages } from './detail-pages.ts';
import { measureFilters, SELECTORS, waitUntilSettled } from './interactions.ts';
import { HUGE, LARGE, PEER } from './datasets.ts';
import { lighthouse } from './lighthouse.ts';
import { PEER_SELECTORS, preparePeer, TIMELINEJS_VERSION } from './peer.ts';
import { budgets, markdown, type LoadResult, type Results, type ScenarioResult } from './report.ts';
import { fileSize, initialAssets, total } from './sizes.ts';
import { round, summarize } from './stats.ts';
import { serveStatic } from './static-server.ts';
import { referenceWorkMs, watchOtherCpu } from './cpu.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = join(ROOT, 'bench/tmp');
// A build of its own, not dist/: a `vite build` or `vite preview` running beside the bench
// (tests, another terminal) then neither wipes the files it serves nor is wiped by it.
const DIST = join(TMP, 'dist');
const LOADS = { embedded: 5, large: 5, peer: 5 };
const LIGHTHOUSE_RUNS = 3;

const started = performance.now();
const stopCpuWatch = watchOtherCpu();
const referenceAtStart = referenceWorkMs();
const log = (message: string) =>
  console.log(`[bench ${Math.round((performance.now() - started) / 1000)} s] ${message}`);

function writeDataset(name: string, dataset: Dataset): string {
  mkdirSync(join(DIST, 'bench'), { recursive: true });
  writeDatasetJson(join(DIST, 'bench', name), dataset);
  return `/bench/${name}`;
}

/**
 * The JSON floor's page: it fetches and parses `dataset` and nothing else, then shows one
 * line, the first content the probe waits for. What any app that reads the JSON must pay.
 */
function writeFloorPage(dataset: string): string {
  const script = `fetch(${JSON.stringify(dataset)}).then((r) => r.json()).then((d) => {
    const p = document.createElement('p');
    p.id = 'parsed';
    p.textContent = d.claims.length + ' claims parsed';
    document.body.append(p);
  });`;
  writeFileSync(
    join(DIST, 'bench', 'json-floor.html'),
    `<!doctype html><title>JSON floor</title><script>${script}</script>`,
  );
  return '/bench/json-floor.html';
}

function loadResult(samples: number[], fcps: number[]): LoadResult {
  return { ...summarize(samples), samples, fcpMedian: fcps.length ? summarize(fcps).median : null };
}

/**
 * `runs` cold loads, each in a fresh context; the last page stays open for the caller.
 * With `floor` (a page's URL and its first-content selectors), a load of that page comes
 * before each, so that drift on the machine hits both alike, and its result is returned too.
 */
async function loads(
  browser: Browser,
  url: string,
  selectors: string[],
  runs: number,
  timeoutMs?: number,
  hold?: string,
  floor?: { url: string; selectors: string[] },
) {
  const samples: number[] = [];
  const fcps: number[] = [];
  const floorSamples: number[] = [];
  let last: Load | undefined;
  for (let i = 0; i < runs; i++) {
    if (floor) {
      const bare = await load(browser, floor.url, floor.selectors, timeoutMs);
      floorSamples.push(bare.firstContentMs);
      await bare.close();
    }
    last = await load(browser, url, selectors, timeoutMs, hold);
    samples.push(last.firstContentMs);
    if (last.fcpMs !== null) fcps.push(last.fcpMs);
    if (i < runs - 1) await last.close();
  }
  return {
    result: loadResult(samples, fcps),
    floor: floor ? loadResult(floorSamples, []) : null,
    page: last!.page,
    release: last!.release,
    close: last!.close,
  };
}

async function scenario(
  browser: Browser,
  origin: string,
  label: string,
  path: string,
  dataset: Dataset,
  runs: number,
  floorPath?: string,
) {
  log(`${label}: ${runs} loads of ${path}${floorPath ? `, each after one of ${floorPath}` : ''}`);
  // A million claims take a minute to arrive and be checked.
  const patience = Math.max(1, dataset.claims.length / 100_000);
  const file = path === '/' ? 'data/dataset.json' : new URLSearchParams(path.split('?')[1]).get('dataset')!.slice(1);
  // With a companion the first screen needs no JSON: it is held until that screen's heap is read.
  const hold = path !== '/' && existsSync(join(DIST, file.replace(/\.json$/, '.arrow'))) ? `/${file}` : undefined;
  const { result, floor, page, release, close } = await loads(
    browser,
    origin + path,
    SELECTORS.firstContent,
    runs,
    120_000 * patience,
    hold,
    floorPath ? { url: origin + floorPath, selectors: ['#parsed'] } : undefined,
  );
  const firstScreenHeapBytes = await heapAfterGc(page);
  release();
  const settleMs = await waitUntilSettled(page, 120_000 * patience);
  const heapBytes = await heapAfterGc(page);
  log(`${label}: first content ${result.median} ms; checked and searchable ${settleMs} ms later; filter interactions`);
  const filters = await measureFilters(page, dataset);
  log(`${label}: the busiest actor's, source's and event's pages`);
  const detailPages = await measureDetailPages(page, dataset);
  const workers = page.workers().length;
  await close();
  const counts = {
    events: dataset.events.length,
    actors: dataset.actors.length,
    claims: dataset.claims.length,
    disputes: dataset.disputes.length,
  };
  const measured = {
    label,
    path,
    counts,
    data: fileSize(join(DIST, file), file),
    load: result,
    settleMs,
    firstScreenHeapBytes,
    heapBytes,
    workers,
    filters,
    detailPages,
  };
  return { measured, floor };
}

/** Alternates the two pages load by load, so that drift on the machine hits both alike. */
async function peer(browser: Browser, timelineUrl: string, narrativesUrl: string, runs: number) {
  const tl: number[] = [];
  const narratives: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [url, selectors, samples] of [
      [timelineUrl, PEER_SELECTORS, tl],
      [narrativesUrl, SELECTORS.firstContent, narratives],
    ] as const) {
      const loaded = await load(browser, url, selectors);
      samples.push(loaded.firstContentMs);
      await loaded.close();
    }
  }
  const result = (samples: number[]): LoadResult => ({ ...summarize(samples), samples, fcpMedian: null });
  return { timelinejs: result(tl), narratives: result(narratives) };
}

/** What `nproc`, `free -h` and `chromium --version` print here (stderr is the wrapper's noise). */
function machineCommands(): string {
  const output = (command: string, args: string[]) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd();
    } catch {
      return '(not available)';
    }
  };
  const commands: [string, string[]][] = [
    ['nproc', []],
    ['free', ['-h']],
    [CHROMIUM, ['--version']],
  ];
  return commands.map(([command, args]) => `$ ${[command, ...args].join(' ')}\n${output(command, args)}`).join('\n');
}

async function writeMarkdown(file: string, text: string) {
  writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
}

/** Replaces the generated part of BENCHMARKS.md, between its two markers, with the latest report. */
async function updateBenchmarksDoc(report: string) {
  const file = join(ROOT, 'BENCHMARKS.md');
  if (!existsSync(file)) return;
  const [start, end] = ['<!-- results:start -->', '<!-- results:end -->'];
  const doc = readFileSync(file, 'utf8');
  const [before, rest] = doc.split(start);
  const after = rest?.split(end)[1];
  if (before === undefined || after === undefined) return;
  const body = report.replace(/^# .*\n/, '').replace(/^## /gm, '### ');
  await writeMarkdown(file, `${before}${start}\n${body}\n${end}${after}`);
}

async function main() {
  log('building the app (vite build)');
  execFileSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const assets = initialAssets(DIST);

  log('generating the synthetic datasets');
  const embeddedData = JSON.parse(readFileSync(join(DIST, 'data/dataset.json'), 'utf8')) as Dataset;
  const largeData = generateDataset(LARGE);
  const largePath = writeDataset('claims-100k.json', largeData);
  // Its columnar companion beside it, as an adopter with a large archive serves it
  // (npm run data:pack): the first screen is drawn from that. bench:first-screen compares
  // the JSON alone.
  writeFileSync(join(DIST, 'bench', 'claims-100k.arrow'), packCompanion(largeData));
  const floorPath = writeFloorPage(largePath);
  log('generating a million claims, their JSON and their companion');
  const hugeData = generateDataset(HUGE);
  const hugePath = writeDataset('claims-1m.json', hugeData);
  writeFileSync(join(DIST, 'bench', 'claims-1m.arrow'), packCompanion(hugeData));
  const peerData = generateDataset(PEER);
  const peerPath = writeDataset('events-1k.json', peerData);
  preparePeer(join(TMP, 'peer'), peerData);

  const app = await serveStatic(DIST, true, [largePath, hugePath, peerPath]);
  const peerServer = await serveStatic(join(TMP, 'peer'), false);
  const browser = await launch();
  let measured;
  try {
    const embedded = (await scenario(browser, app.origin, 'Embedded', '/', embeddedData, LOADS.embedded)).measured;
    // The JSON floor (a page that only fetches and parses the same file) is loaded before
    // each of the app's loads: the budget is a ratio of the two, and the machine drifts.
    const { measured: large, floor } = await scenario(
      browser,
      app.origin,
      'Synthetic',
      `/?dataset=${largePath}`,
      largeData,
      LOADS.large,
      floorPath,
    );
    const jsonFloor = floor!;
    log(`peer: TimelineJS and Narratives, ${LOADS.peer} loads each of ${PEER.events} events`);
    const loadsPeer = await peer(browser, `${peerServer.origin}/`, `${app.origin}/?dataset=${peerPath}`, LOADS.peer);
    const huge = (await scenario(browser, app.origin, 'Synthetic', `/?dataset=${hugePath}`, hugeData, 1)).measured;
    measured = { embedded, large, huge, jsonFloor, loadsPeer, chromium: `Chromium ${browser.version()}` };
  } finally {
    await browser.close();
    await peerServer.close();
  }

  log(`Lighthouse on the embedded dataset (${LIGHTHOUSE_RUNS} runs)`);
  const lighthouseResult = await lighthouse(ROOT, `${app.origin}/`, LIGHTHOUSE_RUNS, TMP);
  await app.close();

  const { embedded, large, huge, jsonFloor, loadsPeer, chromium } = measured;
  const partial: Omit<Results, 'budgets'> = {
    generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    durationSeconds: round((performance.now() - started) / 1000, 0),
    machine: {
      cpus: availableParallelism(),
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memory: `${round(totalmem() / 2 ** 30)} GiB`,
      chromium,
      node: process.version,
      commands: machineCommands(),
      otherCpuShare: stopCpuWatch(),
      referenceMs: { start: referenceAtStart, end: referenceWorkMs() },
    },
    initial: { js: assets.js, css: assets.css, gzip: total([...assets.js, ...assets.css], 'gzip') },
    embedded: embedded satisfies ScenarioResult,
    large: large satisfies ScenarioResult,
    huge: huge satisfies ScenarioResult,
    jsonFloor,
    peer: {
      events: PEER.events,
      timelinejsVersion: TIMELINEJS_VERSION,
      ...loadsPeer,
      ratio: round(loadsPeer.narratives.median / loadsPeer.timelinejs.median, 2),
    },
    lighthouse: lighthouseResult,
    blockedRequests,
  };
  const results: Results = { ...partial, budgets: budgets(partial) };
  const report = markdown(results);
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeMarkdown(join(ROOT, 'bench/results.md'), report);
  await updateBenchmarksDoc(report);
  console.log(`\n${report}`);
  log('wrote bench/results.json and bench/results.md');
}

// On failure, exit at once: the static servers would otherwise keep the process alive.
await main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
