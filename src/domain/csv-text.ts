/**
 * Writing CSV text as spreadsheets read it. Reading is in csv-read.ts, apart, so that
 * the parser is loaded only where files are imported.
 */
export const BOM = '\uFEFF';

/** One RFC 4180 field, quoted where it must be. */
export function quoteField(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One RFC 4180 field. Text that a spreadsheet would run as a formula (= + - @ at the
 * start) gets a leading apostrophe, so that a hostile dataset cannot run code there.
 */
export function csvField(value: string): string {
  return quoteField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

/** The apostrophe csvField put before a formula-like cell, taken off again on import. */
export function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * CSV text: a header and rows, CRLF line ends as RFC 4180 asks, with a BOM for Excel if
 * asked. `formulas: 'keep'` writes cells as they are, for tools (pandas, R) that would
 * read the protective apostrophe as data.
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  bom = false,
  formulas: 'escape' | 'keep' = 'escape',
): string {
  const field = formulas === 'escape' ? csvField : quoteField;
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return (bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}
