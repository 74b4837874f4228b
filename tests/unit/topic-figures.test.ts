import { describe, expect, it } from 'vitest';
import type { Page, PageData } from '../../src/schemas/index.ts';
import { buildGraph } from '../../src/lib/domain/graph.ts';
import { resolveTopicFigure, topicFigures } from '../../src/lib/domain/topic-figures.ts';

const base = { topics: [], keywords: [], title: 'T' };
const figure = (label: string, value: number, section?: string) => ({ label, value, unit: 'fte', ...(section && { section }) });
const chapter: Page = {
  id: 'staat/6',
  filePath: 'content/docs/staat/6.mdx',
  data: {
    ...base,
    type: 'chapter',
    report: 'staat-2024',
    number: 6,
    keyFigures: [
      figure('Tekort po', 9800, '6.2.1'),
      figure('Tekort vo', 3800, '6.2.1'),
      figure('Ander tekort', 3800, '6.2.1'),
      figure('Kop', 9800, '6.1'),
    ],
    sections: [
      { number: '6.1', title: 'Hoofdlijnen', topics: [] },
      { number: '6.2.1', title: 'Tekorten', topics: [] },
    ],
  } as PageData,
};
const portrait: Page = {
  id: 'staat/po',
  filePath: 'content/docs/staat/po.mdx',
  data: { ...base, type: 'portrait', report: 'staat-2024', sector: 'po', keyFigures: [figure('Scholen', 20)] } as PageData,
};
const graph = buildGraph([chapter, portrait]);

describe('a topic headline figure', () => {
  it('is found by section and value, with the section it stands in', () => {
    const found = resolveTopicFigure({ report: 'staat-2024', section: '6.2.1', value: 9800 }, graph);
    expect('problem' in found ? found.problem : [found.figure.label, found.section?.anchor, found.page.id]).toEqual([
      'Tekort po',
      'par-6-2-1',
      'staat/6',
    ]);
  });

  it('is found in a sector portrait by value', () => {
    const found = resolveTopicFigure({ report: 'staat-2024', portrait: 'po', value: 20 }, graph);
    expect('problem' in found ? found.problem : found.figure.label).toBe('Scholen');
  });

  it('that two figures of the section match is a problem that names both', () => {
    const found = resolveTopicFigure({ report: 'staat-2024', section: '6.2.1', value: 3800 }, graph);
    expect('problem' in found && found.problem).toMatch(
      /2 kerncijfers in § 6\.2\.1 .* 3800 \(Tekort vo\); 3800 \(Ander tekort\); schrijf er de group \(of het label\) van het bedoelde cijfer bij/,
    );
  });

  it('is told apart from another with the same value by its label', () => {
    const found = resolveTopicFigure({ report: 'staat-2024', section: '6.2.1', value: 3800, label: 'Ander tekort' }, graph);
    expect('problem' in found ? found.problem : found.figure.label).toBe('Ander tekort');
  });

  it('in a portrait the report lacks is a problem', () => {
    const found = resolveTopicFigure({ report: 'staat-2024', portrait: 'vo', value: 20 }, graph);
    expect('problem' in found && found.problem).toBe('staat-2024 heeft geen sectorbeeld vo');
  });

  it('that does not resolve stops the page rather than leave the figure out', () => {
    expect(() => topicFigures('lerarentekort', [{ report: 'staat-2024', section: '6.1', value: 1 }], graph)).toThrow(
      /thema lerarentekort.*geen kerncijfer met de waarde 1 in § 6\.1 .*daar staan: 9800 \(Kop\)/,
    );
  });
});
