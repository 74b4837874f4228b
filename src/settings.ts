/**
 * Deployment settings read from the environment at build time, in one place for
 * astro.config.mjs and the pages that name them.
 */

/** The site's public address; override with SITE_URL when hosting elsewhere. */
export const SITE_URL = process.env['SITE_URL'] ?? 'https://onderwijsmonitor.nl';
/** A base path when the site is served from a subfolder (GitHub Pages: /repo-name). */
export const BASE_PATH = process.env['BASE_PATH'] ?? '/';
/** The repository, for "Bewerk deze pagina" links and where readers report problems. */
export const REPOSITORY_URL = process.env['REPOSITORY_URL'] ?? 'https://github.com/onderwijsmonitor/onderwijsmonitor';
