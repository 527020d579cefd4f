/**
 * The text of a JSON dataset, whole or in the pieces it arrived in. A browser holds no
 * string longer than about 512 MiB (V8's limit), and a million claims are more: beyond
 * `WHOLE_TEXT_UP_TO` characters the pieces are kept as they are and parsed without ever
 * being joined, table by table and a few megabytes of records at a time.
 */

/** A JSON document as one string, or as the pieces it arrived in, in order. */
export type JsonText = string | readonly string[];

/** The longest text joined into one string: half of V8's limit, leaving room for the parser's copies. */
export const WHOLE_TEXT_UP_TO = 2 ** 28;

/** The pieces as one string where that is safe, else the pieces themselves. */
export function joinedIfSmall(pieces: readonly string[], limit = WHOLE_TEXT_UP_TO): JsonText {
  return jsonLength(pieces) <= limit ? pieces.join('') : pieces;
}

export function jsonLength(text: JsonText): number {
  if (typeof text === 'string') return text.length;
  let length = 0;
  for (const piece of text) length += piece.length;
  return length;
}
