/**
 * Reading the files a reader dropped on "Your data": a zip is unpacked, then the files are
 * parsed and checked (readImport); a Parquet file of claims is read as the claims sheet. Large files are read in a worker, so that parsing a
 * big spreadsheet does not freeze the page; small ones here, where a worker costs more
 * than it saves.
 */
import { readImport, type ImportFile, type ImportResult } from '../domain/import-files.ts';
import { unzipFiles } from '../domain/zip.ts';

/** Above this many bytes in all, the files are read in a worker. */
export const IMPORT_IN_WORKER_ABOVE = 1_000_000;

export async function readFiles(files: readonly File[]): Promise<ImportFile[]> {
  const read = async (file: File): Promise<ImportFile[]> =>
    /\.zip$/i.test(file.name)
      ? unzipFiles(new Uint8Array(await file.arrayBuffer()))
      : [{ name: file.name, text: await file.text() }];
  return (await Promise.all(files.map(read))).flat();
}

/** A Parquet file of claims: its reader (hyparquet) is loaded only when one is dropped. */
async function readParquet(file: File): Promise<ImportResult> {
  const { readParquetClaims } = await import('../domain/parquet-import.ts');
  const result = await readParquetClaims(new Uint8Array(await file.arrayBuffer()), file.name);
  return result.ok ? { ok: true, dataset: result.dataset, name: file.name } : result;
}

/** Reads and checks the files here; a file that cannot be read is a problem like any other. */
export async function readHere(files: readonly File[]): Promise<ImportResult> {
  try {
    if (files.length === 1 && /\.parquet$/i.test(files[0]!.name)) return await readParquet(files[0]!);
    return readImport(await readFiles(files));
  } catch (error) {
    const names = files.map((file) => file.name).join(', ');
    return { ok: false, problems: [{ path: names, message: `could not be read: ${(error as Error).message}` }] };
  }
}

export function readDroppedFiles(files: readonly File[]): Promise<ImportResult> {
  const size = files.reduce((sum, file) => sum + file.size, 0);
  if (size <= IMPORT_IN_WORKER_ABOVE || typeof Worker === 'undefined') return readHere(files);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return resolve(readHere(files));
    }
    worker.onmessage = (event: MessageEvent<ImportResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    // A worker that cannot run (a strict policy, an old browser) must not lose the import.
    worker.onerror = () => {
      worker.terminate();
      resolve(readHere(files));
    };
    worker.postMessage(files);
  });
}
