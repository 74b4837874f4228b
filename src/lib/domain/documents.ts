/**
 * The agreements and reports of the site in the order their index pages give
 * (`order` in the frontmatter), so that no code names a document or decides which
 * comes first: a new agreement or next year's report is content only.
 */
import type { AgreementData, Page, ReportData } from '../../schemas/index.ts';
import type { SiteGraph } from './graph.ts';

const byOrder = (a: Page<AgreementData | ReportData>, b: Page<AgreementData | ReportData>) =>
  a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'nl');

/** The agreements' index pages, in their `order`. */
export function agreementsInOrder(graph: SiteGraph): Page<AgreementData>[] {
  return [...graph.agreements.values()].sort(byOrder);
}

/** The reports' index pages, in their `order`. */
export function reportsInOrder(graph: SiteGraph): Page<ReportData>[] {
  return [...graph.reports.values()].sort(byOrder);
}

/** Names as a reader reads a list: "A", "A en B", "A, B en C". */
export function listInWords(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1] ?? ''}`;
}
