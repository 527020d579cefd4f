/// <reference lib="webworker" />
/**
 * Validates a large dataset off the main thread, while the main thread indexes it. The
 * body comes either as pieces of bytes while it downloads, then a message with only the
 * label, or as one message with the whole text.
 */
import { validateJsonText } from '../domain/validate.ts';

const decoder = new TextDecoder();
const pieces: string[] = [];

self.onmessage = (event: MessageEvent<{ bytes: Uint8Array } | { json?: string; label: string }>) => {
  const message = event.data;
  if ('bytes' in message) {
    pieces.push(decoder.decode(message.bytes, { stream: true }));
    return;
  }
  const json = message.json ?? pieces.join('') + decoder.decode();
  pieces.length = 0;
  const result = validateJsonText(json, message.label);
  // The dataset itself stays here: the main thread has parsed its own copy.
  self.postMessage(result.ok ? { ok: true } : result);
};
