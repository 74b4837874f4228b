/**
 * Astro middleware, added by src/integrations/security-headers.ts in a build only: each
 * page's Content-Security-Policy meta element keeps only the hashes of the inline code
 * that this page holds (src/lib/build/csp.ts `withPagePolicy`), instead of those of the
 * whole site. In a static build it runs once for every prerendered page and endpoint;
 * anything that is not an HTML page passes unchanged. If narrowing fails, the page keeps
 * the full policy, which is still correct (the check after the build accepts both).
 */
import type { MiddlewareHandler } from 'astro';
import { withPagePolicy } from '../lib/build/csp.ts';

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  let narrowed = html;
  try {
    narrowed = withPagePolicy(html);
  } catch {
    // The full policy stays: correct, only larger.
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(narrowed, { status: response.status, statusText: response.statusText, headers });
};
