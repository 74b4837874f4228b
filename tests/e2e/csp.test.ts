/**
 * The site on a host that ignores _headers, such as GitHub Pages: only the policy in the
 * pages' `<meta http-equiv="Content-Security-Policy">` applies. It blocks an injected
 * inline script, and the site still works under it: charts, search (Pagefind's
 * WebAssembly, the header dialog and /zoeken/) and the theme switch, with no CSP
 * violation, although each page's policy lists only the hashes of its own inline code.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { drawAllCharts, expectNoCspViolations, visit, useSite } from './browser.ts';

const INDICATOR = '/sectorakkoord-vo/indicatoren/4-zittenblijven/';
const CHAPTER = '/staat-2024/hoofdstukken/6-onderwijsprofessionals/';
const EMBED = '/embed/sectorakkoord-vo-4/';

describe('with only the meta policy (no _headers)', () => {
  const site = useSite({ headers: false });
  afterEach(() => {
    expectNoCspViolations(site);
  });

  it('serves no policy header, and every page carries the policy as a meta element', async () => {
    const response = await fetch(`${site.base}/`);
    expect(response.headers.get('content-security-policy')).toBeNull();
    const { page } = await visit(site, INDICATOR);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('frame-ancestors');
    await page.context().close();
  });

  it('blocks an inline script that a page did not ship', async () => {
    const { page, cspViolations } = await visit(site, '/');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      await new Promise((ok) => setTimeout(ok, 100));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    expect(cspViolations.join('\n')).toMatch(/script-src/);
    // The violation was the point of this test; the others must have none.
    site.cspViolations.length = 0;
    await page.context().close();
  });

  it('draws the charts and switches the theme', async () => {
    const { page, errors } = await visit(site, INDICATOR, { colorScheme: 'light' });
    await drawAllCharts(page);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens the header search with a query on a chapter page, whose policy has only that page's hashes", async () => {
    const { page, errors } = await visit(site, CHAPTER, { viewport: { width: 1280, height: 900 } });
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    // Fewer style-attribute hashes than the site has: the page's own.
    const attr = policy.split(';').find((d) => d.trim().startsWith('style-src-attr')) ?? '';
    expect(attr.match(/'sha256-/g)?.length).toBe(
      new Set(await page.locator('[style]').evaluateAll((els) => els.map((e) => e.getAttribute('style')))).size,
    );
    await page.locator('.om-search-open').click();
    await page.locator('#om-header-zoekterm').fill('lerarentekort');
    await page.waitForFunction(() => document.querySelector('.om-search-results')?.getAttribute('data-query') === 'lerarentekort', null, {
      timeout: 15_000,
    });
    expect(await page.locator('.om-search-results li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("draws the charts of a chapter's figures page, and of an embed under style-src-attr 'none' (it has no style attributes)", async () => {
    for (const path of [`${CHAPTER}cijfers/`, EMBED]) {
      const { page, errors } = await visit(site, path);
      expect(await page.locator('canvas.om-chart').count(), path).toBeGreaterThan(0);
      await drawAllCharts(page);
      const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
      if (path === EMBED) expect(policy).toContain("style-src-attr 'none'");
      expect(errors, path).toEqual([]);
      await page.context().close();
    }
  });

  it('searches (Pagefind runs as WebAssembly under the policy)', async () => {
    const { page, errors } = await visit(site, '/zoeken/?q=zittenblijven');
    await page.waitForSelector('.search-results li', { timeout: 15_000 });
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
