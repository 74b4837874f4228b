/**
 * A served production build and Debian's Chromium (never a downloaded browser),
 * shared by the browser tests of one file.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { DIST } from '../site/built.ts';

export const CHROME = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

export interface Site {
  base: string;
  browser: Browser;
  close: () => Promise<void>;
  /** Every CSP violation seen by `visit` since the last `expectNoCspViolations`. */
  cspViolations: string[];
}

/**
 * Serves dist/ on a free port and starts headless Chromium. With `headers: false` the
 * server ignores dist/_headers, as GitHub Pages does: only the policy in the pages' meta element applies.
 */
export async function openSite(options: { headers?: boolean } = {}): Promise<Site> {
  const server: Server = await serve(DIST, 0, { headers: options.headers ?? true });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  return {
    base: `http://127.0.0.1:${String(port)}`,
    browser,
    cspViolations: [],
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

export interface PageReport {
  page: Page;
  errors: string[];
  requests: string[];
  cspViolations: string[];
}

/** Opens a page and records console errors, page errors, every request and CSP violations. */
export async function visit(site: Site, path: string, options: BrowserContextOptions = {}): Promise<PageReport> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const report: PageReport = { page, errors: [], requests: [], cspViolations: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') report.errors.push(m.text());
    if (/Content Security Policy/i.test(m.text())) {
      report.cspViolations.push(m.text());
      site.cspViolations.push(`${path}: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => report.errors.push(e.message));
  page.on('request', (r) => report.requests.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${site.base}${path}`, { waitUntil: 'networkidle' });
  return report;
}

/** Fails the test if any page visited since the last call had a CSP violation (call it in afterEach). */
export function expectNoCspViolations(site: Site): void {
  const seen = site.cspViolations.splice(0);
  expect(seen, 'CSP-overtredingen').toEqual([]);
}

/** Scrolls through the page so lazily drawn charts come into view, then waits for them. */
export async function drawAllCharts(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(30);
  }
  await page.waitForFunction(
    () => [...document.querySelectorAll('canvas.om-chart')].every((c) => (c as HTMLElement).dataset['drawn'] === 'true'),
    undefined,
    { timeout: 10_000 },
  );
}
