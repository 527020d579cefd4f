/** The results of one run, the issue's budgets checked against them, and the Markdown report. */
import type { DetailKind, DetailPageResult } from './detail-pages.ts';
import type { KindResult, Kind } from './interactions.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { FileSize } from './sizes.ts';
import type { Summary } from './stats.ts';

export interface LoadResult extends Summary {
  samples: number[];
  fcpMedian: number | null;
}

export interface ScenarioResult {
  label: string;
  path: string;
  counts: { events: number; actors: number; claims: number; disputes: number };
  data: FileSize;
  load: LoadResult;
  /** First content (last load) to the dataset checked and searchable: no background work left. */
  settleMs: number;
  /** Main-thread JS heap after a full GC, at first content and once settled; a Web Worker's heap is not included. */
  firstScreenHeapBytes: number;
  heapBytes: number;
  workers: number;
  filters: Record<Kind, KindResult>;
  /** The busiest actor's, source's and event's pages, opened in the app. */
  detailPages: DetailPageResult[];
}

export interface Results {
  generatedAt: string;
  durationSeconds: number;
  machine: {
    cpus: number;
    cpuModel: string;
    memory: string;
    chromium: string;
    node: string;
    /** Output of `nproc`, `free -h` and `chromium --version`, as BENCHMARKS.md shows them. */
    commands: string;
    /** Share of the CPU that other processes used during the run (0–1), where /proc tells. */
    otherCpuShare: number | null;
    /** A fixed JavaScript workload's time at the start and the end of the run (bench/cpu.ts). */
    referenceMs: { start: number; end: number };
  };
  initial: { js: FileSize[]; css: FileSize[]; gzip: number };
  embedded: ScenarioResult;
  large: ScenarioResult;
  /** A million claims: measured, with no budget yet. */
  huge: ScenarioResult;
  /**
   * The JSON floor: a bare page that only fetches and parses the 100,000-claim JSON, from
   * navigation to the frame after the parse, loaded in turns with the app.
   */
  jsonFloor: LoadResult;
  peer: { events: number; timelinejsVersion: string; timelinejs: LoadResult; narratives: LoadResult; ratio: number };
  lighthouse: LighthouseResult;
  /** Requests that tried to leave 127.0.0.1 (aborted); must be none. */
  blockedRequests: string[];
  budgets: Budget[];
}

export interface Budget {
  name: string;
  limit: string;
  measured: string;
  met: boolean;
}

