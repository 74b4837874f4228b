/**
 * Search keeps its place: Back after opening a result returns to the same query and
 * results (on /zoeken/ with its filters, and in the header's search dialog), and the
 * search page does not move while its results come in (no layout shift).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { visit, useSite } from './browser.ts';
import { pageHtml } from '../site/built.ts';

const PHONE = { viewport: { width: 390, height: 844 } };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function resultsFor(page: Page, list: string, query: string): Promise<string[]> {
  await page.waitForFunction(
    ([sel, q]) => document.querySelector(sel ?? '')?.getAttribute('data-query') === q && !!document.querySelector(`${sel ?? ''} li`),
    [list, query],
    { timeout: 15_000 },
  );
  return page.$$eval(`${list} .result-title`, (as) => as.map((a) => (a as HTMLAnchorElement).href));
}

describe('search history and layout', () => {
  const site = useSite();

  it('Back from a result returns to the same query, filters and results on /zoeken/', async () => {
    const { page } = await visit(site, '/zoeken/?q=leraren&soort=indicator', PHONE);
    const before = await resultsFor(page, '.search-results', 'leraren');
    await page.locator('.search-results .result-title').first().click();
    await page.waitForURL((url) => !url.pathname.startsWith('/zoeken/'));
    await page.goBack({ waitUntil: 'networkidle' });
    const after = await resultsFor(page, '.search-results', 'leraren');
    expect(await page.locator('#zoekterm').inputValue()).toBe('leraren');
    expect(await page.locator('input[name="soort"][value="indicator"]').isChecked()).toBe(true);
    expect(after.slice(0, 5)).toEqual(before.slice(0, 5));
    await page.context().close();
  });

  it('Back from a result returns to the header search dialog with the same query and results', async () => {
    for (const options of [PHONE, { viewport: { width: 1280, height: 900 } }]) {
      const { page } = await visit(site, '/', options);
      await page.locator('.om-search-open').click();
      await page.locator('#om-header-zoekterm').fill('thuiszitters');
      const before = await resultsFor(page, '.om-search-results', 'thuiszitters');
      await page.locator('.om-search-results .result-title').first().click();
      await page.waitForURL((url) => url.pathname !== '/');
      await page.goBack({ waitUntil: 'networkidle' });
      const after = await resultsFor(page, '.om-search-results', 'thuiszitters');
      expect(await page.locator('dialog.om-search-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      expect(await page.locator('#om-header-zoekterm').inputValue()).toBe('thuiszitters');
      expect(after.slice(0, 5)).toEqual(before.slice(0, 5));
      await page.context().close();
    }
  });

  it('a dialog the reader closed stays closed after Back', async () => {
    const { page } = await visit(site, '/', PHONE);
    await page.locator('.om-search-open').click();
    await page.locator('#om-header-zoekterm').fill('thuiszitters');
    await resultsFor(page, '.om-search-results', 'thuiszitters');
    await page.locator('.om-search-close').click();
    await page.goto(`${site.base}/themas/`, { waitUntil: 'networkidle' });
    await page.goBack({ waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    // The dialog is built on first use: after Back it is either not there or closed.
    expect(await page.locator('dialog.om-search-dialog[open]').count()).toBe(0);
    await page.context().close();
  });

  it('links to the search page without JavaScript, and builds the dialog only when it is opened', async () => {
    const html = pageHtml('/');
    expect(html).not.toContain('<dialog');
    expect(html).toMatch(/<a class="om-search-open[^"]*" href="\/zoeken\/"/);
    const { page } = await visit(site, '/', PHONE);
    expect(await page.locator('dialog.om-search-dialog').count()).toBe(0);
    await page.locator('.om-search-open').click();
    expect(await page.locator('dialog.om-search-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('om-header-zoekterm');
    expect(page.url()).toBe(`${site.base}/`);
    await page.context().close();
  });

  it('search with results has no axe violations, in the dialog and on /zoeken/ (light and dark)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // The test injects axe itself; the site's CSP rightly forbids that, so it is bypassed here only.
      const context = await site.browser.newContext({ ...PHONE, bypassCSP: true, colorScheme });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), colorScheme);
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of ['/', '/zoeken/?q=lerarentekort']) {
        await page.goto(`${site.base}${path}`, { waitUntil: 'networkidle' });
        if (path === '/') {
          await page.locator('.om-search-open').click();
          await page.locator('#om-header-zoekterm').fill('startende leraren');
          await resultsFor(page, '.om-search-results', 'startende leraren');
        } else {
          await resultsFor(page, '.search-results', 'lerarentekort');
          await page.locator('details.search-filters summary').click();
        }
        await page.addScriptTag({ content: axeSource });
        const violations = (await page.evaluate(
          async () =>
            (
              await (
                window as unknown as {
                  axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
                }
              ).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } })
            ).violations,
        )) as { id: string; nodes: { target: string[] }[] }[];
        for (const v of violations) found.push(`${path} [${colorScheme}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      }
      expect(found).toEqual([]);
      await context.close();
    }
  });

  it('the header search speaks Dutch and links to the search page with the query', async () => {
    const { page } = await visit(site, '/sectorakkoord-vo/', PHONE);
    await page.locator('.om-search-open').click();
    await page.locator('#om-header-zoekterm').fill('lerarentekort');
    await resultsFor(page, '.om-search-results', 'lerarentekort');
    const text = await page.locator('dialog.om-search-dialog').innerText();
    expect(text).toMatch(/\d+ resultaten/);
    expect(text).not.toMatch(/\bresults?\b|\bSearch\b|Load more|\bje\b|\bjouw\b/i);
    expect(await page.locator('[data-part="page-link"]').getAttribute('href')).toMatch(/\/zoeken\/\?q=lerarentekort$/);
    await page.context().close();
  });

  it('/zoeken/ with a query does not shift while the results come in (CLS 0)', async () => {
    // Phone (what Lighthouse mobile measures): every shift counts. Desktop: shifts in the
    // content column (Starlight's own sidebar may settle by a 1 px rule on a tall window).
    for (const [options, fromX] of [
      [PHONE, 0],
      [{ viewport: { width: 1280, height: 900 } }, 300],
    ] as const) {
      const context = await site.browser.newContext(options);
      const page = await context.newPage();
      await page.addInitScript((minX) => {
        const w = window as unknown as { cls: number };
        w.cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as {
            value: number;
            hadRecentInput: boolean;
            sources: { previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
          }[]) {
            const inContent = e.sources.some((s) => Math.max(s.previousRect.x, s.currentRect.x) >= minX);
            if (!e.hadRecentInput && inContent) w.cls += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      }, fromX);
      await page.goto(`${site.base}/zoeken/?q=lerarentekort`, { waitUntil: 'networkidle' });
      await resultsFor(page, '.search-results', 'lerarentekort');
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
      await context.close();
    }
  });
});
