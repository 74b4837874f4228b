/**
 * The site is open to the next edition: a third agreement and a new Staat van het
 * Onderwijs are content only. This copies the site to a temporary folder, adds the
 * test fixture tests/fixtures/next-edition/ (fictional texts and test figures, never
 * in content/), makes the two edits an editor makes for a new Staat (its `order`, the
 * home page's `headline`), builds the copy once with no change to code, and reads
 * what a reader and a program get: the sidebar, the home page, the search filters
 * (the filter form and Pagefind's index), the topic pages, the cross-links and the
 * open data.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ELEMENT_NODE, TEXT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from '../support/csv.ts';
import { buildProjectAsync as buildSite, copyProjectInto as copySite } from '../support/project.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'next-edition');
const work = mkdtempSync(join(tmpdir(), 'om-next-edition-'));
const dist = join(work, 'dist');

const AGREEMENT = 'Testakkoord MBO';
const REPORT = 'De Staat van het Onderwijs 2025 (testversie)';
const REPORT_SHORT = 'Staat van het Onderwijs 2025 (test)';
const INDICATOR_1 = '/testakkoord-mbo/indicatoren/1-testindicator-een/';
const CHAPTER_1 = '/staat-2025/hoofdstukken/1-testhoofdstuk-een/';

/** Replaces `from` by `to` in a file of the copy; fails when `from` is not there (the edit would silently do nothing). */
function edit(file: string, from: string, to: string) {
  const path = join(work, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}" to replace`);
  writeFileSync(path, text.replace(from, to));
}

/** The built page at a URL path, parsed. */
function page(path: string): Node {
  return parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
}

/** The text a reader sees in a node, white space collapsed. */
function textOf(node: Node): string {
  let out = '';
  walkSync(node, (n: Node) => {
    if (n.type === TEXT_NODE) out += String(n.value);
  });
  return out.replace(/\s+/g, ' ').trim();
}

/** The href of every link inside a node. */
function linksIn(node: Node): string[] {
  const out: string[] = [];
  walkSync(node, (n: Node) => {
    if (n.type === ELEMENT_NODE && n.name === 'a' && typeof n.attributes['href'] === 'string') out.push(n.attributes['href']);
  });
  return out;
}

/** A Pagefind filter's values as stored in its index file (gzipped CBOR: the name, then a map of value to pages). */
function pagefindFilter(name: string): Buffer {
  const dir = join(dist, 'pagefind', 'filter');
  const head = Buffer.from([0x82, 0x60 + Buffer.byteLength(name), ...Buffer.from(name)]);
  for (const file of readdirSync(dir)) {
    const data = gunzipSync(readFileSync(join(dir, file)));
    // "pagefind_dcd" and then the filter's name.
    if (data.subarray(12, 12 + head.length).equals(head)) return data;
  }
  throw new Error(`Pagefind's index has no filter "${name}"`);
}

/** A text as CBOR writes it (length below 256), to look for in a filter file. */
function cborText(value: string): Buffer {
  const bytes = Buffer.from(value);
  const head = bytes.length < 24 ? [0x60 + bytes.length] : [0x78, bytes.length];
  return Buffer.from([...head, ...bytes]);
}

let build: { status: number | null; output: string };

