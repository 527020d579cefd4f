/**
 * Parsing a JSON text kept in pieces (json-text.ts), without joining them: loaded only
 * with the records of a dataset, never with the app's first screen.
 */
import type { JsonText } from './json-text.ts';
import { slices } from './slices.ts';

/** `JSON.parse`, for a whole text or for pieces (see parseJsonPieces). */
export function parseJson(text: JsonText, batchChars?: number): unknown {
  return typeof text === 'string' ? JSON.parse(text) : parseJsonPieces(text, batchChars);
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * One JSON object given in pieces, parsed as `JSON.parse` would parse their concatenation.
 * Its members whose values are arrays (a dataset's tables) are parsed `batchChars` of
 * records at a time; the rest member by member. Only the structure between records is
 * read here, character by character; every value is left to `JSON.parse`, which also
 * reports what is wrong inside a record. Positions in messages count from the first piece.
 */
export function parseJsonPieces(pieces: readonly string[], batchChars?: number): Record<string, unknown> {
  const reader = jsonObjectReader(batchChars);
  for (const piece of pieces) reader.feed(piece);
  return reader.end();
}

/**
 * The same, giving the page back every `sliceMs`: a million claims take seconds to parse,
 * which the reader should not see as a frozen page.
 */
export async function parseJsonPiecesInSlices(
  pieces: readonly string[],
  sliceMs = 50,
  batchChars?: number,
): Promise<Record<string, unknown>> {
  const reader = jsonObjectReader(batchChars);
  const work = slices(sliceMs);
  for (const piece of pieces) {
    reader.feed(piece);
    await work.pauseIfDue();
  }
  return reader.end();
}

/** A JSON object read piece by piece (see parseJsonPieces): `end` gives it once all are fed. */
export function jsonObjectReader(batchChars = 1 << 23): { feed(piece: string): void; end(): Record<string, unknown> } {
  const result: Record<string, unknown> = {};
  /** The brackets open around the current character: '{' or '['. */
  const open: number[] = [];
  let inString = false;
  let escaped = false;
  let done = false;
  /** Characters before the current piece. */
  let offset = 0;
  /** Text collected since the last boundary: a member's text, or a batch of records. */
  let parts: string[] = [];
  let size = 0;
  /** Where the collected text starts, for messages. */
  let collectedFrom = 0;
  /** The array member being filled, and its name. */
  let table: { name: string; rows: unknown[]; awaitingRow: boolean } | null = null;
  /** Whether the member just ended was an array: only space may follow it. */
  let afterTable = false;
  let members = 0;

  const fail = (message: string, at: number): never => {
    throw new SyntaxError(`${message} at position ${at}`);
  };
  const collected = (end: number) => {
    const text = parts.join('');
    const from = collectedFrom;
    parts = [];
    size = 0;
    collectedFrom = end + 1;
    return { text, from };
  };
  const parseHere = (text: string, from: number, where: string): unknown => {
    try {
      return JSON.parse(text);
    } catch (error) {
      const detail = (error as Error).message.replace(/\s*\(line \d+ column \d+\)/, '');
      throw new SyntaxError(`${detail} (${where}, from position ${from} to ${from + text.length})`, { cause: error });
    }
  };
  /** Members are defined, not assigned: a member named "__proto__" is data, as in JSON.parse. */
  const setMember = (name: string, value: unknown) =>
    Object.defineProperty(result, name, { value, writable: true, enumerable: true, configurable: true });
  /** Parses the records collected; `more` when a comma says that others follow. */
  const addRows = (at: number, more: boolean) => {
    const { text, from } = collected(at);
    if (text.trim() === '') {
      if (more || table!.awaitingRow) fail(`Unexpected "," in "${table!.name}"`, from - 1);
      return;
    }
    const rows = parseHere(`[${text}]`, from - 1, `in "${table!.name}"`) as unknown[];
    for (const row of rows) table!.rows.push(row);
    table!.awaitingRow = more;
  };
  /** Parses the member collected; `more` when a comma says that others follow. */
  const endMember = (at: number, more: boolean) => {
    const { text, from } = collected(at);
    if (afterTable) {
      if (text.trim() !== '') fail('Unexpected text after an array', from);
      afterTable = false;
      return;
    }
    if (text.trim() === '') {
      if (more || members > 0) fail('Unexpected ","', at);
      return;
    }
    const member = parseHere(`{${text}}`, from - 1, 'in the top-level object') as Record<string, unknown>;
    for (const name of Object.keys(member)) setMember(name, member[name]);
    members++;
  };

  const feed = (piece: string) => {
    let from = 0;
    const take = (to: number) => {
      if (to > from) {
        parts.push(piece.slice(from, to));
        size += to - from;
      }
    };
    // Where the next backslash is: strings are skipped to their closing quote with indexOf,
    // which is most of the text, and a quote is closing unless a backslash escapes it.
    let backslash = piece.indexOf('\\');
    for (let i = 0; i < piece.length; i++) {
      if (inString) {
        if (escaped) {
          escaped = false;
          continue;
        }
        const quote = piece.indexOf('"', i);
        if (backslash !== -1 && backslash < i) backslash = piece.indexOf('\\', i);
        if (backslash !== -1 && (quote === -1 || backslash < quote)) {
          i = backslash;
          escaped = true;
          backslash = piece.indexOf('\\', i + 1);
          continue;
        }
        if (quote === -1) break;
        i = quote;
        inString = false;
        continue;
      }
      const c = piece.charCodeAt(i);
      const at = offset + i;
      if (open.length === 0) {
        if (isSpace(c)) continue;
        if (c !== OPEN_OBJECT || done)
          fail(done ? 'Unexpected text after the end' : 'A dataset must be one JSON object', at);
        open.push(c);
        from = i + 1;
        collectedFrom = at + 1;
        continue;
      }
      if (c === QUOTE) {
        inString = true;
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (open.length === 1 && c === OPEN_ARRAY) {
          // A member whose value is an array: what came before is its name.
          take(i);
          const { text } = collected(at);
          const name = /^\s*("(?:[^"\\]|\\.)*")\s*:\s*$/.exec(text)?.[1];
          if (name === undefined) fail('Unexpected "["', at);
          table = { name: JSON.parse(name!) as string, rows: [], awaitingRow: false };
          setMember(table.name, table.rows);
          from = i + 1;
        }
        open.push(c);
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (open.pop() !== (c === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_ARRAY)) fail(`Unexpected "${piece[i]}"`, at);
        if (open.length === 1 && c === CLOSE_ARRAY && table) {
          take(i);
          addRows(at, false);
          members++;
          table = null;
          afterTable = true;
          from = i + 1;
        } else if (open.length === 0) {
          take(i);
          endMember(at, false);
          done = true;
          from = i + 1;
        }
      } else if (c === COMMA) {
        if (open.length === 2 && table) {
          if (size + i - from >= batchChars) {
            take(i);
            addRows(at, true);
            from = i + 1;
          }
        } else if (open.length === 1) {
          take(i);
          endMember(at, true);
          from = i + 1;
        }
      }
    }
    if (!done) take(piece.length);
    offset += piece.length;
  };
  const end = () => {
    if (!done) fail('Unexpected end of JSON input', offset);
    return result;
  };
  return { feed, end };
}
