/**
 * An indicator prints as a sheet of at most two A4 pages: its card, its drawn charts,
 * its tables and sources, the address and the date, without navigation.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { pageUrl } from '../../src/lib/domain/urls.ts';
import { drawAllCharts, openTab, useSite } from './browser.ts';
import { join } from 'node:path';

const { graph } = checkContent(join(import.meta.dirname, '..', '..'));

/** The number of pages in a PDF file. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

describe('printing an indicator', () => {
  const site = useSite();

  it('gives at most two A4 pages for every indicator, with the figure, the address and no navigation', async () => {
    const sizes: string[] = [];
    const tooLong: string[] = [];
    // One tab goes from indicator to indicator (it starts each on screen again).
    const tab = await openTab(site);
    for (const indicator of graph.indicators.values()) {
      const path = pageUrl(indicator.id);
      // The charts draw from the load event on; the sheet is printed once the network is idle too.
      const { page } = await tab.visit(path, 'load');
      await drawAllCharts(page);
      await page.waitForLoadState('networkidle');
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const text = await page.locator('main').innerText();
      expect(text.toLowerCase(), path).toContain('laatste cijfer');
      expect(text, path).toContain(`onderwijsmonitor.nl${path}`);
      expect(await page.locator('nav.sidebar').isVisible(), path).toBe(false);
      sizes.push(`${path}: ${String(pdfPages(pdf))}`);
      expect(pdfPages(pdf), path).toBeGreaterThan(0);
      if (pdfPages(pdf) > 2) tooLong.push(`${path}: ${String(pdfPages(pdf))} pagina's`);
    }
    await tab.close();
    console.log(`afdrukken: ${sizes.join('; ')}`);
    expect(tooLong).toEqual([]);
  }, 600_000);
});
