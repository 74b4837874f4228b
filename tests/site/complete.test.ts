/**
 * Nothing is lost between the content and the built site: every page in content/
 * is built, every figure in a page's frontmatter is on that page (in its table,
 * readable without JavaScript) or, for a report chapter, one click away: on the
 * chapter's figures page, in the table of its section, which the section links to;
 * and every indicator figure is in the data export.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { sectionAnchor } from '../../src/lib/domain/anchors.ts';
import { pageUrl } from '../../src/lib/domain/urls.ts';
import { formatFigure, formatValue } from '../../src/lib/domain/format.ts';
import { DIST, pageHtml } from './built.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The visible text of a page, as a reader without JavaScript gets it. */
function text(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

describe('nothing is lost', () => {
  const { pages, problems } = checkContent(ROOT);

  it('the content has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('every page in content/ is in the build', () => {
    const missing = pages.filter((p) => {
      try {
        pageHtml(pageUrl(p.id));
        return false;
      } catch {
        return true;
      }
    });
    console.log(`compleet: ${String(pages.length)} pagina's in content/, ${String(missing.length)} niet gebouwd`);
    expect(missing.map((p) => p.id)).toEqual([]);
  });

  it('every figure in the frontmatter is on its page', () => {
    let figures = 0;
    const absent: string[] = [];
    for (const page of pages) {
      const html = text(pageHtml(pageUrl(page.id)));
      const d = page.data;
      const expected: string[] = [];
      if (d.type === 'indicator') {
        if (d.target.value !== undefined && d.target.unit) expected.push(formatValue(d.target.value, d.target.unit));
        if (d.target.baseline && d.target.unit) expected.push(formatValue(d.target.baseline.value, d.target.unit));
        expected.push(...d.realisation.map(formatFigure), ...d.facts.map(formatFigure));
      }
      if ('keyFigures' in d && d.type !== 'chapter') expected.push(...d.keyFigures.map(formatFigure));
      for (const figure of expected) {
        figures++;
        if (!html.includes(figure)) absent.push(`${page.id}: ${figure}`);
      }
      if (d.type === 'chapter') {
        // Each figure in its section's part of the figures page, and that section on the chapter links there.
        const raw = pageHtml(pageUrl(page.id));
        const figuresPage = pageHtml(`${pageUrl(page.id)}cijfers/`);
        for (const f of d.keyFigures) {
          figures++;
          const anchor = f.section ? sectionAnchor(f.section) : 'overige-cijfers';
          const start = figuresPage.indexOf(`id="${anchor}"`);
          const end = figuresPage.indexOf('<section class="figures-part"', start);
          const part = start < 0 ? '' : text(figuresPage.slice(start, end < 0 ? undefined : end));
          if (!part.includes(formatFigure(f))) absent.push(`${page.id}/cijfers/#${anchor}: ${formatFigure(f)}`);
          if (f.section && !raw.includes(`href="${pageUrl(page.id)}cijfers/#${anchor}"`))
            absent.push(`${page.id}: geen link naar cijfers/#${anchor}`);
        }
      }
    }
    console.log(`compleet: ${String(figures)} cijfers uit de frontmatter gezocht op hun pagina, ${String(absent.length)} niet gevonden`);
    expect(absent).toEqual([]);
  });

  it('every indicator figure is in the data export, with its source', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'data', 'indicatoren.json'), 'utf8')) as {
      indicatoren: {
        akkoord: string;
        indicator: number;
        metingen: { waarde: number; periode: string | null; bron: string; groep: string | null }[];
      }[];
    };
    const csv = readFileSync(join(DIST, 'data', 'indicatoren.csv'), 'utf8');
    let count = 0;
    const absent: string[] = [];
    for (const page of pages) {
      const d = page.data;
      if (d.type !== 'indicator') continue;
      const exported = json.indicatoren.find((i) => i.akkoord === d.agreement && i.indicator === d.number);
      if (!exported) {
        absent.push(`${page.id}: hele indicator`);
        continue;
      }
      for (const r of d.realisation) {
        count++;
        const found = exported.metingen.some(
          (m) => m.waarde === r.value && m.periode === (r.period ?? null) && m.bron === r.source && m.groep === (r.group ?? null),
        );
        if (!found) absent.push(`${page.id}: ${String(r.value)} (${r.period ?? r.periodLabel ?? ''})`);
      }
    }
    expect(csv.split('\r\n').length - 2).toBeGreaterThanOrEqual(count);
    console.log(`export: ${String(count)} metingen van indicatoren, ${String(absent.length)} ontbreken in indicatoren.json`);
    expect(absent).toEqual([]);
  });
});
