import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-read.ts';
import { writeCsv } from './csv-text.ts';

describe('reading CSV as spreadsheets write it', () => {
  it('reads what it writes: quotes, separators and line breaks in cells, a BOM', () => {
    const rows = [['a "quoted" word', 'one, two; three', 'two\r\nlines', '=SUM(1)', '']];
    const text = writeCsv(['x', 'y', 'z', 'w', 'v'], rows, true);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(readCsv(text)).toEqual({
      ok: true,
      header: ['x', 'y', 'z', 'w', 'v'],
      rows: [rows[0]!.map((c) => (c === '=SUM(1)' ? "'=SUM(1)" : c))],
    });
  });

  it('takes the separator from the header line: ";" (Excel in Europe), "," or a tab', () => {
    expect(readCsv('a;b\r\n"1,5";2\r\n')).toEqual({ ok: true, header: ['a', 'b'], rows: [['1,5', '2']] });
    expect(readCsv('a\tb\n1\t2')).toEqual({ ok: true, header: ['a', 'b'], rows: [['1', '2']] });
    expect(readCsv('a,b\n\n1,2\n,\n')).toEqual({ ok: true, header: ['a', 'b'], rows: [['1', '2']] });
  });

  it('refuses a cell whose quote is never closed, and an empty file', () => {
    expect(readCsv('a,b\n"open,2\n3,4\n')).toMatchObject({ ok: false, message: expect.stringMatching(/quote/i) });
    expect(readCsv('')).toEqual({ ok: false, message: 'is empty' });
  });
});
