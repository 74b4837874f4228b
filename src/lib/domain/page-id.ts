/**
 * The id (URL path) of a page, from its file path below content/docs/: the path without
 * `.mdx`, each folder and file name as a slug, `index` standing for its folder
 * ("sectorakkoord-vo/index.mdx" → "sectorakkoord-vo"; the root page is "index"). The
 * glob loader gets this function as `generateId`, and the content check uses it, so
 * both give every file the same id. A `slug:` in the frontmatter changes nothing
 * (the check refuses it).
 */
export function pageIdOf(relPath: string): string {
  const segments = relPath
    .replace(/\\/g, '/')
    .replace(/\.mdx?$/i, '')
    .split('/');
  return segments
    .map((s) =>
      s
        .toLowerCase()
        .trim()
        .replace(/\s/g, '-')
        .replace(/[^\p{L}\p{N}_-]/gu, ''),
    )
    .join('/')
    .replace(/\/index$/, '');
}
