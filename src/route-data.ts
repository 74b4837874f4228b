/**
 * Starlight route middleware: for typed pages, the table of contents includes the
 * headings that components render; every page gets the date its file last changed
 * in git; indicator pages and /data/ get their JSON-LD, the change page its feed link.
 * An indicator whose subject another indicator shares gets its agreement ("PO", "VO")
 * in its title. In a build, every page gets the Content-Security-Policy as a meta element
 * (the whole site's, narrowed to the page's own hashes by src/integrations/page-policy.ts).
 * The sidebar shows the page's own agreement or report in full, the others as one link.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommits, type LastCommit } from './lib/build/git.ts';
import { nestHeadings, pageHeadings } from './lib/views/toc.ts';
import { site } from './content.ts';
import { isIndicator } from './lib/domain/page-kinds.ts';
import { catalogDataset, indicatorDataset, jsonLdScript } from './lib/views/linked-data.ts';
import { agreementShortName } from './lib/views/search-meta.ts';
import { pageUrl } from './lib/domain/urls.ts';
import { sidebarForPage } from './lib/build/sidebar.ts';
import { withBase } from './lib/build/base-path.ts';

let commits: Map<string, LastCommit> | undefined;

/** The Content-Security-Policy for the meta element, set by src/integrations/security-headers.ts (empty in `astro dev`). */
declare const __CSP_META_POLICY__: string;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  if (__CSP_META_POLICY__) {
    // Right after charset and viewport, before any script or style it governs.
    const at = route.head.findLastIndex((e) => e.tag === 'meta' && ('charset' in (e.attrs ?? {}) || e.attrs?.['name'] === 'viewport'));
    route.head.splice(at + 1, 0, { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: __CSP_META_POLICY__ } });
  }
  if (route.entry.id === '404') {
    // The page a host serves for any unknown address: no canonical address of its own (it
    // has none: /404/ does not exist), and not for search engines.
    route.head = route.head.filter((e) => !(e.tag === 'link' && e.attrs?.['rel'] === 'canonical'));
    route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
  }
  // Only the page's own agreement or report in full: the HTML does not grow with other sections.
  route.sidebar = sidebarForPage(route.sidebar, context.url.pathname);
  const { graph, sources } = await site();
  const page = graph.pages.get(route.entry.id);
  commits ??= lastCommits(process.cwd());
  if (route.entry.filePath) route.lastUpdated = commits.get(route.entry.filePath)?.date ?? route.lastUpdated;
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
  const short = page ? agreementShortName(page, graph) : undefined;
  if (short) {
    // A copy: the entry is shared with every other page that lists this indicator.
    const plain = String(route.entry.data.title);
    const title = `${plain} (${short})`;
    route.entry = { ...route.entry, data: { ...route.entry.data, title } };
    for (const tag of route.head) {
      if (tag.tag === 'title' && tag.content) tag.content = tag.content.replace(plain, title);
      if (tag.tag === 'meta' && tag.attrs?.['property'] === 'og:title') tag.attrs['content'] = title;
    }
  }
  // "Volgende: Overzicht" does not say which overview: name the page it leads to.
  for (const link of [route.pagination.prev, route.pagination.next]) {
    if (!link || link.label !== 'Overzicht') continue;
    const target = [...graph.pages.values()].find((p) => withBase(pageUrl(p.id)) === link.href);
    if (target) link.label = `Overzicht ${String(target.data.title)}`;
  }
  if (!page || !route.toc) return;
  const prose = route.toc.items.slice(1).flatMap(function flat(item): { depth: number; slug: string; text: string }[] {
    return [{ depth: item.depth, slug: item.slug, text: item.text }, ...item.children.flatMap(flat)];
  });
  const headings = pageHeadings(page, graph, prose, route.entry.body ?? '').filter(
    (h) => h.depth >= (route.toc?.minHeadingLevel ?? 2) && h.depth <= (route.toc?.maxHeadingLevel ?? 3),
  );
  route.toc.items = nestHeadings(String(route.entry.data.title), headings, route.toc.items[0]?.slug);
});
