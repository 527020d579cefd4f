/**
 * npm run check:quotes [-- --corpus DIR --data DIR]: proves that every claim's quote
 * occurs in its source text, <corpus>/<sourceId>.txt.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closestPassage, quoteOccursIn } from '../src/domain/quotes.ts';
import { formatProblem } from '../src/domain/problem.ts';
import { argument, DEFAULT_DATA_DIR, loadDatasetDir } from './dataset-files.ts';

const corpus = argument('corpus', '../shared/corpus');
const dir = argument('data', DEFAULT_DATA_DIR);

if (!existsSync(corpus)) {
  console.error(`The corpus folder ${corpus} does not exist: the quotes cannot be checked.`);
  process.exit(1);
}
const result = loadDatasetDir(dir);
if (!result.ok) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error('\nThe dataset is invalid; run npm run check:data first.');
  process.exit(1);
}

const texts = new Map<string, string | null>();
const textOf = (sourceId: string) => {
  if (!texts.has(sourceId)) {
    const file = join(corpus, `${sourceId}.txt`);
    texts.set(sourceId, existsSync(file) ? readFileSync(file, 'utf8') : null);
  }
  return texts.get(sourceId) ?? null;
};

let failures = 0;
result.dataset.claims.forEach((claim, index) => {
  const text = textOf(claim.sourceId);
  const where = `${dir}/claims.json[${index}] (${claim.id})`;
  if (text === null) {
    failures++;
    console.error(`${where}: source text ${join(corpus, `${claim.sourceId}.txt`)} is missing`);
  } else if (!quoteOccursIn(claim.quote, text)) {
    failures++;
    console.error(
      `${where}: quote not found in ${claim.sourceId}\n  quote:   ${claim.quote}\n  closest: ${closestPassage(claim.quote, text)}`,
    );
  }
});

const total = result.dataset.claims.length;
if (failures > 0) {
  console.error(`\n${failures} of ${total} quotes do not occur in their sources.`);
  process.exit(1);
}
console.log(`All ${total} quotes occur verbatim in their ${texts.size} sources (${corpus}).`);
