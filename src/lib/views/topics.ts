/**
 * What a topic page shows: the agreement indicators on the topic (one column per
 * agreement, in the agreements' `order`; counterparts on one row) beside what the
 * reports of the Inspectie find on it (the sections the indicators link to and the
 * chapters and portraits that carry the topic).
 */
import type { AgreementData, ChapterData, IndicatorData, Page, PortraitData } from '../../schemas/index.ts';
import type { SiteGraph, SectionRef } from '../domain/graph.ts';
import { agreementsInOrder, reportsInOrder } from '../domain/documents.ts';
import { formatTableFigure, whenText } from '../domain/format.ts';
import { isChapter, isIndicator, isKind } from '../domain/page-kinds.ts';
import { sectorText, summarizeIndicator, type IndicatorSummary } from './views.ts';
import type { Topic } from '../../schemas/data.ts';
import { topicFigures } from '../domain/topic-figures.ts';
import { pageUrl } from '../domain/urls.ts';
import { figureCard, type FigureCard } from './chapter.ts';

/** One row of the agreements' columns: a cell per column, empty where that agreement has nothing on the row. */
export interface IndicatorRow {
  cells: (IndicatorSummary | undefined)[];
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
  /** The agreements with an indicator on the topic: the columns, in their `order`. */
  columns: Page<AgreementData>[];
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
  const columns = agreementsInOrder(graph).filter((a) => indicators.some((p) => p.data.agreement === a.data.agreement));
  const column = new Map(columns.map((a, i) => [a.data.agreement, i]));
  const used = new Set<string>();
  const byNumber = (a: Page<IndicatorData>, b: Page<IndicatorData>) => a.data.number - b.data.number;
  // Each indicator, column by column, starts a row unless it already stands on one;
  // its counterparts on the topic take their own columns on the same row.
  const rows: Page<IndicatorData>[][] = [];
  for (const agreement of columns) {
    for (const first of indicators.filter((p) => p.data.agreement === agreement.data.agreement && !used.has(p.id)).sort(byNumber)) {
      const row: Page<IndicatorData>[] = [first];
      used.add(first.id);
      for (const c of graph.counterparts.get(first.id) ?? []) {
        if (!onTopic.has(c.id) || used.has(c.id) || row.some((r) => r.data.agreement === c.data.agreement)) continue;
        row.push(c);
        used.add(c.id);
      }
      rows.push(row);
    }
  }
  // Rows with one indicator share rows with the other columns' single ones, so the
  // agreements stand side by side where each has something.
  const cellsOf = (row: Page<IndicatorData>[]) => {
    const cells: (IndicatorSummary | undefined)[] = columns.map(() => undefined);
    for (const p of row) cells[column.get(p.data.agreement) ?? 0] = summarizeIndicator(p, sourceTitle);
    return { cells };
  };
  const paired: IndicatorRow[] = rows.filter((r) => r.length > 1).map(cellsOf);
  const singles = columns.map((a) => rows.filter((r) => r.length === 1 && r[0]?.data.agreement === a.data.agreement).map((r) => r[0]));
  for (let i = 0; i < Math.max(0, ...singles.map((l) => l.length)); i++)
    paired.push(cellsOf(singles.map((l) => l[i]).filter((p): p is Page<IndicatorData> => p !== undefined)));

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
  // Report by report (in their `order`). Within a report, first the chapters and portraits
  // that are most about the topic: editors list a page's topics most important first, so
  // a page that names this topic earlier comes earlier ("lerarentekort" is chapter 6's
  // first topic, and not one of chapter 1's own). Then chapters by number, then portraits.
  const reportRank = new Map(reportsInOrder(graph).map((r, i) => [r.data.report, i]));
  const topicRank = (p: Page<ChapterData | PortraitData>) => {
    const at = p.data.topics.indexOf(topicId);
    return at < 0 ? p.data.topics.length + 1000 : at;
  };
  const order = (p: Page<ChapterData | PortraitData>) => [
    reportRank.get(p.data.report) ?? reportRank.size,
    topicRank(p),
    p.data.type === 'chapter' ? p.data.number : 100,
  ];
  const byOrder = (a: FindingItem, b: FindingItem) => {
    const [x, y] = [order(a.page), order(b.page)];
    return x.reduce((d, v, i) => d || v - (y[i] ?? 0), 0);
  };
  return {
    columns,
    rows: paired,
    findings: [...findings.values()].sort(byOrder),
    others: pages.filter((p) => !['indicator', 'chapter', 'portrait'].includes(p.data.type)),
  };
}

/**
 * The figures that sum a topic up, chosen by the editors (`keyFigures` in topics.yaml), as
 * cards, each with the address of the section or portrait it stands in (without the base path).
 */
export function topicHeadline(topic: Topic, graph: SiteGraph, sourceTitle: (id: string) => string): FigureCard[] {
  return topicFigures(topic.id, topic.keyFigures, graph).map(({ page, figure, section }) => ({
    ...figureCard(figure, page.data.report, sourceTitle),
    href: pageUrl(page.id, section?.anchor),
  }));
}
