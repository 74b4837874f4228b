/**
 * What every page offers besides its content: a link to the accessibility statement,
 * the change list and its Atom feed, generated from git history.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, walkSync, ELEMENT_NODE, type Node } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, pageHtml } from './built.ts';

/** The href of every link in a page. */
function links(html: string): string[] {
  const out: string[] = [];
  walkSync(parse(html), (node: Node) => {
    if (node.type === ELEMENT_NODE && node.name === 'a' && typeof node.attributes['href'] === 'string') out.push(node.attributes['href']);
  });
  return out;
}

describe('accessibility statement', () => {
  it('is linked from every page', () => {
    const without = builtPages().filter((p) => !links(pageHtml(p)).includes('/toegankelijkheid/'));
    expect(without).toEqual([]);
  });

  it('says what is tested automatically and what is not, and aims at WCAG 2.2 AA', () => {
    const text = pageHtml('/toegankelijkheid/');
    for (const part of ['WCAG', '2.2', 'axe', 'html-validate', 'voldoet gedeeltelijk', 'nog niet getest']) expect(text).toContain(part);
  });
});

describe('what changed', () => {
  const feed = readFileSync(join(DIST, 'wat-is-er-veranderd.xml'), 'utf8');

  it('publishes an Atom feed whose entries the change page lists', () => {
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const ids = [...feed.matchAll(/<id>[^<]*#(w-[0-9a-f]{12})<\/id>/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    const page = pageHtml('/wat-is-er-veranderd/');
    for (const id of ids) expect(page).toContain(`id="${id ?? ''}"`);
    expect(page).toContain('href="/wat-is-er-veranderd.xml"');
  });

  it('lists its own changes under a content page, each linked to its entry on the change page', () => {
    const page = pageHtml('/staat-2024/hoofdstukken/6-onderwijsprofessionals/');
    expect(page).toContain('Wijzigingen in deze pagina');
    const own = page.slice(
      page.indexOf('<details class="page-changes'),
      page.indexOf('</details>', page.indexOf('<details class="page-changes')),
    );
    const targets = [...own.matchAll(/href="\/wat-is-er-veranderd\/#(w-[0-9a-f]{12})"/g)].map((m) => m[1] ?? '');
    expect(targets.length).toBeGreaterThan(0);
    const changes = pageHtml('/wat-is-er-veranderd/');
    for (const id of targets) expect(changes).toContain(`id="${id}"`);
    expect(own).toMatch(/cijfers gewijzigd \(\d+ (nieuw|gewijzigd|anders omschreven)/);
    // The newest five; the older ones are counted and on the change page.
    const total = Number(/Wijzigingen in deze pagina \((\d+)\)/.exec(own)?.[1]);
    expect(targets.length).toBe(Math.min(total, 5));
    if (total > 5) expect(own).toMatch(new RegExp(`En ${String(total - 5)} eerdere: zie <a href="/wat-is-er-veranderd/"`));
  });
});
