/** /data/indicatoren.json: every indicator with target, status and figures. */
import type { APIRoute } from 'astro';
import { site } from '../../content.ts';
import { toJson } from '../../lib/views/export.ts';
import { agreementsInOrder } from '../../lib/domain/documents.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { graph, sources, sourceTitle } = await site();
  const indicators = [...graph.indicators.values()].sort(
    (a, b) => a.data.agreement.localeCompare(b.data.agreement) || a.data.number - b.data.number,
  );
  const body = toJson(
    indicators,
    [...sources.values()],
    new URL(import.meta.env.BASE_URL, siteUrl ?? 'https://onderwijsmonitor.nl').href,
    sourceTitle,
    agreementsInOrder(graph).map((a) => a.data.title),
  );
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
