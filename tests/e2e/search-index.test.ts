/**
 * The search index as readers meet it: every page's indexed text (what excerpts are
 * cut from) pairs no figure with a § locator other than its own, editors' pages are not
 * in it, indicators that share a subject say which agreement they belong to, and a
 * query with a word that occurs nowhere still finds the pages for the other words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, pageHtml } from '../site/built.ts';
import { openSite, visit, type Site } from './browser.ts';
import { isFigure } from '../../src/lib/domain/search-text.ts';

interface Indexed {
  url: string;
  content: string;
  meta: Record<string, string>;
  /** Where each section starts (a heading with an id), in words. */
  starts: number[];
}

/** Every page in the index, with its indexed text and metadata. */
async function wholeIndex(page: Page): Promise<Indexed[]> {
  // A string, so the test runner leaves its import() alone.
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const kinds = Object.keys((await pf.filters()).soort ?? {});
    const all = await pf.search(null, { filters: { soort: { any: kinds } } });
    return Promise.all(all.results.map(async (r) => {
      const d = await r.data();
      const starts = d.anchors
        .filter((a) => (a.title && /\\S/.test(a.title)) || (/h\\d/i.test(a.element) && a.text && /\\S/.test(a.text)))
        .map((a) => a.location);
      return { url: d.url, content: d.content, meta: d.meta, starts };
    }));
  })()`);
}

/** Words of an excerpt: as long as the search shows (src/lib/domain/search-config.ts). */
const WINDOW = 26;

/**
 * Places where a figure stands within an excerpt's reach of a § locator, outside the
 * sentence that names that §. A § in the same sentence as a figure is that figure's
 * own ("In § 2.3 staat hiervoor 6,8%"); a cross-reference ("Zie ook § 1.3.1 over …")
 * names no figure. An excerpt stays within one section (src/lib/domain/search-text.ts), so
 * the text is checked section by section.
 */
export function strayLocators(page: Pick<Indexed, 'content' | 'starts'>): string[] {
  const all = page.content.split(/[^\S\uFEFF]+/);
  const bounds = [0, ...page.starts.filter((s) => s > 0), all.length];
  return bounds.slice(1).flatMap((end, i) => strayInSection(all.slice(bounds[i], end)));
}

function strayInSection(words: string[]): string[] {
  const endsSentence = (w: string | undefined) => w !== undefined && /[.!?:;]$/.test(w) && !/^\d+(\.\d+)*\.?$/.test(w);
  const out: string[] = [];
  words.forEach((w, i) => {
    if (!w.startsWith('§')) return;
    let from = i;
    while (from > 0 && !endsSentence(words[from - 1])) from--;
    let to = i + 1; // the number after "§"
    while (to < words.length - 1 && !endsSentence(words[to])) to++;
    // A cross-reference names no figure: "Zie ook § 1.3.1 …", "(zie § 2.2)".
    if (/^zie\b/i.test(words[from] ?? '') || /^\(?zie$/i.test(words[i - 1] ?? '')) return;
    for (let j = Math.max(0, i - WINDOW); j < Math.min(words.length, i + WINDOW); j++) {
      if (j >= from && j <= to) continue;
      if (isFigure(words[j] ?? '', words[j + 1])) {
        out.push(words.slice(Math.max(0, Math.min(i, j) - 3), Math.max(i, j) + 4).join(' '));
        break;
      }
    }
  });
  return out;
}

describe('search index', () => {
  let site: Site;
  let index: Indexed[];
  beforeAll(async () => {
    site = await openSite();
    const { page } = await visit(site, '/zoeken/');
    index = await wholeIndex(page);
    await page.context().close();
  });
  afterAll(async () => {
    await site.close();
  });

  it('holds the readers’ pages', () => {
    expect(index.length).toBeGreaterThan(90);
    expect(index.some((p) => p.url === '/staat-2024/hoofdstukken/6-onderwijsprofessionals/')).toBe(true);
  });

  it('pairs no figure with a § locator other than its own', () => {
    const stray = index.flatMap((p) => strayLocators(p).map((s) => `${p.url}: ${s}`));
    expect(stray).toEqual([]);
  });

  it('keeps the search page’s script inside the document', () => {
    const html = pageHtml('/zoeken/');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html.slice(html.lastIndexOf('</body>'))).not.toContain('<script');
  });

  it('carries the filters and search words in the index, not in the pages readers download', () => {
    const chapter = index.find((p) => p.url === '/staat-2024/hoofdstukken/6-onderwijsprofessionals/');
    expect(chapter?.meta['soort']).toBe('hoofdstuk');
    expect(chapter?.meta['zoekwoorden']).toContain('zij-instromers');
    expect(index.find((p) => p.url === '/themas/lerarentekort/')?.meta['soort']).toBe('thema');
    const withSearchData = builtPages().filter((path) => /data-pagefind-(?:filter|meta)=/.test(pageHtml(path)));
    expect(withSearchData).toEqual([]);
  });

  it('keeps editors’ pages out', () => {
    expect(index.filter((p) => p.url.startsWith('/redactie/')).map((p) => p.url)).toEqual([]);
  });

  it('names the agreement where two indicators share a subject, in the result and on the page', () => {
    const indicators = index.filter((p) => p.meta['soort'] === 'indicator');
    expect(indicators.length).toBe(34);
    const titles = indicators.map((p) => p.meta['title']);
    expect(new Set(titles).size).toBe(titles.length);
    const byUrl = new Map(indicators.map((p) => [p.url, p.meta['title'] ?? '']));
    // Counterparts: the same subject in both agreements.
    for (const [url, short] of [
      ['/sectorakkoord-vo/indicatoren/14-startende-leraren/', 'VO'],
      ['/bestuursakkoord-po/indicatoren/7-startende-leraren/', 'PO'],
      ['/sectorakkoord-vo/indicatoren/21-kwaliteitszorg/', 'VO'],
      ['/bestuursakkoord-po/indicatoren/4-kwaliteitszorg/', 'PO'],
    ] as const) {
      expect(byUrl.get(url), url).toMatch(new RegExp(`\\b${short}\\b`));
      const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(pageHtml(url))?.[1] ?? '';
      expect(h1, url).toMatch(new RegExp(`\\b${short}\\b`));
      expect(/<title>([^<]*)<\/title>/.exec(pageHtml(url))?.[1], url).toMatch(new RegExp(`\\b${short}\\b`));
    }
    // An indicator without a counterpart keeps its plain title.
    expect(byUrl.get('/sectorakkoord-vo/indicatoren/6-thuiszitters/')).toBe('Thuiszitters');
  });

  it('still finds pages when one word of the query occurs nowhere, and says so', async () => {
    const { page } = await visit(site, `/zoeken/?q=${encodeURIComponent('lerarentekort xqzwvyk')}`);
    await page.waitForFunction(() => document.querySelector('.search-results')?.getAttribute('data-query') === 'lerarentekort xqzwvyk');
    const paths = await page.$$eval('.search-results .result-title', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(paths[0]).toBe('/themas/lerarentekort/');
    expect(await page.locator('.search-status').innerText()).toMatch(
      /Geen resultaten met alle woorden: “xqzwvyk” komt op geen enkele pagina voor/,
    );
    await page.context().close();
  });

  it('merges the words when no page has them all', async () => {
    const q = 'zomerschool schoolleiderstekort';
    const { page } = await visit(site, `/zoeken/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction((query) => document.querySelector('.search-results')?.getAttribute('data-query') === query, q);
    expect(await page.locator('.search-results > li').count()).toBeGreaterThan(1);
    expect(await page.locator('.search-status').innerText()).toMatch(/resultaat|resultaten/);
    await page.context().close();
  });
});
