/**
 * View models: what a component shows, computed from a page and the graph. The
 * components only render these; the decisions (which figures, which order, which
 * status) live here, where they are tested.
 */
import type { KeyFigure, Realisation } from '../../schemas/figure.ts';
import type { IndicatorData, Page } from '../../schemas/index.ts';
import { PAGE_KINDS, SECTOR_SHORT, type Sector } from '../../schemas/vocabulary.ts';
import { formatPeriod, formatTableFigure, formatValue, inWordsNote, whenText } from '../domain/format.ts';
import { numberKey, type SiteGraph } from '../domain/graph.ts';
import { chronological, comparisonView, measureView, type FigureView } from '../domain/series.ts';
import { indicatorStatus, latestFigure, type StatusResult } from '../domain/status.ts';

type SourceTitle = (id: string) => string;

/** A figure as a card shows it: the number, then in plain words when and for whom. */
export interface HeadlineFigure {
  figure: Realisation;
  /** "64%", "1.800 tot 1.900". */
  value: string;
  /** "in juni 2020", "nieuwste meting in het dashboard van 2020, jaar niet vermeld". */
  when: string;
  group?: string | undefined;
  /** What the figure measures: the indicator's measure or the figure's own. */
  measure: string;
}

export interface IndicatorSummary {
  page: Page<IndicatorData>;
  status: StatusResult;
  latest?: Realisation | undefined;
  /** The headline figure; undefined when the source gives no figure for the goal. */
  headline?: HeadlineFigure | undefined;
  /** The newest figure of each other measure, one line each. */
  others: HeadlineFigure[];
  /** The target in a few words: "100% in 2017", "geen streefwaarde in cijfers". */
  targetText: string;
  /** One line for lists and tables, without brackets inside brackets. */
  latestText: string;
}

function headlineOf(figure: Realisation, measure: string): HeadlineFigure {
  return {
    figure,
    value: formatTableFigure(figure).value,
    when: whenText(figure),
    group: figure.group,
    measure: figure.measure ?? measure,
  };
}

/** The target in a few words. */
export function targetText(t: IndicatorData['target']): string {
  if (t.value !== undefined && t.unit !== undefined) {
    const from = t.baseline ? `, vanaf ${formatValue(t.baseline.value, t.unit)} in ${String(t.baseline.year)}` : '';
    return `${formatValue(t.value, t.unit)}${t.year !== undefined ? ` in ${String(t.year)}` : ''}${from}`;
  }
  return t.year !== undefined ? `geen streefwaarde in cijfers, doeljaar ${String(t.year)}` : 'geen streefwaarde in cijfers';
}

const summaries = new WeakMap<Page<IndicatorData>, IndicatorSummary>();

/**
 * Status and latest figure of an indicator, as lists and tables show them. Computed
 * once per page per build: the summary card, search data, topic pages and backlinks
 * all ask for it.
 */
export function summarizeIndicator(page: Page<IndicatorData>, sourceTitle: SourceTitle): IndicatorSummary {
  const known = summaries.get(page);
  if (known) return known;
  const summary = computeSummary(page, sourceTitle);
  summaries.set(page, summary);
  return summary;
}

function computeSummary(page: Page<IndicatorData>, sourceTitle: SourceTitle): IndicatorSummary {
  const d = page.data;
  const latest = latestFigure(d);
  const headline = latest ? headlineOf(latest, d.measure) : undefined;
  const measures = [...new Set(d.realisation.map((r) => r.measure).filter((m): m is string => m !== undefined))];
  const others = measures.flatMap((m) => {
    const newest = chronological(d.realisation.filter((r) => r.measure === m)).at(-1);
    return newest ? [headlineOf(newest, d.measure)] : [];
  });
  return {
    page,
    status: indicatorStatus(d, sourceTitle),
    latest,
    headline,
    others,
    targetText: targetText(d.target),
    latestText: headline
      ? [headline.value, headline.when, headline.group].filter(Boolean).join(', ')
      : 'geen cijfer voor het doel in de bron',
  };
}

