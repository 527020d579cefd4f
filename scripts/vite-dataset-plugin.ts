/**
 * Serves and emits the embedded dataset as one validated file, `data/dataset.json`.
 * The build fails on invalid data, with the same messages as `npm run check:data`.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { TABLES } from '../src/domain/schema.ts';
import { formatProblem } from '../src/domain/problem.ts';
import { loadDatasetDir } from './dataset-files.ts';

export const DATASET_FILE = 'data/dataset.json';
const PRELOADED_FONTS = /^assets\/(inter|source-serif-4)-latin-wght-normal-[\w-]+\.woff2$/;

function readValidated(dir: string): string {
  const result = loadDatasetDir(dir);
  if (!result.ok) {
    const list = result.problems.map(formatProblem).join('\n');
    throw new Error(`The dataset in ${dir}/ is invalid:\n${list}`);
  }
  return JSON.stringify(result.dataset);
}

export function datasetPlugin(dir = 'data'): Plugin {
  let base = '/';
  return {
    name: 'narratives-dataset',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      for (const table of TABLES) this.addWatchFile(`${dir}/${table}.json`);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATASET_FILE, source: readValidated(dir) });
    },
    writeBundle(options) {
      // Static hosts that serve 404.html for unknown paths then still open deep links.
      if (options.dir) copyFileSync(join(options.dir, 'index.html'), join(options.dir, '404.html'));
    },
    transformIndexHtml(_html, context) {
      // The dataset downloads alongside the scripts instead of after them, and so do the
      // two Latin fonts of the first page, so that its text does not reflow when they arrive.
      const fonts = Object.keys(context.bundle ?? {}).filter((name) => PRELOADED_FONTS.test(name));
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}${DATASET_FILE}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head',
        },
        ...fonts.map((name) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}${name}`, as: 'font', type: 'font/woff2', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        })),
      ];
    },
    configureServer(server) {
      server.middlewares.use(`${base}${DATASET_FILE}`, (_request, response) => {
        try {
          const body = readValidated(dir);
          response.setHeader('Content-Type', 'application/json');
          response.end(body);
        } catch (error) {
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end((error as Error).message);
        }
      });
    },
  };
}
