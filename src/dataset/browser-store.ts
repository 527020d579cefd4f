/**
 * Datasets the reader imported, kept in this browser (IndexedDB) until removed. What
 * comes back out is untrusted: it is validated again each time it is opened.
 */
import { compareStrings } from '../domain/order.ts';

export interface StoredDataset {
  id: string;
  name: string;
  importedAt: string;
  claims: number;
  events: number;
  /** The dataset as one combined JSON text. */
  json: string;
  /** Its columnar companion (Arrow IPC), for a large import: what its first screen is drawn from. */
  companion?: Uint8Array;
}

export type StoredSummary = Omit<StoredDataset, 'json' | 'companion'>;

const DB = 'narratives';
const STORE = 'datasets';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('This browser does not allow local storage.'));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('The browser storage failed.'));
    });
  } finally {
    db.close();
  }
}

export const saveDataset = (dataset: StoredDataset) => run('readwrite', (s) => s.put(dataset)).then(() => undefined);
export const readDataset = (id: string) => run<StoredDataset | undefined>('readonly', (s) => s.get(id));
export const removeDataset = (id: string) => run('readwrite', (s) => s.delete(id)).then(() => undefined);

export async function listDatasets(): Promise<StoredSummary[]> {
  const all = await run<StoredDataset[]>('readonly', (s) => s.getAll());
  return all
    .map(({ json: _json, companion: _companion, ...summary }) => summary)
    .sort((a, b) => compareStrings(b.importedAt, a.importedAt));
}

/** A readable, URL-safe id from the file name, unique enough to tell imports apart. */
export function localId(name: string, now = Date.now()): string {
  const base = name
    .toLowerCase()
    .replace(/\.json$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${base || 'dataset'}-${now.toString(36)}`;
}
