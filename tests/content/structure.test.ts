/**
 * The structure the sources give: the Sectorakkoord VO has 7 ambitions and 24
 * indicators, the Bestuursakkoord PO 4 and 10, each indicator under the right
 * ambition; the Staat 2024 has six chapters with every numbered section (each
 * section's anchor on the built page: tests/site/sections.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { numberKey } from '../../src/lib/domain/graph.ts';

// The graph the content check built: the same reading of the content as the build's.
const { graph, problems } = checkContent(join(import.meta.dirname, '..', '..'));

/** Which indicators belong to which ambition, as in the 2020 dashboards. */
const VO = { 1: [1, 2, 3, 4, 5, 6], 2: [7], 3: [8, 9, 10, 11], 4: [12], 5: [13, 14, 15, 16, 17], 6: [18], 7: [19, 20, 21, 22, 23, 24] };
const PO = { 1: [1, 2, 3], 2: [4, 5, 6], 3: [7, 8, 9], 4: [10] };

/** Every numbered section of De Staat van het Onderwijs 2024 (its chapters 1 to 6). */
const STAAT_SECTIONS: Record<number, string[]> = {
  1: ['1.1', '1.2', '1.2.1', '1.2.2', '1.2.3', '1.2.4', '1.3', '1.3.1', '1.3.2', '1.3.3', '1.3.4', '1.4', '1.4.1', '1.4.2', '1.5', '1.5.1', '1.5.2', '1.5.3'],
  2: ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6'],
  3: ['3.1', '3.2', '3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.3', '3.4', '3.5'],
  4: ['4.1', '4.2', '4.3'],
  5: ['5.1', '5.2', '5.3', '5.4'],
  6: ['6.1', '6.2', '6.2.1', '6.2.2', '6.2.3', '6.3', '6.3.1', '6.3.2', '6.4', '6.4.1', '6.4.2', '6.4.3'],
};

describe('content structure', () => {
  it('has no content problems', () => {
    expect(problems).toEqual([]);
  });

  it.each([
    ['sectorakkoord-vo', 24, VO],
    ['bestuursakkoord-po', 10, PO],
  ] as const)('%s: indicators numbered 1 to %i without gaps, each under its ambition', (agreement, count, map) => {
    const numbers = (graph.indicatorsByAgreement.get(agreement) ?? []).map((p) => p.data.number);
    expect(numbers).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    const ambitions = (graph.ambitionsByAgreement.get(agreement) ?? []).map((a) => a.data.number);
    expect(ambitions).toEqual(Object.keys(map).map(Number));
    for (const [ambition, indicators] of Object.entries(map)) {
      expect((graph.indicatorsByAmbition.get(numberKey(agreement, ambition)) ?? []).map((p) => p.data.number), `ambitie ${ambition}`).toEqual(indicators);
    }
  });

  it('links PO and VO indicators that measure the same thing, both ways', () => {
    for (const [vo, po] of [[14, 7], [21, 4], [24, 5], [19, 6]] as const) {
      const voPage = graph.indicators.get(numberKey('sectorakkoord-vo', vo));
      const poPage = graph.indicators.get(numberKey('bestuursakkoord-po', po));
      expect(graph.counterparts.get(voPage?.id ?? '')).toContain(poPage);
      expect(graph.counterparts.get(poPage?.id ?? '')).toContain(voPage);
    }
  });

  it('links every indicator to a finding in the Staat, or says why not', () => {
    for (const page of graph.indicators.values()) {
      expect((graph.findingsByIndicator.get(page.id) ?? []).length > 0 || page.data.unrelatedReason !== undefined, page.id).toBe(true);
    }
  });

  it('has the six chapters of the Staat 2024 with every numbered section', () => {
    const chapters = graph.chaptersByReport.get('staat-2024') ?? [];
    expect(chapters.map((c) => c.data.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const chapter of chapters) {
      expect(chapter.data.sections.map((s) => s.number), `hoofdstuk ${String(chapter.data.number)}`).toEqual(STAAT_SECTIONS[chapter.data.number]);
    }
  });

  it('has the five sector portraits and the glossary of the Staat 2024', () => {
    expect((graph.portraitsByReport.get('staat-2024') ?? []).map((p) => p.data.sector)).toEqual(['po', 'vo', 'so', 'mbo', 'ho']);
    expect([...graph.pages.values()].some((p) => p.data.type === 'glossary')).toBe(true);
  });
});
