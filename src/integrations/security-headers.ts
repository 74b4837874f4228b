/**
 * After the build: when the site has a base path, puts it before root-relative links
 * (src/lib/base-path.ts); then writes dist/_headers with a Content-Security-Policy computed
 * from the built pages (see src/lib/csp.ts) and the usual security headers.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBasePath } from '../lib/base-path.ts';
import { collectInline, contentSecurityPolicy, headersFile, type InlineCode } from '../lib/csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'onderwijsmonitor:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const inline: InlineCode = { scripts: new Set(), styles: new Set(), styleAttributes: new Set() };
        for (const file of htmlFiles(root)) {
          let html = readFileSync(file, 'utf8');
          if (base !== '/') {
            html = withBasePath(html, base);
            writeFileSync(file, html);
          }
          collectInline(html, inline);
        }
        writeFileSync(join(root, '_headers'), headersFile(contentSecurityPolicy(inline)));
        logger.info(
          `_headers geschreven: ${String(inline.scripts.size)} inline scripts, ${String(inline.styles.size)} style-blokken, ${String(inline.styleAttributes.size)} style-attributen met hun hash`,
        );
      },
    },
  };
}
