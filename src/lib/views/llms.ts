/**
 * llms.txt (https://llmstxt.org/): a short index of every page with a link to its
 * Markdown version, and llms-full.txt with all those Markdown texts. Written here
 * rather than with starlight-llms-txt because that plugin renders only the MDX body,
 * while most figures of this site live in the frontmatter.
 */
import { pageMarkdown, type MarkdownPage } from './markdown.ts';

export interface LlmsEntry extends MarkdownPage {
  id: string;
  /** The address of the Markdown version. */
  markdownUrl: string;
}

/** llms.txt: the site in one paragraph, then every page grouped under its top folder's page title. */
export function llmsIndex(entries: readonly LlmsEntry[], summary: string): string {
  const groups = new Map<string, LlmsEntry[]>();
  for (const e of entries) {
    const top = e.id.split('/')[0] ?? '';
    groups.set(top, [...(groups.get(top) ?? []), e]);
  }
  const titleOf = (top: string) =>
    entries.find((e) => e.id === top)?.title ?? top.charAt(0).toUpperCase() + top.slice(1).replace(/-/g, ' ');
  const lines = ['# Onderwijsmonitor', '', `> ${summary}`, ''];
  for (const [top, list] of groups) {
    lines.push(`## ${top === '' ? 'Start' : titleOf(top)}`, '');
    for (const e of list) lines.push(`- [${e.title}](${e.markdownUrl})${e.description ? `: ${e.description}` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** llms-full.txt: every page's Markdown, one after the other. */
export function llmsFull(entries: readonly LlmsEntry[]): string {
  return entries.map((e) => pageMarkdown(e)).join('\n---\n\n');
}
