/**
 * The parts a page kind adds around the editor's text, each defined once with its
 * heading id (the anchor readers link to) and its Dutch heading. The components render
 * them and the table of contents (toc.ts) lists them, so the two cannot drift apart.
 */

export interface PageSection {
  /** The heading's id: "bronnen" → a link to "#bronnen". */
  id: string;
  /** The heading as the reader sees it. */
  heading: string;
}

export const PAGE_SECTIONS = {
  // Indicator pages.
  figures: { id: 'cijfers', heading: 'Cijfers' },
  inspectorate: { id: 'wat-zegt-de-inspectie', heading: 'Wat zegt de Inspectie?' },
  counterparts: { id: 'in-het-andere-akkoord', heading: 'In een ander akkoord' },
  // Agreement and ambition pages.
  progress: { id: 'stand-van-zaken', heading: 'Stand van zaken' },
  indicators: { id: 'indicatoren', heading: 'Indicatoren' },
  // Chapters, sector portraits, report and document pages.
  keyFigures: { id: 'kerncijfers', heading: 'Kerncijfers' },
  agreements: { id: 'afspraken', heading: 'Afspraken die hierover gaan' },
  contents: { id: 'in-dit-hoofdstuk', heading: 'In dit hoofdstuk' },
  allFigures: { id: 'alle-cijfers', heading: 'Alle cijfers' },
  allKeyFigures: { id: 'alle-kerncijfers', heading: 'Alle cijfers' },
  // The home page.
  agreementsAtAGlance: { id: 'stand-van-de-akkoorden', heading: 'De stand van de akkoorden' },
  findings: { id: 'wat-ziet-de-inspectie', heading: 'Wat ziet de Inspectie?' },
  topics: { id: 'themas', heading: 'Zoek op thema' },
  timeline: { id: 'tijdlijn', heading: 'Van akkoord tot inspectierapport' },
  // Every page kind with sources.
  sources: { id: 'bronnen', heading: 'Bronnen' },
} as const satisfies Record<string, PageSection>;
