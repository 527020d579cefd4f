/**
 * npm run data:report [-- --data DIR]: plain-text tables of what a dataset holds, to review
 * an extraction at a glance: which sources and stances carry it, which events only one side
 * speaks about, which actors never speak.
 */
import { formatProblem } from '../src/domain/problem.ts';
import { datasetReport } from '../src/domain/report.ts';
import type { Figure } from '../src/domain/schema.ts';
import { argument, DEFAULT_DATA_DIR, loadDatasetDir } from './dataset-files.ts';

const dir = argument('data', DEFAULT_DATA_DIR);
const result = loadDatasetDir(dir);
if (!result.ok) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\nThe dataset in ${dir}/ is invalid; run npm run check:data.`);
  process.exit(1);
}
const { dataset } = result;
const report = datasetReport(dataset);

type Cell = string | number;

/** Numbers right-aligned, text left-aligned, columns two spaces apart. */
function table(title: string, headers: string[], rows: Cell[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells: Cell[]) =>
    cells
      .map((cell, i) => (typeof cell === 'number' ? String(cell).padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [title, '', line(headers), rule, ...rows.map(line), ''].join('\n');
}

function amount({ value, min, max, unit, approximate }: Figure): string {
  let number = `${value}`;
  if (value === undefined) {
    if (min !== undefined && max !== undefined) number = `${min}-${max}`;
    else number = min !== undefined ? `at least ${min}` : `at most ${max}`;
  }
  return `${approximate ? '~' : ''}${number}${unit ? ` ${unit}` : ''}`;
}

const total = dataset.claims.length;
const share = (count: number) => (total ? `${((100 * count) / total).toFixed(1)}%` : '-');
const stanceList = (stances: { stance: string; claims: number }[]) =>
  stances.map(({ stance, claims }) => `${stance} ${claims}`).join(', ');

const sections = [
  `Dataset ${dir}/: ${dataset.sources.length} sources, ${dataset.actors.length} actors, ${dataset.events.length} ` +
    `events, ${total} claims, ${dataset.disputes.length} disputes\n`,
  table(
    'Claims per source',
    ['source', 'claims', 'share'],
    report.bySource.map(({ sourceId, claims }) => [sourceId, claims, share(claims)]),
  ),
  table(
    'Claims per stance (the claim’s own stance, else its actor’s)',
    ['stance', 'claims', 'share'],
    report.byStance.map(({ stance, claims }) => [stance, claims, share(claims)]),
  ),
  table(
    'Claims per type',
    ['type', 'claims', 'share'],
    report.byType.map(({ type, claims }) => [type, claims, share(claims)]),
  ),
  table(
    'Claims per stance and form',
    ['stance', 'statement', 'act', 'not coded'],
    report.byForm.map(({ stance, counts }) => [stance, counts.statement, counts.act, counts.none]),
  ),
  table(
    'Claims per stance and how the claimant is known',
    ['stance', 'explicit', 'inferred', 'reporter', 'not coded'],
    report.byAttribution.map(({ stance, counts }) => [
      stance,
      counts.explicit,
      counts.inferred,
      counts.reporter,
      counts.none,
    ]),
  ),
  table(
    'Claims per event, in time order',
    ['date', 'event', 'claims', 'disputes', 'stances speaking'],
    report.events.map(({ event, claims, disputes, stances }) => [
      event.date.start,
      event.id,
      claims,
      disputes,
      stanceList(stances),
    ]),
  ),
  table(
    `Events only one stance speaks about (${report.oneStance.length})`,
    ['event', 'stance', 'claims'],
    report.oneStance.map(({ event, stances }) => [event.id, stances[0]!.stance, stances[0]!.claims]),
  ),
  table(
    `Actors with no claims (${report.relayOnly.length + report.spokenAboutOnly.length + report.idle.length})`,
    ['actor', 'role in the data'],
    [
      ...report.relayOnly.map((id) => [id, 'relays others’ words only']),
      ...report.spokenAboutOnly.map((id) => [id, 'only spoken about or to']),
      ...report.idle.map((id) => [id, 'neither speaks nor relays']),
    ],
  ),
  table(
    `Disputes per event (${dataset.disputes.length} disputes on ${report.events.filter((e) => e.disputes).length} events)`,
    ['event', 'disputes'],
    report.events.filter(({ disputes }) => disputes > 0).map(({ event, disputes }) => [event.id, disputes]),
  ),
  table(
    `Claims with figures (${report.withFigures.length})`,
    ['claim', 'quantity', 'amount', 'what is counted'],
    report.withFigures.flatMap(({ claimId, figures }) =>
      figures.map((figure, i) => [i === 0 ? claimId : '', figure.quantity, amount(figure), figure.label]),
    ),
  ),
];
console.log(sections.join('\n'));
