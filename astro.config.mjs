// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { contentCheck } from './src/integrations/content-check.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { safeMdxPlugin } from './src/integrations/safe-mdx.ts';
import { contentTranslations } from './src/integrations/content-translations.ts';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { headingLinkIcons } from './src/integrations/heading-link-icons.ts';
import { cssIcons } from './src/integrations/css-icons.ts';
import { searchData } from './src/integrations/search-data.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { buildSidebar } from './src/lib/build/sidebar.ts';
import { siteDescription } from './src/lib/build/index-pages.ts';
import { fileURLToPath } from 'node:url';
import { BASE_PATH, REPOSITORY_URL, SITE_URL } from './src/settings.ts';
import { SEARCH_RANKING } from './src/lib/domain/search-config.ts';

const site = SITE_URL;
const base = BASE_PATH;
const repository = REPOSITORY_URL;
const docsDir = fileURLToPath(new URL('./content/docs/', import.meta.url));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  markdown: {
    // Astro's own Markdown processor, with the MDX safety rules as the first plugin:
    // a page with code in it is refused while it is compiled, before anything runs.
    // Then the base path before the links editors write (none at the root).
    processor: satteri({ mdastPlugins: [safeMdxPlugin(fileURLToPath(new URL('./', import.meta.url))), baseLinksPlugin(base)] }),
  },
  build: {
    // Styles as files, not inline: fewer hashes in the Content-Security-Policy and cacheable CSS.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro marks every rendered content entry with the directive "use astro:head-inject",
          // which the bundler (rolldown) warns about once per MDX page: 64 warnings, 650 lines of
          // the build log, that say nothing about our code (withastro/astro#18087). Only that
          // warning is dropped; every other warning still shows.
          if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    contentCheck(),
    // Starlight's icons as CSS, not as an inline SVG each (src/components/starlight/Icon.astro).
    cssIcons(),
    // Starlight adds the @astrojs/mdx integration itself; package.json declares it (and Pagefind,
    // whose API the search page uses) in the versions Starlight brings, so there is one copy of
    // each. Adding mdx() here as well would load the MDX integration twice.
    starlight({
      title: 'Onderwijsmonitor',
      // The home page's description (content/docs/index.mdx): content names the documents, not the configuration.
      description: siteDescription(docsDir, 'Onderwijsakkoorden en inspectierapporten: cijfers, doelen en bevindingen, met bronnen.'),
      defaultLocale: 'root',
      // The 404 page is src/pages/404.astro (see there why).
      disable404Route: true,
      locales: { root: { label: 'Nederlands', lang: 'nl' } },
      editLink: { baseUrl: `${repository}/edit/main/` },
      customCss: ['./src/styles/custom.css'],
      // The pages show no code: without Expressive Code every page loads less CSS and JS.
      expressiveCode: false,
      markdown: { processedDirs: ['./content/docs/'] },
      routeMiddleware: './src/route-data.ts',
      // content/i18n/ for the texts Starlight writes while it compiles Markdown (heading links).
      plugins: [contentTranslations(fileURLToPath(new URL('./', import.meta.url)))],
      components: {
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
        Footer: './src/components/starlight/Footer.astro',
        // The header search: the same search as /zoeken/, in a dialog.
        Search: './src/components/starlight/Search.astro',
        // One language: no picker, and no script file for it on every page.
        LanguageSelect: './src/components/starlight/LanguageSelect.astro',
        // The theme script as a cached file, not inline in every page.
        ThemeProvider: './src/components/starlight/ThemeProvider.astro',
        // The sidebar without the scripts that remember its open groups and scroll position.
        Sidebar: './src/components/starlight/Sidebar.astro',
      },
      // One ranking for the header search and /zoeken/ (src/lib/domain/search-config.ts).
      pagefind: { ranking: SEARCH_RANKING },
      sidebar: buildSidebar(docsDir),
    }),
    // After Starlight: its heading links' SVG icons become CSS icons (after its plugin adds them).
    headingLinkIcons(),
    securityHeaders(),
    // After Starlight: once Pagefind has indexed the pages, their search-only block goes. After
    // the security check too, which then finds every page as the renderer wrote and checked it.
    searchData(),
  ],
});
