/**
 * What a topic page shows: the agreement indicators on the topic (VO and PO side
 * by side, counterparts on one row) beside what the Staat van het Onderwijs finds
 * on it (the sections the indicators link to and the chapters and portraits that
 * carry the topic).
 */
import type { ChapterData, IndicatorData, Page, PortraitData } from '../../schemas/index.ts';
import type { SiteGraph, SectionRef } from '../domain/graph.ts';
import { formatTableFigure, whenText } from '../domain/format.ts';
import { isChapter, isIndicator, isKind } from '../domain/page-kinds.ts';
import { sectorText, summarizeIndicator, type IndicatorSummary } from './views.ts';

export interface IndicatorRow {
  vo?: IndicatorSummary | undefined;
  po?: IndicatorSummary | undefined;
}

export interface SectionFigure {
  label: string;
  value: string;
  when: string;
  group?: string | undefined;
  source: string;
  locator: string;
}

export interface FindingSection extends SectionRef {
  /** The section's key figures (from its chapter's frontmatter), at most three. */
  figures: SectionFigure[];
}

export interface FindingItem {
  page: Page<ChapterData | PortraitData>;
  sections: FindingSection[];
}

export interface TopicView {
  rows: IndicatorRow[];
  findings: FindingItem[];
  /** Other pages with the topic: agreements, ambitions, documents. */
  others: Page[];
}

/** Builds a topic page's content from the graph. */
export function topicView(topicId: string, graph: SiteGraph, sourceTitle: (id: string) => string): TopicView {
  const pages = graph.pagesByTopic.get(topicId) ?? [];
  const indicators = pages.filter(isIndicator);
  const onTopic = new Set(indicators.map((p) => p.id));
  const used = new Set<string>();
  const rows: IndicatorRow[] = [];
  const byNumber = (a: Page<IndicatorData>, b: Page<IndicatorData>) => a.data.number - b.data.number;
  for (const vo of indicators.filter((p) => p.data.sector === 'vo').sort(byNumber)) {
    const po = (graph.counterparts.get(vo.id) ?? []).find((c) => c.data.sector === 'po' && onTopic.has(c.id) && !used.has(c.id));
    used.add(vo.id);
    if (po) used.add(po.id);
    rows.push({ vo: summarizeIndicator(vo, sourceTitle), po: po ? summarizeIndicator(po, sourceTitle) : undefined });
  }
  for (const po of indicators.filter((p) => p.data.sector === 'po' && !used.has(p.id)).sort(byNumber)) {
    rows.push({ po: summarizeIndicator(po, sourceTitle) });
  }
  // Pair rows that have only one side, so PO and VO stand side by side where both exist.
  const paired: IndicatorRow[] = rows.filter((r) => r.vo && r.po);
  const vos = rows.filter((r) => r.vo && !r.po).map((r) => r.vo);
  const pos = rows.filter((r) => r.po && !r.vo).map((r) => r.po);
  for (let i = 0; i < Math.max(vos.length, pos.length); i++) paired.push({ vo: vos[i], po: pos[i] });

  const findings = new Map<string, FindingItem>();
  const figuresOf = (page: Page<ChapterData | PortraitData>, section: SectionRef): SectionFigure[] =>
    page.data.keyFigures
      .filter((f) => f.section === section.number)
      .slice(0, 3)
      .map((f) => ({
        label: f.label,
        value: formatTableFigure(f).value,
        when: whenText(f),
        group: f.group ?? (f.sector ? sectorText(f.sector) : undefined),
        source: sourceTitle(f.source ?? page.data.report),
        locator: f.locator ?? `§ ${section.number}`,
      }));
  const add = (page: Page<ChapterData | PortraitData>, section?: SectionRef) => {
    const item = findings.get(page.id) ?? { page, sections: [] };
    if (section && !item.sections.some((s) => s.number === section.number))
      item.sections.push({ ...section, figures: figuresOf(page, section) });
    findings.set(page.id, item);
  };
  for (const indicator of indicators) for (const f of graph.findingsByIndicator.get(indicator.id) ?? []) add(f.page, f.section);
  for (const page of pages) if (isKind(page, 'chapter', 'portrait')) add(page);
  for (const section of graph.sectionsByTopic.get(topicId) ?? []) {
    if (isChapter(section.page)) add(section.page, section);
  }
  for (const item of findings.values()) item.sections.sort((a, b) => a.number.localeCompare(b.number, 'nl', { numeric: true }));
  const order = (p: Page<ChapterData | PortraitData>) => (p.data.type === 'chapter' ? p.data.number : 100);
  return {
    rows: paired,
    findings: [...findings.values()].sort((a, b) => order(a.page) - order(b.page)),
    others: pages.filter((p) => !['indicator', 'chapter', 'portrait'].includes(p.data.type)),
  };
}
