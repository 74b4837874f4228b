/**
 * Starlight's icons drawn in CSS instead of as inline SVG. Starlight's Icon component writes
 * each icon's path into the page, with its size as a style attribute: 15 icons and 1.1 KB
 * gzip on a chapter (menu, sidebar carets, theme select, pagination, edit link), plus a
 * Content-Security-Policy hash for every size. This integration makes every import of that
 * component (by Starlight's own components and by ours) load src/components/starlight/Icon.astro,
 * which writes an empty <svg> with the icon's name and size as attributes. The shapes are in
 * one stylesheet, cached with the rest of the CSS: the virtual module below builds it from
 * Starlight's own icon set (nothing copied), for the icons in `CSS_ICONS`
 * (src/lib/build/icons.ts, which the component reads too).
 */
import type { AstroIntegration } from 'astro';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CSS_ICONS, CSS_ICON_SIZES, ICONS_CSS_MODULE } from '../lib/build/icons.ts';

/** Starlight's built files (its package exports neither the icon set nor the component's path). */
const starlightDist = () => dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));

/** An SVG as a CSS url(), escaped as little as a data: URL in CSS needs. */
const svgUrl = (paths: string) =>
  `url("data:image/svg+xml,${`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'>${paths.replace(/"/g, "'")}</svg>`
    .replace(/%/g, '%25')
    .replace(/#/g, '%23')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')}")`;

/** The stylesheet: each icon's shape as a mask over the text colour, in Starlight's layer for components. */
export async function iconsCss(): Promise<string> {
  const { Icons } = (await import(pathToFileURL(join(starlightDist(), 'components-internals/Icons.js')).href)) as {
    Icons: Record<string, string>;
  };
  const shapes = CSS_ICONS.map((name) => {
    const paths = Icons[name];
    if (!paths) throw new Error(`css-icons: Starlight has no icon "${name}" (CSS_ICONS in src/lib/build/icons.ts).`);
    return `.sl-icon[data-icon='${name}'] { --sl-icon-shape: ${svgUrl(paths)}; }`;
  });
  const sizes = CSS_ICON_SIZES.filter((size) => size !== '1em').map(
    (size) => `.sl-icon:where([data-size='${size}']) { font-size: ${size}; }`,
  );
  return `@layer starlight.components {
.sl-icon {
  font-size: 1em;
  width: 1em;
  height: 1em;
  background-color: currentColor;
  mask: var(--sl-icon-shape) center / contain no-repeat;
  print-color-adjust: exact;
}
${[...sizes, ...shapes].join('\n')}
@media (forced-colors: active) {
  .sl-icon { forced-color-adjust: none; }
}
}
`;
}

export function cssIcons(): AstroIntegration {
  return {
    name: 'onderwijsmonitor-css-icons',
    hooks: {
      'astro:config:setup'({ updateConfig }) {
        const ours = fileURLToPath(new URL('../components/starlight/Icon.astro', import.meta.url));
        const theirs = join(starlightDist(), 'user-components/Icon.astro');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'onderwijsmonitor-css-icons',
                enforce: 'pre',
                async resolveId(source, importer, options) {
                  if (source === ICONS_CSS_MODULE) return `\0${ICONS_CSS_MODULE}`;
                  if (!source.endsWith('Icon.astro') || importer === ours) return null;
                  const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
                  return resolved?.id === theirs ? ours : null;
                },
                load(id) {
                  return id === `\0${ICONS_CSS_MODULE}` ? iconsCss() : null;
                },
              },
            ],
          },
        });
      },
    },
  };
}
