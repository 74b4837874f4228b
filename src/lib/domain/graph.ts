/**
 * The cross-link graph of the site, computed once from all pages: agreements with
 * their ambitions and indicators, report chapters with their sections, the links
 * from indicators to findings and back, PO↔VO counterparts and pages per topic.
 * Links are typed once in the frontmatter (on the indicator) and resolved here in
 * both directions. Every link that does not resolve is an integrity error.
 */
import type {
  AgreementData,
  AmbitionData,
  ChapterData,
  DocumentData,
  IndicatorData,
  Page,
  PortraitData,
  ReportData,
} from '../../schemas/index.ts';
import type { Sector } from '../../schemas/vocabulary.ts';
import { sectionAnchor } from './anchors.ts';
import { isKind } from './page-kinds.ts';

/** A problem that involves more than one page or a field of one page; the build fails on it. */
export interface IntegrityError {
  /** The page file (content/docs/…). */
  file: string;
  /** Path to the field, as in the frontmatter ("related.0.section"). */
  field: string;
  /** What is wrong and what to write instead, in Dutch. */
  message: string;
}

/** A section of a chapter or document, with its anchor. */
export interface SectionRef {
  page: Page<ChapterData | DocumentData | ReportData>;
  number: string;
  title: string;
  anchor: string;
  topics: readonly string[];
}

/** A finding an indicator links to, resolved to a page and anchor. */
export interface Finding {
  page: Page<ChapterData | PortraitData>;
  section?: SectionRef | undefined;
  note?: string | undefined;
}

/** An indicator that links to a finding, as seen from the chapter or portrait. */
export interface Backlink {
  indicator: Page<IndicatorData>;
  section?: SectionRef | undefined;
  note?: string | undefined;
}

export interface SiteGraph {
  pages: Map<string, Page>;
  agreements: Map<string, Page<AgreementData>>;
  ambitions: Map<string, Page<AmbitionData>>;
  indicators: Map<string, Page<IndicatorData>>;
  /** Indicators of an agreement, by number. */
  indicatorsByAgreement: Map<string, Page<IndicatorData>[]>;
  /** Indicators of an ambition (key agreement#number), by number. */
  indicatorsByAmbition: Map<string, Page<IndicatorData>[]>;
  /** Ambitions of an agreement, by number. */
  ambitionsByAgreement: Map<string, Page<AmbitionData>[]>;
  reports: Map<string, Page<ReportData>>;
  chapters: Map<string, Page<ChapterData>>;
  chaptersByReport: Map<string, Page<ChapterData>[]>;
  portraits: Map<string, Page<PortraitData>>;
  portraitsByReport: Map<string, Page<PortraitData>[]>;
  /** Numbered sections of reports (key report#section). */
  sections: Map<string, SectionRef>;
  findingsByIndicator: Map<string, Finding[]>;
  /** Backlinks per chapter or portrait page id. */
  backlinks: Map<string, Backlink[]>;
  /** Counterparts per indicator page id, both directions. */
  counterparts: Map<string, Page<IndicatorData>[]>;
  /** Pages per topic id. */
  pagesByTopic: Map<string, Page[]>;
  /** Report sections per topic id. */
  sectionsByTopic: Map<string, SectionRef[]>;
  errors: IntegrityError[];
}

