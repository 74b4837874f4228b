/**
 * Table of contents for pages whose headings partly come from components (which
 * Starlight's own table of contents does not see): numbered sections and the parts
 * a page kind adds (Cijfers, Wat zegt de Inspectie?, Bronnen).
 */
import type { Page } from '../../schemas/index.ts';
import { interleaveSections, numberHeadings, sectionAnchor, sectionLevel } from '../domain/anchors.ts';
import type { SiteGraph } from '../domain/graph.ts';
import { PAGE_SECTIONS as S, type PageSection } from './page-sections.ts';

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
  const part = (section: PageSection): Heading => h(section.id, section.heading);
  switch (d.type) {
    case 'indicator': {
      const out = [...prose, part(S.figures), part(S.inspectorate)];
      if ((graph.counterparts.get(page.id) ?? []).length) out.push(part(S.counterparts));
      return [...out, part(S.sources)];
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
            ...(figures ? [part(S.keyFigures)] : []),
            part(S.agreements),
            part(S.contents),
            ...text,
            ...(figures ? [part(S.allFigures)] : []),
            part(S.sources),
          ];
        case 'portrait':
          return [
            ...(figures ? [part(S.keyFigures)] : []),
            part(S.agreements),
            ...text,
            ...(figures ? [part(S.allKeyFigures)] : []),
            part(S.sources),
          ];
        default:
          return [...text, ...(figures ? [part(S.keyFigures)] : []), part(S.sources)];
      }
    }
    case 'agreement':
      return [...prose, part(S.progress), part(S.sources)];
    case 'ambition':
      return [...prose, part(S.indicators), part(S.sources)];
    case 'home': {
      const out = [...prose, part(S.agreementsAtAGlance)];
      if (graph.reports.size) out.push(part(S.findings));
      return [...out, part(S.topics), part(S.timeline)];
    }
    default:
      return [...prose];
  }
}
