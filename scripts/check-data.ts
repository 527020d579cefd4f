/** npm run check:data [-- --data DIR]: validates a dataset folder and lists every problem. */
import { codingProblems } from '../src/domain/coding-rules.ts';
import { formatProblem } from '../src/domain/problem.ts';
import { argument, DEFAULT_DATA_DIR, loadDatasetDir } from './dataset-files.ts';

const dir = argument('data', DEFAULT_DATA_DIR);
const result = loadDatasetDir(dir);
if (!result.ok) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n${result.problems.length} problem(s) in ${dir}/`);
  process.exit(1);
}
// The dataset's own coding rules (src/domain/coding-rules.ts), beyond the public schema.
const coding = codingProblems(result.dataset, (table) => `${dir}/${table}.json`);
if (coding.length > 0) {
  for (const problem of coding) console.error(formatProblem(problem));
  console.error(`\n${coding.length} coding problem(s) in ${dir}/ (see data/README.md, "Who speaks")`);
  process.exit(1);
}
const { sources, actors, events, claims, disputes } = result.dataset;
console.log(
  `${dir}/ is valid: ${sources.length} sources, ${actors.length} actors, ${events.length} events, ` +
    `${claims.length} claims, ${disputes.length} disputes`,
);
