/**
 * The frontmatter of a folder's index page, read before Astro's collections exist
 * (for the sidebar and the site's description in astro.config.mjs). Content decides
 * titles and order; no code names an agreement or a report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../check/frontmatter.ts';

export interface IndexPage {
  title?: string | undefined;
  description?: string | undefined;
  /** Place among the agreements or reports (`order`); the schema requires it on their index pages. */
  order?: number | undefined;
}

/** The title, description and order of `file` (an index.mdx), or nothing when it is missing or unreadable. */
export function readIndexPage(file: string): IndexPage {
  if (!existsSync(file)) return {};
  const data = parseFile(readFileSync(file, 'utf8')).data as Record<string, unknown> | undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    title: text(data?.['title']),
    description: text(data?.['description']),
    order: typeof data?.['order'] === 'number' ? data['order'] : undefined,
  };
}

/** The site's description for search engines and feeds: the home page's (content/docs/index.mdx). */
export function siteDescription(docsDir: string, fallback: string): string {
  return readIndexPage(join(docsDir, 'index.mdx')).description ?? fallback;
}
