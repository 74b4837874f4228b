/**
 * The home page's overview: per agreement its indicators grouped by status, the
 * headline findings of the report, and the documents in time order.
 */
import type { Source } from '../../schemas/data.ts';
import type { AgreementData, Page, ReportData } from '../../schemas/index.ts';
import { STATUSES, type Status } from '../../schemas/vocabulary.ts';
import type { SiteGraph } from '../domain/graph.ts';
import { agreementsInOrder } from '../domain/documents.ts';
import { summarizeIndicator, type IndicatorSummary } from './views.ts';

export interface AgreementGlance {
  agreement: Page<AgreementData>;
  total: number;
  byStatus: { status: Status; items: IndicatorSummary[] }[];
}

/** Indicators of each agreement (in the agreements' `order`) grouped by status, in the order of STATUSES. */
export function agreementsAtAGlance(graph: SiteGraph, sourceTitle: (id: string) => string): AgreementGlance[] {
  return agreementsInOrder(graph).map((agreement) => {
    const summaries = (graph.indicatorsByAgreement.get(agreement.data.agreement) ?? []).map((p) => summarizeIndicator(p, sourceTitle));
    const byStatus = (Object.keys(STATUSES) as Status[])
      .map((status) => ({ status, items: summaries.filter((s) => s.status.status === status) }))
      .filter((g) => g.items.length > 0);
    return { agreement, total: summaries.length, byStatus };
  });
}

export interface TimelineItem {
  year: number;
  title: string;
  description: string;
  page?: Page | undefined;
}

/**
 * The agreements (when signed) and the source documents, in time order, each with its
 * page: the document's own page, or the agreement whose `source` it is.
 */
export function documentsInTime(sources: readonly Source[], graph: SiteGraph): TimelineItem[] {
  const describing = new Map<string, Page>();
  for (const page of graph.pages.values()) {
    const d = page.data;
    if (d.type === 'document') describing.set(d.source, page);
    if (d.type === 'report') describing.set(d.report, page);
  }
  for (const agreement of graph.agreements.values())
    if (!describing.has(agreement.data.source)) describing.set(agreement.data.source, agreement);
  const signed: TimelineItem[] = [...graph.agreements.values()].map((a) => ({
    year: a.data.signed,
    title: a.data.title,
    description: a.data.description ?? `Gesloten in ${String(a.data.signed)}.`,
    page: a,
  }));
  const documents: TimelineItem[] = sources.map((source) => ({
    year: source.year,
    title: source.title,
    description: source.description,
    page: describing.get(source.id),
  }));
  return [...signed, ...documents].sort((a, b) => a.year - b.year || a.title.localeCompare(b.title, 'nl'));
}

/** The report whose headline figures the home shows: the one the home page names in `headline`, if any. */
export function headlineReport(graph: SiteGraph): Page<ReportData> | undefined {
  const home = [...graph.pages.values()].find((p) => p.data.type === 'home');
  const id = home?.data.type === 'home' ? home.data.headline : undefined;
  if (id === undefined) return undefined;
  const report = graph.reports.get(id);
  if (!report)
    throw new Error(
      `${home?.filePath ?? 'content/docs/index.mdx'}: "headline: ${id}" noemt geen rapport met een overzichtspagina; kies uit: ${[...graph.reports.keys()].join(', ') || '(nog geen rapporten)'}`,
    );
  return report;
}
