/**
 * The layer for machines holds exactly the figures of the pages: the per-indicator
 * CSV has every figure of the indicator's frontmatter (with its kind and notes), the
 * JSON-LD Dataset of each indicator page has the same figures as that CSV, and
 * datapackage.json describes the CSV files so that every cell fits its column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync, type Node } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../support/csv.ts';
import { checkContent } from '../../src/lib/check/check.ts';
import { buildGraph } from '../../src/lib/domain/graph.ts';
import { indicatorCsvName, markdownPath, pageUrl } from '../../src/lib/domain/urls.ts';
import { DIST, pageHtml } from './built.ts';
import { walkFigures } from '../../src/lib/domain/figure-walk.ts';
import { formatFigure } from '../../src/lib/domain/format.ts';
import type { Unit } from '../../src/schemas/vocabulary.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const checked = checkContent(ROOT);
const graph = buildGraph(checked.pages);
const indicators = [...graph.indicators.values()];

/** A value as the CSV writes it, read back as a number (a neutralised cell keeps its digits). */
const num = (v: string): number => Number(v.replace(/^'/, ''));

const csvOf = (file: string) => csvRecords(readFileSync(join(DIST, 'data', 'indicatoren', file), 'utf8'));

/** The JSON-LD blocks of a built page. */
function jsonLd(html: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  walkSync(parse(html), (node: Node) => {
    if (node.type === ELEMENT_NODE && node.name === 'script' && node.attributes['type'] === 'application/ld+json') {
      const text = (node.children as Node[])
        .filter((c) => c.type === TEXT_NODE)
        .map((c) => String(c.value))
        .join('');
      out.push(JSON.parse(text) as Record<string, unknown>);
    }
  });
  return out;
}

describe('indicator CSV', () => {
  it('holds every figure of the page, with its kind', () => {
    for (const page of indicators) {
      const d = page.data;
      const rows = csvOf(indicatorCsvName(d));
      const expected = [
        ...(d.target.value === undefined ? [] : [['streefwaarde', d.target.value]]),
        ...(d.target.value !== undefined && d.target.baseline ? [['startpunt', d.target.baseline.value]] : []),
        ...d.realisation.map((r) => ['meting', r.value]),
        ...d.facts.map((f) => ['ander-cijfer', f.value]),
      ];
      const got = rows.filter((r) => r['waarde'] !== '').map((r) => [r['soort'], num(r['waarde'] ?? '')]);
      expect(got, page.id).toEqual(expected);
    }
  });

  it('carries the notes that change a figure’s meaning, such as a break in the series', () => {
    const vo4 = indicators.find((p) => p.data.agreement === 'sectorakkoord-vo' && p.data.number === 4);
    const rows = csvOf(indicatorCsvName(vo4?.data ?? { agreement: '', number: 0 }));
    const change = rows.find((r) => r['soort'] === 'meetwijziging');
    expect(change?.['periode']).toBe('2019');
    expect(change?.['toelichting']).toMatch(/nieuwkomers/);
    expect(rows.filter((r) => r['soort'] === 'ander-cijfer').length).toBeGreaterThan(3);
  });
});

describe('JSON-LD', () => {
  it('gives every indicator page a schema.org Dataset with the figures of its CSV', () => {
    for (const page of indicators) {
      const [dataset, ...more] = jsonLd(pageHtml(pageUrl(page.id)));
      expect(more).toEqual([]);
      expect(dataset?.['@context']).toBe('https://schema.org');
      expect(dataset?.['@type']).toBe('Dataset');
      for (const key of ['name', 'description', 'url', 'license', 'creator', 'distribution', 'dateModified'])
        expect(dataset?.[key], `${page.id}: ${key}`).toBeTruthy();
      const distribution = dataset?.['distribution'] as { encodingFormat: string; contentUrl: string }[];
      expect(distribution.map((x) => x.encodingFormat)).toEqual(['text/csv', 'application/json']);
      expect(distribution[0]?.contentUrl).toMatch(new RegExp(`/data/indicatoren/${indicatorCsvName(page.data)}$`));
      const values = (dataset?.['variableMeasured'] as { value: number }[]).map((v) => v.value);
      const csv = csvOf(indicatorCsvName(page.data)).filter((r) => r['waarde'] !== '');
      expect(values, page.id).toEqual(csv.map((r) => num(r['waarde'] ?? '')));
    }
  });

  it('describes /data/ as a Dataset with the CSV, JSON and datapackage.json', () => {
    const [dataset] = jsonLd(pageHtml('/data/'));
    expect(dataset?.['@type']).toBe('Dataset');
    const formats = (dataset?.['distribution'] as { contentUrl: string }[]).map((x) => x.contentUrl.replace(/^.*\/data\//, ''));
    expect(formats).toEqual(['indicatoren.csv', 'indicatoren.json', 'datapackage.json']);
  });
});

describe('datapackage.json', () => {
  const pkg = JSON.parse(readFileSync(join(DIST, 'data', 'datapackage.json'), 'utf8')) as {
    profile: string;
    name: string;
    licenses: { name: string }[];
    resources: { name: string; path: string; schema: { fields: { name: string; type: string; constraints?: { enum: string[] } }[] } }[];
  };

  it('is a valid tabular data package with one resource per CSV file', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.licenses[0]?.name).toBeTruthy();
    expect(pkg.resources).toHaveLength(indicators.length + 1);
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9._-]+$/);
  });

  it('describes every column of every CSV file, and every cell fits its column', () => {
    for (const resource of pkg.resources) {
      const file = join(DIST, new URL(resource.path).pathname);
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      expect(text.split('\r\n')[0]?.split(','), resource.name).toEqual(resource.schema.fields.map((f) => f.name));
      for (const row of csvRecords(text)) {
        for (const field of resource.schema.fields) {
          const cell = row[field.name] ?? '';
          if (cell === '') continue;
          if (field.type === 'integer') expect(cell, `${resource.name}.${field.name}`).toMatch(/^-?\d+$/);
          if (field.type === 'number') expect(Number.isFinite(num(cell)), `${resource.name}.${field.name}: ${cell}`).toBe(true);
          if (field.constraints) expect(field.constraints.enum, `${resource.name}.${field.name}`).toContain(cell);
        }
      }
    }
  });
});

