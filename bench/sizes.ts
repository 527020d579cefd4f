/** Transfer sizes: what a first visit downloads before the app can run, gzipped as a server would. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export function fileSize(path: string, label = path): FileSize {
  const content = readFileSync(path);
  return { file: label, bytes: content.length, gzip: gzipSync(content).length };
}

/**
 * The JS and CSS that index.html references (scripts, stylesheets, module preloads):
 * chunks loaded later on demand, and fonts, are not counted.
 */
export function initialAssets(distDir: string): { js: FileSize[]; css: FileSize[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)]
    .filter(([tag]) => /<script|rel="(?:stylesheet|modulepreload)"/.test(tag!))
    .map(([, url]) => url!)
    .filter((url) => !/^[a-z]+:|^\/\//i.test(url));
  const sizes = urls.map((url) => fileSize(join(distDir, url.replace(/^\//, '').split(/[?#]/)[0]!), url));
  return {
    js: sizes.filter((size) => /\.m?js$/.test(size.file)),
    css: sizes.filter((size) => size.file.endsWith('.css')),
  };
}

export const total = (sizes: readonly FileSize[], key: 'bytes' | 'gzip') => sizes.reduce((sum, s) => sum + s[key], 0);
