/**
 * The peer: TimelineJS (Knight Lab) showing the same synthetic events, from a page in
 * a temporary folder with its own copy of the library. `script_path` points at that copy
 * and `font: null` skips the web fonts, so it makes no request off 127.0.0.1.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Dataset } from '../src/domain/schema.ts';

const packageJson = createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json');
const LIBRARY = dirname(packageJson);

export const TIMELINEJS_VERSION: string = JSON.parse(readFileSync(packageJson, 'utf8')).version;

/** Its first content: the current slide's text and the markers on the time navigator. */
export const PEER_SELECTORS = ['.tl-timeline .tl-slide-content', '.tl-timenav .tl-timemarker'];

type TimelineDate = { year: number; month?: number; day?: number };

function timelineDate(partial: string): TimelineDate {
  const [year, month, day] = partial.split('-').map(Number) as [number, number?, number?];
  return { year, ...(month && { month }), ...(day && { day }) };
}

/** TimelineJS's JSON format: one slide per event, headline and text. */
export function toTimelineJs(dataset: Dataset) {
  return {
    events: dataset.events.map((event) => ({
      unique_id: event.id,
      start_date: timelineDate(event.date.start),
      ...(event.date.end && { end_date: timelineDate(event.date.end) }),
      text: { headline: event.title, text: event.summary },
    })),
  };
}

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>TimelineJS peer</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="css/timeline.css" />
    <script src="js/timeline.js"></script>
  </head>
  <body style="margin: 0">
    <div id="timeline" style="width: 100%; height: 100vh"></div>
    <script>
      new TL.Timeline('timeline', 'timeline.json', { script_path: new URL('js/', location.href).href, font: null });
    </script>
  </body>
</html>
`;

/** Writes the peer page, its data and the library into `dir` (emptied first). */
export function preparePeer(dir: string, dataset: Dataset): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const folder of ['js', 'css']) cpSync(join(LIBRARY, 'dist', folder), join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'timeline.json'), JSON.stringify(toTimelineJs(dataset)));
  writeFileSync(join(dir, 'index.html'), PAGE);
}
