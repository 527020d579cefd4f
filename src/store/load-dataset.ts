/**
 * Loads the dataset a link asks for. The embedded dataset was validated when the app
 * was built; any other (a same-origin file, or an import kept in this browser) is
 * untrusted and passes the full validator first. The validator is loaded only then,
 * keeping it out of the first page load.
 */
import { buildIndex } from '../domain/dataset-index.ts';
import { resolveDataset } from '../domain/dataset-url.ts';
import type { Dataset } from '../domain/schema.ts';
import { useExplorerStore } from './explorer-store.ts';
import { buildSearchInWorker, buildSearchNow } from './build-search.ts';
import { readDataset } from './local-datasets.ts';

let latest = 0;

export async function loadDataset(param: string | null): Promise<void> {
  const ticket = ++latest;
  const store = useExplorerStore.getState();
  const location = resolveDataset(param, window.location.origin, import.meta.env.BASE_URL);
  let label = location.kind === 'embedded' ? 'embedded' : location.path;
  // A newer request wins: a slow load never replaces the dataset the reader asked for last.
  const current = () => ticket === latest;
  const fail = (message: string, problems?: Parameters<typeof store.datasetFailed>[3]) => {
    if (current()) store.datasetFailed(param, label, message, problems);
  };

  if (location.kind === 'refused') return fail(`The dataset “${location.path}” was not opened. ${location.reason}`);
  store.datasetRequested(param, label);

  let json: unknown;
  try {
    if (location.kind === 'local') {
      const stored = await readDataset(location.id);
      if (!stored)
        return fail(
          `The dataset “${location.id}” is not in this browser. Imported datasets stay in the browser that imported them; ask for the file itself, or import it here.`,
        );
      label = stored.name;
      json = JSON.parse(stored.json);
    } else {
      const response = await fetch(location.url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      json = await response.json();
    }
  } catch (error) {
    return fail(`The dataset “${label}” could not be loaded: ${(error as Error).message}.`);
  }

  let dataset = json as Dataset;
  if (location.kind !== 'embedded') {
    const { validateCombined } = await import('../domain/validate.ts');
    const result = validateCombined(json, label);
    if (!result.ok) return fail(`The dataset “${label}” is not valid.`, result.problems);
    dataset = result.dataset;
  }
  if (!current()) return;
  const index = buildIndex(dataset);
  const search = buildSearchNow(index);
  store.datasetLoaded(param, label, index, search);
  if (!search) void buildSearchInWorker(index).then((built) => store.searchIndexBuilt(index, built));
}