describe('llms.txt and the Markdown versions', () => {
  const index = readFileSync(join(DIST, 'llms.txt'), 'utf8');
  const full = readFileSync(join(DIST, 'llms-full.txt'), 'utf8');
  const contentPages = [...graph.pages.values()];

  it('llms.txt lists every content page with its Markdown version', () => {
    const linked = [...index.matchAll(/\]\((https?:\/\/[^)]+\.md)\)/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(linked.length).toBe(contentPages.length);
    for (const page of contentPages) expect(linked, page.id).toContain(`/${markdownPath(page.id)}`);
    for (const path of linked) expect(readFileSync(join(DIST, path), 'utf8')).toMatch(/^# /);
  });

  it('llms.txt lists every topic page, with its first headline figure', () => {
    const topics = index.slice(index.indexOf("## Thema's"));
    const lines = topics.split('\n').filter((l) => l.startsWith('- ['));
    expect(lines.length).toBe(checked.data.topics.entries.length);
    expect(lines.find((l) => l.includes('/themas/lerarentekort/'))).toContain(
      'Kerncijfer: 9.800 fte, Lerarentekort in fte (voltijdbanen) · oktober 2023, po en (v)so · Staat van het Onderwijs 2024, § 6.2.1.',
    );
  });

  it('every Markdown version holds every figure of its page, as the page writes it', () => {
    for (const page of contentPages) {
      const md = readFileSync(join(DIST, markdownPath(page.id)), 'utf8');
      const target = 'target' in page.data ? page.data.target : undefined;
      for (const { node } of walkFigures(page.data)) {
        const unit = (node['unit'] ?? target?.unit ?? 'count') as Unit;
        const shown = formatFigure({ ...(node as { value: number }), unit });
        expect(md, `${page.id}: ${shown}`).toContain(`**${shown}**`);
      }
      expect(full).toContain(md.trim());
    }
  });
});

describe('the page for an unknown address (404.html)', () => {
  /** The attributes of every <link> and <meta> of a page. */
  const headTags = (html: string) => {
    const out: Record<string, unknown>[] = [];
    walkSync(parse(html) as Node, (n) => {
      if (n.type === ELEMENT_NODE && (n.name === 'link' || n.name === 'meta')) out.push(n.attributes);
    });
    return out;
  };

  it('names no canonical address of its own and asks search engines not to index it', () => {
    const tags = headTags(readFileSync(join(DIST, '404.html'), 'utf8'));
    expect(tags.filter((a) => a['rel'] === 'canonical')).toEqual([]);
    expect(tags).toContainEqual({ name: 'robots', content: 'noindex' });
    // Every other page keeps its canonical address.
    expect(headTags(pageHtml('/')).filter((a) => a['rel'] === 'canonical')).toHaveLength(1);
  });
});
