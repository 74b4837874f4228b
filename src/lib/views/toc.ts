/**
 * Table of contents for pages whose headings partly come from components (which
 * Starlight's own table of contents does not see): numbered sections and the parts
 * a page kind adds (Cijfers, Wat zegt de Inspectie?, Bronnen).
 */
import type { Page } from '../../schemas/index.ts';
import { interleaveSections, numberHeadings, sectionAnchor, sectionLevel } from '../domain/anchors.ts';
import type { SiteGraph } from '../domain/graph.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem extends Heading {
  children: TocItem[];
}

/** Nests flat headings under the page title, as Starlight does. */
export function nestHeadings(title: string, headings: readonly Heading[], topSlug = '_top'): TocItem[] {
  const toc: TocItem[] = [{ depth: 2, slug: topSlug, text: title, children: [] }];
  const inject = (items: TocItem[], item: TocItem) => {
    const last = items.at(-1);
    if (!last || last.depth >= item.depth) items.push(item);
    else inject(last.children, item);
  };
  for (const h of headings) inject(toc, { ...h, children: [] });
  return toc;
}

/**
 * The headings a page kind renders around the editor's text, in page order. `body` is
 * the page's MDX source: it tells where the numbered sections stand between the
 * editor's headings, whose ids are then numbered with their section (anchors.ts).
 */
export function pageHeadings(page: Page, graph: SiteGraph, prose: readonly Heading[], body = ''): Heading[] {
  const d = page.data;
  const h = (slug: string, text: string, depth = 2): Heading => ({ depth, slug, text });
  switch (d.type) {
    case 'indicator': {
      const out = [...prose, h('cijfers', 'Cijfers'), h('wat-zegt-de-inspectie', 'Wat zegt de Inspectie?')];
      if ((graph.counterparts.get(page.id) ?? []).length) out.push(h('in-het-andere-akkoord', 'In een ander akkoord'));
      return [...out, h('bronnen', 'Bronnen')];
    }
    case 'chapter':
    case 'document':
    case 'report':
    case 'portrait': {
      const sections = 'sections' in d ? d.sections : [];
      const text = sections.length
        ? numberHeadings(
            interleaveSections(body, prose, (n) => {
              const s = sections.find((x) => x.number === n);
              return s ? h(sectionAnchor(s.number), `${s.number} ${s.title}`, sectionLevel(s.number)) : undefined;
            }),
          )
        : [...prose];
      const figures = d.keyFigures.length > 0;
      switch (d.type) {
        case 'chapter':
          return [
            ...(figures ? [h('kerncijfers', 'Kerncijfers')] : []),
            h('afspraken', 'Afspraken die hierover gaan'),
            h('in-dit-hoofdstuk', 'In dit hoofdstuk'),
            ...text,
            ...(figures ? [h('alle-cijfers', 'Alle cijfers')] : []),
            h('bronnen', 'Bronnen'),
          ];
        case 'portrait':
          return [
            ...(figures ? [h('kerncijfers', 'Kerncijfers')] : []),
            h('afspraken', 'Afspraken die hierover gaan'),
            ...text,
            ...(figures ? [h('alle-kerncijfers', 'Alle cijfers')] : []),
            h('bronnen', 'Bronnen'),
          ];
        default:
          return [...text, ...(figures ? [h('kerncijfers', 'Kerncijfers')] : []), h('bronnen', 'Bronnen')];
      }
    }
    case 'agreement':
      return [...prose, h('stand-van-zaken', 'Stand van zaken'), h('bronnen', 'Bronnen')];
    case 'ambition':
      return [...prose, h('indicatoren', 'Indicatoren'), h('bronnen', 'Bronnen')];
    case 'home': {
      const out = [...prose, h('stand-van-de-akkoorden', 'De stand van de akkoorden')];
      if (graph.reports.size) out.push(h('wat-ziet-de-inspectie', 'Wat ziet de Inspectie?'));
      return [...out, h('themas', 'Zoek op thema'), h('tijdlijn', 'Van akkoord tot inspectierapport')];
    }
    default:
      return [...prose];
  }
}
