/**
 * Starlight route middleware: for typed pages, the table of contents includes the
 * headings that components render; every page gets the date its file last changed
 * in git.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommitDates } from './lib/git.ts';
import { nestHeadings, pageHeadings } from './lib/toc.ts';
import { site } from './content.ts';

let dates: Map<string, Date> | undefined;

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const { graph } = await site();
  const page = graph.pages.get(route.entry.id);
  dates ??= lastCommitDates(process.cwd());
  if (route.entry.filePath) route.lastUpdated = dates.get(route.entry.filePath) ?? route.lastUpdated;
  if (!page || !route.toc) return;
  const prose = route.toc.items.slice(1).flatMap(function flat(item): { depth: number; slug: string; text: string }[] {
    return [{ depth: item.depth, slug: item.slug, text: item.text }, ...item.children.flatMap(flat)];
  });
  const headings = pageHeadings(page, graph, prose, route.entry.body ?? '').filter(
    (h) => h.depth >= (route.toc?.minHeadingLevel ?? 2) && h.depth <= (route.toc?.maxHeadingLevel ?? 3),
  );
  route.toc.items = nestHeadings(String(route.entry.data.title), headings, route.toc.items[0]?.slug);
});
