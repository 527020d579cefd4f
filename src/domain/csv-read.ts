/**
 * Reading CSV text as spreadsheets make it: UTF-8 with or without a byte-order mark,
 * separated by "," or (Excel in much of Europe) ";", quoted cells that hold separators,
 * quotes and line breaks. Papa Parse does the parsing; this decides the separator from
 * the header line, where no cell is quoted in practice.
 */
import Papa from 'papaparse';
import { BOM } from './csv-text.ts';

export type CsvRead = { ok: true; header: string[]; rows: string[][] } | { ok: false; message: string };

function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => firstLine.split(char).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return count(best!) > 0 ? best! : ',';
}

export function readCsv(text: string): CsvRead {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: separatorOf(body), skipEmptyLines: 'greedy' });
  // Papa Parse reports a missing closing quote, the one error that loses data.
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) return { ok: false, message: `${broken.message} (row ${(broken.row ?? 0) + 1})` };
  const [header, ...rows] = parsed.data;
  if (!header) return { ok: false, message: 'is empty' };
  return { ok: true, header: header.map((cell) => cell.trim()), rows };
}
