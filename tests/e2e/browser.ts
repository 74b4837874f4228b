/**
 * The served production build and the shared Chromium, started once per run by
 * tests/setup/browser.ts, and helpers to visit pages in them.
 */
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { DIST } from '../site/built.ts';

export interface Site {
  base: string;
  browser: Browser;
  close: () => Promise<void>;
  /** Every CSP violation seen by `visit` since the last `expectNoCspViolations`. */
  cspViolations: string[];
}

/**
 * Connects to the shared Chromium and the served dist/ (close() disconnects; the setup
 * stops them). With `headers: false` a server of its own serves dist/ without
 * dist/_headers, as GitHub Pages does: only the policy in the pages' meta element applies.
 */
export async function openSite(options: { headers?: boolean } = {}): Promise<Site> {
  const browser = await chromium.connect(inject('browserEndpoint'));
  const own = options.headers === false ? await serve(DIST, 0, { headers: false }) : undefined;
  const base = own ? `http://127.0.0.1:${String((own.address() as AddressInfo).port)}` : inject('siteBase');
  return {
    base,
    browser,
    cspViolations: [],
    close: async () => {
      await browser.close();
      own?.close();
    },
  };
}

/**
 * The site for the tests of one file: opened before them and closed after them. The
 * returned object stands for the opened site (it may be used only inside the tests).
 */
export function useSite(options: { headers?: boolean } = {}): Site {
  let opened: Site | undefined;
  beforeAll(async () => {
    opened = await openSite(options);
  });
  afterAll(async () => {
    await opened?.close();
  });
  const current = (): Site => {
    if (!opened) throw new Error('de site is nog niet geopend: gebruik useSite() alleen binnen een test');
    return opened;
  };
  return new Proxy({} as Site, {
    get: (_target, key) => Reflect.get(current(), key),
    set: (_target, key, value) => Reflect.set(current(), key, value),
  });
}

export interface PageReport {
  page: Page;
  errors: string[];
  requests: string[];
  cspViolations: string[];
}

/** Records a page's console errors, page errors, requests and CSP violations in the report of the moment. */
async function record(site: Site, page: Page, now: () => { path: string; report: PageReport }): Promise<void> {
  page.on('console', (m) => {
    const { path, report } = now();
    if (m.type() === 'error') report.errors.push(m.text());
    if (/Content Security Policy/i.test(m.text())) {
      report.cspViolations.push(m.text());
      site.cspViolations.push(`${path}: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => now().report.errors.push(e.message));
  page.on('request', (r) => now().report.requests.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

/**
 * Opens a page and records console errors, page errors, every request and CSP violations.
 * It returns when the network has been idle for 500 ms, or with `waitUntil: 'load'` at
 * the load event (then wait for 'networkidle' yourself before what needs it).
 */
export async function visit(
  site: Site,
  path: string,
  options: BrowserContextOptions = {},
  waitUntil: 'load' | 'networkidle' = 'networkidle',
): Promise<PageReport> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const report: PageReport = { page, errors: [], requests: [], cspViolations: [] };
  await record(site, page, () => ({ path, report }));
  await page.goto(`${site.base}${path}`, { waitUntil });
  return report;
}

/** One browser tab that visits many pages in turn: see `openTab`. */
export interface Tab {
  /** Opens the path in this tab, as `visit` does, with a new report. */
  visit: (path: string, waitUntil?: 'load' | 'networkidle') => Promise<PageReport>;
  close: () => Promise<void>;
}

/**
 * A tab for visiting many pages one after another, as a reader clicking through the site
 * does: far cheaper than a new browser context per page (one renderer process, and
 * Chromium compiles a script it has seen before, such as axe, only once). Before each
 * visit the tab forgets what the reader chose on the page before (the theme in
 * localStorage, the colour scheme), so every page opens as it does for a new reader.
 */
export async function openTab(site: Site, options: BrowserContextOptions = {}): Promise<Tab> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  let now = { path: '', report: { page, errors: [], requests: [], cspViolations: [] } as PageReport };
  await record(site, page, () => now);
  return {
    visit: async (path, waitUntil = 'networkidle') => {
      if (page.url().startsWith(site.base))
        await page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
      await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light', media: null });
      now = { path, report: { page, errors: [], requests: [], cspViolations: [] } };
      await page.goto(`${site.base}${path}`, { waitUntil });
      return now.report;
    },
    close: () => context.close(),
  };
}

/** Fails the test if any page visited since the last call had a CSP violation (call it in afterEach). */
export function expectNoCspViolations(site: Site): void {
  const seen = site.cspViolations.splice(0);
  expect(seen, 'CSP-overtredingen').toEqual([]);
}

/**
 * Brings every chart into view in turn, as a reader scrolling down does, and waits until
 * each one has drawn (charts draw lazily, when they come near the viewport). One chart at
 * a time, so a busy machine that skips frames cannot scroll past a chart unseen.
 */
export async function drawAllCharts(page: Page, timeout = 30_000): Promise<void> {
  const charts = page.locator('canvas.om-chart');
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded({ timeout });
    await page.waitForFunction((canvas) => (canvas as HTMLElement).dataset['drawn'] === 'true', await chart.elementHandle({ timeout }), {
      timeout,
    });
  }
}

/** The text a reader sees on the first screen (the viewport as it is). */
export async function firstScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim()) continue;
      if (el.closest('dialog:not([open]), [hidden], .sr-only, script, style')) continue;
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight) out.push(node.textContent);
    }
    return out.join(' ');
  });
}
