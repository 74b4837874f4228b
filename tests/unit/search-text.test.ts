import { describe, expect, it } from 'vitest';
import { answer, isFigure, queryWords, type PagefindResultData } from '../../src/lib/domain/search-text.ts';

describe('queryWords', () => {
  it('leaves out question and function words when other words remain', () => {
    expect(queryWords('hoeveel leerlingen blijven zitten in het vo')).toEqual(['leerlingen', 'blijven', 'zitten', 'vo']);
    expect(queryWords('wat is het')).toEqual(['wat', 'is', 'het']);
    expect(queryWords('  lerarentekort   lerarentekort ')).toEqual(['lerarentekort']);
  });
});

describe('isFigure', () => {
  it('knows figures from years and plain numbers', () => {
    expect(isFigure('24%')).toBe(true);
    expect(isFigure('(6,03%')).toBe(true);
    expect(isFigure('9.800', 'fte')).toBe(true);
    expect(isFigure('3.361')).toBe(true);
    expect(isFigure('143', 'miljoen')).toBe(true);
    expect(isFigure('10', 'procent')).toBe(true);
    expect(isFigure('2023')).toBe(false);
    expect(isFigure('groep')).toBe(false);
    expect(isFigure('8', 'het')).toBe(false);
  });
});

/** A page as Pagefind gives it: words, matches with weights, headings with ids. */
function page(text: string, matches: string[], anchors: { id: string; at: string }[] = []): PagefindResultData {
  const words = text.split(' ');
  const weighted_locations = words.flatMap((w, i) =>
    matches.some((m) => w.toLowerCase().startsWith(m)) ? [{ weight: 1, balanced_score: 1, location: i }] : [],
  );
  return {
    url: '/p/',
    excerpt: 'pagefind excerpt',
    meta: {},
    raw_content: text,
    weighted_locations,
    anchors: anchors.map((a) => ({ element: 'h2', id: a.id, text: a.at, location: words.indexOf(a.at) })),
  };
}

describe('answer', () => {
  const text =
    'Inleiding over leraren en scholen. Tekorten Het lerarentekort is groot. In oktober 2023 ontbrak 9.800 fte aan leraren in het po. Bronnen De Staat.';
  const d = page(
    text,
    ['lerarentekort', 'fte'],
    [
      { id: 'tekorten', at: 'Tekorten' },
      { id: 'bronnen', at: 'Bronnen' },
    ],
  );

  it('picks the section and the words that hold the query and a figure, with the matches marked', () => {
    const a = answer(d, 12, ['lerarentekort', 'fte']);
    expect(a.section).toEqual({ title: 'Tekorten', url: '/p/#tekorten' });
    expect(a.excerpt).toContain('<mark>lerarentekort</mark>');
    expect(a.excerpt).toContain('9.800 <mark>fte</mark>');
    expect(a.excerpt).not.toContain('Bronnen');
  });

  it('falls back to Pagefind’s excerpt when nothing matches', () => {
    expect(answer(page(text, []), 12, ['xyz']).excerpt).toBe('pagefind excerpt');
  });
});
