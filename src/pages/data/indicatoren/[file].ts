/** /data/indicatoren/<akkoord>-<nummer>.csv: the figures of one indicator, linked from its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../content.ts';
import { indicatorRows, toCsv } from '../../../lib/views/export.ts';
import { indicatorCsvName } from '../../../lib/domain/urls.ts';
import type { IndicatorData, Page } from '../../../schemas/index.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { graph } = await site();
  return [...graph.indicators.values()].map((page) => ({ params: { file: indicatorCsvName(page.data) }, props: { page } }));
};

export const GET: APIRoute = ({ props, site: siteUrl }) => {
  const page = props['page'] as Page<IndicatorData>;
  return new Response(toCsv(indicatorRows(page, new URL(import.meta.env.BASE_URL, siteUrl ?? 'https://onderwijsmonitor.nl').href)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
