import { describe, expect, it } from 'vitest';
import { jsonTextDecoder } from './json-text.ts';

describe('jsonTextDecoder', () => {
  it('decodes bytes as they come, a character cut between two parts included, and starts afresh', () => {
    const bytes = new TextEncoder().encode('{"title":"Ақтөбе — 𝟙"}');
    const text = jsonTextDecoder();
    // Cut inside the two-byte "А" and inside the four-byte "𝟙".
    const cuts = [0, 11, 29, bytes.length];
    for (let i = 1; i < cuts.length; i++) text.add(bytes.subarray(cuts[i - 1], cuts[i]));
    expect(text.end()).toBe('{"title":"Ақтөбе — 𝟙"}');
    text.add(new TextEncoder().encode('[1]'));
    expect(text.end()).toBe('[1]');
  });
});
