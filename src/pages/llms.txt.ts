/** /llms.txt: every page with a link to its Markdown version, then the topic pages with their headline figure. */
import type { APIRoute } from 'astro';
import { markdownEntries } from '../lib/build/markdown-pages.ts';
import { llmsIndex } from '../lib/views/llms.ts';
import { site } from '../content.ts';
import { agreementsInOrder, listInWords, reportsInOrder } from '../lib/domain/documents.ts';
import { topicHeadline } from '../lib/views/topics.ts';
import { headlineText } from '../lib/views/chapter.ts';
import { topicUrl } from '../lib/domain/urls.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const root = new URL(import.meta.env.BASE_URL, siteUrl ?? 'https://onderwijsmonitor.nl').href;
  const { graph, topics, sourceTitle } = await site();
  const titles = (pages: readonly { data: { title: string } }[]) => listInWords(pages.map((p) => p.data.title));
  const summary =
    `Een naslagsite in het Nederlands over de onderwijsakkoorden (${titles(agreementsInOrder(graph))}) en over wat de Inspectie van het Onderwijs vindt (${titles(reportsInOrder(graph))}). Elk cijfer noemt zijn brondocument en de plek waar het staat. Open data: ` +
    new URL('data/', root).href;
  // Topic pages have no Markdown version: their link, what they are about and their first headline figure.
  const topicLines = [...topics.values()]
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'))
    .map((t) => {
      const [figure] = topicHeadline(t, graph, sourceTitle);
      const url = new URL(topicUrl(t.id).replace(/^\//, ''), root).href;
      return `- [${t.label}](${url}): ${t.description}${figure ? ` Kerncijfer: ${headlineText(figure).replace(/\u00a0/g, ' ')}.` : ''}`;
    });
  const text = `${llmsIndex(await markdownEntries(root), summary)}\n## Thema's\n\n${topicLines.join('\n')}\n`;
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
