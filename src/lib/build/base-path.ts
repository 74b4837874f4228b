/**
 * The site's base path at render time. Astro's `base` (BASE_PATH in src/settings.ts,
 * e.g. "/onderwijsmonitor/" on GitHub Pages) reaches pages, components and browser
 * scripts as `import.meta.env.BASE_URL`; links in page texts get it from the Markdown
 * plugin in src/integrations/base-links.ts. Nothing rewrites the built HTML.
 */

/**
 * A root-relative site path ("/themas/", "/data/indicatoren.csv") under the base path
 * ("/onderwijsmonitor/themas/"). Anything else (an address with a scheme, "//host",
 * "#anchor", a relative path) is returned as it is.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${base.replace(/\/$/, '')}${path}`;
}
