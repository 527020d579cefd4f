/**
 * Writing CSV text as spreadsheets read it. Reading is in csv-read.ts, apart, so that
 * the parser is loaded only where files are imported.
 */
export const BOM = '\uFEFF';

/**
 * One RFC 4180 field. Text that a spreadsheet would run as a formula (= + - @ at the
 * start) gets a leading apostrophe, so that a hostile dataset cannot run code there.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The apostrophe csvField put before a formula-like cell, taken off again on import. */
export function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** CSV text: a header and rows, CRLF line ends as RFC 4180 asks, with a BOM for Excel if asked. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[], bom = false): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return (bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}
