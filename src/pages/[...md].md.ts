/** /<page>.md: the Markdown version of every content page (figures with sources, and the text). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { markdownEntries } from '../lib/build/markdown-pages.ts';
import { pageMarkdown } from '../lib/views/markdown.ts';
import type { LlmsEntry } from '../lib/views/llms.ts';
import { markdownPath } from '../lib/domain/urls.ts';
import { SITE_URL } from '../settings.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const root = new URL(import.meta.env.BASE_URL, SITE_URL).href;
  return (await markdownEntries(root)).map((entry) => ({ params: { md: markdownPath(entry.id).replace(/\.md$/, '') }, props: { entry } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(pageMarkdown(props['entry'] as LlmsEntry), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
