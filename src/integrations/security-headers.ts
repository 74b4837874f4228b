/**
 * The Content-Security-Policy of the site (see src/lib/build/csp.ts).
 *
 * Before the build: the allow-list of the inline scripts and styles the project ships
 * (Starlight's components and ours) gives the policy. The route middleware
 * (src/route-data.ts) puts it in every page as `<meta http-equiv="Content-Security-Policy">`,
 * for hosts that ignore _headers, such as GitHub Pages; bundled scripts become files.
 *
 * While rendering (a build only): a middleware (src/integrations/page-policy.ts) narrows
 * each page's meta policy to the hashes of its own inline code, and checks the page in
 * the same reading.
 *
 * After the build: stops the build, naming the page, if any HTML file in dist/ has inline
 * code that is not on the allow-list (the middleware's result for a file it saw in exactly
 * that form, otherwise read with an HTML parser now); then writes dist/_headers with the
 * whole site's policy and the usual security headers. It changes no page: the base path
 * is in the links from the start (src/lib/build/base-path.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  headerPolicy,
  headersFile,
  inlineCodeMessage,
  metaPolicy,
  scriptsAsFiles,
  shippedAllowList,
  unlistedInlineCode,
  type AllowList,
} from '../lib/build/csp.ts';
import { checkedPages, pageKey } from './page-policy.ts';
import { htmlFiles } from '../lib/build/html-files.ts';

/** The allow-list of a project folder: its src/ and Starlight's components. */
export function projectAllowList(root: string): AllowList {
  const starlight = join(root, 'node_modules', '@astrojs', 'starlight');
  return shippedAllowList([join(root, 'src'), ...(existsSync(starlight) ? [starlight] : [])], root);
}

/** Page path of a built file, as a reader types it ("/themas/", "/404.html"). */
function pagePath(root: string, file: string): string {
  const rel = relative(root, file).replace(/\\/g, '/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function securityHeaders(): AstroIntegration {
  let allow: AllowList | undefined;
  return {
    name: 'onderwijsmonitor:security-headers',
    hooks: {
      'astro:config:setup': ({ addMiddleware, command, config, updateConfig }) => {
        allow = projectAllowList(fileURLToPath(config.root));
        checkedPages().clear();
        // Each page's meta policy narrowed to the hashes of its own inline code, and the page checked (after any other middleware).
        if (command === 'build') addMiddleware({ entrypoint: new URL('./page-policy.ts', import.meta.url), order: 'post' });
        updateConfig({
          vite: {
            build: { assetsInlineLimit: scriptsAsFiles },
            // The meta policy for src/route-data.ts, fixed before any page renders. Empty in
            // `astro dev`, whose own injected scripts and styles the policy would block.
            define: {
              __CSP_META_POLICY__: JSON.stringify(command === 'build' ? metaPolicy(allow) : ''),
              // For the middleware that narrows and checks each page (src/integrations/page-policy.ts).
              __CSP_ALLOW_LIST__: JSON.stringify({
                scripts: [...allow.scripts],
                styles: [...allow.styles],
                styleAttributes: [...allow.styleAttributes],
              }),
            },
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!allow) throw new Error('security-headers: geen lijst van toegestane scripts');
        const started = performance.now();
        const root = fileURLToPath(dir);
        const meta = metaPolicy(allow);
        let pages = 0;
        let fromDisk = 0;
        const problems = new Map<string, string[]>();
        // Every HTML file in dist/: checked while rendering (the same text, by its hash), or now.
        const checked = checkedPages();
        for (const file of htmlFiles(root)) {
          const bytes = readFileSync(file);
          pages++;
          let found = checked.get(pageKey(bytes));
          if (!found) {
            fromDisk++;
            found = unlistedInlineCode(bytes.toString('utf8'), allow, meta);
          }
          if (found.length > 0) problems.set(pagePath(root, file), found);
        }
        checked.clear();
        if (problems.size > 0) {
          const { lines, summary, advice } = inlineCodeMessage(problems);
          for (const line of lines) logger.error(line);
          // The lines above and this message say everything; a stack trace would only hide it.
          const error = Object.assign(new Error(summary), { hint: advice });
          error.stack = '';
          throw error;
        }
        writeFileSync(join(root, '_headers'), headersFile(headerPolicy(allow)));
        logger.info(
          `${String(pages)} pagina's gecontroleerd op inline code buiten de lijst (${String(pages - fromDisk)} al bij het renderen, ${String(fromDisk)} van schijf; ${String(allow.scripts.size)} inline scripts, ${String(allow.styles.size)} style-blokken, ${String(allow.styleAttributes.size)} style-attributen) in ${String(Math.round(performance.now() - started))} ms; _headers geschreven`,
        );
      },
    },
  };
}
