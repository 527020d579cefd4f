/**
 * Writing and reading a combined dataset file as text, where a million claims are more text
 * than one string can hold (V8's longest is about 512 MiB), in Node as in the browser:
 * written as `JSON.stringify` would, table by table and a batch of records at a time; read
 * in pieces, which the validator parses without joining.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { jsonTextDecoder, type JsonText } from '../src/domain/json-text.ts';

const BATCH = 10_000;

export function writeDatasetJson(path: string, dataset: object): void {
  const fd = openSync(path, 'w');
  try {
    const members = Object.entries(dataset).filter(([, value]) => value !== undefined);
    writeSync(fd, '{');
    members.forEach(([key, value], m) => {
      writeSync(fd, `${m > 0 ? ',' : ''}${JSON.stringify(key)}:`);
      if (!Array.isArray(value)) return void writeSync(fd, JSON.stringify(value));
      writeSync(fd, '[');
      for (let i = 0; i < value.length; i += BATCH) {
        // As JSON.stringify writes an array: a hole or an undefined row is null.
        const rows = value.slice(i, i + BATCH).map((row: unknown) => JSON.stringify(row) ?? 'null');
        writeSync(fd, `${i > 0 ? ',' : ''}${rows.join(',')}`);
      }
      writeSync(fd, ']');
    });
    writeSync(fd, '}');
  } finally {
    closeSync(fd);
  }
}

/** A JSON file's text: one string, or pieces where it is longer than a string can be. */
export function readDatasetJsonText(path: string): JsonText {
  const bytes = readFileSync(path);
  const text = jsonTextDecoder();
  const PIECE = 1 << 26;
  for (let at = 0; at < bytes.length; at += PIECE) text.add(bytes.subarray(at, at + PIECE));
  return text.end();
}
