import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { parseJson, parseJsonPieces, parseJsonPiecesInSlices } from './json-pieces.ts';
import { joinedIfSmall, jsonLength } from './json-text.ts';

/** A text cut into pieces of the given lengths, repeated: where the network cuts it. */
function cut(text: string, lengths: number[]): string[] {
  const pieces: string[] = [];
  for (let at = 0, i = 0; at < text.length; i++) {
    const length = lengths[i % lengths.length]!;
    pieces.push(text.slice(at, at + length));
    at += length;
  }
  return pieces;
}

const CUTS = [[1], [2, 3], [7], [64], [1_000_000]];
const BATCHES = [0, 1, 10, 100, 1 << 23];

describe('parseJsonPieces', () => {
  it('gives what JSON.parse gives, wherever the pieces and the batches are cut', () => {
    const texts = [
      JSON.stringify(fixture()),
      JSON.stringify(fixture(), null, 2),
      '{}',
      ' { "a" : [ ] , "b" : 1 } ',
      '{"formatVersion":3,"claims":[{"q":"a [bracket], a {brace}, a \\"quote\\", a \\\\ and ünï©ødé"},[1,[2]],"x",null]}',
      '{"nested":{"x":[1,2,{"y":[3]}]},"rows":[{"z":"]"},{"z":"}"},{"z":","}]}',
    ];
    for (const text of texts)
      for (const lengths of CUTS)
        for (const batch of BATCHES) expect(parseJsonPieces(cut(text, lengths), batch)).toEqual(JSON.parse(text));
  });

  it('gives the page back between slices, with the same result', async () => {
    const text = JSON.stringify(fixture());
    expect(await parseJsonPiecesInSlices(cut(text, [5]), 0, 10)).toEqual(JSON.parse(text));
    await expect(parseJsonPiecesInSlices(cut('{"a":[1,,2]}', [2]), 0, 1)).rejects.toThrow(/position \d+/);
  });

  it('keeps a member named __proto__ as data, as JSON.parse does', () => {
    const parsed = parseJsonPieces(['{"__proto__":[1],"b":{"__proto__":2}}']);
    expect(Object.keys(parsed)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('refuses JSON that is not one object, which no dataset is', () => {
    for (const text of ['[1,2]', '"text"', '{}{}']) expect(() => parseJsonPieces([text])).toThrow(/position \d+/);
  });

  it('refuses what JSON.parse refuses, saying where', () => {
    const bad = [
      '',
      '{"a":[1,2}',
      '{"a":[1,2]',
      '{"a":[1,,2]}',
      '{"a":[1,2,]}',
      '{"a":[,1]}',
      '{"a":1,}',
      '{,"a":1}',
      '{"a":1} x',
      '{"a":[1] 2}',
      '{"a" [1]}',
      '{"a":[{"b":}]}',
      '{"a":"unterminated}',
    ];
    for (const text of bad) {
      expect(() => JSON.parse(text), text).toThrow(SyntaxError);
      for (const lengths of CUTS)
        for (const batch of BATCHES)
          expect(() => parseJsonPieces(cut(text, lengths), batch), `${text} cut ${lengths} batch ${batch}`).toThrow(
            /position \d+/,
          );
    }
  });
});

describe('a JSON text whole or in pieces', () => {
  it('is joined while it is small, and kept in pieces beyond the limit', () => {
    expect(joinedIfSmall(['{"a":', '1}'])).toBe('{"a":1}');
    const pieces = ['{"a":', '1}'];
    expect(joinedIfSmall(pieces, 5)).toBe(pieces);
    expect(jsonLength(pieces)).toBe(7);
    expect(parseJson(pieces)).toEqual({ a: 1 });
    expect(parseJson('{"a":1}')).toEqual({ a: 1 });
  });
});
