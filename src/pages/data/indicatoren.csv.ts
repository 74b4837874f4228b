/** /data/indicatoren.csv: one row per figure of every indicator. */
import type { APIRoute } from 'astro';
import { site } from '../../content.ts';
import { indicatorRows, toCsv } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { graph } = await site();
  const indicators = [...graph.indicators.values()].sort(
    (a, b) => a.data.agreement.localeCompare(b.data.agreement) || a.data.number - b.data.number,
  );
  const rows = indicators.flatMap((p) =>
    indicatorRows(p, new URL(import.meta.env.BASE_URL, siteUrl ?? 'https://onderwijsmonitor.nl').href),
  );
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
