/**
 * Chapters in Chromium, at phone (390×844) and desktop (1280×900) size: after jumping
 * to a section's anchor, the section's first key figure is inside the first viewport;
 * the page opens with its headline figures and the agreements it relates to.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/check/check.ts';
import { sectionAnchor } from '../../src/lib/domain/anchors.ts';
import { pageUrl } from '../../src/lib/domain/urls.ts';
import { sectionFigures } from '../../src/lib/views/chapter.ts';
import { formatFigure } from '../../src/lib/domain/format.ts';
import { useSite } from './browser.ts';

const { pages } = checkContent(join(import.meta.dirname, '..', '..'));
const chapters = pages.flatMap((p) => (p.data.type === 'chapter' ? [{ id: p.id, data: p.data }] : []));
const VIEWPORTS = [
  { name: 'telefoon', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

describe('chapters in the browser', () => {
  const site = useSite();

  it('shows the first key figure of every section inside the first viewport after jumping to its anchor', async () => {
    const misses: string[] = [];
    let checked = 0;
    for (const viewport of VIEWPORTS) {
      const context = await site.browser.newContext({ viewport });
      const page = await context.newPage();
      for (const chapter of chapters) {
        await page.goto(`${site.base}${pageUrl(chapter.id)}`);
        for (const section of chapter.data.sections) {
          const first = sectionFigures(chapter.data.keyFigures, section.number)[0];
          if (!first) continue;
          checked++;
          const anchor = sectionAnchor(section.number);
          await page.goto(`${site.base}${pageUrl(chapter.id)}#${anchor}`);
          const box = await page.evaluate((id) => {
            const heading = document.getElementById(id);
            const wrapper = heading?.closest('.sl-heading-wrapper') ?? heading;
            const card = wrapper?.nextElementSibling?.querySelector('.figure-card');
            const value = card?.querySelector('.figure-card-value');
            if (!card || !value) return undefined;
            const r = card.getBoundingClientRect();
            return {
              top: r.top,
              bottom: value.getBoundingClientRect().bottom,
              value: value.textContent?.trim() ?? '',
              text: card.textContent ?? '',
            };
          }, anchor);
          const where = `${viewport.name} ${pageUrl(chapter.id)}#${anchor}`;
          if (!box) misses.push(`${where}: geen cijferkaart onder de kop`);
          else if (box.top < 0 || box.bottom > viewport.height) misses.push(`${where}: eerste cijfer op ${String(Math.round(box.top))} px`);
          else if (box.value !== formatFigure(first)) misses.push(`${where}: ${box.value} in plaats van ${formatFigure(first)}`);
        }
      }
      await context.close();
    }
    console.log(
      `hoofdstukken: ${String(checked)} paragrafen met kerncijfers gecontroleerd (telefoon en desktop), ${String(misses.length)} fout`,
    );
    expect(checked).toBeGreaterThan(40);
    expect(misses).toEqual([]);
  });

  it('opens a chapter with its headline figures and the agreements it relates to, before the text', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.base}/staat-2024/hoofdstukken/6-onderwijsprofessionals/`);
    const order = await page.evaluate(() => {
      const top = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? Infinity;
      return {
        headline: document.querySelectorAll(
          '#kerncijfers ~ .figure-cards .figure-card, .sl-heading-wrapper:has(#kerncijfers) + .figure-cards .figure-card',
        ).length,
        kerncijfers: top('#kerncijfers'),
        afspraken: top('#afspraken'),
        text: top('#par-6-1'),
      };
    });
    expect(order.headline).toBeGreaterThanOrEqual(3);
    expect(order.headline).toBeLessThanOrEqual(6);
    expect(order.kerncijfers).toBeLessThan(844);
    expect(order.afspraken).toBeLessThan(order.text);
    await context.close();
  });

  it('keeps chapter 6 on a phone under a third of its old height (96,871 px before the redesign)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.base}/staat-2024/hoofdstukken/6-onderwijsprofessionals/`, { waitUntil: 'networkidle' });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`hoofdstuk 6 op een telefoon: ${String(height)} px`);
    expect(height).toBeLessThan(96_871 / 3);
    await context.close();
  });
});
