/**
 * Astro middleware, added by src/integrations/security-headers.ts in a build only: each
 * page's Content-Security-Policy meta element keeps only the hashes of the inline code
 * that this page holds (src/lib/build/csp.ts `withPagePolicy`), instead of those of the
 * whole site. In a static build it runs once for every prerendered page and endpoint;
 * anything that is not an HTML page passes unchanged.
 *
 * In the same reading it checks the page as the build's check does (`unlistedInlineCode`)
 * and leaves the result, under the SHA-256 of the page as written, for the check after the
 * build (`checkedPages`), which then need not read the page again. A page the middleware
 * did not see, or that changed after it, is read from disk there. If anything here fails,
 * the page keeps the full policy, which is still correct, and is checked from disk.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'astro';
import { metaPolicy, withPagePolicyChecked, type AllowList } from '../lib/build/csp.ts';

/** The allow-list of the site, set by src/integrations/security-headers.ts. */
declare const __CSP_ALLOW_LIST__: { scripts: string[]; styles: string[]; styleAttributes: string[] };

/** The key of a page in `checkedPages`: the SHA-256 of its text as the build writes it (UTF-8). */
export const pageKey = (page: string | Buffer) => createHash('sha256').update(page).digest('base64');

const CHECKED = Symbol.for('onderwijsmonitor:csp-checked-pages');

/**
 * The pages checked while rendering: page key → problems (none: the page is fine). On
 * globalThis, as this module is loaded twice: by the integration, and in Vite's bundle
 * of the pages (in the same process: otherwise the map stays empty, and every page is
 * read from disk).
 */
export function checkedPages(): Map<string, string[]> {
  const store = globalThis as { [CHECKED]?: Map<string, string[]> };
  store[CHECKED] ??= new Map();
  return store[CHECKED];
}

let site: { allow: AllowList; meta: string } | undefined;

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  let page = html;
  try {
    if (!site) {
      const { scripts, styles, styleAttributes } = __CSP_ALLOW_LIST__;
      const allow = { scripts: new Set(scripts), styles: new Set(styles), styleAttributes: new Set(styleAttributes), origin: new Map() };
      site = { allow, meta: metaPolicy(allow) };
    }
    const checked = withPagePolicyChecked(html, site.allow, site.meta);
    page = checked.html;
    checkedPages().set(pageKey(page), checked.problems);
  } catch {
    // The full policy stays (correct, only larger), and the check after the build reads the page from disk.
    page = html;
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(page, { status: response.status, statusText: response.statusText, headers });
};
