/**
 * npm run bench:first-screen: how much sooner a large dataset's first screen comes with
 * its columnar companion. Builds the app, writes the 100,000-claim synthetic dataset twice
 * (one copy with its companion beside it, one without), and loads each in Debian's Chromium,
 * interleaved, reporting the median time to first content of each and their ratio.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { packCompanion } from '../src/dataset/companion-pack.ts';
import { generateDataset } from '../scripts/synthetic/generate.ts';
import { launch, load } from './browser.ts';
import { LARGE } from './datasets.ts';
import { SELECTORS } from './interactions.ts';
import { summarize } from './stats.ts';
import { serveStatic } from './static-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'bench/tmp/first-screen-dist');
const RUNS = Number(process.env.RUNS ?? 5);

execFileSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], {
  cwd: ROOT,
  stdio: 'inherit',
});
const dataset = generateDataset(LARGE);
const json = JSON.stringify(dataset);
const companion = packCompanion(dataset);
mkdirSync(join(DIST, 'bench'), { recursive: true });
writeFileSync(join(DIST, 'bench/with-companion.json'), json);
writeFileSync(join(DIST, 'bench/with-companion.arrow'), companion);
writeFileSync(join(DIST, 'bench/json-only.json'), json);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
console.log(
  `${dataset.claims.length} claims: JSON ${mb(json.length)} (${mb(gzipSync(json).length)} gzip), ` +
    `companion ${mb(companion.length)} (${mb(gzipSync(companion).length)} gzip)`,
);

const server = await serveStatic(DIST, true, ['/bench/with-companion.json', '/bench/json-only.json']);
const browser = await launch();
const samples = { json: [] as number[], companion: [] as number[] };
try {
  for (let i = 0; i < RUNS; i++)
    for (const [key, path] of [
      ['json', '/bench/json-only.json'],
      ['companion', '/bench/with-companion.json'],
    ] as const) {
      const loaded = await load(browser, `${server.origin}/?dataset=${path}`, SELECTORS.firstContent);
      samples[key].push(loaded.firstContentMs);
      await loaded.close();
    }
} finally {
  await browser.close();
  await server.close();
}
const [json1, comp] = [summarize(samples.json), summarize(samples.companion)];
console.log(`first content, JSON only: median ${json1.median} ms (${samples.json.join(', ')})`);
console.log(`first content, with companion: median ${comp.median} ms (${samples.companion.join(', ')})`);
console.log(`ratio: ${(comp.median / json1.median).toFixed(2)}`);
process.exit(0);
