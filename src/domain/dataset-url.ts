/**
 * Which dataset a view shows. The embedded one by default; another only when it is
 * served from the page's own origin, so that a shared link cannot make the reader's
 * browser contact anyone else.
 */

export type DatasetLocation =
  | { kind: 'embedded'; url: string }
  | { kind: 'local'; id: string; path: string }
  | { kind: 'path'; url: string; path: string }
  | { kind: 'refused'; path: string; reason: string };

export const EMBEDDED_DATASET = 'data/dataset.json';
export const LOCAL_PREFIX = 'local:';

/**
 * @param param the `dataset` URL parameter, e.g. "/archives/2024.json" or "archives/2024.json"
 * @param origin the page's origin; base the app's base path ("/" or "/narratives/")
 */
export function resolveDataset(param: string | null, origin: string, base: string): DatasetLocation {
  const embedded = `${base}${EMBEDDED_DATASET}`;
  if (param === null || param === '') return { kind: 'embedded', url: embedded };
  // An import kept in this browser; on another machine the link says what is missing.
  if (param.startsWith(LOCAL_PREFIX)) {
    const id = param.slice(LOCAL_PREFIX.length);
    return /^[a-z0-9-]{1,80}$/.test(id)
      ? { kind: 'local', id, path: param }
      : { kind: 'refused', path: param, reason: 'This is not the name of an imported dataset.' };
  }
  if (
    param.length > 500 ||
    hasControlOrBackslash(param) ||
    /^[a-z][a-z0-9+.-]*:/i.test(param) ||
    param.startsWith('//')
  ) {
    return {
      kind: 'refused',
      path: param,
      reason: 'Only a path on this site can be opened, not an address elsewhere.',
    };
  }
  let url: URL;
  try {
    url = new URL(param, `${origin}${base}`);
  } catch {
    return { kind: 'refused', path: param, reason: 'This is not a valid path.' };
  }
  // "/.//evil.example/x.json" resolves on this site to the path "//evil.example/x.json",
  // which, fetched as it is, is an address elsewhere.
  if (url.origin !== origin || url.pathname.startsWith('//')) {
    return {
      kind: 'refused',
      path: param,
      reason: 'Only a path on this site can be opened, not an address elsewhere.',
    };
  }
  if (!url.pathname.endsWith('.json')) {
    return { kind: 'refused', path: param, reason: 'A dataset is a .json file.' };
  }
  return { kind: 'path', url: url.pathname + url.search, path: param };
}

function hasControlOrBackslash(value: string): boolean {
  for (const char of value) if (char < ' ' || char === '\\' || char === '\u007f') return true;
  return false;
}
