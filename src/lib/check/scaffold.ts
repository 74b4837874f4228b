/**
 * Templates for new pages (`npm run nieuw`): frontmatter that passes the schema,
 * with "VUL IN" where the editor must write something. The content check refuses a
 * page that still says "VUL IN", so an unfinished page cannot be published.
 */
import { slugify } from '../domain/series.ts';

export const PLACEHOLDER = 'VUL IN';

export const KINDS = ['indicator', 'ambitie', 'hoofdstuk', 'sectorbeeld', 'akkoord', 'document', 'pagina'] as const;
export type Kind = (typeof KINDS)[number];

export interface NewPage {
  kind: Kind;
  title: string;
  /** Agreement key (indicator, ambitie) or report id (hoofdstuk, sectorbeeld), or the agreement's own key (akkoord). */
  scope?: string | undefined;
  number?: number | undefined;
  ambition?: number | undefined;
  sector?: string | undefined;
  /** Folder of the agreement or report under content/docs/ (defaults to `scope`). */
  folder?: string | undefined;
}

const q = (s: string) => JSON.stringify(s);
const todo = (what: string) => q(`${PLACEHOLDER}: ${what}`);

/** Where the new page goes, relative to the project root. */
export function pathFor(p: NewPage): string {
  const slug = slugify(p.title);
  const folder = p.folder ?? p.scope ?? '';
  switch (p.kind) {
    case 'indicator':
      return `content/docs/${folder}/indicatoren/${String(p.number)}-${slug}.mdx`;
    case 'ambitie':
      return `content/docs/${folder}/ambities/${String(p.number)}-${slug}.mdx`;
    case 'hoofdstuk':
      return `content/docs/${folder}/hoofdstukken/${String(p.number)}-${slug}.mdx`;
    case 'sectorbeeld':
      return `content/docs/${folder}/sectorbeelden/${slug}.mdx`;
    case 'akkoord':
      return `content/docs/${p.scope ?? slug}/index.mdx`;
    case 'document':
      return `content/docs/geschiedenis/${slug}.mdx`;
    case 'pagina':
      return `content/docs/${slug}.mdx`;
  }
}

/** The text of the new page. */
export function templateFor(p: NewPage, sector: string): string {
  const head = [`title: ${q(p.title)}`, `description: ${todo('één zin over deze pagina, voor zoekresultaten')}`];
  switch (p.kind) {
    case 'indicator':
      return `---
${head.join('\n')}
type: indicator
agreement: ${p.scope ?? ''}
ambition: ${String(p.ambition ?? 1)}
number: ${String(p.number)}
sector: ${sector}
measure: ${todo('wat de indicator meet, kort (titel van grafiek en tabel)')}
topics: []
keywords: []
target:
  description: ${todo('de doelstelling in eigen woorden')}
  # Alleen als de bron een getal noemt; anders de vier regels hieronder weghalen.
  # value: 3.8
  # unit: percent
  # year: 2020
  # direction: lower
  source: ${todo('code van de bron uit content/data/sources.yaml')}
  locator: ${todo('waar in de bron, bijvoorbeeld ‘Indicator 4, Doelstelling’')}
realisation:
  # Eén blok per cijfer; kopieer het blok voor elk volgend cijfer.
  # - period: 2019
  #   value: 6.03
  #   unit: percent
  #   group: vo totaal
  #   source: dashboard-vo-2020
  #   locator: Indicator 4, Welke beweging is zichtbaar?
sources: [${todo('codes van de bronnen, zoals dashboard-vo-2020')}]
related:
  # Een bevinding in een rapport die over hetzelfde gaat:
  # - report: staat-2024
  #   section: "6.2.1"
  #   note: Waarom deze bevinding erbij hoort.
---

## Doel

${PLACEHOLDER}: wat is afgesproken, in eigen woorden.

## Wat is er veranderd?

${PLACEHOLDER}: wat de cijfers laten zien.

## Wat wordt er gedaan?

${PLACEHOLDER}: welke acties de bron noemt.
`;
    case 'ambitie':
      return `---
${head.join('\n')}
type: ambition
agreement: ${p.scope ?? ''}
number: ${String(p.number)}
sources: [${todo('codes van de bronnen')}]
topics: []
---

${PLACEHOLDER}: wat de ambitie betekent, in eigen woorden.
`;
    case 'hoofdstuk':
      return `---
${head.join('\n')}
type: chapter
report: ${p.scope ?? ''}
number: ${String(p.number)}
topics: []
keywords: []
sections:
  - { number: "${String(p.number)}.1", title: ${todo('titel van de paragraaf')} }
keyFigures: []
---

${PLACEHOLDER}: waar het hoofdstuk over gaat, in twee tot vier zinnen.

<Section n="${String(p.number)}.1" />

${PLACEHOLDER}: wat de Inspectie in deze paragraaf vindt.
`;
    case 'sectorbeeld':
      return `---
${head.join('\n')}
type: portrait
report: ${p.scope ?? ''}
sector: ${sector}
topics: []
keywords: []
keyFigures: []
---

## De belangrijkste bevindingen

${PLACEHOLDER}: wat de Inspectie voor deze sector vindt.

## Aanbevelingen

${PLACEHOLDER}: wat de Inspectie aanbeveelt.
`;
    case 'akkoord':
      return `---
${head.join('\n')}
type: agreement
agreement: ${p.scope ?? slugify(p.title)}
source: ${todo('code van het document met de stand van het akkoord (het dashboard), uit content/data/sources.yaml')}
order: ${todo('plaats in het menu en op de startpagina, een getal: 1 staat eerst')}
sector: ${sector}
signed: 2014
term: { from: 2014, to: 2020 }
parties: [${todo('partijen')}]
sources: [${todo('codes van de bronnen')}]
topics: []
---

${PLACEHOLDER}: wat er is afgesproken, door wie en wanneer.
`;
    case 'document':
      return `---
${head.join('\n')}
type: document
source: ${todo('code van het document uit content/data/sources.yaml')}
topics: []
keyFigures: []
---

${PLACEHOLDER}: wat het document is en wat erin staat.
`;
    case 'pagina':
      return `---
${head.join('\n')}
type: page
---

${PLACEHOLDER}: de tekst van de pagina.
`;
  }
}
