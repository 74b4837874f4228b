/**
 * Screenshots of pages in light and dark, at phone and desktop width, for a person
 * to look at. Needs a build in dist/ and Chromium (CHROME_PATH or /usr/bin/chromium).
 *
 * Usage: node scripts/screenshots.ts /path/one/ /path/two/ [--out screenshots] [--nojs] [--first-screen]
 * (--first-screen: only what the reader sees before scrolling, not the whole page; with
 * "/path/#anchor", what the reader sees after following a link to that heading)
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? (args[outIndex + 1] ?? 'screenshots') : 'screenshots';
const noJs = args.includes('--nojs');
const firstScreen = args.includes('--first-screen');
const paths = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
mkdirSync(out, { recursive: true });

const server = await serve('dist', 4399);
const browser = await chromium.launch({
  executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const path of paths.length ? paths : ['/']) {
    for (const theme of ['light', 'dark'] as const) {
      for (const [name, width, height] of [
        ['phone', 390, 844],
        ['desktop', 1280, 900],
      ] as const) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme, javaScriptEnabled: !noJs });
        const page = await context.newPage();
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(`http://127.0.0.1:4399${path}`, { waitUntil: 'networkidle' });
        // Scroll through the page so every lazily drawn chart comes into view once.
        const pageHeight = await page.evaluate(() => document.body.scrollHeight);
        for (let y = 0; y < pageHeight; y += Math.floor(pageHeight / 12) + 200) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.waitForTimeout(120);
        }
        // Back to where a reader lands: the top, or the heading a link with #anchor names.
        await page.evaluate(() => {
          const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
          if (target) target.scrollIntoView();
          else window.scrollTo(0, 0);
        });
        await page.waitForTimeout(300);
        const file = `${out}/${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${theme}-${name}${noJs ? '-nojs' : ''}.png`;
        await page.screenshot({ path: file, fullPage: !firstScreen });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
