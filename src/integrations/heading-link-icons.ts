/**
 * Starlight gives every Markdown heading a link to itself with the link icon as an
 * inline SVG (about 500 bytes a heading, 32 of them in the longest chapter). The headings
 * our components render draw that icon in CSS instead (src/components/AnchorHeading.astro,
 * custom.css `.sl-anchor-icon:empty`). This hast plugin of the Markdown processor (Sätteri)
 * empties the icon of the Markdown headings too, so both look alike and the SVG is not
 * sent with every heading. It must run after Starlight's heading-link plugin: see
 * astro.config.mjs.
 */
import type { AstroIntegration } from 'astro';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { HastPluginEntry } from 'satteri';

export const headingLinkIconsPlugin: HastPluginEntry = {
  name: 'onderwijsmonitor-heading-link-icons',
  element: {
    filter: ['svg'],
    visit(node, ctx) {
      const parent = ctx.parent(node);
      if (
        parent.type === 'element' &&
        parent.tagName === 'span' &&
        String(parent.properties['className'] ?? parent.properties['class'] ?? '').includes('sl-anchor-icon')
      )
        ctx.removeNode(node);
    },
  },
};

/**
 * Adds the plugin to the Markdown processor after Starlight has added its own: list this
 * integration after `starlight()` (integrations set up in order).
 */
export function headingLinkIcons(): AstroIntegration {
  return {
    name: 'onderwijsmonitor-heading-link-icons',
    hooks: {
      'astro:config:setup'({ config }) {
        const processor = config.markdown.processor;
        if (!isSatteriProcessor(processor))
          throw new Error('heading-link-icons: the Markdown processor is not Sätteri (see astro.config.mjs).');
        processor.options.hastPlugins.push(headingLinkIconsPlugin);
      },
    },
  };
}
