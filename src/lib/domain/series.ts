/**
 * Turns the figures of a page into chart and table specifications: plain data that
 * a component renders as an HTML table and that the chart script draws. One chart
 * per measure; one series per group; figures for the same period and group from
 * different sources become separate series, so a disagreement stays visible.
 */
import type { KeyFigure, Realisation } from '../../schemas/figure.ts';
import type { Target } from '../../schemas/index.ts';
import type { Unit } from '../../schemas/vocabulary.ts';
import { formatPeriod, formatTableFigure, formatValue, inWordsNote, unitLabel, whenText } from './format.ts';
import { comparePeriods, parsePeriod } from './periods.ts';

export interface ChartSeries {
  name: string;
  /** One value per label; null where the series has no figure. */
  values: (number | null)[];
  kind: 'realisation' | 'target';
}

export interface ChartBreak {
  /** The label (period) from which the measurement changed. */
  at: string;
  description: string;
}

/** Everything the chart script needs; serialised into the page. */
export interface ChartSpec {
  id: string;
  type: 'line' | 'bar';
  title: string;
  unit: Unit;
  unitLabel: string;
  labels: string[];
  /**
   * Where each label stands on a time axis (the middle of its period), when the labels
   * are periods: the chart then spaces them by time, so 2013 → 2019 is six times as
   * wide as 2019 → 2020. Absent for categories (sectors, groups).
   */
  positions?: number[] | undefined;
  series: ChartSeries[];
  breaks: ChartBreak[];
  /** A text alternative: what the chart shows, in words. */
  summary: string;
}

export interface TableRow {
  period: string;
  /** The period in plain words, for a citation ("in 2019"). */
  when: string;
  /** The source's id, for a citation. */
  sourceId: string;
  group: string;
  value: string;
  source: string;
  locator: string;
  notes: string[];
}

export interface TableSpec {
  id: string;
  caption: string;
  rows: TableRow[];
  /** Whether a group column is worth showing (some row has a group). */
  hasGroups: boolean;
}

export interface FigureView {
  chart?: ChartSpec | undefined;
  table: TableSpec;
}

type SourceTitle = (id: string) => string;

const EURO_FACTORS: Partial<Record<Unit, number>> = { euro: 1, 'million-euro': 1e6, 'billion-euro': 1e9 };

/**
 * The unit and value a figure is drawn in: amounts in euro, million and billion
 * euro share one axis (in euro, labelled the way the sources write them:
 * "€ 885 miljoen", "€ 1,84 miljard"). Other units are drawn as they are.
 */
export function plotted(figure: { value: number; unit: Unit }): { value: number; unit: Unit } {
  const factor = EURO_FACTORS[figure.unit];
  return factor === undefined ? figure : { value: Math.round(figure.value * factor), unit: 'euro' };
}

/** A stable, readable id fragment from free text. */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'reeks'
  );
}

interface SeriesKey {
  name: string;
  figures: Realisation[];
}

/** Groups figures into series by group; splits a group by source where two sources give the same period. */
export function seriesOf(figures: readonly Realisation[], fallbackName: string, sourceTitle: SourceTitle): SeriesKey[] {
  const byGroup = new Map<string, Realisation[]>();
  for (const f of figures) {
    const key = f.group ?? fallbackName;
    byGroup.set(key, [...(byGroup.get(key) ?? []), f]);
  }
  const result: SeriesKey[] = [];
  for (const [name, list] of byGroup) {
    const periods = list.map((f) => f.period);
    const clash = periods.some((p, i) => periods.indexOf(p) !== i);
    if (!clash) {
      result.push({ name, figures: list });
      continue;
    }
    const bySource = new Map<string, Realisation[]>();
    for (const f of list) bySource.set(f.source, [...(bySource.get(f.source) ?? []), f]);
    for (const [source, part] of bySource) result.push({ name: `${name} (${sourceTitle(source)})`, figures: part });
  }
  return result;
}

/** Periods that appear more than once for one group, with different sources. */
function conflicts(figures: readonly Realisation[]): Set<Realisation> {
  const seen = new Map<string, Realisation[]>();
  for (const f of figures) {
    const key = `${f.group ?? ''}|${f.period ?? ''}`;
    seen.set(key, [...(seen.get(key) ?? []), f]);
  }
  const out = new Set<Realisation>();
  for (const list of seen.values()) {
    if (list.length > 1 && new Set(list.map((f) => f.source)).size > 1) list.forEach((f) => out.add(f));
  }
  return out;
}

