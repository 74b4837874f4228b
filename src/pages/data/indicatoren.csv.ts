/** /data/indicatoren.csv: one row per figure of every indicator (commas, decimal point, UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { CSV_STANDARD, toCsv } from '../../lib/views/export.ts';
import { allRows } from './_all-rows.ts';

export const GET: APIRoute = async ({ site: siteUrl }) =>
  new Response(toCsv(await allRows(siteUrl), CSV_STANDARD), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
