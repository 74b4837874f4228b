/**
 * What keeps a page light, as a reader meets it in Chromium: the sidebar shows the
 * page's own report or agreement in full and every other one as a single link (the
 * current page still marked), and the header search, which no longer carries the topic
 * list in every page, still puts a topic page first when a query names the topic.
 */
import { describe, expect, it } from 'vitest';
import { visit, useSite } from './browser.ts';

const CHAPTER = '/staat-2024/hoofdstukken/6-onderwijsprofessionals/';
const DESKTOP = { viewport: { width: 1280, height: 900 } };

describe('light pages', () => {
  const site = useSite();

  it('a chapter lists its own report in the sidebar and the agreements as one link each', async () => {
    const { page, errors } = await visit(site, CHAPTER, DESKTOP);
    const sidebar = page.locator('#starlight__sidebar');
    await expect(sidebar.getByRole('link', { name: 'Sectorakkoord VO', exact: true }).getAttribute('href')).resolves.toBe(
      '/sectorakkoord-vo/',
    );
    await expect(sidebar.getByRole('link', { name: 'Bestuursakkoord PO', exact: true }).getAttribute('href')).resolves.toBe(
      '/bestuursakkoord-po/',
    );
    await expect(sidebar.locator('a[href*="/indicatoren/"]').count()).resolves.toBe(0);
    await expect(sidebar.locator('a[href="/staat-2024/hoofdstukken/5-passend-onderwijs/"]').isVisible()).resolves.toBe(true);
    await expect(sidebar.locator('[aria-current="page"]').getAttribute('href')).resolves.toBe(CHAPTER);
    // On an indicator page it is the other way round.
    await page.goto(`${site.base}/sectorakkoord-vo/indicatoren/4-zittenblijven/`);
    await expect(sidebar.locator('a[href*="/indicatoren/"]').count()).resolves.toBeGreaterThan(20);
    await expect(sidebar.locator('a[href*="/hoofdstukken/"]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the header search fetches the topics and puts the topic page first for a query that names it', async () => {
    const { page, errors, requests } = await visit(site, CHAPTER, DESKTOP);
    expect(await page.locator('[data-topics]').count()).toBe(0);
    expect(requests.filter((u) => u.endsWith('/zoeken/themas.json'))).toEqual([]);
    await page.locator('.om-search-open').click();
    await page.locator('#om-header-zoekterm').fill('tekort aan leraren');
    await page.waitForFunction(
      () => document.querySelector('.om-search-results')?.getAttribute('data-query') === 'tekort aan leraren',
      null,
      {
        timeout: 15_000,
      },
    );
    const first = await page.locator('.om-search-results .result-title').first().getAttribute('href');
    expect(first).toBe('/themas/lerarentekort/');
    expect(requests.filter((u) => u.endsWith('/zoeken/themas.json'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
