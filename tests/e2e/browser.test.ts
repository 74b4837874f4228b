/**
 * The production build in Debian's Chromium: navigation, theme switch, phone width,
 * no JavaScript, print and the skip link work. (Every page's load, charts and axe
 * checks are in sweep.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { drawAllCharts, expectNoCspViolations, visit, useSite } from './browser.ts';

const INDICATOR = '/sectorakkoord-vo/indicatoren/4-zittenblijven/';
const CHAPTER = '/staat-2024/hoofdstukken/6-onderwijsprofessionals/';

describe('in the browser', () => {
  const site = useSite();
  // Every test fails on any CSP violation in the pages it opened.
  afterEach(() => {
    expectNoCspViolations(site);
  });

  it('navigates from the home to an agreement, an indicator and its finding', async () => {
    const { page } = await visit(site, '/');
    await page.getByRole('link', { name: 'Sectorakkoord VO', exact: true }).first().click();
    await page.waitForURL('**/sectorakkoord-vo/');
    await page.getByRole('link', { name: 'Zittenblijven en op- en afstroom' }).first().click();
    await page.waitForURL(`**${INDICATOR}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Zittenblijven');
    await expect(page.locator('.summary-card').textContent()).resolves.toContain('3,8%');
    const finding = page.locator('ul.findings a').first();
    const href = await finding.getAttribute('href');
    expect(href).toMatch(/\/staat-2024\/hoofdstukken\/.+#par-/);
    await finding.click();
    await page.waitForURL('**/staat-2024/hoofdstukken/**');
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${anchor}"]`).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('switches to the dark theme, remembers it, and redraws the chart', async () => {
    const { page } = await visit(site, INDICATOR, { colorScheme: 'light' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    await drawAllCharts(page);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBe('dark');
    await page.waitForTimeout(200);
    expect(await page.locator('canvas.om-chart').first().getAttribute('data-drawn')).toBe('true');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.context().close();
  });

  it('fits a phone: no sideways scrolling, and the menu opens', async () => {
    for (const path of ['/', INDICATOR, CHAPTER, '/zoeken/', '/themas/lerarentekort/']) {
      const { page } = await visit(site, path, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} schuift ${String(overflow)}px opzij`).toBeLessThanOrEqual(1);
      await page.locator('button.sl-menu-button').click();
      await expect(page.locator('#starlight__sidebar').isVisible()).resolves.toBe(true);
      await page.context().close();
    }
  });

  it('shows every figure in its table without JavaScript', async () => {
    const { page } = await visit(site, '/bestuursakkoord-po/indicatoren/7-startende-leraren/', { javaScriptEnabled: false });
    const table = page.locator('table.figure-table').first();
    await expect(table.isVisible()).resolves.toBe(true);
    const text = await table.textContent();
    for (const figure of ['71%', '72%', '87%']) expect(text).toContain(figure);
    await expect(page.locator('.chart-fallback').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('prints a chapter (with its figures) and its figures page and an indicator (with their tables) without navigation', async () => {
    const { page: chapter } = await visit(site, CHAPTER);
    await chapter.emulateMedia({ media: 'print' });
    await expect(chapter.locator('.figure-cards').first().isVisible()).resolves.toBe(true);
    await chapter.context().close();
    for (const path of [`${CHAPTER}cijfers/`, INDICATOR]) {
      const { page } = await visit(site, path);
      await page.emulateMedia({ media: 'print' });
      const visible = async (selector: string) => page.locator(selector).first().isVisible();
      await expect(visible('header.header')).resolves.toBe(false);
      await expect(visible('#starlight__sidebar')).resolves.toBe(false);
      await expect(visible(path === INDICATOR ? 'table.figure-table' : '.figure-cards')).resolves.toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
      await page.context().close();
    }
  });

  it('offers a skip link as the first stop of the keyboard', async () => {
    const { page } = await visit(site, INDICATOR);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(focused.href).toBe('#_top');
    await page.keyboard.press('Enter');
    expect(page.url()).toContain('#_top');
    await page.context().close();
  });
});
