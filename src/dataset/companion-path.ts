/**
 * Where a dataset's columnar companion is found: beside it, its name ending `.arrow` in
 * place of `.json` (`data/kz.json` → `data/kz.arrow`); a query or hash in a URL is kept
 * out of the name and put back after it. Apart from the reader, so that looking for a
 * companion does not load Arrow.
 */
export const COMPANION_EXTENSION = '.arrow';

/** `x/y.json` → `x/y.arrow`, `x/y.json?v=2#top` → `x/y.arrow?v=2#top`, `x/y` → `x/y.arrow`. */
export function companionPath(datasetPath: string): string {
  const cut = datasetPath.search(/[?#]/);
  const [path, rest] = cut < 0 ? [datasetPath, ''] : [datasetPath.slice(0, cut), datasetPath.slice(cut)];
  return path.replace(/\.json$/i, '') + COMPANION_EXTENSION + rest;
}
