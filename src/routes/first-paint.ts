/**
 * index.html's first paint (the header, the standfirst, "Loading the dataset…"), drawn
 * before any script runs. It stays until the app has a page to show: redrawn by React in
 * the meantime, the same words would be new elements, painted again once the scripts and
 * fonts are in, and the page's largest paint would wait for them.
 */
const FIRST_PAINT_ID = 'first-paint';

/** Whether index.html's first paint is still what the reader sees. */
export function firstPaintShown(): boolean {
  return document.getElementById(FIRST_PAINT_ID) !== null;
}

/** Takes the first paint away: the app's page, committed in the same frame, takes its place. */
export function retireFirstPaint(): void {
  document.getElementById(FIRST_PAINT_ID)?.remove();
}
