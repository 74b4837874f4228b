/**
 * The Markdown versions of all content pages, built from the docs collection (the
 * same data as the HTML pages). Used by the .md routes and by llms.txt.
 */
import { getCollection } from 'astro:content';
import { absoluteUrl, markdownPath, pageUrl } from '../domain/urls.ts';
import { isIndicator } from '../domain/page-kinds.ts';
import type { LlmsEntry } from '../views/llms.ts';
import { indicatorStatus } from '../domain/status.ts';
import { site } from '../../content.ts';

/** Every content page as an llms entry, in the sidebar's folder order. */
export async function markdownEntries(root: string): Promise<LlmsEntry[]> {
  const [{ graph, sourceTitle }, docs] = await Promise.all([site(), getCollection('docs')]);
  return docs
    .map((entry) => {
      const id = entry.id === 'index' ? '' : entry.id;
      const page = graph.pages.get(id);
      const status = isIndicator(page) ? indicatorStatus(page.data, sourceTitle) : undefined;
      return {
        id,
        title: String(entry.data['title']),
        description: typeof entry.data['description'] === 'string' ? entry.data['description'] : undefined,
        url: absoluteUrl(pageUrl(id), root),
        markdownUrl: absoluteUrl(markdownPath(id), root),
        base: import.meta.env.BASE_URL,
        data: entry.data,
        body: entry.body ?? '',
        status: status ? `${status.label}. ${status.explanation}` : undefined,
        sourceTitle,
      };
    })
    .sort((a, b) => (a.id === '' ? -1 : b.id === '' ? 1 : a.id.localeCompare(b.id, 'nl', { numeric: true })));
}