function describeSeries(name: string, labels: string[], values: (number | null)[], unit: Unit): string {
  const points = labels.flatMap((label, i) => {
    const v = values[i];
    return v === null || v === undefined ? [] : [`${label}: ${formatValue(v, unit)}`];
  });
  return `${name}: ${points.join('; ')}.`;
}

/**
 * Figures in time order. A figure without a year keeps its place in the editor's
 * list: it sorts just after the dated figure before it (or first if none is), so
 * "the newest measurement, year not given" stays after the 2013 baseline it follows
 * and "last year, seen from 2016" stays before 2016.
 */
export function chronological<T extends { period?: string | undefined; group?: string | undefined }>(figures: readonly T[]): T[] {
  let key = Number.NEGATIVE_INFINITY;
  const keyed = figures.map((f, index) => {
    const p = parsePeriod(f.period);
    if (p) key = p.sortKey;
    return { f, key: p ? p.sortKey : key, dated: p ? 0 : 1, end: p?.end ?? 0, index };
  });
  return keyed
    .sort(
      (a, b) =>
        a.key - b.key || a.dated - b.dated || a.end - b.end || (a.f.group ?? '').localeCompare(b.f.group ?? '', 'nl') || a.index - b.index,
    )
    .map((k) => k.f);
}

export interface BreakInput {
  period: string;
  description: string;
}

/**
 * Chart and table for one measure of an indicator. The target and its baseline are
 * drawn only on the main measure (the one without `measure`).
 */
export function measureView(options: {
  pageId: string;
  title: string;
  figures: readonly Realisation[];
  target?: Target | undefined;
  breaks?: readonly BreakInput[];
  sourceTitle: SourceTitle;
}): FigureView {
  const { pageId, title, figures, target, sourceTitle } = options;
  const breaks = options.breaks ?? [];
  const sorted = chronological(figures);
  const clashing = conflicts(sorted);
  const id = `${slugify(pageId)}-${slugify(title)}`;

  const rows: TableRow[] = sorted.map((f) => {
    const notes: string[] = [];
    const shown = formatTableFigure(f);
    if (shown.inWords) notes.push(inWordsNote(shown.inWords));
    if (f.note) notes.push(f.note);
    if (clashing.has(f)) notes.push('Een andere bron geeft voor deze periode en groep een ander cijfer; beide staan hier.');
    for (const b of breaks) {
      if (f.period === b.period) notes.push(`Vanaf deze periode anders gemeten: ${b.description}`);
    }
    return {
      period: formatPeriod(f.period, f.periodLabel),
      when: whenText(f),
      sourceId: f.source,
      group: f.group ?? '',
      value: shown.value,
      source: sourceTitle(f.source),
      locator: f.locator,
      notes,
    };
  });
  const table: TableSpec = { id: `tabel-${id}`, caption: title, rows, hasGroups: rows.some((r) => r.group !== '') };

  const plottable = sorted.filter((f) => parsePeriod(f.period) !== undefined && f.upTo === undefined);
  const drawTarget = target !== undefined && target.value !== undefined && target.year !== undefined && target.unit !== undefined;
  if (plottable.length === 0) return { table };
  // One dated period beside figures without a year: a chart would show the old figure
  // (a 2013 baseline) as if it were the state today. The table tells it right.
  if (new Set(plottable.map((f) => f.period)).size < 2 && plottable.length < sorted.length) return { table };
  const unit = plottable[0]?.unit ?? 'count';
  const periodSet = new Set(plottable.map((f) => f.period as string));
  if (drawTarget && target.unit === unit) {
    periodSet.add(String(target.year));
    if (target.baseline) periodSet.add(String(target.baseline.year));
  }
  const labels = [...periodSet].sort(comparePeriods);
  const series: ChartSeries[] = seriesOf(
    plottable.filter((f) => f.unit === unit),
    title,
    sourceTitle,
  ).map((s) => ({
    name: s.name,
    kind: 'realisation',
    values: labels.map((label) => s.figures.find((f) => f.period === label)?.value ?? null),
  }));
  const summaryParts = series.map((s) => describeSeries(s.name, labels, s.values, unit));
  if (drawTarget && target.unit === unit && target.value !== undefined) {
    // Without a baseline the target holds from its year on ("vanaf 2017"): a level line to the last period.
    const from = target.year ?? 0;
    const values = labels.map((label) => {
      if (label === String(target.year)) return target.value ?? null;
      if (target.baseline && label === String(target.baseline.year)) return target.baseline.value;
      if (!target.baseline && (parsePeriod(label)?.start ?? 0) > from) return target.value ?? null;
      return null;
    });
    series.push({ name: 'Streefwaarde', kind: 'target', values });
    summaryParts.push(
      `Streefwaarde: ${formatValue(target.value, unit)} in ${String(target.year)}` +
        (target.baseline ? `, vanaf ${formatValue(target.baseline.value, unit)} in ${String(target.baseline.year)}.` : '.'),
    );
  }
  const chartBreaks = breaks.filter((b) => labels.includes(b.period)).map((b) => ({ at: b.period, description: b.description }));
  for (const b of chartBreaks) summaryParts.push(`Vanaf ${b.at} wordt anders gemeten: ${b.description}`);
  const chart: ChartSpec = {
    id: `grafiek-${id}`,
    type: labels.length === 1 ? 'bar' : 'line',
    title,
    unit,
    unitLabel: unitLabel(unit),
    labels,
    positions: labels.length > 1 ? labels.map((l) => parsePeriod(l)?.sortKey ?? 0) : undefined,
    series,
    breaks: chartBreaks,
    summary: `Grafiek: ${title}. ${summaryParts.join(' ')}`,
  };
  return { chart, table };
}

