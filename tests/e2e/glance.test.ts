/**
 * The figure at a glance, as a reader sees it in Chromium: on every indicator page, at
 * phone and desktop size, the latest figure (or "Geen cijfer"), the target, the status
 * and the source stand in the first screen; without JavaScript the theme follows the
 * reader's system; tables on a phone never cut a word in two.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../site/built.ts';
import { visit, useSite } from './browser.ts';

const VIEWPORTS = [
  { name: 'telefoon', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
const PARTS = { figure: 'laatste cijfer', target: 'doel', status: 'status', source: 'bron' } as const;

describe('the figure at a glance', () => {
  const site = useSite();

  it('every indicator page shows its latest figure, target, status and source in the first screen', async () => {
    const indicators = builtPages().filter((p) => /\/indicatoren\/[^/]+\/$/.test(p));
    expect(indicators.length).toBeGreaterThanOrEqual(34);
    const problems: string[] = [];
    // Both sizes at once, each in a page of its own; one round trip per page for the boxes.
    await Promise.all(
      VIEWPORTS.map(async (viewport) => {
        const context = await site.browser.newContext({ viewport });
        const page = await context.newPage();
        for (const path of indicators) {
          await page.goto(`${site.base}${path}`, { waitUntil: 'load' });
          const { boxes, figure } = await page.evaluate((parts) => {
            const rect = (part: string) => {
              const el = document.querySelector(`[data-testid="figure-card"] [data-part="${part}"]`);
              const r = el?.getBoundingClientRect();
              // What Playwright's boundingBox() gives: nothing for an absent or unrendered element.
              return r && (r.width > 0 || r.height > 0) ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
            };
            return {
              boxes: parts.map(rect),
              figure: document.querySelector('[data-part="figure"]')?.textContent?.trim() ?? '',
            };
          }, Object.keys(PARTS));
          Object.values(PARTS).forEach((name, i) => {
            const box = boxes[i];
            if (!box) problems.push(`${path} (${viewport.name}): ${name} ontbreekt`);
            else if (box.y < 0 || box.y + box.height > viewport.height || box.x < 0 || box.x + box.width > viewport.width)
              problems.push(
                `${path} (${viewport.name}): ${name} staat buiten het eerste scherm (y ${String(Math.round(box.y))}–${String(Math.round(box.y + box.height))})`,
              );
          });
          if (!/\d|Geen cijfer/.test(figure)) problems.push(`${path}: het cijfer is geen getal en niet "Geen cijfer": ${figure}`);
        }
        await context.close();
      }),
    );
    expect(problems).toEqual([]);
  }, 300_000);

  it('without JavaScript the theme follows the system setting (prefers-color-scheme)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await visit(site, '/sectorakkoord-vo/indicatoren/4-zittenblijven/', {
        javaScriptEnabled: false,
        colorScheme: scheme,
      });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r = 0, g = 0, b = 0] = (background.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      const light = (r + g + b) / 3 > 128;
      expect(light, `${scheme}: achtergrond ${background}`).toBe(scheme === 'light');
      await page.context().close();
    }
  });

  it('tables on a phone never cut a word in two, and show that they scroll sideways', async () => {
    const paths = [
      '/sectorakkoord-vo/indicatoren/22-zwakke-afdelingen/',
      '/bestuursakkoord-po/indicatoren/7-startende-leraren/',
      '/sectorakkoord-vo/ambities/5-scholen-als-lerende-organisaties/',
      '/staat-2024/hoofdstukken/6-onderwijsprofessionals/',
    ];
    const problems: string[] = [];
    for (const path of paths) {
      const { page } = await visit(site, path, { viewport: { width: 390, height: 844 }, isMobile: true });
      const report = await page.evaluate(() => {
        const out: string[] = [];
        let scrollers = 0;
        let marked = 0;
        for (const cell of document.querySelectorAll<HTMLElement>('.sl-markdown-content table td, .sl-markdown-content table th')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (lines.size > 1) out.push(`"${m[0]}" in "${(cell.textContent ?? '').trim().slice(0, 60)}"`);
            }
          }
        }
        for (const box of document.querySelectorAll<HTMLElement>('.table-scroll')) {
          if (box.scrollWidth > box.clientWidth + 1) {
            scrollers++;
            // The edge that has more shows a shadow (a scroll shadow drawn as background gradients).
            if (getComputedStyle(box).backgroundImage.split('gradient').length > 4) marked++;
          }
        }
        return { out, scrollers, marked };
      });
      for (const w of report.out) problems.push(`${path}: woord afgebroken: ${w}`);
      if (report.marked !== report.scrollers)
        problems.push(`${path}: ${String(report.scrollers - report.marked)} tabel(len) schuiven zonder dat te laten zien`);
      await page.context().close();
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
