/**
 * The built site carries the policy the allow-list gives, in every page's meta element
 * and in _headers, and no page has inline code outside the list.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { decodeHTMLAttribute } from 'entities';
import { describe, expect, it } from 'vitest';
import { projectAllowList } from '../../src/integrations/security-headers.ts';
import { directiveSources, hash, headerPolicy, metaPolicy, unlistedInlineCode, withPagePolicyChecked } from '../../src/lib/build/csp.ts';
import { builtPages, DIST, pageHtml } from './built.ts';
import { htmlFiles as allHtmlFiles } from '../../src/lib/build/html-files.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every HTML file in dist/ (also 404.html and the embeds), relative to it. */
const htmlFiles = () => {
  builtPages();
  return allHtmlFiles(DIST)
    .map((f) => relative(DIST, f))
    .sort();
};

const textOf = (node: Node): string => (node.children ?? []).map((c: Node) => (typeof c.value === 'string' ? c.value : '')).join('');

describe('the Content-Security-Policy of the built site', () => {
  const allow = projectAllowList(ROOT);

  it("is in every page exactly once, with exactly the hashes of that page's own inline code (and before any script or style: see the last test)", () => {
    const full = metaPolicy(allow);
    const wrong: string[] = [];
    for (const file of htmlFiles()) {
      const policies: string[] = [];
      const used = { 'script-src': new Set<string>(), 'style-src': new Set<string>(), 'style-src-attr': new Set<string>() };
      // A tree parser (not the build's streaming one): the inline code a browser would run.
      walkSync(parse(readFileSync(join(DIST, file), 'utf8')), (node: Node) => {
        if (node.type !== ELEMENT_NODE) return;
        const attrs = node.attributes as Record<string, string>;
        if (node.name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy')
          policies.push(decodeHTMLAttribute(attrs['content'] ?? ''));
        if (attrs['style'] !== undefined) used['style-src-attr'].add(hash(decodeHTMLAttribute(attrs['style'])));
        const type = (attrs['type'] ?? '').toLowerCase();
        if (node.name === 'script' && !('src' in attrs) && !type.includes('json')) used['script-src'].add(hash(textOf(node)));
        if (node.name === 'style') used['style-src'].add(hash(textOf(node)));
      });
      const [policy] = policies;
      if (policies.length !== 1 || policy === undefined) {
        wrong.push(`${file}: ${String(policies.length)} policies`);
        continue;
      }
      for (const name of ['script-src', 'style-src', 'style-src-attr'] as const) {
        const listed = (directiveSources(policy, name) ?? []).filter((s) => s.startsWith("'sha"));
        const unused = listed.filter((h) => !used[name].has(h));
        const missing = [...used[name]].filter((h) => !listed.includes(h));
        if (unused.length > 0) wrong.push(`${file}: ${name} has ${unused.join(' ')}, which the page does not use`);
        if (missing.length > 0) wrong.push(`${file}: ${name} lacks ${missing.join(' ')}, which the page uses`);
        if (listed.length === 0 && name === 'style-src-attr' && directiveSources(policy, name)?.join(' ') !== "'none'")
          wrong.push(`${file}: ${name} without hashes is not 'none'`);
      }
      // Apart from the hashes, the policy of the whole site.
      const plain = (p: string) => p.replace(/ 'sha256-[^']+'/g, '').replace("style-src-attr 'unsafe-hashes';", "style-src-attr 'none';");
      if (plain(policy) !== plain(full)) wrong.push(`${file}: another policy: ${policy}`);
    }
    expect(wrong).toEqual([]);
  });

  it('is in _headers with frame-ancestors, which a meta element cannot carry', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toContain(`  Content-Security-Policy: ${headerPolicy(allow)}\n`);
    expect(headerPolicy(allow)).toBe(
      `${metaPolicy(allow).replace('; upgrade-insecure-requests', '')}; frame-ancestors 'none'; upgrade-insecure-requests`,
    );
  });

  it('leaves no page with inline code outside the allow-list', () => {
    const problems = builtPages().flatMap((path) =>
      unlistedInlineCode(pageHtml(path), allow, metaPolicy(allow)).map((p) => `${path}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('is what the build writes and checks in one reading while rendering: narrowing a built page again changes nothing, and finds what the check finds', () => {
    const meta = metaPolicy(allow);
    const differ = htmlFiles().filter((file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      const checked = withPagePolicyChecked(html, allow, meta);
      return checked.html !== html || JSON.stringify(checked.problems) !== JSON.stringify(unlistedInlineCode(html, allow, meta));
    });
    expect(differ).toEqual([]);
  });
});
