// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { contentCheck } from './src/integrations/content-check.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';

/** The site's public address; override with SITE_URL when hosting elsewhere. */
const site = process.env.SITE_URL ?? 'https://onderwijsmonitor.nl';
/** A base path when the site is served from a subfolder (GitHub Pages: /repo-name). */
const base = process.env.BASE_PATH ?? '/';
/** The repository, for "Bewerk deze pagina" links. */
const repository = process.env.REPOSITORY_URL ?? 'https://github.com/onderwijsmonitor/onderwijsmonitor';

/**
 * A sidebar group listing the pages in a folder of content/docs. Starlight's
 * autogenerate matches on the file path; our pages live in content/docs/ rather
 * than src/content/docs/, so the directory is given from the project root.
 */
/**
 * @param {string} label
 * @param {string} directory
 * @param {boolean} [collapsed]
 */
function folder(label, directory, collapsed = true) {
  return { label, collapsed, items: [{ autogenerate: { directory: `content/docs/${directory}` } }] };
}

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
      markdown: { processedDirs: ['./content/docs/'] },
      routeMiddleware: './src/route-data.ts',
      components: {
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
      },
      sidebar: [
        { label: 'Start', link: '/' },
        {
          label: 'Sectorakkoord VO',
          items: [
            { label: 'Overzicht', link: '/sectorakkoord-vo/' },
            folder('Ambities', 'sectorakkoord-vo/ambities'),
            folder('Indicatoren', 'sectorakkoord-vo/indicatoren'),
          ],
        },
        {
          label: 'Bestuursakkoord PO',
          items: [
            { label: 'Overzicht', link: '/bestuursakkoord-po/' },
            folder('Ambities', 'bestuursakkoord-po/ambities'),
            folder('Indicatoren', 'bestuursakkoord-po/indicatoren'),
          ],
        },
        {
          label: 'De Staat van het Onderwijs 2024',
          items: [
            { label: 'Overzicht', link: '/staat-2024/' },
            folder('Hoofdstukken', 'staat-2024/hoofdstukken', false),
            folder('Sectorbeelden', 'staat-2024/sectorbeelden'),
            { label: 'Afkortingen', link: '/staat-2024/afkortingen/' },
          ],
        },
        {
          label: 'Geschiedenis',
          items: [
            { label: 'Tijdlijn', link: '/geschiedenis/tijdlijn/' },
            { label: 'Voortgangsbrief 2016', link: '/geschiedenis/voortgangsrapportage-2016/' },
            { label: 'Vernieuwd sectorakkoord 2018', link: '/geschiedenis/geactualiseerd-sectorakkoord-vo-2018/' },
          ],
        },
        { label: "Thema's", link: '/themas/' },
        { label: 'Zoeken met filters', link: '/zoeken/' },
      ],
    }),
    securityHeaders(),
  ],
});
