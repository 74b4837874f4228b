import { chromium } from 'playwright-core';
import { serve } from './serve.ts';
const [path, w, h, ...ys] = process.argv.slice(2);
const server = await serve('dist', 4396);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const theme of ['light', 'dark'] as const) {
  const ctx = await browser.newContext({ viewport: { width: Number(w), height: Number(h) }, colorScheme: theme });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:4396${path}`);
  for (const y of ys) {
    if (/^#/.test(y)) await page.goto(`http://127.0.0.1:4396${path}${y}`);
    else await page.evaluate((t) => window.scrollTo(0, Number(t)), y);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `/tmp/shots/clip-${theme}-${w}-${y.replace(/\W/g, '')}.png` });
  }
  await ctx.close();
}
await browser.close(); server.close();
