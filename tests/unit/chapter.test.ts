import { describe, expect, it } from 'vitest';
import { interleaveSections, numberHeadingIdsInHtml, numberHeadings, sectionAnchor, subheadingId } from '../../src/lib/domain/anchors.ts';
import { headlineFigures, isLikeWithLike, sectionFigures } from '../../src/lib/views/chapter.ts';
import type { KeyFigure } from '../../src/schemas/figure.ts';

const fig = (f: Partial<KeyFigure>): KeyFigure => ({ label: 'x', value: 1, unit: 'percent', ...f }) as KeyFigure;

describe('heading ids', () => {
  it('numbers a subheading with its section', () => {
    expect(subheadingId('2.3', 'basisonderwijs')).toBe('2-3-basisonderwijs');
    expect(subheadingId(undefined, 'inleiding')).toBe('inleiding');
    const h = (slug: string) => ({ depth: 3, slug, text: slug });
    expect(
      numberHeadings([h('intro'), h(sectionAnchor('2.3')), h('basisonderwijs'), h(sectionAnchor('2.4')), h('basisonderwijs-1')]).map(
        (x) => x.slug,
      ),
    ).toEqual(['intro', 'par-2-3', '2-3-basisonderwijs', 'par-2-4', '2-4-basisonderwijs']);
  });

  it('renames ids and their links in rendered HTML', () => {
    const html =
      '<h2 id="par-2-3">2.3 Taal</h2><h3 id="po">po</h3><a href="#po">po</a><h2 id="par-2-4">2.4 Rekenen</h2><h3 id="po-1">po</h3>';
    const out = numberHeadingIdsInHtml(html);
    expect(out).toContain('id="2-3-po"');
    expect(out).toContain('href="#2-3-po"');
    expect(out).toContain('id="2-4-po"');
  });

  it('puts a subheading one level below its section heading, keeping deeper ones below it', () => {
    const h = (slug: string, depth: number) => ({ depth, slug, text: slug });
    const out = numberHeadings([
      h('intro', 2),
      h(sectionAnchor('6.1'), 2),
      h('aanbevelingen', 3),
      h(sectionAnchor('6.2.1'), 3),
      h('werkdruk', 3),
      h('detail', 4),
    ]);
    expect(out.map((x) => `${x.slug}:${String(x.depth)}`)).toEqual([
      'intro:2',
      'par-6-1:2',
      '6-1-aanbevelingen:3',
      'par-6-2-1:3',
      '6-2-1-werkdruk:4',
      '6-2-1-detail:5',
    ]);
    const html =
      '<h3 id="par-6-2-1">6.2.1 Tekorten</h3><div class="sl-heading-wrapper level-h3"><h3 id="werkdruk">Werkdruk</h3><a class="sl-anchor-link" href="#werkdruk"></a></div>';
    const rendered = numberHeadingIdsInHtml(html);
    expect(rendered).toContain('<div class="sl-heading-wrapper level-h4"><h4 id="6-2-1-werkdruk">Werkdruk</h4>');
    expect(rendered).toContain('href="#6-2-1-werkdruk"');
  });

  it('puts the sections of an MDX body between its headings', () => {
    const body = 'Intro\n\n## Eerst\n\n<Section n="1.1" />\n\n### Sub\n\n<Section n="1.2" />\n';
    const prose = [
      { depth: 2, slug: 'eerst', text: 'Eerst' },
      { depth: 3, slug: 'sub', text: 'Sub' },
    ];
    const out = interleaveSections(body, prose, (n) => ({ depth: 2, slug: sectionAnchor(n), text: n }));
    expect(out.map((h) => h.slug)).toEqual(['eerst', 'par-1-1', 'sub', 'par-1-2']);
  });
});

describe('chapter figures', () => {
  it('draws only like with like', () => {
    // October 2023 beside an estimate without a year: no chart.
    expect(isLikeWithLike([fig({ period: '2023', group: 'po' }), fig({ periodLabel: 'jaar niet vermeld', group: 'vo' })])).toBe(false);
    // Groups at one moment: a chart.
    expect(isLikeWithLike([fig({ period: '2023', group: 'po' }), fig({ period: '2023', group: 'vo' })])).toBe(true);
    // Different groups each at a different year: no chart.
    expect(isLikeWithLike([fig({ period: '2022', group: 'po' }), fig({ period: '2023', group: 'vo' })])).toBe(false);
    // Groups over the years: a chart.
    expect(
      isLikeWithLike([
        fig({ period: '2022', group: 'G5' }),
        fig({ period: '2023', group: 'G5' }),
        fig({ period: '2022', group: 'rest' }),
        fig({ period: '2023', group: 'rest' }),
      ]),
    ).toBe(true);
    // Different units: no chart.
    expect(isLikeWithLike([fig({ period: '2023', group: 'a' }), fig({ period: '2023', group: 'b', unit: 'fte' })])).toBe(false);
  });

  it('opens with three to six headline figures, one per main section first', () => {
    const figures = [
      fig({ label: 'a', section: '6.1' }),
      fig({ label: 'b', section: '6.2.1' }),
      fig({ label: 'c', section: '6.2.1', comparison: 'x' }),
      fig({ label: 'd', section: '6.3.1' }),
    ];
    const sections = [{ number: '6.1' }, { number: '6.2' }, { number: '6.2.1' }, { number: '6.3' }, { number: '6.3.1' }];
    expect(headlineFigures(figures, sections).map((f) => f.label)).toEqual(['a', 'c', 'd']);
    expect(headlineFigures(figures, []).map((f) => f.label)).toEqual(['a', 'b', 'c']);
    expect(sectionFigures(figures, '6.2.1').map((f) => f.label)).toEqual(['b', 'c']);
  });
});
