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

/**
 * A JSON text decoded from its UTF-8 bytes as they come (a download, a file read in parts),
 * kept in the pieces they make: `end` gives the text (see joinedIfSmall) and starts afresh.
 */
export function jsonTextDecoder(limit = WHOLE_TEXT_UP_TO): { add(bytes: Uint8Array): void; end(): JsonText } {
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  return {
    add(bytes) {
      pieces.push(decoder.decode(bytes, { stream: true }));
    },
    end() {
      pieces.push(decoder.decode());
      // Taken out of the list, not cleared in it: the text may be these very pieces.
      return joinedIfSmall(pieces.splice(0), limit);
    },
  };
}
