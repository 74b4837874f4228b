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
import { isAmbition, isChapter, isIndicator, isKind, type PageOf } from './page-kinds.ts';

/** A problem that involves more than one page or a field of one page; the build fails on it. */
export interface IntegrityError {
  /** The page file (content/docs/…). */
  file: string;
  /** Path to the field, as in the frontmatter ("related.0.section"). */
  field: string;
  /** What is wrong and what to write instead, in Dutch. */
  message: string;
}

/** The data of a page with numbered sections. */
type SectionedData = ChapterData | DocumentData | ReportData;

/** A section of a chapter or document, with its anchor. */
export interface SectionRef<D extends SectionedData = SectionedData> {
  page: Page<D>;
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
  /** Numbered sections of report chapters (key report#section). */
  sections: Map<string, SectionRef<ChapterData>>;
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

/** Records an integrity error on a field of a page. */
type Report = (page: Page, field: string, message: string) => void;

/** The file of a page, as errors name it. */
const fileOf = (p: Page) => p.filePath ?? `content/docs/${p.id}`;

/**
 * Builds the graph from every page, in four steps: register every page by kind and
 * number, resolve the links of ambitions and indicators, link counterparts both ways,
 * order the lists. Linear in the number of pages and links.
 */
export function buildGraph(pages: readonly Page[]): SiteGraph {
  const g = emptyGraph();
  const report: Report = (page, field, message) => g.errors.push({ file: fileOf(page), field, message });
  for (const page of pages) registerPage(g, page, report);
  resolveLinks(g, pages, report);
  linkCounterparts(g, report);
  orderLists(g);
  return g;
}

function emptyGraph(): SiteGraph {
  return {
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
}

// Step 1: register every page by kind and number.

function registerPage(g: SiteGraph, page: Page, report: Report): void {
  g.pages.set(page.id, page);
  for (const topic of page.data.topics) push(g.pagesByTopic, topic, page);
  registerByKind(g, page, report);
  if (isKind(page, 'chapter', 'document', 'report')) registerSections(g, page, report);
  if (isKind(page, 'chapter', 'document', 'report', 'portrait')) checkKeyFigures(page, report);
}

/** Sets `page` under `key`, or reports that another page already has it. */
function unique<V extends Page>(map: Map<string, V>, key: string, page: V, field: string, what: string, report: Report): void {
  const other = map.get(key);
  if (other) report(page, field, `${what} bestaat al in ${fileOf(other)}; kies een ander nummer of pas die pagina aan`);
  else map.set(key, page);
}

/** Agreements, ambitions, indicators, reports, chapters and portraits by their key; a duplicate key is an error. */
function registerByKind(g: SiteGraph, page: Page, report: Report): void {
  if (isKind(page, 'agreement')) {
    unique(g.agreements, page.data.agreement, page, 'agreement', `Akkoord "${page.data.agreement}"`, report);
  } else if (isKind(page, 'ambition')) {
    const what = `Ambitie ${String(page.data.number)} van ${page.data.agreement}`;
    unique(g.ambitions, numberKey(page.data.agreement, page.data.number), page, 'number', what, report);
  } else if (isKind(page, 'indicator')) {
    const what = `Indicator ${String(page.data.number)} van ${page.data.agreement}`;
    unique(g.indicators, numberKey(page.data.agreement, page.data.number), page, 'number', what, report);
  } else if (isKind(page, 'report')) {
    unique(g.reports, page.data.report, page, 'report', `De overzichtspagina van rapport "${page.data.report}"`, report);
  } else if (isKind(page, 'chapter')) {
    const what = `Hoofdstuk ${String(page.data.number)} van ${page.data.report}`;
    unique(g.chapters, numberKey(page.data.report, page.data.number), page, 'number', what, report);
  } else if (isKind(page, 'portrait')) {
    const what = `Het sectorbeeld ${page.data.sector} van ${page.data.report}`;
    unique(g.portraits, numberKey(page.data.report, page.data.sector), page, 'sector', what, report);
  }
}

/** The numbered sections of a page with their anchors; a section listed twice, or a chapter's section of another chapter, is an error. */
function sectionRefs<D extends SectionedData>(page: Page<D>, report: Report): SectionRef<D>[] {
  const seen = new Set<string>();
  return page.data.sections.map((s, i) => {
    const field = `sections.${String(i)}.number`;
    if (seen.has(s.number)) report(page, field, `paragraaf ${s.number} staat twee keer in "sections"`);
    seen.add(s.number);
    if (isChapter(page)) {
      const n = String(page.data.number);
      if (!(s.number === n || s.number.startsWith(`${n}.`))) {
        report(page, field, `paragraaf ${s.number} hoort niet bij hoofdstuk ${n}; paragrafen van dit hoofdstuk beginnen met "${n}."`);
      }
    }
    return { page, number: s.number, title: s.title, anchor: sectionAnchor(s.number), topics: s.topics };
  });
}

/** Sections per topic; a chapter's sections also by report and number, for the indicators that link to them. */
function registerSections(g: SiteGraph, page: PageOf<'chapter' | 'document' | 'report'>, report: Report): void {
  let refs: SectionRef[];
  if (isChapter(page)) {
    const chapterRefs = sectionRefs<ChapterData>(page, report);
    for (const ref of chapterRefs) g.sections.set(numberKey(page.data.report, ref.number), ref);
    refs = chapterRefs;
  } else refs = sectionRefs(page, report);
  for (const ref of refs) for (const topic of ref.topics) push(g.sectionsByTopic, topic, ref);
}

/** Every key figure names a section of the page or another place in the source. */
function checkKeyFigures(page: PageOf<'chapter' | 'document' | 'report' | 'portrait'>, report: Report): void {
  const known = new Set('sections' in page.data ? page.data.sections.map((s) => s.number) : []);
  page.data.keyFigures.forEach((f, i) => {
    if (f.section !== undefined && !known.has(f.section)) {
      report(
        page,
        `keyFigures.${String(i)}.section`,
        `paragraaf "${f.section}" staat niet in "sections" van deze pagina; kies uit: ${[...known].join(', ') || '(geen paragrafen)'}`,
      );
    }
    if (f.section === undefined && f.locator === undefined) {
      report(
        page,
        `keyFigures.${String(i)}.locator`,
        'dit kerncijfer zegt niet waar het in de bron staat; schrijf "section" (een paragraafnummer) of "locator"',
      );
    }
  });
}

// Step 2: resolve the links of ambitions and indicators.

function resolveLinks(g: SiteGraph, pages: readonly Page[], report: Report): void {
  const reportsWithChapters = new Set([...g.chapters.values()].map((c) => c.data.report));
  for (const page of pages) {
    if (isAmbition(page)) linkAmbition(g, page, report);
    if (isIndicator(page)) {
      linkIndicator(g, page, report);
      resolveFindings(g, page, reportsWithChapters, report);
    }
  }
}

function linkAmbition(g: SiteGraph, page: Page<AmbitionData>, report: Report): void {
  if (!g.agreements.has(page.data.agreement)) report(page, 'agreement', unknownAgreement(page.data.agreement, g));
  push(g.ambitionsByAgreement, page.data.agreement, page);
}

/** An indicator's agreement (of its sector) and ambition exist; it is listed under both. */
function linkIndicator(g: SiteGraph, page: Page<IndicatorData>, report: Report): void {
  const d = page.data;
  const agreement = g.agreements.get(d.agreement);
  if (!agreement) report(page, 'agreement', unknownAgreement(d.agreement, g));
  else if (agreement.data.sector !== d.sector) {
    report(page, 'sector', `het akkoord ${d.agreement} is van sector ${agreement.data.sector}; schrijf "sector: ${agreement.data.sector}"`);
  }
  if (!g.ambitions.has(numberKey(d.agreement, d.ambition))) {
    const known = [...g.ambitions.values()]
      .filter((a) => a.data.agreement === d.agreement)
      .map((a) => a.data.number)
      .sort((a, b) => a - b);
    report(
      page,
      'ambition',
      `ambitie ${String(d.ambition)} bestaat niet in ${d.agreement}; kies uit: ${known.join(', ') || '(nog geen ambities)'}`,
    );
  }
  push(g.indicatorsByAgreement, d.agreement, page);
  push(g.indicatorsByAmbition, numberKey(d.agreement, d.ambition), page);
}

/** The findings an indicator links to (a chapter section or a sector portrait), with the backlinks; an indicator links to at least one or says why not. */
function resolveFindings(g: SiteGraph, page: Page<IndicatorData>, reportsWithChapters: ReadonlySet<string>, report: Report): void {
  const d = page.data;
  const findings: Finding[] = [];
  d.related.forEach((r, i) => {
    const field = `related.${String(i)}`;
    if (r.section !== undefined) {
      const ref = g.sections.get(numberKey(r.report, r.section));
      if (!ref) {
        report(
          page,
          `${field}.section`,
          reportsWithChapters.has(r.report)
            ? `paragraaf ${r.section} bestaat niet in ${r.report}; kies een nummer uit de "sections" van een hoofdstuk van dat rapport`
            : `rapport "${r.report}" heeft geen hoofdstukpagina's; kies uit: ${[...reportsWithChapters].join(', ') || '(nog geen rapporten)'}`,
        );
        return;
      }
      findings.push({ page: ref.page, section: ref, note: r.note });
      push(g.backlinks, ref.page.id, { indicator: page, section: ref, note: r.note });
    } else if (r.portrait !== undefined) {
      const portrait = g.portraits.get(numberKey(r.report, r.portrait));
      if (!portrait) {
        report(page, `${field}.portrait`, `er is geen sectorbeeld ${r.portrait} in ${r.report}`);
        return;
      }
      findings.push({ page: portrait, note: r.note });
      push(g.backlinks, portrait.id, { indicator: page, note: r.note });
    }
  });
  g.findingsByIndicator.set(page.id, findings);
  if (d.related.length === 0 && d.unrelatedReason === undefined) {
    report(
      page,
      'related',
      'deze indicator linkt naar geen enkele bevinding; voeg onder "related" een paragraaf toe (report: de code van het rapport uit sources.yaml, section: het nummer van de paragraaf, zoals "6.2.1") of schrijf in "unrelatedReason" waarom er geen is',
    );
  }
}

// Step 3: counterparts, both ways.

function linkCounterparts(g: SiteGraph, report: Report): void {
  for (const page of g.indicators.values()) {
    page.data.counterparts.forEach((c, i) => {
      const other = g.indicators.get(numberKey(c.agreement, c.number));
      if (!other) {
        report(page, `counterparts.${String(i)}`, `indicator ${String(c.number)} van ${c.agreement} bestaat niet`);
        return;
      }
      if (other === page) {
        report(page, `counterparts.${String(i)}`, 'een indicator kan niet zijn eigen tegenhanger zijn');
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
}

// Step 4: order lists by number.

const SECTOR_ORDER: readonly Sector[] = ['vve', 'po', 'vo', 'so', 'mbo', 'ho'];

function orderLists(g: SiteGraph): void {
  for (const page of g.chapters.values()) push(g.chaptersByReport, page.data.report, page);
  for (const page of g.portraits.values()) push(g.portraitsByReport, page.data.report, page);
  const byNumber = (a: { data: { number: number } }, b: { data: { number: number } }) => a.data.number - b.data.number;
  for (const list of g.indicatorsByAgreement.values()) list.sort(byNumber);
  for (const list of g.indicatorsByAmbition.values()) list.sort(byNumber);
  for (const list of g.ambitionsByAgreement.values()) list.sort(byNumber);
  for (const list of g.chaptersByReport.values()) list.sort(byNumber);
  for (const list of g.portraitsByReport.values())
    list.sort((a, b) => SECTOR_ORDER.indexOf(a.data.sector) - SECTOR_ORDER.indexOf(b.data.sector));
  for (const list of g.backlinks.values()) {
    list.sort(
      (a, b) =>
        (a.section?.number ?? '').localeCompare(b.section?.number ?? '', 'nl', { numeric: true }) ||
        a.indicator.data.sector.localeCompare(b.indicator.data.sector) ||
        a.indicator.data.number - b.indicator.data.number,
    );
  }
}

function unknownAgreement(key: string, g: SiteGraph): string {
  return `akkoord "${key}" bestaat niet; kies uit: ${[...g.agreements.keys()].join(', ') || '(nog geen akkoorden)'}`;
}
