/** The rows of every indicator, in agreement and number order, for the two CSV files of all indicators. */
import { site } from '../../content.ts';
import { indicatorRows, type CsvRow } from '../../lib/views/export.ts';

export async function allRows(siteUrl: URL | undefined): Promise<CsvRow[]> {
  const { graph } = await site();
  const indicators = [...graph.indicators.values()].sort(
    (a, b) => a.data.agreement.localeCompare(b.data.agreement) || a.data.number - b.data.number,
  );
  const base = new URL(import.meta.env.BASE_URL, siteUrl ?? 'https://onderwijsmonitor.nl').href;
  return indicators.flatMap((p) => indicatorRows(p, base));
}
