/**
 * Every heading id on the site comes from here, so that components, the table of
 * contents and the search index agree:
 *
 * - a numbered section: § 6.2.1 → "par-6-2-1" (stable: links from indicators and
 *   letters use it, whatever the title says);
 * - a heading inside a numbered section is numbered with it: "Basisonderwijs" under
 *   § 2.3 → "2-3-basisonderwijs", under § 2.4 → "2-4-basisonderwijs", so the same
 *   subheading in two sections never shares an id.
 */
import { ELEMENT_NODE, parse, renderSync, walkSync, type Node } from 'ultrahtml';

const SECTION_PREFIX = 'par-';

/** Stable anchors for numbered sections: § 6.2.1 → "par-6-2-1". */
export function sectionAnchor(section: string): string {
  return `${SECTION_PREFIX}${section.replace(/\./g, '-')}`;
}

/** The section number of a section anchor ("par-6-2-1" → "6.2.1"), or undefined for any other id. */
export function sectionOfAnchor(id: string): string | undefined {
  return id.startsWith(SECTION_PREFIX) && /^[\d-]+$/.test(id.slice(SECTION_PREFIX.length))
    ? id.slice(SECTION_PREFIX.length).replace(/-/g, '.')
    : undefined;
}

/** The heading level of a section: "6.2" → 2, "6.2.1" → 3. */
export function sectionLevel(section: string): 2 | 3 | 4 {
  const depth = section.split('.').length;
  return depth <= 2 ? 2 : depth === 3 ? 3 : 4;
}

/** The id of a heading inside a numbered section: ("2.3", "basisonderwijs") → "2-3-basisonderwijs". */
export function subheadingId(section: string | undefined, slug: string): string {
  return section === undefined ? slug : `${section.replace(/\./g, '-')}-${slug}`;
}

/**
 * The slug without the counter a slugger adds to a repeated heading
 * ("basisonderwijs-1" → "basisonderwijs" when "basisonderwijs" came before).
 */
function baseSlug(slug: string, seen: ReadonlySet<string>): string {
  const m = /^(.*)-(\d+)$/.exec(slug);
  return m?.[1] !== undefined && seen.has(m[1]) ? m[1] : slug;
}

export interface OrderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * Numbers the ids of headings that stand inside a numbered section, and puts them a level
 * below that section's heading: "### Werkdruk" under § 6.2.1 (an h3) becomes an h4, so
 * the outline a screen reader shows nests it there (editors write ### in every section).
 * `headings` are in page order and include the section headings themselves (id "par-…").
 * Returns the headings with their new ids and levels; headings before the first section
 * keep theirs.
 */
export function numberHeadings<T extends OrderedHeading>(headings: readonly T[]): T[] {
  // The highest level (smallest depth) an editor's heading has in each section.
  const highest = new Map<string, number>();
  let section: string | undefined;
  for (const h of headings) {
    section = sectionOfAnchor(h.slug) ?? section;
    if (section !== undefined && sectionOfAnchor(h.slug) === undefined)
      highest.set(section, Math.min(highest.get(section) ?? h.depth, h.depth));
  }
  section = undefined;
  const seen = new Set<string>();
  return headings.map((h) => {
    const own = sectionOfAnchor(h.slug);
    if (own !== undefined) {
      section = own;
      return h;
    }
    const base = baseSlug(h.slug, seen);
    seen.add(base);
    const shift = section === undefined ? 0 : Math.max(0, sectionLevel(section) + 1 - (highest.get(section) ?? h.depth));
    return { ...h, slug: subheadingId(section, base), depth: Math.min(6, h.depth + shift) };
  });
}

/**
 * The same numbering applied to rendered HTML: renames the id of every h2–h6 inside a
 * numbered section, and every link in the same HTML that pointed to the old id, and
 * sets the heading's level.
 */
export function numberHeadingIdsInHtml(html: string): string {
  const root = parse(html) as Node;
  const headings: { node: Node; depth: number; slug: string; text: string }[] = [];
  walkSync(root, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const m = /^h([2-6])$/.exec(String(node.name));
    const id = node.attributes?.['id'];
    if (m && typeof id === 'string' && id) headings.push({ node, depth: Number(m[1]), slug: id, text: '' });
  });
  const renamed = new Map<string, string>();
  let changed = false;
  numberHeadings(headings).forEach((h, i) => {
    const old = headings[i];
    if (!old) return;
    if (h.slug !== old.slug) {
      renamed.set(old.slug, h.slug);
      old.node.attributes['id'] = h.slug;
      changed = true;
    }
    if (h.depth !== old.depth) {
      old.node.name = `h${String(h.depth)}`;
      // Starlight's wrapper of a heading and its link says the level too ("sl-heading-wrapper level-h3").
      const wrapper = old.node.parent as Node | undefined;
      const cls = wrapper?.attributes?.['class'];
      if (wrapper && typeof cls === 'string' && cls.includes('sl-heading-wrapper'))
        wrapper.attributes['class'] = cls.replace(/\blevel-h\d\b/, `level-h${String(h.depth)}`);
      changed = true;
    }
  });
  if (!changed) return html;
  walkSync(root, (node) => {
    if (node.type !== ELEMENT_NODE || node.name !== 'a') return;
    const href = node.attributes?.['href'];
    if (typeof href === 'string' && href.startsWith('#')) {
      const to = renamed.get(href.slice(1));
      if (to) node.attributes['href'] = `#${to}`;
    }
  });
  return renderSync(root);
}

/**
 * The headings of an MDX body in page order, with the numbered sections where their
 * `<Section n="…" />` stands: `prose` are the Markdown headings as Starlight found them
 * (in order); the body tells where the sections come between them.
 */
export function interleaveSections<T extends OrderedHeading>(
  body: string,
  prose: readonly T[],
  section: (n: string) => T | undefined,
): T[] {
  const out: T[] = [];
  let next = 0;
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const s = /^\s*<Section\s+n="([^"]+)"\s*\/>/.exec(line);
    if (s?.[1] !== undefined) {
      const h = section(s[1]);
      if (h) out.push(h);
      continue;
    }
    const md = /^(#{2,6})\s+\S/.exec(line);
    const depth = md?.[1]?.length;
    if (depth === undefined) continue;
    // Match the next prose heading of that depth (the table of contents may leave some depths out).
    const found = prose.findIndex((h, i) => i >= next && h.depth === depth);
    if (found >= 0 && prose.slice(next, found).every((h) => h.depth !== depth)) {
      out.push(...prose.slice(next, found + 1));
      next = found + 1;
    }
  }
  return [...out, ...prose.slice(next)];
}
