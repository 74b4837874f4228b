/**
 * Every numbered section of the Staat 2024 has its anchor on the built chapter page
 * (tests/content/structure.test.ts checks that the chapters list every section).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { buildGraph } from '../../src/lib/domain/graph.ts';
import { sectionAnchor } from '../../src/lib/domain/anchors.ts';
import { pageUrl } from '../../src/lib/domain/urls.ts';
import { pageHtml } from './built.ts';

const { pages } = checkContent(join(import.meta.dirname, '..', '..'));
const graph = buildGraph(pages);

describe('section anchors in the built site', () => {
  it('gives every numbered section of the report its anchor on the built chapter page', () => {
    let anchors = 0;
    for (const chapter of graph.chaptersByReport.get('staat-2024') ?? []) {
      const html = pageHtml(pageUrl(chapter.id));
      for (const s of chapter.data.sections.map((x) => x.number)) {
        anchors++;
        expect(html, `${chapter.id} #${sectionAnchor(s)}`).toContain(`id="${sectionAnchor(s)}"`);
      }
    }
    expect(anchors).toBe(52);
  });
});
