import { describe, expect, it } from 'vitest';
import type { Page, PageData } from '../../src/schemas/index.ts';
import { buildGraph } from '../../src/lib/domain/graph.ts';

const base = { topics: [], keywords: [], title: 'T' };
const agreement = (key: string, sector: 'po' | 'vo'): Page => ({
  id: key,
  filePath: `content/docs/${key}/index.mdx`,
  data: {
    ...base,
    type: 'agreement',
    agreement: key,
    source: 's',
    order: 1,
    sector,
    signed: 2014,
    term: { from: 2014, to: 2020 },
    parties: ['x'],
    sources: ['s'],
  } as PageData,
});
const ambition = (agreementKey: string, number: number): Page => ({
  id: `${agreementKey}/a${String(number)}`,
  data: { ...base, type: 'ambition', agreement: agreementKey, number, sources: ['s'] } as PageData,
});
const indicator = (agreementKey: string, sector: 'po' | 'vo', number: number, extra: Record<string, unknown> = {}): Page => ({
  id: `${agreementKey}/i${String(number)}`,
  filePath: `content/docs/${agreementKey}/i${String(number)}.mdx`,
  data: {
    ...base,
    type: 'indicator',
    agreement: agreementKey,
    ambition: 1,
    number,
    sector,
    measure: 'm',
    target: { description: 'd', source: 's', locator: 'l' },
    realisation: [],
    breaks: [],
    facts: [],
    sources: ['s'],
    related: [{ report: 'staat-2024', section: '6.2.1' }],
    counterparts: [],
    ...extra,
  } as PageData,
});
const chapter: Page = {
  id: 'staat/6',
  data: {
    ...base,
    type: 'chapter',
    report: 'staat-2024',
    number: 6,
    keyFigures: [],
    sections: [
      { number: '6.2', title: 'Tekort', topics: [] },
      { number: '6.2.1', title: 'Tekorten', topics: ['lerarentekort'] },
    ],
  } as PageData,
};

describe('cross-link graph', () => {
  it('resolves indicator → section and computes the backlink chapter → indicator', () => {
    const vo = indicator('sectorakkoord-vo', 'vo', 14, { counterparts: [{ agreement: 'bestuursakkoord-po', number: 7 }] });
    const po = indicator('bestuursakkoord-po', 'po', 7);
    const g = buildGraph([
      agreement('sectorakkoord-vo', 'vo'),
      agreement('bestuursakkoord-po', 'po'),
      ambition('sectorakkoord-vo', 1),
      ambition('bestuursakkoord-po', 1),
      vo,
      po,
      chapter,
    ]);
    expect(g.errors).toEqual([]);
    expect(g.findingsByIndicator.get(vo.id)?.[0]?.section?.anchor).toBe('par-6-2-1');
    expect(
      g.backlinks
        .get(chapter.id)
        ?.map((b) => b.indicator.id)
        .sort(),
    ).toEqual([po.id, vo.id].sort());
    expect(g.counterparts.get(po.id)).toEqual([vo]);
    expect(g.counterparts.get(vo.id)).toEqual([po]);
    expect(g.sectionsByTopic.get('lerarentekort')?.map((s) => s.anchor)).toEqual(['par-6-2-1']);
  });

  it('reports dangling links, duplicate numbers, a missing ambition and a wrong sector', () => {
    const g = buildGraph([
      agreement('sectorakkoord-vo', 'vo'),
      ambition('sectorakkoord-vo', 1),
      chapter,
      indicator('sectorakkoord-vo', 'vo', 3, { related: [{ report: 'staat-2024', section: '9.9' }] }),
      indicator('sectorakkoord-vo', 'vo', 3),
      indicator('sectorakkoord-vo', 'po', 5, { ambition: 7 }),
      indicator('sectorakkoord-vo', 'vo', 6, { related: [], unrelatedReason: undefined }),
    ]);
    const messages = g.errors.map((e) => `${e.field}: ${e.message}`);
    expect(messages.some((m) => m.startsWith('related.0.section: paragraaf 9.9 bestaat niet'))).toBe(true);
    expect(messages.some((m) => m.startsWith('number: Indicator 3 van sectorakkoord-vo bestaat al'))).toBe(true);
    expect(messages.some((m) => m.startsWith('ambition: ambitie 7 bestaat niet'))).toBe(true);
    expect(messages.some((m) => m.startsWith('sector: het akkoord sectorakkoord-vo is van sector vo'))).toBe(true);
    expect(messages.some((m) => m.startsWith('related: deze indicator linkt naar geen enkele bevinding'))).toBe(true);
  });
});

