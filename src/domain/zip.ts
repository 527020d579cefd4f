/** Text files in and out of a zip archive (fflate: small, maintained, no dependencies). */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { PackageFile } from './data-package.ts';

export function zipFiles(folder: string, files: readonly PackageFile[]): Uint8Array<ArrayBuffer> {
  return zipSync(
    Object.fromEntries(files.map((file) => [`${folder}/${file.name}`, strToU8(file.text)])),
  ) as Uint8Array<ArrayBuffer>;
}

/** The text files of an archive; folders and the metadata macOS adds are left out. */
export function unzipFiles(bytes: Uint8Array): PackageFile[] {
  const entries = unzipSync(bytes, {
    filter: (entry) => !entry.name.endsWith('/') && !entry.name.includes('__MACOSX'),
  });
  return Object.entries(entries).map(([name, data]) => ({ name, text: strFromU8(data) }));
}
