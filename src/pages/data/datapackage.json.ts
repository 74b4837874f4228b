/** /data/datapackage.json: a Frictionless Data Package that describes the CSV files and their columns. */
import type { APIRoute } from 'astro';
import { site } from '../../content.ts';
import { dataPackage } from '../../lib/views/linked-data.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { graph } = await site();
  const indicators = [...graph.indicators.values()].sort(
    (a, b) => a.data.agreement.localeCompare(b.data.agreement) || a.data.number - b.data.number,
  );
  const root = new URL(import.meta.env.BASE_URL, siteUrl ?? 'https://onderwijsmonitor.nl').href;
  return new Response(`${JSON.stringify(dataPackage({ root, indicators }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
