/** /wat-is-er-veranderd.xml: the change list as an Atom feed, one entry per change date. */
import type { APIRoute } from 'astro';
import { contentChanges } from '../content.ts';
import { atomFeed } from '../lib/views/feed.ts';

export const GET: APIRoute = ({ site: siteUrl }) => {
  const root = new URL(import.meta.env.BASE_URL, siteUrl ?? 'https://onderwijsmonitor.nl').href;
  return new Response(atomFeed(contentChanges(), root), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