/** Key of an agreement-scoped number: "sectorakkoord-vo#4". */
export const numberKey = (scope: string, n: number | string) => `${scope}#${String(n)}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the graph from every page. Linear in the number of pages and links. */
export function buildGraph(pages: readonly Page[]): SiteGraph {
  const g: SiteGraph = {
    pages: new Map(),
    agreements: new Map(),
    ambitions: new Map(),
    indicators: new Map(),
    indicatorsByAgreement: new Map(),
    indicatorsByAmbition: new Map(),
    ambitionsByAgreement: new Map(),
    reports: new Map(),
    chapters: new Map(),
    chaptersByReport: new Map(),
    portraits: new Map(),
    portraitsByReport: new Map(),
    sections: new Map(),
    findingsByIndicator: new Map(),
    backlinks: new Map(),
    counterparts: new Map(),
    pagesByTopic: new Map(),
    sectionsByTopic: new Map(),
    errors: [],
  };
  const fileOf = (p: Page) => p.filePath ?? `content/docs/${p.id}`;
  const error = (p: Page, field: string, message: string) => g.errors.push({ file: fileOf(p), field, message });
  const unique = <V extends Page>(map: Map<string, V>, key: string, page: V, field: string, what: string) => {
    const other = map.get(key);
    if (other) error(page, field, `${what} bestaat al in ${fileOf(other)}; kies een ander nummer of pas die pagina aan`);
    else map.set(key, page);
  };

  // 1. Register every page by kind and number.
  for (const page of pages) {
    g.pages.set(page.id, page);
    for (const topic of page.data.topics) push(g.pagesByTopic, topic, page);
    if (isKind(page, 'agreement')) unique(g.agreements, page.data.agreement, page, 'agreement', `Akkoord "${page.data.agreement}"`);
    else if (isKind(page, 'ambition')) {
      unique(
        g.ambitions,
        numberKey(page.data.agreement, page.data.number),
        page,
        'number',
        `Ambitie ${String(page.data.number)} van ${page.data.agreement}`,
      );
    } else if (isKind(page, 'indicator')) {
      unique(
        g.indicators,
        numberKey(page.data.agreement, page.data.number),
        page,
        'number',
        `Indicator ${String(page.data.number)} van ${page.data.agreement}`,
      );
    } else if (isKind(page, 'report'))
      unique(g.reports, page.data.report, page, 'report', `De overzichtspagina van rapport "${page.data.report}"`);
    else if (isKind(page, 'chapter')) {
      unique(
        g.chapters,
        numberKey(page.data.report, page.data.number),
        page,
        'number',
        `Hoofdstuk ${String(page.data.number)} van ${page.data.report}`,
      );
    } else if (isKind(page, 'portrait')) {
      unique(
        g.portraits,
        numberKey(page.data.report, page.data.sector),
        page,
        'sector',
        `Het sectorbeeld ${page.data.sector} van ${page.data.report}`,
      );
    }
    if (isKind(page, 'chapter', 'document', 'report')) {
      const seen = new Set<string>();
      page.data.sections.forEach((s, i) => {
        if (seen.has(s.number)) error(page, `sections.${String(i)}.number`, `paragraaf ${s.number} staat twee keer in "sections"`);
        seen.add(s.number);
        if (isKind(page, 'chapter') && !(s.number === String(page.data.number) || s.number.startsWith(`${String(page.data.number)}.`))) {
          error(
            page,
            `sections.${String(i)}.number`,
            `paragraaf ${s.number} hoort niet bij hoofdstuk ${String(page.data.number)}; paragrafen van dit hoofdstuk beginnen met "${String(page.data.number)}."`,
          );
        }
        const ref: SectionRef = { page, number: s.number, title: s.title, anchor: sectionAnchor(s.number), topics: s.topics };
        if (isKind(page, 'chapter')) g.sections.set(numberKey(page.data.report, s.number), ref);
        for (const topic of s.topics) push(g.sectionsByTopic, topic, ref);
      });
    }
    if (isKind(page, 'chapter', 'document', 'report', 'portrait')) {
      const known = new Set('sections' in page.data ? page.data.sections.map((s) => s.number) : []);
      page.data.keyFigures.forEach((f, i) => {
        if (f.section !== undefined && !known.has(f.section)) {
          error(
            page,
            `keyFigures.${String(i)}.section`,
            `paragraaf "${f.section}" staat niet in "sections" van deze pagina; kies uit: ${[...known].join(', ') || '(geen paragrafen)'}`,
          );
        }
        if (f.section === undefined && f.locator === undefined) {
          error(
            page,
            `keyFigures.${String(i)}.locator`,
            'dit kerncijfer zegt niet waar het in de bron staat; schrijf "section" (een paragraafnummer) of "locator"',
          );
        }
      });
    }
  }

  // 2. Resolve the links of ambitions and indicators.
  const reportsWithChapters = new Set([...g.chapters.values()].map((c) => c.data.report));
  for (const page of pages) {
    if (isKind(page, 'ambition')) {
      if (!g.agreements.has(page.data.agreement)) error(page, 'agreement', unknownAgreement(page.data.agreement, g));
      push(g.ambitionsByAgreement, page.data.agreement, page);
    }
    if (!isKind(page, 'indicator')) continue;
    const d = page.data;
    const agreement = g.agreements.get(d.agreement);
    if (!agreement) error(page, 'agreement', unknownAgreement(d.agreement, g));
    else if (agreement.data.sector !== d.sector) {
      error(
        page,
        'sector',
        `het akkoord ${d.agreement} is van sector ${agreement.data.sector}; schrijf "sector: ${agreement.data.sector}"`,
      );
    }
    if (!g.ambitions.has(numberKey(d.agreement, d.ambition))) {
      const known = [...g.ambitions.values()]
        .filter((a) => a.data.agreement === d.agreement)
        .map((a) => a.data.number)
        .sort((a, b) => a - b);
      error(
        page,
        'ambition',
        `ambitie ${String(d.ambition)} bestaat niet in ${d.agreement}; kies uit: ${known.join(', ') || '(nog geen ambities)'}`,
      );
    }
    push(g.indicatorsByAgreement, d.agreement, page);
    push(g.indicatorsByAmbition, numberKey(d.agreement, d.ambition), page);

    const findings: Finding[] = [];
    d.related.forEach((r, i) => {
      const field = `related.${String(i)}`;
      if (r.section !== undefined) {
        const ref = g.sections.get(numberKey(r.report, r.section));
        if (!ref) {
          error(
            page,
            `${field}.section`,
            reportsWithChapters.has(r.report)
              ? `paragraaf ${r.section} bestaat niet in ${r.report}; kies een nummer uit de "sections" van een hoofdstuk van dat rapport`
              : `rapport "${r.report}" heeft geen hoofdstukpagina's; kies uit: ${[...reportsWithChapters].join(', ') || '(nog geen rapporten)'}`,
          );
          return;
        }
        const chapter = ref.page as Page<ChapterData>;
        findings.push({ page: chapter, section: ref, note: r.note });
        push(g.backlinks, chapter.id, { indicator: page, section: ref, note: r.note });
      } else if (r.portrait !== undefined) {
        const portrait = g.portraits.get(numberKey(r.report, r.portrait));
        if (!portrait) {
          error(page, `${field}.portrait`, `er is geen sectorbeeld ${r.portrait} in ${r.report}`);
          return;
        }
        findings.push({ page: portrait, note: r.note });
        push(g.backlinks, portrait.id, { indicator: page, note: r.note });
      }
    });
    g.findingsByIndicator.set(page.id, findings);
    if (d.related.length === 0 && d.unrelatedReason === undefined) {
      error(
        page,
        'related',
        'deze indicator linkt naar geen enkele bevinding; voeg onder "related" een paragraaf toe (report: staat-2024, section: "6.2.1") of schrijf in "unrelatedReason" waarom er geen is',
      );
    }
  }

  // 3. Counterparts, both ways.
  for (const page of g.indicators.values()) {
    page.data.counterparts.forEach((c, i) => {
      const other = g.indicators.get(numberKey(c.agreement, c.number));
      if (!other) {
        error(page, `counterparts.${String(i)}`, `indicator ${String(c.number)} van ${c.agreement} bestaat niet`);
        return;
      }
      if (other === page) {
        error(page, `counterparts.${String(i)}`, 'een indicator kan niet zijn eigen tegenhanger zijn');
        return;
      }
      for (const [a, b] of [
        [page, other],
        [other, page],
      ] as const) {
        const list = g.counterparts.get(a.id) ?? [];
        if (!list.includes(b)) list.push(b);
        g.counterparts.set(a.id, list);
      }
    });
  }

  // 4. Order lists by number.
  for (const page of g.chapters.values()) push(g.chaptersByReport, page.data.report, page);
  for (const page of g.portraits.values()) push(g.portraitsByReport, page.data.report, page);
  const byNumber = (a: { data: { number: number } }, b: { data: { number: number } }) => a.data.number - b.data.number;
  for (const list of g.indicatorsByAgreement.values()) list.sort(byNumber);
  for (const list of g.indicatorsByAmbition.values()) list.sort(byNumber);
  for (const list of g.ambitionsByAgreement.values()) list.sort(byNumber);
  for (const list of g.chaptersByReport.values()) list.sort(byNumber);
  const sectorOrder: Sector[] = ['vve', 'po', 'vo', 'so', 'mbo', 'ho'];
  for (const list of g.portraitsByReport.values())
    list.sort((a, b) => sectorOrder.indexOf(a.data.sector) - sectorOrder.indexOf(b.data.sector));
  for (const list of g.backlinks.values()) {
    list.sort(
      (a, b) =>
        (a.section?.number ?? '').localeCompare(b.section?.number ?? '', 'nl', { numeric: true }) ||
        a.indicator.data.sector.localeCompare(b.indicator.data.sector) ||
        a.indicator.data.number - b.indicator.data.number,
    );
  }
  return g;
}

function unknownAgreement(key: string, g: SiteGraph): string {
  return `akkoord "${key}" bestaat niet; kies uit: ${[...g.agreements.keys()].join(', ') || '(nog geen akkoorden)'}`;
}
