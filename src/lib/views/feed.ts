/**
 * The Atom feed of the content's changes (RFC 4287): one entry per commit that added
 * a page or changed a figure. Dates come from git, so two builds of one commit agree.
 */
import { CHANGE_KIND_TEXT, figureChangeText, type ContentChange } from '../domain/changes.ts';
import { absoluteUrl, changeUrl, pageUrl, PATHS } from '../domain/urls.ts';
import { formatDate, formatValue } from '../domain/format.ts';
import { UNITS, type Unit } from '../../schemas/vocabulary.ts';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A figure with its unit the Dutch way; unknown units as a plain number. */
export function formatChangeValue(value: number, unit: string): string {
  return (Object.keys(UNITS) as string[]).includes(unit) ? formatValue(value, unit as Unit) : String(value).replace('.', ',');
}

/** The feed as XML text. `root` is the site's address with its base path and a trailing slash. */
export function atomFeed(changes: readonly ContentChange[], root: string): string {
  const updated = changes[0]?.date ?? '1970-01-01T00:00:00Z';
  const entries = changes.map((c) => {
    const items = c.pages
      .map((p) => {
        const figures = p.figures.map((f) => `<li>${escape(figureChangeText(f, formatChangeValue))}</li>`).join('');
        const link = `<a href="${escape(absoluteUrl(pageUrl(p.page), root))}">${escape(p.title)}</a>`;
        return `<li>${link}: ${CHANGE_KIND_TEXT[p.kind]}${p.kind === 'cijfers-gewijzigd' && figures ? `<ul>${figures}</ul>` : ''}</li>`;
      })
      .join('');
    const title = `Wijzigingen van ${formatDate(new Date(c.date))}: ${c.pages.map((p) => p.title).join(', ')}`;
    return [
      '  <entry>',
      `    <id>${escape(absoluteUrl(changeUrl(c.commit), root))}</id>`,
      `    <title>${escape(title.length > 200 ? `${title.slice(0, 197)}…` : title)}</title>`,
      `    <updated>${escape(c.date)}</updated>`,
      `    <link href="${escape(absoluteUrl(PATHS.changes, root))}"/>`,
      `    <content type="html">${escape(`<ul>${items}</ul>`)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    '  <title>Onderwijsmonitor: wat is er veranderd</title>',
    `  <id>${escape(absoluteUrl(PATHS.changes, root))}</id>`,
    `  <link rel="self" href="${escape(absoluteUrl(PATHS.changesFeed, root))}"/>`,
    `  <link href="${escape(absoluteUrl(PATHS.changes, root))}"/>`,
    `  <updated>${escape(updated)}</updated>`,
    '  <author><name>Onderwijsmonitor</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
