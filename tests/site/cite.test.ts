/**
 * Citations in the built pages: every figure card and table row offers one with the
 * figure, its period and group, the source with its publisher (or "uitgever niet
 * vermeld"), the locator and the page's address; the page citation is dated by git,
 * not by the build's clock, and is left off the search and 404 pages.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, pageHtml } from './built.ts';

const SITE = 'https://onderwijsmonitor.nl';

/** The texts of the citation boxes of a page, entities decoded. */
function citations(path: string): string[] {
  return [...pageHtml(path).matchAll(/class="cite-text"[^>]*>([^<]*)</g)].map((m) =>
    (m[1] ?? '')
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .trim(),
  );
}

describe('citations', () => {
  it('an indicator figure: figure, period, group, source without publisher, locator, address', () => {
    const path = '/sectorakkoord-vo/indicatoren/4-zittenblijven/';
    const card = citations(path).find((c) => c.startsWith('Percentage zittenblijvers'));
    expect(card).toBe(
      'Percentage zittenblijvers in het vo: 6,03%, in 2019, vo totaal. Bron: Dashboard Sectorakkoord VO 2020 (2020). Uitgever niet vermeld. ' +
        `Vindplaats: Indicator 4, Welke beweging is zichtbaar? Via Onderwijsmonitor: ${SITE}${path}`,
    );
  });

  it('a figure from the 2016 letter names the ministry and the Kamerstuk numbers the letter gives', () => {
    const path = '/bestuursakkoord-po/indicatoren/7-startende-leraren/';
    const row = citations(path).find((c) => c.includes('72%'));
    expect(row).toContain('72%, in 2015, startende leraren.');
    expect(row).toContain(
      'Bron: Ministerie van OCW (2016). Tweede voortgangsrapportage bestuursakkoord PO en sectorakkoord VO. Kamerstukken 31 293 en 31 289.',
    );
    expect(row).toContain('Vindplaats: § 3.2.');
    expect(row).toMatch(new RegExp(`Via Onderwijsmonitor: ${SITE}${path}#tabel-`));
  });

  it('a Staat key figure names the Inspectie as author and its section', () => {
    const path = '/staat-2024/hoofdstukken/6-onderwijsprofessionals/';
    const row = citations(path).find((c) => c.includes('9.800 fte'));
    expect(row).toContain('in oktober 2023, po en (v)so.');
    expect(row).toContain('Bron: Inspectie van het Onderwijs (2024). De Staat van het Onderwijs 2024. Vindplaats: § 6.2.1.');
  });

  it('every figure table row offers a citation', () => {
    const html = pageHtml('/sectorakkoord-vo/indicatoren/22-zwakke-afdelingen/');
    const rows = [...html.matchAll(/<td class="source-cell"[^>]*>([\s\S]*?)<\/td>/g)];
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(r[1]).toContain('cite-text');
  });

  it('the page citation has the site as author and a date from git, never the date of the build', () => {
    const page = citations('/sectorakkoord-vo/indicatoren/4-zittenblijven/').find((c) => c.startsWith('Onderwijsmonitor ('));
    expect(page).toMatch(/^Onderwijsmonitor \(\d{4}, \d{1,2} [a-z]+\)\. Zittenblijven en op- en afstroom\. Op basis van: /);
    expect(page).toContain('Dashboard Sectorakkoord VO 2020, uitgever niet vermeld, 2020');
    expect(page).not.toContain('Geraadpleegd');
    // A permalink to this version of the text: the page's file at the commit that last changed it.
    expect(page).toMatch(
      /Deze versie: https:\/\/\S+\/blob\/[0-9a-f]{40}\/content\/docs\/sectorakkoord-vo\/indicatoren\/4-zittenblijven\.mdx$/,
    );
  });

  it('is not offered on the search page or the 404 page', () => {
    expect(pageHtml('/zoeken/')).not.toContain('Citeer deze pagina');
    expect(readFileSync(join(DIST, '404.html'), 'utf8')).not.toContain('Citeer deze pagina');
    expect(pageHtml('/themas/lerarentekort/')).toContain('Citeer deze pagina');
  });
});