/** Chart and table for a comparison of key figures (sectors, groups or years). */
export function comparisonView(options: {
  pageId: string;
  key: string;
  figures: readonly KeyFigure[];
  sourceTitle: SourceTitle;
  defaultSource: string;
}): FigureView {
  const { pageId, key, figures, sourceTitle, defaultSource } = options;
  // The comparison's own title where one figure gives it, else the first figure's label.
  const title = figures.find((f) => f.comparisonTitle)?.comparisonTitle ?? figures[0]?.label ?? key;
  const categoryOf = (f: KeyFigure) => f.group ?? f.sector?.join(', ') ?? formatPeriod(f.period, f.periodLabel);
  const rows: TableRow[] = figures.map((f) => {
    const shown = formatTableFigure(f);
    return {
      period: formatPeriod(f.period, f.periodLabel),
      when: whenText(f),
      sourceId: f.source ?? defaultSource,
      group: categoryOf(f),
      value: shown.value,
      source: sourceTitle(f.source ?? defaultSource),
      locator: f.locator ?? (f.section ? `§ ${f.section}` : ''),
      notes: [...(shown.inWords ? [inWordsNote(shown.inWords)] : []), ...(f.note ? [f.note] : [])],
    };
  });
  const id = `${slugify(pageId)}-${slugify(key)}`;
  const table: TableSpec = { id: `tabel-${id}`, caption: title, rows, hasGroups: true };
  const first = figures[0];
  const unit = first ? plotted(first).unit : 'count';
  const plottable = figures
    .filter((f) => plotted(f).unit === unit && f.upTo === undefined)
    .map((f) => ({ ...f, value: plotted(f).value, unit }));
  if (plottable.length < 2) return { table };
  const periods = [...new Set(plottable.map((f) => f.period).filter((p): p is string => p !== undefined))].sort(comparePeriods);
  const groups = [...new Set(plottable.map((f) => f.group ?? f.sector?.join(', ') ?? ''))];
  let labels: string[];
  let series: ChartSeries[];
  const groupOf = (f: KeyFigure) => f.group ?? f.sector?.join(', ') ?? '';
  // A time axis only when some group has figures for more than one period;
  // otherwise each figure is a category (bars), even if its group is a year.
  const overTime =
    periods.length > 1 &&
    groups.length > 1 &&
    groups.some((g) => new Set(plottable.filter((f) => groupOf(f) === g).map((f) => f.period)).size > 1);
  if (overTime) {
    labels = periods;
    series = groups.map((g) => ({
      name: g || title,
      kind: 'realisation',
      values: labels.map((p) => plottable.find((f) => f.period === p && (f.group ?? f.sector?.join(', ') ?? '') === g)?.value ?? null),
    }));
  } else {
    labels = plottable.map(categoryOf);
    series = [{ name: title, kind: 'realisation', values: plottable.map((f) => f.value) }];
  }
  const chart: ChartSpec = {
    id: `grafiek-${id}`,
    type: overTime ? 'line' : 'bar',
    title,
    unit,
    unitLabel: unitLabel(unit),
    labels,
    positions: overTime ? labels.map((l) => parsePeriod(l)?.sortKey ?? 0) : undefined,
    series,
    breaks: [],
    summary: `Grafiek: ${title}. ${series.map((s) => describeSeries(s.name, labels, s.values, unit)).join(' ')}`,
  };
  return { chart, table };
}
