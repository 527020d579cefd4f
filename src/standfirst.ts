/**
 * What Narratives is, in a sentence: the page's description, and what it says while the
 * dataset loads (index.html before the scripts run, then the app). Written once here; the
 * build puts it into index.html (scripts/vite-dataset-plugin.ts).
 */
export const STANDFIRST =
  'Competing accounts of political violence, side by side: who said what, and where they disagree.';
