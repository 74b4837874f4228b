/**
 * A page's filters and metadata for the search index (src/components/SearchData.astro:
 * kind, document, sector, topics, keywords and related words) are for Pagefind, not for
 * the reader: on a chapter some 2.9 KB of empty elements with long keyword lists. Pagefind
 * reads them from the built pages in Starlight's `astro:build:done`; this integration,
 * listed after Starlight and after the security check (hooks run in order; the check
 * matches each page to the one it checked while rendering), takes the block out of every page.
 * The index keeps them (tests/site/search-index.test.ts checks both).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../lib/build/html-files.ts';

/**
 * The block exactly as SearchData.astro writes it: empty spans whose one attribute is a
 * Pagefind filter or meta value (Astro escapes the quotes in it). Anything else is left alone.
 */
const SEARCH_DATA = /<div class="search-data">(?:<span data-pagefind-(?:filter|meta)="[^"<>]*"><\/span>)*<\/div>/g;

/** A built page without its search-only block. */
export const withoutSearchData = (html: string) => html.replace(SEARCH_DATA, '');

export function searchData(): AstroIntegration {
  return {
    name: 'onderwijsmonitor-search-data',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let pages = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const lighter = withoutSearchData(html);
          if (lighter === html) continue;
          writeFileSync(file, lighter);
          pages++;
        }
        logger.info(`zoekgegevens uit ${String(pages)} pagina's gehaald (ze staan in de zoekindex)`);
      },
    },
  };
}
