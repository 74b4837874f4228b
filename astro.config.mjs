// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { contentCheck } from './src/integrations/content-check.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { buildSidebar } from './src/lib/sidebar.ts';
import { fileURLToPath } from 'node:url';

/** The site's public address; override with SITE_URL when hosting elsewhere. */
const site = process.env.SITE_URL ?? 'https://onderwijsmonitor.nl';
/** A base path when the site is served from a subfolder (GitHub Pages: /repo-name). */
const base = process.env.BASE_PATH ?? '/';
/** The repository, for "Bewerk deze pagina" links. */
const repository = process.env.REPOSITORY_URL ?? 'https://github.com/onderwijsmonitor/onderwijsmonitor';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    // Styles as files, not inline: fewer hashes in the Content-Security-Policy and cacheable CSS.
    inlineStylesheets: 'never',
  },
  integrations: [
    contentCheck(),
    starlight({
      title: 'Onderwijsmonitor',
      description: 'De onderwijsakkoorden PO en VO en De Staat van het Onderwijs 2024: cijfers, doelen en bevindingen, met bronnen.',
      defaultLocale: 'root',
      locales: { root: { label: 'Nederlands', lang: 'nl' } },
      editLink: { baseUrl: `${repository}/edit/main/` },
      customCss: ['./src/styles/custom.css'],
      // The pages show no code: without Expressive Code every page loads less CSS and JS.
      expressiveCode: false,
      markdown: { processedDirs: ['./content/docs/'] },
      routeMiddleware: './src/route-data.ts',
      components: {
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
      },
      sidebar: buildSidebar(fileURLToPath(new URL('./content/docs/', import.meta.url))),
    }),
    securityHeaders(),
  ],
});