const number = (value: number, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const ms = (value: number | null) => (value === null ? '–' : `${number(value, value < 100 ? 1 : 0)} ms`);
export const kb = (bytes: number) => (bytes >= 1e6 ? `${number(bytes / 1e6, 1)} MB` : `${number(bytes / 1e3, 1)} kB`);

/** Issue 18's budgets; filter ones apply at 100,000 claims. 1 kB = 1,000 bytes, as Vite reports. */
export function budgets(r: Omit<Results, 'budgets'>): Budget[] {
  const check = (name: string, limit: string, measured: string, met: boolean) => ({ name, limit, measured, met });
  const large = r.large;
  const list: Budget[] = [
    check(
      'Load to first content, 100,000 claims with their companion (median)',
      '≤ 900 ms',
      ms(large.load.median),
      large.load.median <= 900,
    ),
    check(
      'Load to first content, 100,000 claims with their companion, ÷ the JSON floor (medians)',
      '≤ 0.4',
      `${number(large.load.median / r.jsonFloor.median, 2)} (floor ${ms(r.jsonFloor.median)})`,
      large.load.median <= 0.4 * r.jsonFloor.median,
    ),
    ...(['embedded', 'large'] as const).flatMap((scenario) =>
      (['actor', 'stance', 'type', 'date'] as const).map((kind) =>
        check(
          `Filter latency p95, ${kind}, ${scenario === 'large' ? '100,000 claims' : 'embedded'}`,
          '≤ 35 ms',
          ms(r[scenario].filters[kind].p95),
          r[scenario].filters[kind].p95 <= 35 && r[scenario].filters[kind].timeouts === 0,
        ),
      ),
    ),
    check(
      'Text query p95, 100,000 claims',
      '≤ 60 ms',
      ms(large.filters.text.p95),
      large.filters.text.p95 <= 60 && large.filters.text.timeouts === 0,
    ),
    check('Initial JS + CSS, gzip', '≤ 120 kB', kb(r.initial.gzip), r.initial.gzip <= 120_000),
  ];
  if ('median' in r.lighthouse) {
    const { performance, accessibility, bestPractices } = r.lighthouse.median;
    list.push(
      check('Lighthouse performance, embedded (mobile)', '≥ 98', `${performance}`, performance >= 98),
      check('Lighthouse accessibility, embedded', '100', `${accessibility}`, accessibility === 100),
      check('Lighthouse best practices, embedded', '100', `${bestPractices}`, bestPractices === 100),
    );
  }
  const offsite = r.blockedRequests.length + ('median' in r.lighthouse ? r.lighthouse.offsiteRequests.length : 0);
  list.push(
    check('Requests off 127.0.0.1 (bench pages and Lighthouse)', '0', `${offsite}`, offsite === 0),
    check(
      `Narratives vs TimelineJS, first content at ${number(r.peer.events)} events`,
      'faster (ratio < 1)',
      `${number(r.peer.ratio, 2)}×`,
      r.peer.ratio < 1,
    ),
  );
  return list;
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

const describe = (s: ScenarioResult) =>
  `${s.label} (${number(s.counts.events)} events, ${number(s.counts.claims)} claims)`;

export function markdown(r: Results): string {
  const { embedded, large, huge, peer, lighthouse } = r;
  const both = (cell: (s: ScenarioResult) => string) => [cell(embedded), cell(large), cell(huge)];
  const detailRows = (['actor', 'source', 'event'] as const satisfies readonly DetailKind[]).map((kind) => [
    `Busiest ${kind}'s page, opened in the app: median / first, DOM nodes`,
    ...both((s) => {
      const page = s.detailPages.find((p) => p.kind === kind);
      return page
        ? `${ms(page.median)} / ${ms(page.samples[0] ?? null)}, ${number(page.nodes)} (${number(page.claims)} claims)`
        : '–';
    }),
  ]);
  const filterRows = (['actor', 'stance', 'type', 'date', 'text'] as const).map((kind) => [
    `Filter latency, ${kind === 'text' ? 'text query' : kind}: median / p95 / first`,
    ...both((s) => {
      const f = s.filters[kind];
      return `${ms(f.median)} / ${ms(f.p95)} / ${ms(f.first)}${f.timeouts ? ` (${f.timeouts} timed out)` : ''}`;
    }),
  ]);
  const eventTimingRows = (['actor', 'stance', 'type', 'date'] as const).map((kind) => [
    `… by Event Timing, ${kind}: median / p95`,
    ...both((s) => {
      const e = s.filters[kind].eventTiming;
      return e ? `${ms(e.median)} / ${ms(e.p95)}` : '–';
    }),
  ]);
  const other = r.machine.otherCpuShare;
  const busy =
    other === null
      ? ''
      : other > 0.1
        ? `\n\n**Other processes used ${Math.round(other * 100)}% of the CPU during the run: the numbers are inflated. Run again on a quiet machine.**`
        : ` Other processes used ${Math.round(other * 100)}% of the CPU during the run.`;
  const lighthouseSection = (() => {
    if (!('median' in lighthouse)) return `Not run: ${lighthouse.skipped}.`;
    const m = lighthouse.median;
    const scores = table(
      ['Performance', 'Accessibility', 'Best practices', 'FCP', 'LCP', 'TBT', 'CLS'],
      [
        [
          `${m.performance}`,
          `${m.accessibility}`,
          `${m.bestPractices}`,
          ms(m.fcpMs),
          ms(m.lcpMs),
          ms(m.tbtMs),
          `${m.cls}`,
        ],
      ],
    );
    return `${scores}\n\nLighthouse ${lighthouse.version}, mobile defaults, median of ${lighthouse.runs.length} runs on the embedded dataset.`;
  })();

  return `# Benchmark results

Run ${r.generatedAt} on ${r.machine.cpus} CPUs (${r.machine.cpuModel}), ${r.machine.memory} memory, ${r.machine.chromium}, Node ${r.machine.node}; the whole run took ${Math.round(r.durationSeconds)} s.${busy} A fixed JavaScript workload (\`referenceWorkMs\` in bench/cpu.ts) took ${ms(r.machine.referenceMs.start)} at the start of the run and ${ms(r.machine.referenceMs.end)} at its end: numbers from two runs compare only as far as these agree.

## Budgets

${table(
  ['Budget', 'Limit', 'Measured', 'Status'],
  r.budgets.map((b) => [b.name, b.limit, b.measured, b.met ? '✅ met' : '❌ missed']),
)}

## Measurements

${table(
  ['Metric', describe(embedded), describe(large), `${describe(huge)}, no budget yet`],
  [
    [
      'Load to first content, median',
      ...both((s) => `${ms(s.load.median)} (of ${s.load.n}: ${s.load.samples.map((v) => Math.round(v)).join(', ')})`),
    ],
    ['First contentful paint, median', ...both((s) => ms(s.load.fcpMedian))],
    ['Then checked and searchable (last load)', ...both((s) => (s.settleMs ? `+${ms(s.settleMs)}` : 'at once'))],
    ...filterRows,
    ...eventTimingRows,
    ...detailRows,
    ['JS heap at first content (main thread, after GC)', ...both((s) => kb(s.firstScreenHeapBytes))],
    ['JS heap once checked and searchable', ...both((s) => kb(s.heapBytes))],
    ['Data file, gzip (raw)', ...both((s) => `${kb(s.data.gzip)} (${kb(s.data.bytes)})`)],
  ],
)}

Initial JS + CSS, gzip: ${kb(r.initial.gzip)} (${[...r.initial.js, ...r.initial.css].map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}).

## Peer: ${number(peer.events)} events

${table(
  ['', `TimelineJS ${peer.timelinejsVersion}`, 'Narratives', 'Narratives ÷ TimelineJS'],
  [
    [
      `First content, median of ${peer.narratives.n}`,
      ms(peer.timelinejs.median),
      ms(peer.narratives.median),
      `${number(peer.ratio, 2)} (${number(peer.ratio < 1 ? 1 / peer.ratio : peer.ratio, 1)}× ${peer.ratio < 1 ? 'faster' : 'slower'})`,
    ],
  ],
)}

## Lighthouse

${lighthouseSection}

## Machine

\`\`\`text
${r.machine.commands}
\`\`\`
`;
}
