/**
 * A topic's headline figures (content/data/topics.yaml `keyFigures`), as a reader meets
 * them: on a phone, the topic page shows its first figure with its source and place in
 * the first screen, linked to the section it comes from; and a search for the topic's
 * name puts the topic page first, with that figure in the result.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { topicHeadline } from '../../src/lib/views/topics.ts';
import { topicUrl } from '../../src/lib/domain/urls.ts';
import type { Topic } from '../../src/schemas/data.ts';
import { firstScreen, openTab, useSite, visit } from './browser.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };
const { graph, data } = checkContent(join(import.meta.dirname, '..', '..'));
const sourceTitle = (id: string) => data.sources.entries.find((e) => e.id === id)?.data['title'] as string;
const topics = data.topics.entries
  .map((e) => e.data as Topic)
  .filter((t) => t.keyFigures.length > 0)
  .map((t) => {
    const [first] = topicHeadline(t, graph, sourceTitle);
    if (!first) throw new Error(`thema ${t.id}: geen kerncijfer`);
    return { id: t.id, label: t.label, value: first.value, locator: first.locator, href: first.href };
  });
/** Text as compared: single spaces (the figures hold non-breaking ones). */
const clean = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');

describe('topic headline figures', () => {
  const site = useSite();

  it('are set for the topics readers search most', () => {
    expect(topics.map((t) => t.id)).toEqual(
      expect.arrayContaining(['lerarentekort', 'werkdruk', 'schoolleiders', 'zittenblijven', 'passend-onderwijs']),
    );
  });

  it('each topic page shows its first figure, with source and place, in the first screen on a phone', async () => {
    const tab = await openTab(site, PHONE);
    const wrong: string[] = [];
    for (const t of topics) {
      const { page, errors } = await tab.visit(topicUrl(t.id), 'load');
      const seen = clean(await firstScreen(page));
      const link = page.locator('#kerncijfers + div .figure-card').first().locator('.figure-card-meta a').first();
      const href = await link.getAttribute('href');
      if (!seen.includes(t.value) || !seen.includes(clean(t.locator)) || href !== t.href || errors.length)
        wrong.push(`${t.id}: ${t.value}, ${t.locator}, ${t.href} → ${href ?? '-'}; ${errors.join(' ')}; seen: ${seen.slice(0, 300)}`);
    }
    await tab.close();
    expect(wrong).toEqual([]);
  });

  it('a search for the name of each topic opens with the topic and its first figure', async () => {
    const tab = await openTab(site, PHONE);
    const wrong: string[] = [];
    for (const t of topics) {
      const query = t.label.toLowerCase();
      const { page, errors } = await tab.visit(`/zoeken/?${new URLSearchParams({ q: query }).toString()}`, 'load');
      await page.waitForFunction((q) => document.querySelector('.search-results')?.getAttribute('data-query') === q, query);
      const first = page.locator('.search-results > li').first();
      const href = await first.locator('a.result-title').getAttribute('href');
      const meta = clean(await first.locator('.result-meta').textContent());
      if (href !== topicUrl(t.id) || !meta.includes(`Kerncijfer: ${t.value}`) || errors.length)
        wrong.push(`${query}: ${href ?? '-'}; ${meta}; ${errors.join(' ')}`);
    }
    await tab.close();
    expect(wrong).toEqual([]);
  });

  it('the list of topics shows the first figure of each topic beside it', async () => {
    const { page, errors } = await visit(site, '/themas/', PHONE);
    const items = await page
      .locator('.topic-index > li')
      .evaluateAll((lis) => lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href'), text: li.textContent ?? '' })));
    const wrong = topics.filter((t) => !clean(items.find((i) => i.href === topicUrl(t.id))?.text).includes(`${t.value} `)).map((t) => t.id);
    expect(wrong).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
