/**
 * What Pagefind indexes about a page beyond its text: filters (kind, document,
 * sector, topic, status), metadata shown in results (kind, status, latest figure)
 * and the weighted search words (the page's keywords and its topics' labels and
 * keywords, so "lerarentekort" also finds "tekort aan leraren").
 */
import type { Topic } from '../schemas/data.ts';
import type { Page } from '../schemas/index.ts';
import { PAGE_KINDS, type Sector } from '../schemas/vocabulary.ts';
import type { SiteGraph } from './graph.ts';
import { summarizeIndicator } from './views.ts';

export interface SearchMeta {
  filters: { name: string; value: string }[];
  meta: Record<string, string>;
  /** The page's own keywords and its topics' names: indexed with weight. */
  terms: string[];
  /** Other words for its topics: found, but weighted low, so the topic page itself ranks first. */
  related: string[];
}

const DOCUMENT_OF_AGREEMENT: Record<string, string> = {
  'sectorakkoord-vo': 'Sectorakkoord VO',
  'bestuursakkoord-po': 'Bestuursakkoord PO',
};

/** Filters, metadata and search words of a page. */
export function searchMeta(
  page: Page,
  graph: SiteGraph,
  topics: ReadonlyMap<string, Topic>,
  sourceTitle: (id: string) => string,
): SearchMeta {
  const d = page.data;
  const kind = PAGE_KINDS[d.type];
  const filters: { name: string; value: string }[] = [{ name: 'soort', value: kind }];
  const meta: Record<string, string> = { soort: kind };
  const sectors = new Set<Sector>();
  let documentName: string | undefined;
  switch (d.type) {
    case 'agreement':
      documentName = DOCUMENT_OF_AGREEMENT[d.agreement] ?? d.title;
      sectors.add(d.sector);
      break;
    case 'ambition':
      documentName = DOCUMENT_OF_AGREEMENT[d.agreement];
      sectors.add(graph.agreements.get(d.agreement)?.data.sector ?? 'vo');
      break;
    case 'indicator': {
      documentName = DOCUMENT_OF_AGREEMENT[d.agreement];
      sectors.add(d.sector);
      const summary = summarizeIndicator(page as Page<typeof d>, sourceTitle);
      filters.push({ name: 'status', value: summary.status.label });
      meta['status'] = summary.status.label;
      meta['laatste'] = summary.latestText;
      meta['nummer'] = `${d.sector.toUpperCase()} ${String(d.number)}`;
      break;
    }
    case 'chapter':
    case 'portrait':
    case 'report':
    case 'glossary':
      documentName = sourceTitle(d.report);
      if (d.type === 'portrait') sectors.add(d.sector);
      if ('keyFigures' in d) for (const f of d.keyFigures) for (const s of f.sector ?? []) sectors.add(s);
      if (d.type === 'chapter') meta['nummer'] = `Hoofdstuk ${String(d.number)}`;
      break;
    case 'document':
      documentName = sourceTitle(d.source);
      for (const f of d.keyFigures) for (const s of f.sector ?? []) sectors.add(s);
      break;
    default:
      break;
  }
  if (documentName) filters.push({ name: 'document', value: documentName });
  for (const s of sectors) filters.push({ name: 'sector', value: s });
  const terms = new Set<string>(d.keywords);
  const related = new Set<string>();
  for (const id of d.topics) {
    const topic = topics.get(id);
    if (!topic) continue;
    filters.push({ name: 'thema', value: topic.label });
    terms.add(topic.label.toLowerCase());
    for (const k of topic.keywords) related.add(k);
  }
  for (const t of terms) related.delete(t);
  return { filters, meta, terms: [...terms], related: [...related] };
}
