/**
 * The sidebar, derived from the folders of content/docs/, so a new agreement or next
 * year's report appears without touching the configuration: a folder with
 * `indicatoren/` is an agreement, a folder with `hoofdstukken/` is a report. Group
 * labels are the titles of the folders' index pages, their order the pages' `order`.
 * `sidebarForPage` trims it per page: the page's own agreement or report in full, the
 * others as one link each.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { readIndexPage } from './index-pages.ts';
import { pageUrl, PATHS } from '../domain/urls.ts';

type Item =
  { label: string; link: string } | { label: string; collapsed?: boolean; items: Item[] } | { autogenerate: { directory: string } };

/** A group listing a folder's pages. Starlight's autogenerate matches file paths, which start at the project root here. */
function folder(label: string, directory: string, collapsed = true): Item {
  return { label, collapsed, items: [{ autogenerate: { directory: `content/docs/${directory}` } }] };
}

function titleOf(file: string, fallback: string): string {
  return readIndexPage(file).title ?? fallback;
}

/** Folders in the `order` of their index pages (a folder without one last), then by name. */
function inOrder(docsDir: string, dirs: string[]): string[] {
  const order = (d: string) => readIndexPage(join(docsDir, d, 'index.mdx')).order ?? Number.MAX_SAFE_INTEGER;
  return [...dirs].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

/** The sidebar for the content in `docsDir`. */
export function buildSidebar(docsDir: string): Item[] {
  const dirs = readdirSync(docsDir)
    .filter((d) => statSync(join(docsDir, d)).isDirectory())
    .sort();
  const has = (d: string, sub: string) => existsSync(join(docsDir, d, sub));
  const agreements = inOrder(
    docsDir,
    dirs.filter((d) => has(d, 'indicatoren')),
  );
  const reports = inOrder(
    docsDir,
    dirs.filter((d) => has(d, 'hoofdstukken')),
  );
  const items: Item[] = [{ label: 'Start', link: pageUrl('') }];
  for (const d of agreements) {
    items.push({
      label: titleOf(join(docsDir, d, 'index.mdx'), d),
      items: [{ label: 'Overzicht', link: pageUrl(d) }, folder('Ambities', `${d}/ambities`), folder('Indicatoren', `${d}/indicatoren`)],
    });
  }
  for (const d of reports) {
    const group: Item[] = [{ label: 'Overzicht', link: pageUrl(d) }, folder('Hoofdstukken', `${d}/hoofdstukken`, false)];
    if (has(d, 'sectorbeelden')) group.push(folder('Sectorbeelden', `${d}/sectorbeelden`));
    if (has(d, 'afkortingen.mdx')) group.push({ label: 'Afkortingen', link: pageUrl(`${d}/afkortingen`) });
    items.push({ label: titleOf(join(docsDir, d, 'index.mdx'), d), items: group });
  }
  if (dirs.includes('geschiedenis')) items.push(folder('Geschiedenis', 'geschiedenis', false));
  items.push(
    { label: "Thema's", link: PATHS.topics },
    { label: 'Zoeken met filters', link: PATHS.search },
    { label: 'Open data', link: PATHS.data },
    { label: 'Voor redacteuren', link: PATHS.editorsReference },
  );
  return items;
}

type RouteSidebarEntry = StarlightRouteData['sidebar'][number];
type RouteSidebarLink = Extract<RouteSidebarEntry, { type: 'link' }>;

const hasCurrent = (e: RouteSidebarEntry): boolean => (e.type === 'link' ? e.isCurrent : e.entries.some(hasCurrent));
const links = (e: RouteSidebarEntry): RouteSidebarLink[] => (e.type === 'link' ? [e] : e.entries.flatMap(links));

/** A group's overview: its first link, when every page of the group lives under that address. */
function overviewOf(group: RouteSidebarEntry): RouteSidebarLink | undefined {
  const [first, ...rest] = links(group);
  return first && group.type === 'group' && group.entries[0] === first && rest.every((l) => l.href.startsWith(first.href))
    ? first
    : undefined;
}

/**
 * The sidebar one page gets: the agreement or report the page belongs to in full, every
 * other agreement and report as one link to its overview. So a page's HTML does not grow
 * with the number of pages in other sections (a chapter does not carry 34 indicator
 * links). A page belongs to a group when the group holds its sidebar link, or when its
 * address starts with the group's overview (a chapter's figures page). A group without
 * an overview, a first link that every other link of the group lives under (Geschiedenis:
 * three pages side by side), stays as it is.
 */
export function sidebarForPage(entries: readonly RouteSidebarEntry[], pathname: string): RouteSidebarEntry[] {
  return entries.map((e) => {
    if (e.type === 'link') return e;
    const overview = overviewOf(e);
    if (!overview || hasCurrent(e) || pathname.startsWith(overview.href)) return e;
    return { type: 'link', label: e.label, href: overview.href, isCurrent: false, badge: undefined, attrs: {} };
  });
}
