/**
 * The sidebar, derived from the folders of content/docs/, so a new agreement or next
 * year's report appears without touching the configuration: a folder with
 * `indicatoren/` is an agreement, a folder with `hoofdstukken/` is a report. Group
 * labels are the titles of the folders' index pages, their order the pages' `order`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