describe('cross-link graph, step by step', () => {
  const portrait = (sector: string, extra: Record<string, unknown> = {}): Page => ({
    id: `staat/${sector}`,
    data: { ...base, type: 'portrait', report: 'staat-2024', sector, keyFigures: [], ...extra } as PageData,
  });
  const withChapter = (extra: Record<string, unknown>): Page => ({ ...chapter, data: { ...chapter.data, ...extra } as PageData });
  const fields = (pages: Page[]) => buildGraph(pages).errors.map((e) => `${e.field}: ${e.message}`);

  it('checks the sections of a chapter: listed once, and of that chapter', () => {
    const sections = [
      { number: '6.1', title: 'A', topics: [] },
      { number: '6.1', title: 'B', topics: [] },
      { number: '7.1', title: 'C', topics: [] },
    ];
    expect(fields([withChapter({ sections })])).toEqual([
      'sections.1.number: paragraaf 6.1 staat twee keer in "sections"',
      'sections.2.number: paragraaf 7.1 hoort niet bij hoofdstuk 6; paragrafen van dit hoofdstuk beginnen met "6."',
    ]);
  });

  it('checks that every key figure says where it stands in the source', () => {
    const keyFigures = [{ section: '6.9' }, {}, { section: '6.2' }, { locator: 'p. 3' }];
    const messages = fields([withChapter({ keyFigures })]);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^keyFigures\.0\.section: paragraaf "6\.9" staat niet in "sections"/);
    expect(messages[1]).toMatch(/^keyFigures\.1\.locator: /);
  });

  it('resolves a link to a sector portrait and orders portraits by sector', () => {
    const ho = portrait('ho');
    const po = portrait('po');
    const i = indicator('bestuursakkoord-po', 'po', 2, { related: [{ report: 'staat-2024', portrait: 'po' }] });
    const g = buildGraph([agreement('bestuursakkoord-po', 'po'), ambition('bestuursakkoord-po', 1), ho, po, i]);
    expect(g.errors).toEqual([]);
    expect(g.findingsByIndicator.get(i.id)?.map((f) => f.page.id)).toEqual([po.id]);
    expect(g.backlinks.get(po.id)?.map((b) => b.indicator.id)).toEqual([i.id]);
    expect(g.portraitsByReport.get('staat-2024')?.map((p) => p.id)).toEqual([po.id, ho.id]);
  });

  it('refuses a counterpart that does not exist or is the indicator itself', () => {
    const g = buildGraph([
      agreement('sectorakkoord-vo', 'vo'),
      ambition('sectorakkoord-vo', 1),
      chapter,
      indicator('sectorakkoord-vo', 'vo', 1, { counterparts: [{ agreement: 'bestuursakkoord-po', number: 9 }] }),
      indicator('sectorakkoord-vo', 'vo', 2, { counterparts: [{ agreement: 'sectorakkoord-vo', number: 2 }] }),
    ]);
    expect(g.errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
      'counterparts.0: indicator 9 van bestuursakkoord-po bestaat niet',
      'counterparts.0: een indicator kan niet zijn eigen tegenhanger zijn',
    ]);
    expect(g.counterparts.size).toBe(0);
  });

  it('lists ambitions and indicators by number, whatever the order of the files', () => {
    const g = buildGraph([
      agreement('sectorakkoord-vo', 'vo'),
      indicator('sectorakkoord-vo', 'vo', 3),
      ambition('sectorakkoord-vo', 2),
      indicator('sectorakkoord-vo', 'vo', 1),
      ambition('sectorakkoord-vo', 1),
      chapter,
    ]);
    expect(g.indicatorsByAgreement.get('sectorakkoord-vo')?.map((p) => p.data.type === 'indicator' && p.data.number)).toEqual([1, 3]);
    expect(g.ambitionsByAgreement.get('sectorakkoord-vo')?.map((p) => p.data.number)).toEqual([1, 2]);
    expect(g.indicatorsByAmbition.get('sectorakkoord-vo#1')).toHaveLength(2);
  });
});
