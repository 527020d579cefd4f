/**
 * npx tsx scripts/generate-dataset.ts --events 10000 --actors 1000 --claims 100000 --seed 1 --out FILE
 * Writes one combined dataset file `{ sources, actors, events, claims, disputes }` that
 * the app opens with `?dataset=/path/file.json`. Add --check to validate the file written as
 * the app would (an invalid one is removed).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatProblem } from '../src/domain/problem.ts';
import { validateJsonText } from '../src/domain/validate.ts';
import { argument } from './dataset-files.ts';
import { readDatasetJsonText, writeDatasetJson } from './dataset-json.ts';
import { generateDataset } from './synthetic/generate.ts';

const count = (name: string, fallback: number, min: number) => {
  const value = Number(argument(name, String(fallback)));
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
  return value;
};

const options = {
  events: count('events', 10_000, 1),
  actors: count('actors', 1_000, 1),
  claims: count('claims', 100_000, 0),
  seed: count('seed', 1, 0),
};
const out = argument('out', `bench/tmp/synthetic-${options.claims}.json`);
const dataset = generateDataset(options);

mkdirSync(dirname(out), { recursive: true });
writeDatasetJson(out, dataset);
if (process.argv.includes('--check')) {
  // The file as written, read in pieces: past 512 MiB it is no one string.
  const result = validateJsonText(readDatasetJsonText(out), out);
  if (!result.ok) {
    for (const problem of result.problems.slice(0, 20)) console.error(formatProblem(problem));
    console.error(`${result.problems.length} problem(s); ${out} removed`);
    rmSync(out);
    process.exit(1);
  }
}
const { sources, actors, events, claims, disputes } = dataset;
console.log(
  `${out}: ${sources.length} sources, ${actors.length} actors, ${events.length} events, ` +
    `${claims.length} claims, ${disputes.length} disputes (seed ${options.seed})`,
);
