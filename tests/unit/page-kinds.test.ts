import { describe, expect, it } from 'vitest';
import type { Page, PageData } from '../../src/schemas/index.ts';
import { isChapter, isIndicator, isKind, isPlainPage } from '../../src/lib/domain/page-kinds.ts';

const page = (type: string): Page => ({ id: type, data: { type, topics: [], keywords: [], title: 'T' } as unknown as PageData });

describe('page-kind guards', () => {
  it('tell a page by its kind', () => {
    expect(isIndicator(page('indicator'))).toBe(true);
    expect(isIndicator(page('ambition'))).toBe(false);
    expect(isChapter(page('chapter'))).toBe(true);
    expect(isChapter(page('portrait'))).toBe(false);
  });

  it('take several kinds, and the home page is a plain page', () => {
    expect(isKind(page('chapter'), 'chapter', 'portrait')).toBe(true);
    expect(isKind(page('portrait'), 'chapter', 'portrait')).toBe(true);
    expect(isKind(page('report'), 'chapter', 'portrait')).toBe(false);
    expect(isPlainPage(page('home'))).toBe(true);
    expect(isPlainPage(page('page'))).toBe(true);
  });

  it('say no to a missing page', () => {
    expect(isIndicator(undefined)).toBe(false);
    expect(isKind(undefined, 'chapter')).toBe(false);
  });
});
