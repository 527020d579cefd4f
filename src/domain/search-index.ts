/**
 * An inverted index over claim texts: each folded word with the claims it occurs in.
 * A query term matches the start of a word, so it looks up a range of the sorted
 * vocabulary and unions its postings; terms are intersected. Built once per dataset
 * (in a worker when the dataset is large), it answers a query over 100,000 claims in
 * milliseconds instead of rescanning every text.
 */
import type { QueryGroups } from './search.ts';
import { foldText } from './text.ts';

export interface SearchIndex {
  /** How many claims the index covers. */
  size: number;
  /** Folded words, sorted. */
  words: string[];
  /** Claims of words[k]: postings[offsets[k]] up to postings[offsets[k + 1]], ascending. */
  offsets: Uint32Array;
  postings: Uint32Array;
}

/** Tokens of a raw text, folded; each distinct raw token is folded once. */
function tokenizer() {
  const cache = new Map<string, string[]>();
  return (text: string): string[] => {
    const out: string[] = [];
    for (const raw of text.toLowerCase().split(/[\s,.;:!?()[\]{}"“”«»/]+/u)) {
      if (!raw) continue;
      let folded = cache.get(raw);
      if (!folded) {
        folded = foldText(raw).split(' ').filter(Boolean);
        cache.set(raw, folded);
      }
      out.push(...folded);
    }
    return out;
  };
}

export function buildSearchIndex(texts: readonly string[]): SearchIndex {
  const tokens = tokenizer();
  const lists = new Map<string, number[]>();
  texts.forEach((text, claim) => {
    for (const word of tokens(text)) {
      const list = lists.get(word);
      if (!list) lists.set(word, [claim]);
      // Claims come in order, so a repeat within one claim is always the last entry.
      else if (list[list.length - 1] !== claim) list.push(claim);
    }
  });
  const words = [...lists.keys()].sort();
  const offsets = new Uint32Array(words.length + 1);
  let total = 0;
  words.forEach((word, k) => {
    offsets[k] = total;
    total += lists.get(word)!.length;
  });
  offsets[words.length] = total;
  const postings = new Uint32Array(total);
  words.forEach((word, k) => postings.set(lists.get(word)!, offsets[k]));
  return { size: texts.length, words, offsets, postings };
}

/** First position in the sorted words not below `prefix`. */
function lowerBound(words: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Claims with a word beginning with `prefix`, marked in `into` (1 per claim). */
function markPrefix(index: SearchIndex, prefix: string, into: Uint8Array) {
  for (let k = lowerBound(index.words, prefix); k < index.words.length && index.words[k]!.startsWith(prefix); k++) {
    for (let p = index.offsets[k]!; p < index.offsets[k + 1]!; p++) into[index.postings[p]!] = 1;
  }
}

/**
 * 1 for each claim that every group matches. A group matches when one of its
 * alternatives does; an alternative of several words needs each of them.
 */
export function queryIndex(index: SearchIndex, groups: QueryGroups): Uint8Array {
  // The common query, one word in one group, marks its claims straight into the result.
  let result: Uint8Array | null = null;
  for (const alternatives of groups) {
    const group = new Uint8Array(index.size);
    for (const alternative of alternatives) {
      const words = alternative.split(' ').filter(Boolean);
      if (words.length === 1) {
        markPrefix(index, words[0]!, group);
        continue;
      }
      let all: Uint8Array | null = null;
      for (const word of words) {
        const hits = new Uint8Array(index.size);
        markPrefix(index, word, hits);
        if (all) for (let i = 0; i < hits.length; i++) all[i]! &= hits[i]!;
        else all = hits;
      }
      if (all) for (let i = 0; i < group.length; i++) group[i]! |= all[i]!;
    }
    if (result) for (let i = 0; i < result.length; i++) result[i]! &= group[i]!;
    else result = group;
  }
  return result ?? new Uint8Array(index.size).fill(1);
}
