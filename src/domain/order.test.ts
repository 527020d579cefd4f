import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText, sortByText, sortKey } from './order.ts';

describe('alphabetical order', () => {
  it('sets case and accents aside, and uses them only to break ties', () => {
    expect(sortKey('Événement à Ёлка')).toBe('evenement a елка');
    expect(['zeta', 'Élan', 'alpha', 'elan', 'Beta'].sort(compareText)).toEqual([
      'alpha',
      'Beta',
      'elan',
      'Élan',
      'zeta',
    ]);
  });

  it('sorts rows by a text of theirs, in the same order as compareText', () => {
    const rows = ['Oskemen', 'Aktobe', 'Öskemen', 'almaty', 'Zhanaozen'].map((name, id) => ({ id, name }));
    const sorted = sortByText(rows, (row) => row.name);
    expect(sorted.map((row) => row.name)).toEqual(['Aktobe', 'almaty', 'Oskemen', 'Öskemen', 'Zhanaozen']);
    expect(sorted.map((row) => row.name)).toEqual(rows.map((row) => row.name).sort(compareText));
  });

  it('keys plain ASCII text as the full folding would', () => {
    const full = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) }), (text) => {
        expect(sortKey(text)).toBe(full(text));
      }),
    );
  });
});
