/**
 * A topic's headline figures (content/data/topics.yaml `keyFigures`), as a reader meets
 * them: on a phone, the topic page shows its first figure with its source and place in
 * the first screen, linked to the section it comes from; and a search for the topic's
 * name puts the topic page first, with that figure in the result.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { topicFigures } from '../../src/lib/domain/topic-figures.ts';
import { figureCard } from '../../src/lib/views/chapter.ts';
import { pageUrl, topicUrl } from '../../src/lib/domain/urls.ts';
import type { TopicFigureRef } from '../../src/schemas/data.ts';
import { firstScreen, useSite, visit } from './browser.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };
const { graph, data } = checkContent(join(import.meta.dirname, '..', '..'));
const sourceTitle = (id: string) => data.sources.entries.find((e) => e.id === id)?.data['title'] as string;
const topics = data.topics.entries
  .map((e) => ({ id: e.id, label: String(e.data['label']), refs: (e.data['keyFigures'] ?? []) as TopicFigureRef[] }))
  .filter((t) => t.refs.length > 0)
  .map((t) => {
    const [first] = topicFigures(t.id, t.refs, graph);
    if (!first) throw new Error(`thema ${t.id}: geen kerncijfer`);
    const card = figureCard(first.figure, first.page.data.report, sourceTitle);
    return { ...t, value: card.value, locator: card.locator, href: pageUrl(first.page.id, first.section?.anchor) };
  });
/** Text as compared: single spaces (the figures hold non-breaking ones). */
const clean = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');

describe('topic headline figures', () => {
  const site = useSite();

  it('are set for the topics readers search most', () => {
    expect(topics.map((t) => t.id)).toEqual(expect.arrayContaining(['lerarentekort']));
  });

  it.each(topics.map((t) => [t.id, t] as const))(
    '%s: the first figure, its source and place are in the first screen on a phone',
    async (_id, t) => {
      const { page, errors } = await visit(site, topicUrl(t.id), PHONE);
      const seen = clean(await firstScreen(page));
      expect(seen).toContain(t.value);
      expect(seen).toContain(clean(t.locator));
      const link = page.locator('#kerncijfers + .figure-cards .figure-card').first().locator('.figure-card-meta a').first();
      expect(await link.getAttribute('href')).toBe(t.href);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it.each(topics.map((t) => [t.label, t] as const))('a search for "%s" opens with the topic and its figure', async (label, t) => {
    const { page, errors } = await visit(site, `/zoeken/?${new URLSearchParams({ q: label.toLowerCase() }).toString()}`, PHONE);
    await page.waitForFunction((q) => document.querySelector('.search-results')?.getAttribute('data-query') === q, label.toLowerCase());
    const first = page.locator('.search-results > li').first();
    expect(await first.locator('a.result-title').getAttribute('href')).toBe(topicUrl(t.id));
    expect(clean(await first.locator('.result-meta').textContent())).toContain(`Kerncijfer: ${t.value}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
