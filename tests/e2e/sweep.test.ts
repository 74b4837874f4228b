/**
 * Every built page in Chromium, several at once (each of a few tabs goes from page to
 * page, as a reader does), each loaded once:
 * - it loads with no console error, no CSP violation and only same-origin requests,
 *   and every chart on it draws;
 * - axe-core (WCAG 2.2 A and AA rules) finds 0 violations in the light theme, and again
 *   after the reader switches to the dark theme in the same page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, pageHtml } from '../site/built.ts';
import { drawAllCharts, openSite, openTab, type Site, type Tab } from './browser.ts';

/** Pages open at the same time (SWEEP_PAGES overrides). */
const AT_ONCE = Number(process.env['SWEEP_PAGES'] ?? 4);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

interface PageResult {
  problems: string[];
  axe: { light: string[]; dark: string[] };
  requests: number;
  charts: number;
}

/** axe over the page as it is now; one line per violation. */
async function axe(page: Page, path: string, theme: string): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern, so the
  // same load also proves that the page itself breaks no CSP rule.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          // Only violations are read: axe then details passes and the like with one
          // node each instead of all (its own advice for big pages); what it checks is the same.
          resultTypes: ['violations'],
        })
      ).violations,
    TAGS,
  )) as AxeViolation[];
  return violations.map(
    (v) =>
      `${path} [${theme}] ${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/** Opens one page in the tab and runs every check on it; `failed` when a step threw. */
async function sweep(site: Site, tab: Tab, path: string): Promise<PageResult & { failed: boolean }> {
  const result: PageResult & { failed: boolean } = { problems: [], axe: { light: [], dark: [] }, requests: 0, charts: 0, failed: false };
  // From the load event on, the charts draw while the network settles; axe waits for both.
  const { page, errors, cspViolations } = await tab.visit(path, 'load');
  try {
    if (pageHtml(path).includes('om-chart')) {
      await drawAllCharts(page);
      // Painted: the canvas has non-transparent pixels.
      const painted = await page.$$eval('canvas.om-chart', (list) =>
        list.map((c) => {
          const canvas = c as HTMLCanvasElement;
          const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
          let opaque = 0;
          for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) opaque++;
          return opaque;
        }),
      );
      result.charts = painted.length;
      painted.forEach((n, i) => {
        if (n < 100) result.problems.push(`${path}: grafiek ${String(i + 1)} is leeg`);
      });
    }
    await page.waitForLoadState('networkidle');
    const urls = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .concat(location.href),
    );
    result.requests = urls.length;
    for (const url of urls) if (new URL(url).origin !== site.base) result.problems.push(`${path}: verzoek naar een ander domein: ${url}`);

    result.axe.light = await axe(page, path, 'light');
    // The dark theme as Starlight's theme switch sets it (and the system preference with it);
    // the charts redraw in the new colours.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => {
      localStorage.setItem('starlight-theme', 'dark');
      document.documentElement.dataset['theme'] = 'dark';
    });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    result.axe.dark = await axe(page, path, 'dark');
  } catch (e) {
    result.problems.push(`${path}: ${e instanceof Error ? e.message : String(e)}`);
    result.failed = true;
  } finally {
    for (const e of errors) result.problems.push(`${path}: console: ${e}`);
    for (const v of cspViolations) result.problems.push(`${path}: CSP: ${v}`);
  }
  return result;
}

describe('every page in the browser', () => {
  let site: Site;
  const pages = builtPages();
  const results = new Map<string, PageResult>();

  beforeAll(async () => {
    site = await openSite();
    const queue = [...pages];
    // Each worker visits its pages in one tab (a new tab after a page whose check threw).
    const worker = async () => {
      let tab = await openTab(site, { colorScheme: 'light' });
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const result = await sweep(site, tab, path);
        results.set(path, result);
        if (result.failed) {
          await tab.close();
          tab = await openTab(site, { colorScheme: 'light' });
        }
      }
      await tab.close();
    };
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, pages.length) }, worker));
    // About a minute on an idle 2-core machine; each step has its own timeout, so this one
    // only has to outlast a machine shared with other heavy jobs.
  }, 2_400_000);

  afterAll(async () => {
    await site.close();
  });

  const all = () => [...results.values()];

  it('every page loads with no console error, no CSP violation and only same-origin requests; every chart draws', () => {
    const problems = all().flatMap((r) => r.problems);
    const sum = (f: (r: PageResult) => number) => all().reduce((n, r) => n + f(r), 0);
    console.log(
      `browser: ${String(results.size)} pagina's geopend (${String(AT_ONCE)} tegelijk), ${String(sum((r) => r.requests))} verzoeken (alle van eigen domein gecontroleerd), ${String(sum((r) => r.charts))} grafieken getekend, ${String(problems.length)} problemen`,
    );
    expect(results.size).toBe(pages.length);
    expect(problems).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('every page has 0 axe violations in the %s theme', (theme) => {
    const found = all().flatMap((r) => r.axe[theme]);
    console.log(`axe (${theme}): ${String(results.size)} pagina's, ${String(found.length)} overtredingen`);
    expect(results.size).toBe(pages.length);
    expect(found).toEqual([]);
  });
});
