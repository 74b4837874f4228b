/**
 * Search in a real browser: the questions readers come with put the right page in
 * the top three, Dutch compound words and synonyms find their page, and filters
 * narrow the results, also without a query.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoCspViolations, openSite, openTab, visit, type Site, type Tab } from './browser.ts';

/** Query → pages of which at least one must be in the top three. */
const QUERIES: [string, string[]][] = [
  ['zittenblijven', ['/sectorakkoord-vo/indicatoren/4-zittenblijven/', '/themas/zittenblijven/']],
  ['thuiszitters', ['/sectorakkoord-vo/indicatoren/6-thuiszitters/', '/themas/thuiszitters/']],
  ['lerarentekort', ['/themas/lerarentekort/', '/staat-2024/hoofdstukken/6-onderwijsprofessionals/']],
  ['burgerschap', ['/sectorakkoord-vo/indicatoren/11-burgerschap/', '/themas/burgerschap/']],
  [
    'startende leraren',
    [
      '/sectorakkoord-vo/indicatoren/14-startende-leraren/',
      '/bestuursakkoord-po/indicatoren/7-startende-leraren/',
      '/themas/startende-leraren/',
    ],
  ],
  [
    'kwaliteitszorg',
    ['/sectorakkoord-vo/indicatoren/21-kwaliteitszorg/', '/bestuursakkoord-po/indicatoren/4-kwaliteitszorg/', '/themas/kwaliteitszorg/'],
  ],
  ['Vensters', ['/sectorakkoord-vo/indicatoren/19-vensters-vo/', '/bestuursakkoord-po/indicatoren/6-vensters-po/', '/themas/vensters/']],
  ['schoolleidersregister', ['/bestuursakkoord-po/indicatoren/8-schoolleidersregister/']],
  ['basisvaardigheden', ['/staat-2024/hoofdstukken/2-basisvaardigheden/', '/themas/basisvaardigheden/']],
  ['passend onderwijs', ['/staat-2024/hoofdstukken/5-passend-onderwijs/', '/themas/passend-onderwijs/']],
  // Dutch compounds and synonyms that are not in the page's own words.
  ['tekort aan leraren', ['/themas/lerarentekort/', '/staat-2024/hoofdstukken/6-onderwijsprofessionals/']],
  [
    'starters',
    [
      '/sectorakkoord-vo/indicatoren/14-startende-leraren/',
      '/bestuursakkoord-po/indicatoren/7-startende-leraren/',
      '/themas/startende-leraren/',
    ],
  ],
  ['doubleren', ['/sectorakkoord-vo/indicatoren/4-zittenblijven/', '/themas/zittenblijven/']],
];

describe('search', () => {
  let site: Site;
  // The result lists are read in one tab that goes from search to search.
  let tab: Tab;
  beforeAll(async () => {
    site = await openSite();
    tab = await openTab(site);
  });
  afterAll(async () => {
    await tab.close();
    await site.close();
  });
  // Every test fails on any CSP violation in the pages it opened.
  afterEach(() => {
    expectNoCspViolations(site);
  });

  /** The result paths the search page shows for a URL query. */
  async function results(query: string): Promise<{ paths: string[]; status: string }> {
    const { page } = await tab.visit(`/zoeken/?${query}`);
    await page.waitForFunction(
      () => /resultaat|resultaten|Geen resultaten/.test(document.querySelector('.search-status')?.textContent ?? ''),
      undefined,
      { timeout: 15_000 },
    );
    const paths = await page.$$eval('.search-results .result-title', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    const status = (await page.locator('.search-status').textContent()) ?? '';
    return { paths, status };
  }

  it.each(QUERIES)('"%s" puts the right page in the top three', async (query, expected) => {
    const { paths } = await results(new URLSearchParams({ q: query }).toString());
    expect(
      paths.slice(0, 3).some((p) => expected.includes(p)),
      `top 3: ${paths.slice(0, 3).join(', ')}`,
    ).toBe(true);
  });

  it('filters without a query and narrows with each filter', async () => {
    const indicators = await results('soort=indicator');
    expect(indicators.status).toBe('34 resultaten');
    const po = await results('soort=indicator&sector=po');
    expect(po.status).toBe('10 resultaten');
    expect(po.paths.every((p) => p.startsWith('/bestuursakkoord-po/indicatoren/'))).toBe(true);
    const chapters = await results('soort=hoofdstuk');
    expect(chapters.status).toBe('6 resultaten');
    const both = await results('soort=indicator&soort=hoofdstuk');
    expect(both.status).toBe('40 resultaten');
    const withQuery = await results('q=leraren&soort=indicator&sector=vo');
    expect(withQuery.paths.length).toBeGreaterThan(0);
    expect(withQuery.paths.every((p) => p.startsWith('/sectorakkoord-vo/indicatoren/'))).toBe(true);
  });

  it('shows kind, status and latest figure per indicator result, and keeps the search in the URL', async () => {
    const { page } = await visit(site, '/zoeken/');
    await page.locator('#zoekterm').fill('zittenblijven');
    await page.waitForSelector('.search-results li');
    const first = page.locator('.search-results li', { has: page.locator('.result-kind', { hasText: 'indicator' }) }).first();
    const text = (await first.textContent()) ?? '';
    expect(text).toContain('indicator');
    expect(text).toMatch(/Status: /);
    expect(text).toMatch(/Laatste cijfer: /);
    expect(page.url()).toContain('q=zittenblijven');
    await page.context().close();
  });
});
