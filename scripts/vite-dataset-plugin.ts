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

/**
 * Moves the built stylesheet, the one file the first paint waits for, ahead of the entry
 * script and its module preloads, so that it is requested first rather than eighth (static
 * hosts often serve HTTP/1.1, six connections at a time) and the shell paints sooner.
 */
function stylesheetFirst(html: string): string {
  const sheet = /[ \t]*<link rel="stylesheet"[^>]*>\n?/.exec(html);
  const script = html.search(/[ \t]*<script type="module"/);
  if (!sheet || script < 0 || sheet.index < script) return html;
  const without = html.slice(0, sheet.index) + html.slice(sheet.index + sheet[0].length);
  return without.slice(0, script) + sheet[0] + without.slice(script);
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
    transformIndexHtml(html, context) {
      // The dataset downloads alongside the scripts instead of after them, and so do the
      // two Latin fonts of the first page, so that its text does not reflow when they arrive.
      // The font hints go at the end of the body: Chromium holds the first paint for font
      // preloads it finds in the head, and these fonts swap in (font-display: swap) anyway.
      const fonts = Object.keys(context.bundle ?? {}).filter((name) => PRELOADED_FONTS.test(name));
      return {
        html: stylesheetFirst(html),
        tags: [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `${base}${DATASET_FILE}`, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head',
          },
          ...fonts.map((name) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `${base}${name}`, as: 'font', type: 'font/woff2', crossorigin: 'anonymous' },
            injectTo: 'body' as const,
          })),
        ],
      };
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