/** The charts and tables of an indicator: the main measure first, then each other measure. */
export function indicatorFigureViews(page: Page<IndicatorData>, sourceTitle: SourceTitle): FigureView[] {
  const d = page.data;
  const byMeasure = new Map<string | undefined, Realisation[]>();
  for (const r of d.realisation) byMeasure.set(r.measure, [...(byMeasure.get(r.measure) ?? []), r]);
  const views: FigureView[] = [];
  const main = byMeasure.get(undefined) ?? [];
  if (main.length || d.target.value !== undefined) {
    views.push(measureView({ pageId: page.id, title: d.measure, figures: main, target: d.target, breaks: d.breaks, sourceTitle }));
  }
  for (const [measure, figures] of byMeasure) {
    if (measure === undefined) continue;
    views.push(measureView({ pageId: page.id, title: measure, figures, breaks: d.breaks, sourceTitle }));
  }
  return views.filter((v) => v.table.rows.length > 0 || v.chart);
}

/** Key figures grouped: comparisons (shown as chart and table) and the rest. */
export function keyFigureViews(pageId: string, figures: readonly KeyFigure[], defaultSource: string, sourceTitle: SourceTitle) {
  const comparisons = new Map<string, KeyFigure[]>();
  for (const f of figures) if (f.comparison) comparisons.set(f.comparison, [...(comparisons.get(f.comparison) ?? []), f]);
  return {
    comparisons: [...comparisons].map(([key, list]) => comparisonView({ pageId, key, figures: list, sourceTitle, defaultSource })),
    all: figures.map((f) => {
      const shown = formatTableFigure(f);
      const note = [shown.inWords ? inWordsNote(shown.inWords) : undefined, f.note].filter(Boolean).join(' ') || undefined;
      return {
        label: f.label,
        value: shown.value,
        period: formatPeriod(f.period, f.periodLabel),
        sector: sectorText(f.sector),
        group: f.group,
        source: sourceTitle(f.source ?? defaultSource),
        locator: f.locator ?? (f.section ? `§ ${f.section}` : ''),
        section: f.section,
        note,
      };
    }),
  };
}

/** How an indicator is named in lists: "VO-indicator 14: Startende leraren met begeleiding". */
export function indicatorName(d: Pick<IndicatorData, 'sector' | 'number' | 'title'>): string {
  return `${d.sector.toUpperCase()}-indicator ${String(d.number)}: ${d.title}`;
}

/** Sectors as a reader reads them: "po, vo en (v)so", or "alle sectoren". */
export function sectorText(sectors: readonly Sector[] | undefined): string {
  if (!sectors || sectors.length === 0) return 'alle sectoren';
  const names = sectors.map((s) => SECTOR_SHORT[s]);
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1] ?? ''}`;
}

/** The eyebrow above a page title: kind, agreement or report, number. */
export function eyebrow(page: Page, graph: SiteGraph, sourceTitle: SourceTitle): string | undefined {
  const d = page.data;
  switch (d.type) {
    case 'indicator':
    case 'ambition': {
      const agreement = graph.agreements.get(d.agreement);
      const kind = PAGE_KINDS[d.type];
      const ambition = d.type === 'indicator' ? ` · ambitie ${String(d.ambition)}` : '';
      return `${agreement?.data.title ?? d.agreement}${ambition} · ${kind} ${String(d.number)}`;
    }
    case 'chapter':
      return `${sourceTitle(d.report)} · hoofdstuk ${String(d.number)}`;
    case 'portrait':
      return `${sourceTitle(d.report)} · sectorbeeld`;
    case 'agreement':
      return `Akkoord · ${String(d.term.from)}–${String(d.term.to)}`;
    case 'report':
    case 'glossary':
      return sourceTitle(d.report);
    case 'document':
      return `Geschiedenis · ${sourceTitle(d.source)}`;
    default:
      return undefined;
  }
}

/** The indicators of an agreement grouped under their ambitions. */
export function agreementOverview(agreement: string, graph: SiteGraph, sourceTitle: SourceTitle) {
  return (graph.ambitionsByAgreement.get(agreement) ?? []).map((ambition) => ({
    ambition,
    indicators: (graph.indicatorsByAmbition.get(numberKey(agreement, ambition.data.number)) ?? []).map((p) =>
      summarizeIndicator(p, sourceTitle),
    ),
  }));
}

/** Counts of indicators per status, for an at-a-glance overview. */
export function statusCounts(summaries: readonly IndicatorSummary[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of summaries) counts.set(s.status.status, (counts.get(s.status.status) ?? 0) + 1);
  return counts;
}
