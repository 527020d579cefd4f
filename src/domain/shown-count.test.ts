import { describe, expect, it } from 'vitest';
import { shownCount } from './shown-count.ts';

const pages = { page: 50, whole: 60 };

describe('shownCount', () => {
  it('draws a short list whole', () => {
    expect(shownCount(0, pages, 1)).toBe(0);
    expect(shownCount(60, pages, 1)).toBe(60);
  });

  it('draws a long list a page at a time, up to its end', () => {
    expect(shownCount(61, pages, 1)).toBe(50);
    expect(shownCount(3037, pages, 1)).toBe(50);
    expect(shownCount(3037, pages, 2)).toBe(100);
    expect(shownCount(120, pages, 3)).toBe(120);
    expect(shownCount(120, pages, 0)).toBe(50);
  });

  it('always reaches a linked item, to the end of its page', () => {
    expect(shownCount(3037, pages, 1, 49)).toBe(50);
    expect(shownCount(3037, pages, 1, 50)).toBe(100);
    expect(shownCount(3037, pages, 1, 3036)).toBe(3037);
    expect(shownCount(3037, pages, 4, 60)).toBe(200);
    expect(shownCount(3037, pages, 1, -1)).toBe(50);
  });
});