beforeAll(async () => {
  copySite(work);
  cpSync(join(FIXTURE, 'docs'), join(work, 'content', 'docs'), { recursive: true });
  for (const data of ['sources.yaml', 'abbreviations.yaml']) {
    const file = join(work, 'content', 'data', data);
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n${readFileSync(join(FIXTURE, 'data', data), 'utf8')}`);
  }
  // What an editor changes for a new Staat: it comes first, and the home page shows its figures.
  edit('content/docs/staat-2024/index.mdx', '\norder: 1\n', '\norder: 2\n');
  edit('content/docs/index.mdx', '\nheadline: staat-2024\n', '\nheadline: staat-2025\n');
  build = await buildSite(work);
}, 600_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a third agreement and a Staat 2025, added as content only', () => {
  it('build without a change to code', () => {
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(dist, 'testakkoord-mbo', 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'staat-2025', 'index.html'))).toBe(true);
  });

  it('stand in the sidebar, in the order their index pages give', () => {
    const sidebar = querySelector(page('/'), 'nav.sidebar');
    // The sidebar is per section: on the home page each agreement and report is one top-level link to its overview page.
    const labels = querySelectorAll(sidebar, 'a.large').map(textOf);
    const documents = ['Sectorakkoord VO', 'Bestuursakkoord PO', AGREEMENT, REPORT, 'De Staat van het Onderwijs 2024'];
    expect(labels.filter((l) => documents.includes(l))).toEqual(documents);
    // The agreement's own pages list its ambitions and indicators there.
    const own = linksIn(querySelector(page('/testakkoord-mbo/'), 'nav.sidebar'));
    expect(own).toEqual(expect.arrayContaining(['/testakkoord-mbo/', INDICATOR_1, '/testakkoord-mbo/ambities/2-testambitie-twee/']));
    expect(own.filter((href) => href.startsWith('/testakkoord-mbo/indicatoren/'))).toHaveLength(3);
  });

  it('stand on the home page: the agreement at a glance, the new Staat as headline, both in the timeline', () => {
    const home = page('/');
    const glance = querySelector(home, '.glance-grid');
    expect(querySelectorAll(glance, 'h3').map(textOf)).toEqual(['Sectorakkoord VO', 'Bestuursakkoord PO', AGREEMENT]);
    expect(textOf(querySelector(glance, 'section[aria-labelledby="glance-testakkoord-mbo"]'))).toContain('3 indicatoren');
    const body = textOf(querySelector(home, 'main'));
    expect(body).toContain(`De belangrijkste cijfers uit ${REPORT}`);
    expect(body).toContain('Testkerncijfer een');
    const timeline = querySelector(home, 'ol.timeline');
    const items = querySelectorAll(timeline, 'li').map((li) => ({ text: textOf(li), links: linksIn(li) }));
    expect(items).toContainEqual(expect.objectContaining({ links: ['/staat-2025/'], text: expect.stringContaining(REPORT) }));
    expect(items).toContainEqual(
      expect.objectContaining({ links: ['/testakkoord-mbo/'], text: expect.stringContaining('Testdashboard Testakkoord MBO 2025') }),
    );
  });

  it('are values of the search filters: in the filter form and in Pagefind’s index', () => {
    const form = page('/zoeken/');
    const values = (name: string) =>
      querySelectorAll(form, `input[name="${name}"]`).map((input) => String((input.attributes as Record<string, unknown>)['value']));
    expect(values('document')).toEqual(expect.arrayContaining([AGREEMENT, REPORT_SHORT, 'Sectorakkoord VO']));
    expect(values('sector')).toContain('mbo');
    const documents = pagefindFilter('document');
    for (const value of [AGREEMENT, REPORT_SHORT, 'Staat van het Onderwijs 2024']) expect(documents.includes(cborText(value)), value).toBe(true);
  });

  it('stand on the topic pages: a column for the agreement, the new Staat among the findings', () => {
    const topic = page('/themas/startende-leraren/');
    const grid = querySelector(topic, '.agreement-grid');
    expect(querySelectorAll(grid, '.agreement-grid-head').map(textOf)).toEqual(['Sectorakkoord VO', 'Bestuursakkoord PO', AGREEMENT]);
    // VO 14 and its counterparts PO 7 and the test indicator share a row, each in its column.
    const row = querySelectorAll(grid, '.agreement-row').find((r) => linksIn(r).includes(INDICATOR_1));
    expect(row && linksIn(row).filter((href) => href.includes('/indicatoren/'))).toEqual([
      '/sectorakkoord-vo/indicatoren/14-startende-leraren/',
      '/bestuursakkoord-po/indicatoren/7-startende-leraren/',
      INDICATOR_1,
    ]);
    expect(linksIn(querySelector(topic, '.finding-list'))).toContain(`${CHAPTER_1}#par-1-1`);
    const mbo = page('/themas/beroepsonderwijs/');
    expect(linksIn(querySelector(mbo, '.finding-list'))).toEqual(
      expect.arrayContaining(['/staat-2025/hoofdstukken/2-testhoofdstuk-twee/', '/staat-2025/sectorbeelden/mbo/']),
    );
    expect(textOf(querySelector(page('/themas/'), 'main'))).toContain(REPORT);
  });

  it('keep their own lists of abbreviations, each with its report in the caption', () => {
    const glossary = (path: string) => {
      const table = querySelector(page(path), 'table.glossary');
      return { caption: textOf(querySelector(table, 'caption')), rows: querySelectorAll(table, 'tbody tr').map((tr) => querySelectorAll(tr, 'th, td').map(textOf).join(': ')) };
    };
    const next = glossary('/staat-2025/afkortingen/');
    expect(next.caption).toBe(`Afkortingen uit ${REPORT} en hun betekenis`);
    expect(next.rows).toEqual(['tst: testafkorting', 'vo: testbetekenis van vo']);
    const last = glossary('/staat-2024/afkortingen/');
    expect(last.caption).toBe('Afkortingen uit De Staat van het Onderwijs 2024 en hun betekenis');
    expect(last.rows).toContain('vo: voortgezet onderwijs');
    expect(last.rows.filter((r) => r.startsWith('tst:'))).toEqual([]);
  });

  it('are cross-linked: indicator → section and back, counterparts both ways', () => {
    const indicator = linksIn(querySelector(page(INDICATOR_1), 'main'));
    expect(indicator).toContain(`${CHAPTER_1}#par-1-1`);
    expect(indicator).toContain('/sectorakkoord-vo/indicatoren/14-startende-leraren/');
    expect(linksIn(querySelector(page(CHAPTER_1), 'main'))).toContain(INDICATOR_1);
    expect(linksIn(querySelector(page('/staat-2025/sectorbeelden/mbo/'), 'main'))).toContain(
      '/testakkoord-mbo/indicatoren/2-testindicator-twee/',
    );
    expect(linksIn(querySelector(page('/sectorakkoord-vo/indicatoren/14-startende-leraren/'), 'main'))).toContain(INDICATOR_1);
  });

  it('are in the open data: CSV, JSON, the per-indicator CSV and datapackage.json', () => {
    const rows = csvRecords(readFileSync(join(dist, 'data', 'indicatoren.csv'), 'utf8')).filter((r) => r['akkoord'] === 'testakkoord-mbo');
    expect(rows.filter((r) => r['soort'] === 'meting').map((r) => [r['indicator'], r['waarde'], r['bron']])).toEqual([
      ['1', '11', 'testdashboard-mbo-2025'],
      ['2', '22', 'testdashboard-mbo-2025'],
      ['3', '33', 'testdashboard-mbo-2025'],
    ]);
    const json = JSON.parse(readFileSync(join(dist, 'data', 'indicatoren.json'), 'utf8')) as {
      beschrijving: string;
      indicatoren: { akkoord: string; sector: string }[];
    };
    expect(json.beschrijving).toContain(AGREEMENT);
    expect(json.indicatoren.filter((i) => i.akkoord === 'testakkoord-mbo').map((i) => i.sector)).toEqual(['mbo', 'mbo', 'mbo']);
    expect(existsSync(join(dist, 'data', 'indicatoren', 'testakkoord-mbo-1.csv'))).toBe(true);
    const pkg = JSON.parse(readFileSync(join(dist, 'data', 'datapackage.json'), 'utf8')) as { resources: { name: string }[] };
    expect(pkg.resources.map((r) => r.name)).toEqual(expect.arrayContaining(['testakkoord-mbo-1', 'testakkoord-mbo-2', 'testakkoord-mbo-3']));
    expect(textOf(querySelector(page('/data/'), 'main'))).toContain(AGREEMENT);
    const llms = readFileSync(join(dist, 'llms.txt'), 'utf8');
    expect(llms).toContain(AGREEMENT);
    expect(llms).toContain(REPORT);
  });
});
