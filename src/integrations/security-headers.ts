/**
 * After the build: writes dist/_headers with a Content-Security-Policy computed
 * from the built pages (see src/lib/csp.ts) and the usual security headers.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectInline, contentSecurityPolicy, headersFile, type InlineCode } from '../lib/csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'onderwijsmonitor:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const inline: InlineCode = { scripts: new Set(), styles: new Set(), styleAttributes: new Set() };
        for (const file of htmlFiles(root)) collectInline(readFileSync(file, 'utf8'), inline);
        writeFileSync(join(root, '_headers'), headersFile(contentSecurityPolicy(inline)));
        logger.info(`_headers geschreven: ${String(inline.scripts.size)} inline scripts, ${String(inline.styles.size)} style-blokken, ${String(inline.styleAttributes.size)} style-attributen met hun hash`);
      },
    },
  };
}
