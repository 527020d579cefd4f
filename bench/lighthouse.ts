/**
 * Lighthouse 12 (the last major that runs on Node 20), with its mobile defaults, against
 * Debian's Chromium. Optional: when the package is absent the run says so and goes on.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';
import { summarize } from './stats.ts';

const run = promisify(execFile);

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export type LighthouseResult =
  | { version: string; runs: LighthouseScores[]; median: LighthouseScores; offsiteRequests: string[] }
  | { skipped: string };

interface Report {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: { url?: string }[] } }>;
}

function scores(report: Report): LighthouseScores {
  const score = (id: string) => Math.round((report.categories[id]?.score ?? NaN) * 100);
  const metric = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: Math.round(metric('first-contentful-paint')),
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
  };
}

async function once(cli: string, url: string, output: string): Promise<Report> {
  await run(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=--headless ${CHROMIUM_ARGS.join(' ')}`,
      '--no-enable-error-reporting',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 180_000 },
  );
  const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
  if (report.runtimeError) throw new Error(report.runtimeError.message);
  return report;
}

/** `runs` audits of `url`; each failed run is tried once more. Scores are medians per field. */
export async function lighthouse(root: string, url: string, runs: number, outDir: string): Promise<LighthouseResult> {
  const cli = join(root, 'node_modules/lighthouse/cli/index.js');
  if (!existsSync(cli)) return { skipped: 'the lighthouse package is not installed (npm install)' };
  const version = JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
  const reports: Report[] = [];
  for (let i = 0; i < runs; i++) {
    const output = join(outDir, `lighthouse-${i + 1}.json`);
    reports.push(await once(cli, url, output).catch(() => once(cli, url, output)));
  }
  const all = reports.map(scores);
  const median = Object.fromEntries(
    Object.keys(all[0]!).map((key) => [key, summarize(all.map((s) => s[key as keyof LighthouseScores])).median]),
  ) as unknown as LighthouseScores;
  // Lighthouse's own Chromium is not behind the benchmark's guard: read what it requested.
  const offsiteRequests = reports.flatMap((report) =>
    (report.audits['network-requests']?.details?.items ?? [])
      .map((item) => item.url ?? '')
      .filter((address) => /^(https?|wss?):/.test(address) && new URL(address).hostname !== '127.0.0.1'),
  );
  return { version, runs: all, median, offsiteRequests };
}
