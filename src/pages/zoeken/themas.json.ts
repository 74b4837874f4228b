/**
 * /zoeken/themas.json: the topics and the words that name them, for the header search.
 * The dialog on every page fetches this file when a reader first searches, instead of
 * carrying it in every page's HTML (12 KB raw per page). /zoeken/ itself keeps the list inline.
 */
import type { APIRoute } from 'astro';
import { site } from '../../content.ts';
import { topicEntries } from '../../lib/views/search-meta.ts';

export const GET: APIRoute = async () => {
  const { topics } = await site();
  return new Response(JSON.stringify(topicEntries(topics)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
