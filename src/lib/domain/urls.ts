/**
 * Every address the site links to is built here: content pages, topic pages, figures
 * pages, section anchors, embeds, the open data files and the other generated routes.
 * Components, pages, views, the content check and the browser scripts use these, so a
 * route is spelled once.
 *
 * Paths are root-relative ("/themas/lezen/") and without the base path; `absoluteUrl`
 * makes a full address from a site root that carries the base path.
 */
import type { IndicatorData } from '../../schemas/index.ts';
import { sectionAnchor } from './anchors.ts';

/** The fixed routes the site generates besides the content pages (src/pages/). */
export const PATHS = {
  topics: '/themas/',
  search: '/zoeken/',
  data: '/data/',
  dataJson: '/data/indicatoren.json',
  dataCsv: '/data/indicatoren.csv',
  dataExcelCsv: '/data/indicatoren-excel.csv',
  dataPackage: '/data/datapackage.json',
  editorsReference: '/redactie/frontmatter/',
  changes: '/wat-is-er-veranderd/',
  changesFeed: '/wat-is-er-veranderd.xml',
  accessibility: '/toegankelijkheid/',
  llms: '/llms.txt',
  llmsFull: '/llms-full.txt',
} as const;

/** Pagefind's script, written by the build (Starlight's Pagefind step), relative to the site's base path. */
export const PAGEFIND_SCRIPT = 'pagefind/pagefind.js';

/** The file name at the end of a path: "/data/indicatoren.csv" → "indicatoren.csv". */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The URL of a page id ("sectorakkoord-vo/indicatoren/4-zittenblijven" → "/sectorakkoord-vo/indicatoren/4-zittenblijven/"). */
export function pageUrl(id: string, anchor?: string): string {
  const path = id === 'index' || id === '' ? '/' : `/${id.replace(/\/index$/, '')}/`;
  return anchor ? `${path}#${anchor}` : path;
}

/** A link to a numbered section on the same page: "6.2.1" → "#par-6-2-1". */
export function sectionHref(section: string): string {
  return `#${sectionAnchor(section)}`;
}

/** The anchor of a commit's entry on the change page ("w-" and the first 12 characters of the commit). */
export const changeAnchor = (commit: string) => `w-${commit.slice(0, 12)}`;

/** The URL of a commit's entry on the change page: "/wat-is-er-veranderd/#w-512233e07670". */
export function changeUrl(commit: string): string {
  return `${PATHS.changes}#${changeAnchor(commit)}`;
}

/** The URL of a topic page: "lezen" → "/themas/lezen/". */
export function topicUrl(id: string): string {
  return `${PATHS.topics}${id}/`;
}

/** The URL of a page's figures page, optionally at a section: "/staat-2024/hoofdstukken/6-…/cijfers/#par-6-2-1". */
export function figuresPageUrl(pageId: string, section?: string): string {
  return `${pageUrl(pageId)}cijfers/${section ? sectionHref(section) : ''}`;
}

/** The path of the embed page of an indicator's n-th chart (0-based): "/embed/sectorakkoord-vo-4/", then "-2", "-3" … */
export function embedPath(d: Pick<IndicatorData, 'agreement' | 'number'>, index: number): string {
  return `/embed/${d.agreement}-${String(d.number)}${index > 0 ? `-${String(index + 1)}` : ''}/`;
}

/** File name of an indicator's own CSV: "sectorakkoord-vo-4.csv". */
export function indicatorCsvName(d: Pick<IndicatorData, 'agreement' | 'number'>): string {
  return `${d.agreement}-${String(d.number)}.csv`;
}

/** The URL of an indicator's own CSV: "/data/indicatoren/sectorakkoord-vo-4.csv". */
export function indicatorCsvUrl(d: Pick<IndicatorData, 'agreement' | 'number'>): string {
  return `${PATHS.data}indicatoren/${indicatorCsvName(d)}`;
}

/** The Markdown version of a page id, relative to the site root: "sectorakkoord-vo.md", "index.md" for the home page. */
export function markdownPath(id: string): string {
  return `${id === '' ? 'index' : id}.md`;
}

/** A full address from a root-relative path and the site's root (with its base path and a trailing slash). */
export function absoluteUrl(path: string, root: string): string {
  return new URL(path.replace(/^\//, ''), root).href;
}
