/**
 * Search that answers: for readers' own questions, at phone size, the figure that
 * answers the question is in the visible text of the top three results, or on the
 * first screen of a page a result links to (at its anchor). And what results show is
 * the page's own text: no keyword lists, no interface text.
 */
import { isKeywordList } from '../../src/lib/domain/search-text.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstScreen, openSite, type Site } from './browser.ts';
import { QUESTIONS } from './search-questions.ts';

const PHONE = { width: 390, height: 844 };

/** Interface text and list markers that must never be an excerpt. */
const CHROME = [
  'De grafiek verschijnt',
  'Alle cijfers staan in de tabel',
  'Citeer deze pagina',
  'Zoekwoorden',
  'Ook gezocht als',
  'PeriodeGroep',
  'CijferBron',
  'Bewerk deze pagina',
  'Vorige',
  'Volgende',
];

/** Text as compared: single spaces, and "24 procent" written as "24%" (the same figure). */
const clean = (s: string) =>
  s
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(\d) procent\b/g, '$1%');

interface Answer {
  query: string;
  found: boolean;
  where: string;
  excerpts: string[];
}

describe('search answers readers’ questions', () => {
  let site: Site;
  const answers: Answer[] = [];

  beforeAll(async () => {
    site = await openSite();
    const context = await site.browser.newContext({ viewport: PHONE });
    // Three questions at a time, each in a page of its own; the answers keep the order of QUESTIONS.
    const found: Answer[] = [];
    let next = 0;
    const worker = async () => {
      const page = await context.newPage();
      for (let n = next++; n < QUESTIONS.length; n = next++) {
        const q = QUESTIONS[n];
        if (!q) continue;
        await page.goto(`${site.base}/zoeken/?${new URLSearchParams({ q: q.query }).toString()}`, { waitUntil: 'networkidle' });
        await page.waitForFunction((query) => document.querySelector('.search-results')?.getAttribute('data-query') === query, q.query, {
          timeout: 15_000,
        });
        const items = await page.$$eval('.search-results > li', (lis) =>
          lis.map((li) => ({
            text: (li as HTMLElement).innerText,
            excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
            links: [...li.querySelectorAll('a')].map((a) => a.href),
          })),
        );
        const has = (text: string) => q.figure.some((f) => clean(text).includes(f));
        let where = '';
        const top = items.slice(0, 3);
        const inResult = top.findIndex((i) => has(i.text));
        if (inResult >= 0) where = `result ${String(inResult + 1)}`;
        for (const link of top.flatMap((i) => i.links)) {
          if (where) break;
          const target = await context.newPage();
          await target.goto(link, { waitUntil: 'networkidle' });
          if (has(await firstScreen(target))) where = `first screen of ${new URL(link).pathname}${new URL(link).hash}`;
          await target.close();
        }
        found[n] = { query: q.query, found: where !== '', where, excerpts: items.slice(0, 10).map((i) => clean(i.excerpt)) };
      }
      await page.close();
    };
    await Promise.all([worker(), worker(), worker()]);
    answers.push(...found);
    await context.close();
  }, 600_000);

  afterAll(async () => {
    await site.close();
  });

  it(`has at least 30 questions`, () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(30);
    for (const q of QUESTIONS) expect(q.query.split(/\s+/).length, q.query).toBeGreaterThanOrEqual(2);
    for (const q of QUESTIONS) expect(q.query.split(/\s+/).length, q.query).toBeLessThanOrEqual(6);
  });

  it('shows the answer figure for at least 90% of the questions, at phone size', () => {
    const found = answers.filter((a) => a.found);
    const report = answers.map((a) => `${a.found ? 'ok  ' : 'MISS'} ${a.query}${a.where ? ` (${a.where})` : ''}`).join('\n');
    console.log(`${String(found.length)} of ${String(answers.length)} questions answered\n${report}`);
    expect(found.length / answers.length, report).toBeGreaterThanOrEqual(0.9);
  });

  it('never shows a keyword list or interface text as an excerpt (top 10 of every question)', () => {
    const bad = answers.flatMap((a) =>
      a.excerpts.filter((e) => isKeywordList(e) || CHROME.some((c) => e.includes(c))).map((e) => `${a.query}: ${e}`),
    );
    expect(bad).toEqual([]);
  });
});
