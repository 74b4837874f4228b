/**
 * The sidebar, derived from the folders of content/docs/, so a new agreement or next
 * year's report appears without touching the configuration: a folder with
 * `indicatoren/` is an agreement, a folder with `hoofdstukken/` is a report. Group
 * labels are the titles of the folders' index pages. `sidebarForPage` trims it per page:
 * the page's own agreement or report in full, the others as one link each.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { parseFile } from '../check/frontmatter.ts';

type Item =
  { label: string; link: string } | { label: string; collapsed?: boolean; items: Item[] } | { autogenerate: { directory: string } };

/** A group listing a folder's pages. Starlight's autogenerate matches file paths, which start at the project root here. */
function folder(label: string, directory: string, collapsed = true): Item {
  return { label, collapsed, items: [{ autogenerate: { directory: `content/docs/${directory}` } }] };
}

function titleOf(file: string, fallback: string): string {
  if (!existsSync(file)) return fallback;
  const data = parseFile(readFileSync(file, 'utf8')).data as { title?: unknown } | undefined;
  return typeof data?.title === 'string' ? data.title : fallback;
}

/** The sidebar for the content in `docsDir`. */
export function buildSidebar(docsDir: string): Item[] {
  const dirs = readdirSync(docsDir)
    .filter((d) => statSync(join(docsDir, d)).isDirectory())
    .sort();
  const has = (d: string, sub: string) => existsSync(join(docsDir, d, sub));
  const agreements = dirs
    .filter((d) => has(d, 'indicatoren'))
    .sort()
    .reverse(); // sectorakkoord-vo before bestuursakkoord-po
  const reports = dirs
    .filter((d) => has(d, 'hoofdstukken'))
    .sort()
    .reverse(); // newest report first
  const items: Item[] = [{ label: 'Start', link: '/' }];
  for (const d of agreements) {
    items.push({
      label: titleOf(join(docsDir, d, 'index.mdx'), d),
      items: [{ label: 'Overzicht', link: `/${d}/` }, folder('Ambities', `${d}/ambities`), folder('Indicatoren', `${d}/indicatoren`)],
    });
  }
  for (const d of reports) {
    const group: Item[] = [{ label: 'Overzicht', link: `/${d}/` }, folder('Hoofdstukken', `${d}/hoofdstukken`, false)];
    if (has(d, 'sectorbeelden')) group.push(folder('Sectorbeelden', `${d}/sectorbeelden`));
    if (has(d, 'afkortingen.mdx')) group.push({ label: 'Afkortingen', link: `/${d}/afkortingen/` });
    items.push({ label: titleOf(join(docsDir, d, 'index.mdx'), d), items: group });
  }
  if (dirs.includes('geschiedenis')) items.push(folder('Geschiedenis', 'geschiedenis', false));
  items.push(
    { label: "Thema's", link: '/themas/' },
    { label: 'Zoeken met filters', link: '/zoeken/' },
    { label: 'Open data', link: '/data/' },
    { label: 'Voor redacteuren', link: '/redactie/frontmatter/' },
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
