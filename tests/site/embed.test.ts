/**
 * Embeds: every indicator chart has its own small page with the chart, its table and
 * its source, and the indicator page offers the iframe code for it.
 */
import { join } from 'node:path';
import { ELEMENT_NODE, parse, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { buildGraph } from '../../src/lib/domain/graph.ts';
import { pageUrl } from '../../src/lib/domain/urls.ts';
import { pageHtml } from './built.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const graph = buildGraph(checkContent(ROOT).pages);

/** Elements of a page that match a test. */
function elements(html: string, test: (e: ElementNode) => boolean): ElementNode[] {
  const out: ElementNode[] = [];
  walkSync(parse(html), (node: Node) => {
    if (node.type === ELEMENT_NODE && test(node)) out.push(node);
  });
  return out;
}

/** The text of a node and its children, without citation boxes (they name the address of the page they are on). */
const text = (node: Node): string =>
  node.type === ELEMENT_NODE
    ? node.name === 'details'
      ? ''
      : (node.children as Node[]).map(text).join('')
    : typeof node.value === 'string'
      ? node.value
      : '';

/** Text with the five XML entities decoded, as a browser shows it. */
const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each figure table of a page, white space normalised. */
const tables = (html: string): string[] =>
  elements(html, (e) => e.name === 'table' && String(e.attributes['class']).includes('figure-table')).map((t) =>
    text(t).replace(/\s+/g, ' ').trim(),
  );

describe('embeds', () => {
  const withCharts = [...graph.indicators.values()].filter((p) => pageHtml(pageUrl(p.id)).includes('om-chart'));

  it('exist for every indicator chart, with the same table and a link back', () => {
    expect(withCharts.length).toBeGreaterThan(10);
    for (const page of withCharts) {
      const html = pageHtml(pageUrl(page.id));
      const codes = elements(html, (e) => e.name === 'textarea').map((e) => decode(text(e)));
      const charts = elements(html, (e) => e.name === 'canvas').length;
      expect(codes.length, page.id).toBe(charts);
      codes.forEach((code, i) => {
        const src = /<iframe src="([^"]+)"/.exec(code)?.[1] ?? '';
        const path = new URL(src).pathname;
        expect(path).toBe(`/embed/${page.data.agreement}-${String(page.data.number)}${i ? `-${String(i + 1)}` : ''}/`);
        const embed = pageHtml(path);
        expect(elements(embed, (e) => e.name === 'canvas')).toHaveLength(1);
        expect(embed).toContain(`href="https://onderwijsmonitor.nl${pageUrl(page.id)}"`);
        // The embed's table is one of the page's tables, cell for cell.
        expect(tables(html)).toContain(tables(embed)[0]);
      });
    }
  });
});
