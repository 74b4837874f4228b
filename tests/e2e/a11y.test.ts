/**
 * Accessibility: axe-core (WCAG 2.2 A and AA rules) over every built page, in the
 * light and the dark theme. Expected: 0 violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, hasBuild } from '../site/built.ts';
import { openSite, type Site } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.runIf(hasBuild)('accessibility', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it.each(['light', 'dark'] as const)(
    'every page has 0 axe violations in the %s theme',
    async (theme) => {
      const pages = builtPages();
      // The test injects axe itself; the site's CSP rightly forbids that, so it is bypassed here only.
      const context = await site.browser.newContext({ bypassCSP: true, colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(`${site.base}${path}`, { waitUntil: 'networkidle' });
        await page.addScriptTag({ content: axeSource });
        const violations = (await page.evaluate(
          async (tags) =>
            (
              await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe.run(
                document,
                { runOnly: { type: 'tag', values: tags } },
              )
            ).violations,
          TAGS,
        )) as AxeViolation[];
        for (const v of violations)
          found.push(
            `${path} [${theme}] ${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
          );
      }
      await context.close();
      console.log(`axe (${theme}): ${String(pages.length)} pagina's, ${String(found.length)} overtredingen`);
      expect(found).toEqual([]);
    },
    900_000,
  );
});
