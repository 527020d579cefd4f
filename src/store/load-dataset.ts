/**
 * Loads the dataset a link asks for. The embedded dataset was validated when the app
 * was built; any other (a same-origin file, or an import kept in this browser) is
 * untrusted and is shown only once the full validator has passed it.
 */
import { buildIndex, type DatasetIndex } from '../domain/dataset-index.ts';
import { resolveDataset } from '../domain/dataset-url.ts';
import type { Problem } from '../domain/problem.ts';
import type { Dataset } from '../domain/schema.ts';
import { buildSearchInWorker, buildSearchNow } from './build-search.ts';
import { useExplorerStore } from './explorer-store.ts';
import { readDataset } from './local-datasets.ts';
import { validateText } from './validate-dataset.ts';

let latest = 0;

export async function loadDataset(param: string | null): Promise<void> {
  const ticket = ++latest;
  const store = useExplorerStore.getState();
  const location = resolveDataset(param, window.location.origin, import.meta.env.BASE_URL);
  let label = location.kind === 'embedded' ? 'embedded' : location.path;
  // A newer request wins: a slow load never replaces the dataset the reader asked for last.
  const current = () => ticket === latest;
  const fail = (message: string, problems?: Problem[]) => {
    if (current()) store.datasetFailed(param, label, message, problems);
  };

  if (location.kind === 'refused') return fail(`The dataset “${location.path}” was not opened. ${location.reason}`);
  store.datasetRequested(param, label);

  let text: string;
  try {
    if (location.kind === 'local') {
      const stored = await readDataset(location.id);
      if (!stored)
        return fail(
          `The dataset “${location.id}” is not in this browser. Imported datasets stay in the browser that imported them; ask for the file itself, or import it here.`,
        );
      label = stored.name;
      text = stored.json;
    } else {
      const response = await fetch(location.url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      // Hosts with a single-page fallback answer a missing file with the app's own page.
      if (response.headers.get('content-type')?.includes('html'))
        throw new Error('the server sent a web page, not a JSON file; is the path right?');
      text = await response.text();
    }
  } catch (error) {
    return fail(`The dataset “${label}” could not be loaded: ${(error as Error).message}.`);
  }

  // Untrusted data is validated (in a worker when large) while this thread indexes it.
  const verdict = location.kind === 'embedded' ? null : validateText(text, label);
  let index: DatasetIndex | null = null;
  let unreadable = '';
  try {
    index = buildIndex(JSON.parse(text) as Dataset);
  } catch (error) {
    // Malformed data may break indexing; the verdict below says exactly where.
    unreadable = (error as Error).message;
  }
  const checked = await verdict;
  if (checked && !checked.ok) return fail(`The dataset “${label}” is not valid.`, checked.problems);
  if (!index) return fail(`The dataset “${label}” could not be read: ${unreadable}.`);
  if (!current()) return;

  const search = buildSearchNow(index);
  store.datasetLoaded(param, label, index, search);
  // The search index of a large dataset is built after the list has had its first paint.
  const built = index;
  if (!search) setTimeout(() => void buildSearchInWorker(built).then((s) => store.searchIndexBuilt(built, s)), 0);
}
