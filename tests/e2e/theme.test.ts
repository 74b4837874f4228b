/**
 * The page chrome that Starlight writes inline and the site loads lighter
 * (src/components/starlight/ThemeProvider.astro, Sidebar.astro): the theme is set from
 * the head's script file before the body is read (no flash of the wrong theme), the
 * reader's stored choice wins over the system setting, "auto" follows the system, and the
 * theme select shows the choice and its icon, Starlight's own. The sidebar marks the
 * current page with its group open, on a phone in the menu too. Starlight's icons are
 * drawn in CSS (src/integrations/css-icons.ts): each one empty in the page, its shape
 * Starlight's, in the text colour.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
// Starlight's icons, read from its package (not an export of it): the pages must show these.
import { Icons } from '../../node_modules/@astrojs/starlight/dist/components-internals/Icons.js';
import { expectNoCspViolations, visit, useSite, type Site } from './browser.ts';

const CHAPTER = '/staat-2024/hoofdstukken/6-onderwijsprofessionals/';
/** The icon the theme select shows for each choice (Starlight's names). */
const ICONS = { light: 'sun', dark: 'moon', auto: 'laptop' };
/** The first path of a Starlight icon, as its CSS shape must hold it. */
const firstPath = (name: string) => /d="([^"]+)"/.exec((Icons as Record<string, string>)[name] ?? '')?.[1];

interface Early {
  /** data-theme on <html> when <body> was added: before the first paint could show it. */
  atBody?: string | undefined;
  /** Whether ThemeSelect's module had run then (it defines <starlight-theme-select>). */
  selectDefined?: boolean;
}

/**
 * Opens the chapter page with a stored choice (undefined: none) and records the theme
 * when the body starts, before any module script can run.
 */
