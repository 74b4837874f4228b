/**
 * Starlight route middleware: for typed pages, the table of contents includes the
 * headings that components render; every page gets the date its file last changed
 * in git; indicator pages and /data/ get their JSON-LD, the change page its feed link.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommitDates } from './lib/git.ts';
import { nestHeadings, pageHeadings } from './lib/toc.ts';
import { site } from './content.ts';
import { isIndicator } from './lib/graph.ts';
import { catalogDataset, indicatorDataset, jsonLdScript } from './lib/linked-data.ts';

let dates: Map<string, Date> | undefined;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const { graph, sources } = await site();
  const page = graph.pages.get(route.entry.id);
  dates ??= lastCommitDates(process.cwd());
  if (route.entry.filePath) route.lastUpdated = dates.get(route.entry.filePath) ?? route.lastUpdated;
  // Starlight writes <title> with set:html (its head entries are HTML): a page title or a
  // topic label with "</title><script>" in it would end the title and add a script. As text.
  for (const entry of route.head) if (entry.tag === 'title' && typeof entry.content === 'string') entry.content = escapeText(entry.content);
  // The head entries the site adds (editors may not: content frontmatter has no `head`).
  const root = new URL(import.meta.env.BASE_URL, context.site ?? 'https://onderwijsmonitor.nl').href;
  if (isIndicator(page)) {
    const lastUpdated = route.lastUpdated instanceof Date ? route.lastUpdated : undefined;
    route.head.push(jsonLdScript(indicatorDataset(page, { root, dateModified: lastUpdated, sources })));
  } else if (route.id === 'data') {
    route.head.push(jsonLdScript(catalogDataset({ root, indicatorCount: graph.indicators.size })));
  } else if (route.id === 'wat-is-er-veranderd') {
    route.head.push({
      tag: 'link',
      attrs: {
        rel: 'alternate',
        type: 'application/atom+xml',
        title: 'Onderwijsmonitor: wat is er veranderd',
        href: new URL('wat-is-er-veranderd.xml', root).href,
      },
    });
  }
  if (!page || !route.toc) return;
  const prose = route.toc.items.slice(1).flatMap(function flat(item): { depth: number; slug: string; text: string }[] {
    return [{ depth: item.depth, slug: item.slug, text: item.text }, ...item.children.flatMap(flat)];
  });
  const headings = pageHeadings(page, graph, prose).filter(
    (h) => h.depth >= (route.toc?.minHeadingLevel ?? 2) && h.depth <= (route.toc?.maxHeadingLevel ?? 3),
  );
  route.toc.items = nestHeadings(String(route.entry.data.title), headings, route.toc.items[0]?.slug);
});
