/**
 * The sidebar, derived from the folders of content/docs/, so a new agreement or next
 * year's report appears without touching the configuration: a folder with
 * `indicatoren/` is an agreement, a folder with `hoofdstukken/` is a report. Group
 * labels are the titles of the folders' index pages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../check/frontmatter.ts';
import { pageUrl, PATHS } from '../domain/urls.ts';

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
