/**
 * Marks abbreviations up on their first use in a page: "swv" becomes
 * <abbr title="samenwerkingsverband passend onderwijs">swv</abbr> the first time it
 * appears in the text, not inside links, headings, code or existing <abbr>.
 */
import { ELEMENT_NODE, parse, renderSync, TEXT_NODE, walkSync, type Node } from 'ultrahtml';

export interface AbbreviationEntry {
  id: string;
  meaning: string;
}

const SKIP = new Set([
  'a',
  'abbr',
  'code',
  'pre',
  'script',
  'style',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
  'svg',
  'canvas',
  'title',
  'summary',
  'caption',
  'th',
]);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Adds <abbr> around the first use of each abbreviation in `html`. */
export function markAbbreviations(html: string, entries: readonly AbbreviationEntry[]): string {
  const usable = entries.filter((e) => e.id.length >= 2 && !/\s\(/.test(e.id)).sort((a, b) => b.id.length - a.id.length);
  if (!usable.length) return html;
  const meaning = new Map(usable.map((e) => [e.id, e.meaning]));
  // Longest first, so "vmbo-g/t" wins over "vmbo"; whole words only.
  // Text nodes hold HTML: a match right after "&" or "&#" is inside a character reference
  // ("lt" in "&lt;"), and marking it would change the text a reader sees.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}&#])(${usable.map((e) => escapeRegExp(e.id)).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  const done = new Set<string>();
  const root = parse(html) as Node;
  const skipped = new WeakSet<Node>();
  walkSync(root, (node, parent) => {
    if (parent && skipped.has(parent)) {
      skipped.add(node);
      return;
    }
    if (node.type === ELEMENT_NODE && (SKIP.has(node.name) || 'data-pagefind-ignore' in (node.attributes ?? {}))) {
      skipped.add(node);
      return;
    }
    if (node.type !== TEXT_NODE) return;
    let rest = node.value;
    let out = '';
    for (;;) {
      const m = pattern.exec(rest);
      if (!m) break;
      const word = m[1] ?? '';
      out += rest.slice(0, m.index);
      if (done.has(word)) {
        out += word;
      } else {
        done.add(word);
        out += `<abbr title="${escapeAttr(meaning.get(word) ?? '')}">${word}</abbr>`;
      }
      rest = rest.slice(m.index + word.length);
      if (done.size === meaning.size) break;
    }
    node.value = out + rest;
  });
  return renderSync(root);
}
