/** npm run check:data [-- --data DIR]: validates a dataset folder and lists every problem. */
import { formatProblem } from '../src/domain/problem.ts';
import { argument, DEFAULT_DATA_DIR, loadDatasetDir } from './dataset-files.ts';

const dir = argument('data', DEFAULT_DATA_DIR);
const result = loadDatasetDir(dir);
if (!result.ok) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n${result.problems.length} problem(s) in ${dir}/`);
  process.exit(1);
}
const { sources, actors, events, claims, disputes } = result.dataset;
console.log(
  `${dir}/ is valid: ${sources.length} sources, ${actors.length} actors, ${events.length} events, ` +
    `${claims.length} claims, ${disputes.length} disputes`,
);
