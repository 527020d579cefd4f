/**
 * Serves and emits the embedded dataset as one validated file, `data/dataset.json`.
 * The build fails on invalid data, with the same messages as `npm run check:data`.
 */
import { createHash } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { TABLES } from '../src/domain/schema.ts';
import { formatProblem } from '../src/domain/problem.ts';
import { companionPath } from '../src/dataset/companion-path.ts';
import { packCompanion } from '../src/dataset/companion-pack.ts';
import type { Dataset } from '../src/domain/schema.ts';
import { loadDatasetDir } from './dataset-files.ts';
import { STANDFIRST } from '../src/standfirst.ts';

export const DATASET_FILE = 'data/dataset.json';
const PRELOADED_FONTS = /^assets\/(inter|source-serif-4)-latin-wght-normal-[\w-]+\.woff2$/;

function readValidated(dir: string): Dataset {
  const result = loadDatasetDir(dir);
  if (!result.ok) {
    const list = result.problems.map(formatProblem).join('\n');
    throw new Error(`The dataset in ${dir}/ is invalid:\n${list}`);
  }
  return result.dataset;
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

/** How long the embedded dataset's download waits for the first paint at most (see earlyFetchScript). */
export const FIRST_PAINT_WAIT_MS = 250;

/**
 * The page's first script: it starts downloading the dataset the link names (the
 * embedded one when it names none), and for a named one its companion, while the app's
 * own code is still on its way, and leaves the pending responses in
 * `window.__earlyDataset` and `window.__earlyCompanion` for the app to take. It only
 * starts what the app would fetch anyway: a plain `.json` path, which cannot leave this
 * origin (no scheme, no "//", no backslash). The app still decides, with the same rules
 * as for any link, whether to open it (src/domain/dataset-url.ts).
 */
export function earlyFetchScript(base: string): string {
  // Raw: the regular expression's backslashes reach the page as written.
  return String.raw`(function () {
  var param = new URLSearchParams(location.search).get('dataset');
  var path = param === null || param === '' ? ${JSON.stringify(DATASET_FILE)} : param;
  if (!/^\/?[\w.~%-][\w./~%-]*\.json$/.test(path)) return;
  var url = new URL(path, location.origin + ${JSON.stringify(base)}).pathname;
  // "/.//host/x.json" resolves to "//host/x.json", which fetch would send to another host.
  if (url.slice(0, 2) === '//') return;
  var keep = function (response) {
    response.catch(function () {});
    window.__earlyDataset = { url: url, response: response };
  };
  var json = function () {
    keep(fetch(url, { credentials: 'same-origin' }));
  };
  if (!param) {
    // The embedded dataset, smaller than the app's code beside it, is asked for once the
    // first contentful paint is done: that paint needs only the stylesheet and the fonts,
    // and the app needs its data no sooner than its code. (A hidden page does not paint,
    // and ${FIRST_PAINT_WAIT_MS} ms is the most it waits.) A dataset of one's own, usually
    // the longer download, starts at once.
    var painting = new Promise(function (resolve) {
      if (document.visibilityState === 'hidden') return resolve();
      setTimeout(resolve, ${FIRST_PAINT_WAIT_MS});
      try {
        new PerformanceObserver(function (list, observer) {
          if (list.getEntriesByName('first-contentful-paint').length === 0) return;
          observer.disconnect();
          resolve();
        }).observe({ type: 'paint', buffered: true });
      } catch (error) {
        resolve();
      }
    });
    return keep(
      painting.then(function () {
        return fetch(url, { credentials: 'same-origin' });
      }),
    );
  }
  // A dataset of one's own may have a columnar companion beside it (x.json -> x.arrow).
  // With one, the first screen comes from it and the JSON is asked for once it is drawn
  // (its body arriving beside the companion's slowed that screen); without, at once.
  var arrow = url.replace(/\.json$/, '.arrow');
  var companion = fetch(arrow, { credentials: 'same-origin' });
  var early = (window.__earlyCompanion = { url: arrow, response: companion });
  companion.then(function (answer) {
    if (!answer.ok || /html/.test(answer.headers.get('content-type') || '')) return json();
    // Taken at once, as a Blob: the browser keeps its bytes off this page's thread, which
    // is busy starting the app, until they are read whole (src/dataset/session.ts).
    early.body = answer.blob();
    early.body.catch(function () {});
  }, json);
})();`;
}

/** index.html says what the app says while loading, and describes the page with it: one sentence, written once. */
export function withStandfirst(html: string): string {
  const escaped = STANDFIRST.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return html.replaceAll('__STANDFIRST__', escaped);
}

/**
 * Puts `script` inline at the end of the head and allows exactly it, by its hash, in the
 * page's Content-Security-Policy: inline scripts stay forbidden.
 */
export function withInlineScript(html: string, script: string): string {
  const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  const allowed = html.replace(/(http-equiv="Content-Security-Policy"[\s\S]*?script-src 'self')/, `$1 ${hash}`);
  if (allowed === html) throw new Error('index.html has no Content-Security-Policy with "script-src \'self\'"');
  return allowed.replace('</head>', `  <script>${script}</script>\n  </head>`);
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
      const dataset = readValidated(dir);
      this.emitFile({ type: 'asset', fileName: DATASET_FILE, source: JSON.stringify(dataset) });
      // Its columnar companion, for researchers who read Arrow (pandas, R, Polars); the app
      // opens the small embedded dataset from its JSON alone.
      this.emitFile({ type: 'asset', fileName: companionPath(DATASET_FILE), source: packCompanion(dataset) });
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
        html: withInlineScript(stylesheetFirst(withStandfirst(html)), earlyFetchScript(base)),
        tags: fonts.map((name) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}${name}`, as: 'font', type: 'font/woff2', crossorigin: 'anonymous' },
          injectTo: 'body' as const,
        })),
      };
    },
    configureServer(server) {
      server.middlewares.use(`${base}${DATASET_FILE}`, (_request, response) => {
        try {
          const body = JSON.stringify(readValidated(dir));
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
