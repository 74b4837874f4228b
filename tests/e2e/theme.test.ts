/**
 * The page chrome that Starlight writes inline and the site loads lighter
 * (src/components/starlight/ThemeProvider.astro, Sidebar.astro): the theme is set from
 * the head's script file before the body is read (no flash of the wrong theme), the
 * reader's stored choice wins over the system setting, "auto" follows the system, and the
 * theme select shows the choice and its icon, Starlight's own. The sidebar marks the
 * current page with its group open, on a phone in the menu too.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
// Starlight's icons, read from its package (not an export of it): the select must show these.
import { Icons } from '../../node_modules/@astrojs/starlight/dist/components-internals/Icons.js';
import { expectNoCspViolations, visit, useSite, type Site } from './browser.ts';

const CHAPTER = '/staat-2024/hoofdstukken/6-onderwijsprofessionals/';
const ICONS = { light: Icons.sun, dark: Icons.moon, auto: Icons.laptop };

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

/** An icon's markup as Starlight writes it (`<path …/>`), whether it came from Starlight or from the DOM (`<path …></path>`). */
const iconMarkup = (html: string | undefined) => html?.replace(/><\/path>/g, '/>');

/** What every theme select on the page (the header's and the phone menu's) shows: its value and its icon. */
const pickers = async (page: Page) =>
  (
    await page
      .locator('starlight-theme-select')
      .evaluateAll((all) =>
        all.map((picker) => ({ value: picker.querySelector('select')?.value, icon: picker.querySelector('svg.label-icon')?.innerHTML })),
      )
  ).map(({ value, icon }) => ({ value, icon: iconMarkup(icon) }));

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
    expect(iconMarkup(await page.locator('#starlight__sidebar starlight-theme-select svg.label-icon').innerHTML())).toBe(ICONS.dark);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
