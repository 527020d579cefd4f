/**
 * Loads the dataset a view asks for. The embedded dataset was validated when the app
 * was built; any other is untrusted and passes the full validator first, which is
 * loaded only then, keeping it out of the first page load.
 */
import { buildIndex } from '../domain/dataset-index.ts';
import { resolveDataset } from '../domain/dataset-url.ts';
import type { Dataset } from '../domain/schema.ts';
import { useExplorerStore } from './explorer-store.ts';

export async function loadDataset(param: string | null): Promise<void> {
  const { datasetRequested, datasetLoaded, datasetFailed } = useExplorerStore.getState();
  const location = resolveDataset(param, window.location.origin, import.meta.env.BASE_URL);
  const label = location.kind === 'embedded' ? 'embedded' : location.path;
  if (location.kind === 'refused') {
    datasetFailed(label, `The dataset “${location.path}” was not opened. ${location.reason}`);
    return;
  }
  datasetRequested(label);
  let json: unknown;
  try {
    const response = await fetch(location.url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    json = await response.json();
  } catch (error) {
    datasetFailed(label, `The dataset “${label}” could not be loaded: ${(error as Error).message}.`);
    return;
  }
  if (location.kind === 'embedded') {
    datasetLoaded(label, buildIndex(json as Dataset));
    return;
  }
  const { validateCombined } = await import('../domain/validate.ts');
  const result = validateCombined(json, location.path);
  if (result.ok) datasetLoaded(label, buildIndex(result.dataset));
  else datasetFailed(label, `The dataset “${label}” is not valid.`, result.problems);
}