async function openWithStored(
  site: Site,
  stored: string | undefined,
  colorScheme: 'light' | 'dark',
): Promise<{ page: Page; early: Early; errors: string[] }> {
  const report = await visit(site, '/404.html', { colorScheme }, 'load');
  const { page } = report;
  await page.evaluate((value) => {
    if (value === undefined) localStorage.removeItem('starlight-theme');
    else localStorage.setItem('starlight-theme', value);
  }, stored);
  await page.addInitScript(() => {
    const early: Early = {};
    (window as unknown as { early: Early }).early = early;
    new MutationObserver((_records, observer) => {
      if (!document.body) return;
      early.atBody = document.documentElement.dataset['theme'];
      early.selectDefined = customElements.get('starlight-theme-select') !== undefined;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  report.errors.length = 0;
  await page.goto(`${site.base}${CHAPTER}`, { waitUntil: 'networkidle' });
  const early = await page.evaluate(() => (window as unknown as { early: Early }).early);
  return { page, early, errors: report.errors };
}

/** What every theme select on the page (the header's and the phone menu's) shows: its value and its icon. */
const pickers = (page: Page) =>
  page.locator('starlight-theme-select').evaluateAll((all) =>
    all.map((picker) => ({
      value: picker.querySelector('select')?.value,
      icon: picker.querySelector('svg.label-icon')?.getAttribute('data-icon'),
    })),
  );

/** Every Starlight icon on the page: its name, what is inside it, its drawn size, shape and colours. */
const icons = (page: Page) =>
  page.locator('svg.sl-icon').evaluateAll((all) =>
    all.map((svg) => {
      const style = getComputedStyle(svg);
      const box = svg.getBoundingClientRect();
      return {
        name: svg.getAttribute('data-icon') ?? '',
        inside: svg.innerHTML,
        hidden: svg.getAttribute('aria-hidden'),
        size: box.width > 0 && box.width === box.height,
        shape: style.maskImage,
        paint: style.backgroundColor === style.color,
      };
    }),
  );

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset['theme']);

describe('the theme and the sidebar', () => {
  const site = useSite();
  afterEach(() => {
    expectNoCspViolations(site);
  });

  it.each([
    { stored: 'light', system: 'dark', expected: 'light' },
    { stored: 'dark', system: 'light', expected: 'dark' },
  ] as const)('a stored choice of $stored wins over a $system system', async ({ stored, system, expected }) => {
    const { page, early, errors } = await openWithStored(site, stored, system);
    expect(early).toEqual({ atBody: expected, selectDefined: false });
    expect(await theme(page)).toBe(expected);
    const shown = await pickers(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const picker of shown) expect(picker).toEqual({ value: stored, icon: ICONS[stored] });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    { stored: undefined, system: 'light' },
    { stored: undefined, system: 'dark' },
    // What Starlight's select stores when the reader picks "Automatisch".
    { stored: '', system: 'light' },
    { stored: '', system: 'dark' },
  ] as const)('"auto" (stored: $stored) follows a $system system', async ({ stored, system }) => {
    const { page, early, errors } = await openWithStored(site, stored, system);
    expect(early).toEqual({ atBody: system, selectDefined: false });
    for (const picker of await pickers(page)) expect(picker).toEqual({ value: 'auto', icon: ICONS.auto });
    // And keeps following it when the system setting changes.
    const other = system === 'light' ? 'dark' : 'light';
    await page.emulateMedia({ colorScheme: other });
    await expect.poll(() => theme(page)).toBe(other);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the icon of what the reader picks, and keeps the choice on the next page', async () => {
    const { page, errors } = await openWithStored(site, undefined, 'dark');
    await page.locator('starlight-theme-select select').first().selectOption('light');
    expect(await theme(page)).toBe('light');
    for (const picker of await pickers(page)) expect(picker).toEqual({ value: 'light', icon: ICONS.light });
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.evaluate(() => (window as unknown as { early: Early }).early)).toEqual({ atBody: 'light', selectDefined: false });
    for (const picker of await pickers(page)) expect(picker).toEqual({ value: 'light', icon: ICONS.light });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks the current page, with its groups open', async () => {
    const { page } = await visit(site, CHAPTER);
    const marked = page.locator('#starlight__sidebar a[aria-current="page"]');
    await expect(marked.count()).resolves.toBe(1);
    expect(await marked.isVisible()).toBe(true);
    expect(await marked.textContent()).toContain('Onderwijsprofessionals');
    const closed = await marked.evaluate((a) => {
      const out: string[] = [];
      for (let d = a.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
        if (!d.open) out.push(d.outerHTML.slice(0, 80));
      return out;
    });
    expect(closed).toEqual([]);
    await page.context().close();
  });

  it('on a phone: the menu opens with the current page marked and the theme select', async () => {
    const { page, errors } = await visit(site, CHAPTER, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      colorScheme: 'light',
    });
    const marked = page.locator('#starlight__sidebar a[aria-current="page"]');
    expect(await marked.isVisible()).toBe(false);
    await page.locator('button.sl-menu-button').click();
    expect(await marked.isVisible()).toBe(true);
    const select = page.locator('#starlight__sidebar starlight-theme-select select');
    expect(await select.isVisible()).toBe(true);
    await select.selectOption('dark');
    expect(await theme(page)).toBe('dark');
    expect(await page.locator('#starlight__sidebar starlight-theme-select svg.label-icon').getAttribute('data-icon')).toBe(ICONS.dark);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([CHAPTER, '/sectorakkoord-vo/indicatoren/6-thuiszitters/'])(
    "draws every icon on %s in CSS: empty in the page, Starlight's shape, in the text colour",
    async (path) => {
      const { page, errors } = await visit(site, path, { viewport: { width: 1280, height: 900 } });
      const found = await icons(page);
      // Header, theme select, sidebar, footer, and on the indicator its asides.
      expect(found.length).toBeGreaterThanOrEqual(path === CHAPTER ? 10 : 12);
      for (const icon of found) {
        const d = firstPath(icon.name);
        expect(d, `Starlight has an icon "${icon.name}"`).toBeTruthy();
        expect(icon).toMatchObject({ inside: '', hidden: 'true', paint: true });
        expect(icon.shape).toContain(d);
      }
      // Drawn at a size on a desktop screen (the menu button's icons are for phones only).
      const shown = found.filter((icon) => icon.size).map((icon) => icon.name);
      expect(shown).toEqual(
        expect.arrayContaining(['magnifier', 'laptop', 'down-caret', 'right-caret', 'pencil', 'left-arrow', 'right-arrow']),
      );
      if (path !== CHAPTER) expect(shown).toEqual(expect.arrayContaining(['warning']));
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
