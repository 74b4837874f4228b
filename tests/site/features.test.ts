/**
 * Features every reader and editor relies on, checked in the built HTML: topic pages
 * show agreement and finding side by side, the open data files follow their documented
 * format, and every content page has "Bewerk deze pagina", its last-changed date and
 * "Citeer deze pagina".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.ts';
import { checkContent } from '../../src/lib/check/check.ts';
import { indicatorCsvName, pageUrl } from '../../src/lib/domain/urls.ts';
import { CSV_COLUMNS } from '../../src/lib/views/export.ts';
import { DIST, pageHtml } from './built.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const { pages, graph } = checkContent(ROOT);

describe('features in the built site', () => {
  it('puts first, under "Wat ziet de Inspectie?", the chapter most about the topic', () => {
    const firstFinding = (topic: string) => {
      const html = pageHtml(`/themas/${topic}/`);
      const after = html.slice(html.indexOf('id="bevindingen"'));
      return /Hoofdstuk \d+: [^<·]+|Sectorbeeld [^<·]+/.exec(after)?.[0].trim();
    };
    // Chapter 6 names "lerarentekort" first; chapter 1 (once first, by number) only in two sections, last.
    expect(firstFinding('lerarentekort')).toBe('Hoofdstuk 6: Onderwijsprofessionals');
    expect(firstFinding('thuiszitters')).toBe('Hoofdstuk 5: Passend onderwijs');
  });

  it('topic pages list the indicators of both agreements and the findings on the topic', () => {
    let both = 0;
    for (const [topic, list] of graph.pagesByTopic) {
      const indicators = list.filter((p) => p.data.type === 'indicator');
      const html = pageHtml(`/themas/${topic}/`);
      for (const p of indicators) expect(html, `/themas/${topic}/ → ${p.id}`).toContain(`href="${pageUrl(p.id)}"`);
      const findings = list.filter((p) => p.data.type === 'chapter' || p.data.type === 'portrait');
      for (const p of findings) expect(html, `/themas/${topic}/ → ${p.id}`).toContain(`href="${pageUrl(p.id)}"`);
      const sectors = new Set(indicators.map((p) => (p.data.type === 'indicator' ? p.data.sector : '')));
      if (sectors.has('po') && sectors.has('vo')) {
        both++;
        expect(html).toContain('Sectorakkoord VO');
        expect(html).toContain('Bestuursakkoord PO');
      }
    }
    expect(both).toBeGreaterThan(3);
  });

  it('publishes indicatoren.csv, indicatoren-excel.csv, a CSV per indicator and indicatoren.json in their documented format', () => {
    const header = CSV_COLUMNS.map(([c]) => c);
    const files = ['indicatoren.csv', ...readdirSync(join(DIST, 'data', 'indicatoren')).map((f) => `indicatoren/${f}`)];
    for (const p of graph.indicators.values()) expect(files).toContain(`indicatoren/${indicatorCsvName(p.data)}`);
    const rowsOf = (file: string, separator: string) => {
      const text = readFileSync(join(DIST, 'data', file), 'utf8');
      expect(text.startsWith('\uFEFF'), `${file}: byte-order mark`).toBe(true);
      return parseCsv(text, separator);
    };
    for (const file of files) {
      const [head, ...rows] = rowsOf(file, ',');
      expect(head, file).toEqual(header);
      for (const row of rows) {
        expect(row.length, `${file}: ${row.join(',')}`).toBe(header.length);
        expect(Number.isFinite(Number(row[header.indexOf('waarde')])), `${file}: waarde`).toBe(true);
        expect(['streefwaarde', 'startpunt', 'meting', 'ander-cijfer', 'meetwijziging']).toContain(row[header.indexOf('soort')]);
      }
    }
    // The Excel variant: the same cells, with semicolons and a decimal comma in the numbers.
    const standard = rowsOf('indicatoren.csv', ',');
    const excel = rowsOf('indicatoren-excel.csv', ';');
    expect(excel).toHaveLength(standard.length);
    const waarde = header.indexOf('waarde');
    for (const [i, row] of excel.entries()) {
      expect(row.length).toBe(header.length);
      const expected = (standard[i] ?? []).map((cell, j) =>
        j === waarde || j === header.indexOf('bovengrens') ? cell.replace('.', ',') : cell,
      );
      expect(row).toEqual(expected);
    }
    expect(excel.some((row) => row[waarde]?.includes(','))).toBe(true);
    const json = JSON.parse(readFileSync(join(DIST, 'data', 'indicatoren.json'), 'utf8')) as {
      bronnen: unknown[];
      indicatoren: Record<string, unknown>[];
    };
    expect(json.indicatoren).toHaveLength(graph.indicators.size);
    for (const i of json.indicatoren) {
      expect(Object.keys(i)).toEqual([
        'akkoord',
        'sector',
        'ambitie',
        'indicator',
        'titel',
        'meet',
        'pagina',
        'csv',
        'doel',
        'status',
        'metingen',
      ]);
    }
    expect(json.bronnen.length).toBe(5);
  });

  it('gives every content page an edit link to its file, its last-changed date and a citation', () => {
    for (const page of pages) {
      const html = pageHtml(pageUrl(page.id));
      expect(html, page.id).toContain(`/edit/main/${page.filePath ?? ''}"`);
      expect(html, page.id).toContain('Bewerk deze pagina');
      expect(html, page.id).toMatch(/Laatst gewijzigd:\s*<time datetime="\d{4}-/);
      expect(html, page.id).toContain('Citeer deze pagina');
    }
  });
});
