/** /llms-full.txt: the Markdown version of every page in one file. */
import type { APIRoute } from 'astro';
import { markdownEntries } from '../lib/build/markdown-pages.ts';
import { llmsFull } from '../lib/views/llms.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const root = new URL(import.meta.env.BASE_URL, siteUrl ?? 'https://onderwijsmonitor.nl').href;
  return new Response(llmsFull(await markdownEntries(root)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
