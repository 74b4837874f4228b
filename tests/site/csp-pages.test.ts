/**
 * The built site carries the policy the allow-list gives, in every page's meta element
 * and in _headers, and no page has inline code outside the list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { decodeHTMLAttribute } from 'entities';
import { describe, expect, it } from 'vitest';
import { projectAllowList } from '../../src/integrations/security-headers.ts';
import { headerPolicy, metaPolicy, unlistedInlineCode } from '../../src/lib/build/csp.ts';
import { builtPages, DIST, pageHtml } from './built.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the Content-Security-Policy of the built site', () => {
  const allow = projectAllowList(ROOT);

  it('is in every page exactly once, the same policy in all pages (and before any script or style: see the last test)', () => {
    const wrong: string[] = [];
    for (const path of builtPages()) {
      const policies: string[] = [];
      walkSync(parse(pageHtml(path)), (node: Node) => {
        if (node.type !== ELEMENT_NODE || node.name !== 'meta') return;
        const attrs = node.attributes as Record<string, string>;
        if (attrs['http-equiv']?.toLowerCase() === 'content-security-policy') policies.push(decodeHTMLAttribute(attrs['content'] ?? ''));
      });
      if (policies.length !== 1 || policies[0] !== metaPolicy(allow)) wrong.push(path);
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
});
