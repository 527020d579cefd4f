/**
 * npm run data:pack -- path/to/dataset.json [--out file.arrow]: writes the dataset's
 * columnar companion (an Arrow IPC file) beside it; a folder of five tables gets
 * `dataset.arrow` inside it. An invalid dataset gets none: its problems are listed.
 */
import { formatProblem } from '../src/domain/problem.ts';
import { packDatasetFile } from './companion-file.ts';
import { argument } from './dataset-files.ts';

const out = argument('out', '');
const args = process.argv.slice(2);
const path = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--out');
if (!path) {
  console.error('usage: npm run data:pack -- path/to/dataset.json (or a folder of the five tables) [--out file.arrow]');
  process.exit(2);
}
const result = packDatasetFile(path, out || undefined);
if (!result.ok) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n${result.problems.length} problem(s) in ${path}: no companion written`);
  process.exit(1);
}
const kB = (bytes: number) => `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} kB`;
console.log(
  `${result.out}: ${result.claims.toLocaleString('en')} claims, ${kB(result.bytes)} (${kB(result.gzipBytes)} gzip); ` +
    `the JSON is ${kB(result.jsonBytes)}`,
);
