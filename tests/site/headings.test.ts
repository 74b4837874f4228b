/**
 * Headings in the built site: every id is unique on its page (a link or a search
 * sub-result lands on the one heading it names), a heading inside a numbered section
 * carries the section's number in its id and stands a level below the section's heading,
 * numbered headings keep the space between
 * number and title, and the links of "In dit hoofdstuk" start with their title.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_NODE, TEXT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { builtPages, pageHtml } from './built.ts';

function textOf(node: Node): string {
  let out = '';
  walkSync(node, (n) => {
    if (n.type === TEXT_NODE) out += String(n.value);
  });
  return out.replace(/\s+/g, ' ');
}

function elements(html: string, match: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  walkSync(parse(html) as Node, (n) => {
    if (n.type === ELEMENT_NODE && match(n)) out.push(n);
  });
  return out;
}

const CHAPTER_2 = '/staat-2024/hoofdstukken/2-basisvaardigheden/';

describe('headings', () => {
  const pages = builtPages();

  it('every id on every built page is unique', () => {
    const duplicates: string[] = [];
    for (const path of pages) {
      const seen = new Set<string>();
      for (const el of elements(pageHtml(path), (n) => typeof n.attributes?.['id'] === 'string')) {
        const id = String(el.attributes['id']);
        if (seen.has(id)) duplicates.push(`${path}#${id}`);
        seen.add(id);
      }
    }
    console.log(`koppen: ids op ${String(pages.length)} pagina's gecontroleerd, ${String(duplicates.length)} dubbel`);
    expect(duplicates).toEqual([]);
  });

  it('numbers a heading inside a section with that section, so equal subheadings differ', () => {
    const ids = elements(pageHtml(CHAPTER_2), (n) => /^h[2-6]$/.test(String(n.name)) && textOf(n).trim() === 'Basisonderwijs').map((n) =>
      String(n.attributes['id']),
    );
    expect(ids).toEqual(expect.arrayContaining(['2-3-basisonderwijs', '2-4-basisonderwijs']));
    // The table of contents links to the same ids.
    expect(pageHtml(CHAPTER_2)).toContain('href="#2-4-basisonderwijs"');
  });

  it('nests every heading inside a numbered section below that section’s heading', () => {
    const flat: string[] = [];
    let nested = 0;
    for (const path of pages) {
      let section: { id: string; level: number } | undefined;
      for (const h of elements(pageHtml(path), (n) => /^h[2-6]$/.test(String(n.name)) && typeof n.attributes['id'] === 'string')) {
        const id = String(h.attributes['id']);
        const level = Number(String(h.name).slice(1));
        if (id.startsWith('par-')) section = { id, level };
        else if (section && id.startsWith(`${section.id.slice('par-'.length)}-`)) {
          nested++;
          if (level <= section.level) flat.push(`${path}#${id}: h${String(level)} onder #${section.id} (h${String(section.level)})`);
        }
      }
    }
    expect(flat).toEqual([]);
    expect(nested).toBeGreaterThan(70);
  });

  it('keeps the space between a section number and its title, and "In dit hoofdstuk" links start with the title', () => {
    const chapters = pages.filter((p) => /^\/staat-2024\/hoofdstukken\/[^/]+\/$/.test(p));
    expect(chapters.length).toBe(6);
    let headings = 0;
    for (const path of chapters) {
      const html = pageHtml(path);
      for (const h of elements(html, (n) => /^h[2-4]$/.test(String(n.name)) && String(n.attributes['id'] ?? '').startsWith('par-'))) {
        headings++;
        const text = textOf(h).trim();
        const number = String(h.attributes['id']).slice(4).replace(/-/g, '.');
        expect(text, path).toMatch(new RegExp(`^${number.replace(/\./g, '\\.')} \\S`));
      }
      const nav = elements(html, (n) => n.name === 'nav' && n.attributes['class'] === 'section-list')[0];
      expect(nav, path).toBeDefined();
      for (const a of elements(nav ? `<div>${renderLinks(nav)}</div>` : '', (n) => n.name === 'a')) {
        expect(textOf(a), path).toMatch(/^\S/);
      }
    }
    expect(headings).toBeGreaterThan(50);
  });

  it('labels every heading link in Dutch and draws its icon in CSS (an empty span, no SVG), Markdown headings and component headings alike', () => {
    const wrong: string[] = [];
    let links = 0;
    for (const path of pages) {
      for (const a of elements(pageHtml(path), (n) => n.name === 'a' && n.attributes['class'] === 'sl-anchor-link')) {
        links++;
        const label = textOf(a).trim();
        if (!/^Link naar “.+”$/.test(label)) wrong.push(`${path}: ${label}`);
        const icon = (a.children ?? []).find((c: Node) => c.type === ELEMENT_NODE && c.attributes['class'] === 'sl-anchor-icon');
        if (!icon || (icon.children ?? []).some((c: Node) => c.type === ELEMENT_NODE)) wrong.push(`${path}: ${label}: geen leeg icoon`);
      }
    }
    expect(wrong).toEqual([]);
    expect(links).toBeGreaterThan(500);
  });
});

/** The links inside a node, as HTML again (ultrahtml nodes keep their children). */
function renderLinks(node: Node): string {
  const out: string[] = [];
  walkSync(node, (n) => {
    if (n.type === ELEMENT_NODE && n.name === 'a') out.push(`<a>${textOf(n)}</a>`);
  });
  return out.join('');
}
