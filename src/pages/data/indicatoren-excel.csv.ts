/** /data/indicatoren-excel.csv: the same rows for Dutch Excel (semicolons, decimal comma, UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { CSV_EXCEL_NL, toCsv } from '../../lib/views/export.ts';
import { allRows } from './_all-rows.ts';

export const GET: APIRoute = async ({ site: siteUrl }) =>
  new Response(toCsv(await allRows(siteUrl), CSV_EXCEL_NL), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
