/**
 * What Pagefind indexes about a page beyond its text: filters (kind, document,
 * sector, topic, status), metadata shown in results (title, kind, status, target,
 * latest figure) and the search words (the page's keywords and its topics' labels
 * and keywords, so "lerarentekort" also finds "tekort aan leraren"). The search
 * words are metadata, weighted through Pagefind's `metaWeights`: searchable, but
 * never in an excerpt.
 */
import type { Topic } from '../../schemas/data.ts';
import type { Page } from '../../schemas/index.ts';
import { PAGE_KINDS, type Sector } from '../../schemas/vocabulary.ts';
import type { SiteGraph } from '../domain/graph.ts';
import { summarizeIndicator } from './views.ts';
import { formatValue } from '../domain/format.ts';
import { topicUrl } from '../domain/urls.ts';
import { isIndicator } from '../domain/page-kinds.ts';
import { SEARCH_FILTER, type SearchFilterName } from '../domain/search-config.ts';

export interface SearchMeta {
  filters: { name: SearchFilterName; value: string }[];
  meta: Record<string, string>;
  /** The page's own keywords and its topics' names: indexed with weight. */
  terms: string[];
  /** Other words for its topics: found, but weighted low, so the topic page itself ranks first. */
  related: string[];
}

/** Filters, metadata and search words of a page. */
export function searchMeta(
  page: Page,
  graph: SiteGraph,
  topics: ReadonlyMap<string, Topic>,
  sourceTitle: (id: string) => string,
): SearchMeta {
  const d = page.data;
  const kind = PAGE_KINDS[d.type];
  const filters: SearchMeta['filters'] = [{ name: SEARCH_FILTER.kind, value: kind }];
  const meta: Record<string, string> = { soort: kind };
  const sectors = new Set<Sector>();
  let documentName: string | undefined;
  meta['title'] = searchTitle(page, graph);
  // The document filter of an agreement's pages is the title of the agreement's index page.
  const agreementTitle = (id: string) => graph.agreements.get(id)?.data.title;
  switch (d.type) {
    case 'agreement':
      documentName = d.title;
      sectors.add(d.sector);
      break;
    case 'ambition': {
      documentName = agreementTitle(d.agreement);
      const sector = graph.agreements.get(d.agreement)?.data.sector;
      if (sector) sectors.add(sector);
      break;
    }
    case 'indicator': {
      documentName = agreementTitle(d.agreement);
      sectors.add(d.sector);
      if (!isIndicator(page)) break; // never taken: the case narrows the data, the guard narrows the page
      const summary = summarizeIndicator(page, sourceTitle);
      filters.push({ name: SEARCH_FILTER.status, value: summary.status.label });
      meta['status'] = summary.status.label;
      meta['laatste'] = summary.latestText;
      if (d.target.value !== undefined && d.target.unit !== undefined) {
        meta['doel'] = `${formatValue(d.target.value, d.target.unit)}${d.target.year !== undefined ? ` in ${String(d.target.year)}` : ''}`;
      }
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
  if (documentName) filters.push({ name: SEARCH_FILTER.document, value: documentName });
  for (const s of sectors) filters.push({ name: SEARCH_FILTER.sector, value: s });
  const terms = new Set<string>(d.keywords);
  const related = new Set<string>();
  for (const id of d.topics) {
    const topic = topics.get(id);
    if (!topic) continue;
    filters.push({ name: SEARCH_FILTER.topic, value: topic.label });
    terms.add(topic.label.toLowerCase());
    for (const k of topic.keywords) related.add(k);
  }
  for (const t of terms) related.delete(t);
  // Metadata values are plain text; a comma list is what Pagefind splits into words.
  if (terms.size) meta['zoekwoorden'] = [...terms].join(', ');
  if (related.size) meta['verwant'] = [...related].join(', ');
  return { filters, meta, terms: [...terms], related: [...related] };
}

/** How many indicators of a graph have each title, counted once per graph (every page asks). */
const titleCounts = new WeakMap<SiteGraph, Map<string, number>>();
function indicatorTitleCount(graph: SiteGraph, title: string): number {
  let counts = titleCounts.get(graph);
  if (!counts) {
    counts = new Map();
    for (const p of graph.pages.values()) if (p.data.type === 'indicator') counts.set(p.data.title, (counts.get(p.data.title) ?? 0) + 1);
    titleCounts.set(graph, counts);
  }
  return counts.get(title) ?? 0;
}

/** The agreement's short name ("PO", "VO") an indicator's title needs, or undefined. */
export function agreementShortName(page: Page, graph: SiteGraph): string | undefined {
  const d = page.data;
  if (d.type !== 'indicator') return undefined;
  const short = d.sector.toUpperCase();
  // Indicators share a subject when they are each other's counterparts, or have the same title.
  const shared = (graph.counterparts.get(page.id)?.length ?? 0) > 0 || indicatorTitleCount(graph, d.title) > 1;
  if (!shared) return undefined;
  // "Scholen die Vensters PO gevuld hebben" says it already.
  return new RegExp(`\\b${short}\\b`).test(d.title) ? undefined : short;
}

/** A page's title as results show it: with "(PO)" or "(VO)" where another indicator shares its subject. */
export function searchTitle(page: Page, graph: SiteGraph): string {
  const short = agreementShortName(page, graph);
  return short ? `${page.data.title} (${short})` : page.data.title;
}

/** Topic names and their other words: a query that is exactly one of them gets its topic page first. */
export function topicEntries(topics: ReadonlyMap<string, Topic>): { url: string; label: string; words: string[] }[] {
  return [...topics.values()].map((t) => ({ url: topicUrl(t.id), label: t.label, words: [t.label, ...t.keywords] }));
}
