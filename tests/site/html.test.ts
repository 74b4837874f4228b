/**
 * Checks over every page of the production build: valid HTML, no broken internal
 * link or anchor (including links that components render), and a security headers
 * file whose policy the pages need.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, pageHtml } from './built.ts';

const pages = builtPages();

describe('the built site', () => {
  it('has every page', () => {
    expect(pages.length).toBeGreaterThan(50);
    console.log(`html: ${String(pages.length)} pagina's in dist/`);
  });

  it('has valid HTML on every page (html-validate, standard rules): 0 errors', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard'],
      rules: {
        // Starlight's own markup: the theme <select> and the search dialog use these on purpose.
        'no-redundant-role': 'off',
      },
    });
    const problems: string[] = [];
    for (const path of pages) {
      const report = await validator.validateString(pageHtml(path), path);
      for (const result of report.results)
        for (const m of result.messages) if (m.severity === 2) problems.push(`${path}:${String(m.line)} ${m.ruleId}: ${m.message}`);
    }
    console.log(`html-validate: ${String(pages.length)} pagina's, ${String(problems.length)} fouten`);
    expect(problems).toEqual([]);
  });

  it('glues no word to a link or an inline element ("Volg dan de<a>Atom-feed</a>" reads "deAtom-feed")', () => {
    const glued: string[] = [];
    const inline = '(?:a|code|strong|em|abbr|time)';
    const pattern = new RegExp(`\\p{L}{2}<${inline}[ >][^<]{0,30}|</${inline}>\\p{L}{2}`, 'gu');
    for (const path of pages) {
      // Only the visible text: the head, scripts and styles have no words to glue.
      const body = pageHtml(path)
        .replace(/<head[\s\S]*?<\/head>/, '')
        .replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
      for (const m of body.matchAll(pattern)) glued.push(`${path}: ${m[0]}`);
    }
    expect(glued).toEqual([]);
  });

  it('has no broken internal link or anchor, including links that components render', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      let set = ids.get(path);
      if (!set) {
        set = new Set([...pageHtml(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
        ids.set(path, set);
      }
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const path of pages) {
      const html = pageHtml(path);
      for (const m of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
        const href = (m[1] ?? '').replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        checked++;
        const url = new URL(href, `http://site${path}`);
        const target = url.pathname;
        const hash = decodeURIComponent(url.hash.slice(1));
        if (target.endsWith('/')) {
          if (!existsSync(join(DIST, target, 'index.html'))) {
            broken.push(`${path} → ${href} (pagina bestaat niet)`);
            continue;
          }
          if (hash && hash !== '_top' && !idsOf(target).has(hash)) broken.push(`${path} → ${href} (anker bestaat niet)`);
        } else if (!existsSync(join(DIST, target))) {
          broken.push(`${path} → ${href} (bestand bestaat niet)`);
        }
      }
    }
    console.log(`links: ${String(checked)} interne links gecontroleerd, ${String(broken.length)} kapot`);
    expect(broken).toEqual([]);
  });

  it('publishes a headers file with a Content-Security-Policy and the usual security headers', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    for (const name of [
      'Content-Security-Policy',
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy',
      'X-Frame-Options: DENY',
      'Permissions-Policy',
    ]) {
      expect(headers).toContain(name);
    }
    expect(headers).toMatch(/script-src 'self'/);
    expect(headers).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('loads nothing from another origin: no external scripts, styles, fonts or images', () => {
    const external: string[] = [];
    for (const path of pages) {
      for (const m of pageHtml(path).matchAll(/<(script|link|img|iframe|source)\s[^>]*(?:src|href)="(https?:)?\/\/[^"]+"/g)) {
        if (m[1] === 'link' && /rel="(canonical|sitemap|alternate)"/.test(m[0])) continue;
        external.push(`${path}: ${m[0].slice(0, 120)}`);
      }
    }
    expect(external).toEqual([]);
  });
});
