/**
 * Links that editors write in page texts ("[…](/sectorakkoord-vo/indicatoren/…/)") are
 * root-relative: this mdast plugin of the build's Markdown processor (Sätteri) puts
 * the site's base path before them while a page is compiled, in `astro build` and in
 * `astro dev`. With the default base "/" it is left out. Components and pages add the
 * base themselves (src/lib/build/base-path.ts); Starlight does for its own links.
 */
import type { MdastPluginEntry } from 'satteri';
import { withBase } from '../lib/build/base-path.ts';

/** The plugin for a site with base path `base` ("/", "/onderwijsmonitor/"). */
export function baseLinksPlugin(base: string): MdastPluginEntry {
  if (base.replace(/\/$/, '') === '') return null;
  return {
    name: 'onderwijsmonitor-base-links',
    // Inline links and the targets of reference links ([tekst][1] … [1]: /pagina/).
    link(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    definition(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  };
}
