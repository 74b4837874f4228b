/** /llms.txt: every page with a link to its Markdown version. */
import type { APIRoute } from 'astro';
import { markdownEntries } from '../lib/build/markdown-pages.ts';
import { llmsIndex } from '../lib/views/llms.ts';
import { site } from '../content.ts';
import { agreementsInOrder, listInWords, reportsInOrder } from '../lib/domain/documents.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const root = new URL(import.meta.env.BASE_URL, siteUrl ?? 'https://onderwijsmonitor.nl').href;
  const { graph } = await site();
  const titles = (pages: readonly { data: { title: string } }[]) => listInWords(pages.map((p) => p.data.title));
  const summary =
    `Een naslagsite in het Nederlands over de onderwijsakkoorden (${titles(agreementsInOrder(graph))}) en over wat de Inspectie van het Onderwijs vindt (${titles(reportsInOrder(graph))}). Elk cijfer noemt zijn brondocument en de plek waar het staat. Open data: ` +
    new URL('data/', root).href;
  return new Response(llmsIndex(await markdownEntries(root), summary), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
