/**
 * Taking a chart along: the download menu gives a PNG and an SVG that carry the
 * chart's title (in the image and as text), under the site's Content-Security-Policy.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawAllCharts, openSite, visit, type PageReport, type Site } from './browser.ts';

const PAGE = '/bestuursakkoord-po/indicatoren/7-startende-leraren/';

/** The text fields (iTXt) of a PNG file. */
function pngText(bytes: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 8;
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'iTXt') {
      const data = bytes.subarray(at + 8, at + 8 + length);
      const keyEnd = data.indexOf(0);
      // keyword NUL, compression flag, method, language NUL, translated keyword NUL, text
      let textStart = keyEnd + 3;
      textStart = data.indexOf(0, textStart) + 1;
      textStart = data.indexOf(0, textStart) + 1;
      out[data.toString('utf8', 0, keyEnd)] = data.toString('utf8', textStart);
    }
    at += 12 + length;
  }
  return out;
}

describe('chart downloads', () => {
  let site: Site;
  let report: PageReport;
  let title: string;

  beforeAll(async () => {
    site = await openSite();
    report = await visit(site, PAGE, { acceptDownloads: true });
    await drawAllCharts(report.page);
    const menu = report.page.locator('details.chart-menu').first();
    await menu.waitFor({ state: 'visible' });
    await menu.scrollIntoViewIfNeeded();
    await menu.locator('summary').click();
    title = (await report.page.locator('figure.figure-view .figure-title').first().textContent())?.trim() ?? '';
  });
  afterAll(async () => {
    await site.close();
  });

  const download = async (format: 'png' | 'svg') => {
    const [file] = await Promise.all([
      report.page.waitForEvent('download'),
      report.page.locator(`details.chart-menu button[data-format="${format}"]`).first().click(),
    ]);
    // The browser is shared over a connection: save a local copy to read it.
    const path = join(mkdtempSync(join(tmpdir(), 'om-download-')), file.suggestedFilename());
    await file.saveAs(path);
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  };

  it('offers a PNG with the title, source and address in its text fields', async () => {
    const { name, bytes } = await download('png');
    expect(name).toMatch(/\.png$/);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.length).toBeGreaterThan(20_000);
    const text = pngText(bytes);
    expect(text['Title']).toBe(title);
    expect(text['Source']).toMatch(/Dashboard PO 2020/);
    expect(text['Copyright']).toMatch(/startende-leraren/);
  });

  it('offers an SVG drawn as vectors, with title, unit, source and address as text', async () => {
    const { name, bytes } = await download('svg');
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`<title>${title}</title>`);
    expect(svg).toMatch(/<text[^>]*>Bron: Dashboard PO 2020/);
    expect(svg).toContain('/bestuursakkoord-po/indicatoren/7-startende-leraren/');
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(5);
    expect(await report.page.locator('.chart-menu-status').first().textContent()).toMatch(/SVG-bestand gemaakt/);
  });

  it('does so without errors or CSP violations', () => {
    expect(report.errors).toEqual([]);
    expect(report.cspViolations).toEqual([]);
  });

  it('an embed page draws its chart under the same policy, and shows the table without JavaScript', async () => {
    const embed = await visit(site, '/embed/bestuursakkoord-po-7/');
    await drawAllCharts(embed.page);
    expect(embed.errors).toEqual([]);
    expect(embed.cspViolations).toEqual([]);
    const plain = await visit(site, '/embed/bestuursakkoord-po-7/', { javaScriptEnabled: false });
    expect(await plain.page.locator('table.figure-table td').first().isVisible()).toBe(true);
    expect(await plain.page.locator('table.figure-table').textContent()).toContain('87%');
  });
});
