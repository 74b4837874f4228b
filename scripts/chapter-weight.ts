/**
 * Weight of the Staat chapter and portrait pages as a reader meets them: HTML bytes
 * (raw and gzip) from dist/, and in Chromium the number of DOM elements and the page
 * height at phone (390 px) and desktop (1280 px) width. Needs a build in dist/.
 *
 * Usage: node scripts/chapter-weight.ts [--json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.ts';

const DIST = 'dist';
// Every report's chapters and portraits: the folders that have them, whatever the report is called.
const dirs = readdirSync(DIST)
  .flatMap((report) => ['hoofdstukken', 'sectorbeelden'].map((kind) => `${report}/${kind}`))
  .filter((d) => existsSync(join(DIST, d)))
  .sort();
const paths = dirs.flatMap((d) =>
  readdirSync(join(DIST, d), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `/${d}/${e.name}/`),
);

const server = await serve(DIST, 4398);
const browser = await chromium.launch({
  executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: { path: string; html: number; gzip: number; elements: number; phone: number; desktop: number }[] = [];
try {
  for (const path of paths) {
    const html = readFileSync(join(DIST, path, 'index.html'));
    const row = { path, html: html.length, gzip: gzipSync(html, { level: 9 }).length, elements: 0, phone: 0, desktop: 0 };
    for (const [name, width, height] of [
      ['phone', 390, 844],
      ['desktop', 1280, 900],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:4398${path}`, { waitUntil: 'load' });
      row[name] = await page.evaluate(() => document.documentElement.scrollHeight);
      if (name === 'phone') row.elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      await context.close();
    }
    rows.push(row);
  }
} finally {
  await browser.close();
  server.close();
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('page | HTML KB | gzip KB | DOM elements | height phone px | height desktop px');
  for (const r of rows)
    console.log(
      `${r.path} | ${(r.html / 1024).toFixed(1)} | ${(r.gzip / 1024).toFixed(1)} | ${String(r.elements)} | ${String(r.phone)} | ${String(r.desktop)}`,
    );
}
