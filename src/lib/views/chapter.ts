/**
 * What a chapter or sector portrait shows at a glance: its headline figures, each
 * section's own figures as compact cards, and which comparisons may be drawn as a
 * chart. The full set of figures lives on the chapter's figures page
 * (`…/cijfers/`), one click from every section.
 */
import type { KeyFigure } from '../../schemas/figure.ts';
import { formatFigure, formatPeriod, whenText } from '../domain/format.ts';
import { plotted } from '../domain/series.ts';
import { sectorText } from './views.ts';

type SourceTitle = (id: string) => string;

/** A key figure as a compact card shows it: the figure, what it is, when and for whom, where from. */
export interface FigureCard {
  value: string;
  label: string;
  /** Period and group in plain words: "oktober 2023, po en (v)so". */
  when: string;
  source: string;
  locator: string;
  /** Where the figure stands on the site, when that is another page (a topic's headline figure). */
  href?: string | undefined;
  note?: string | undefined;
  /** For its citation: the source id, the period in words ("in oktober 2023") and the group. */
  sourceId: string;
  whenCited: string;
  group?: string | undefined;
}

/** How many figures a section shows under its heading; the rest are one click away. */
export const FIGURES_PER_SECTION = 3;
/** How many headline figures a page opens with. */
export const HEADLINE_MIN = 3;
export const HEADLINE_MAX = 6;

export function figureCard(f: KeyFigure, defaultSource: string, sourceTitle: SourceTitle): FigureCard {
  const period = formatPeriod(f.period, f.periodLabel);
  const who = f.group ?? (f.sector ? sectorText(f.sector) : undefined);
  return {
    value: formatFigure(f),
    label: f.label,
    when: who && !period.includes(who) ? `${period}, ${who}` : period,
    source: sourceTitle(f.source ?? defaultSource),
    // A non-breaking space keeps "§ 6.2.1" on one line.
    locator: f.locator ?? (f.section ? `§\u00a0${f.section}` : ''),
    note: f.note,
    sourceId: f.source ?? defaultSource,
    whenCited: whenText(f),
    group: who,
  };
}

/** A figure in one line, for a search result: "9.800 fte, Lerarentekort in fte · oktober 2023, po en (v)so · Staat van het Onderwijs 2024, § 6.2.1". */
export function headlineText(c: FigureCard): string {
  return [`${c.value}, ${c.label}`, c.when, `${c.source}${c.locator ? `, ${c.locator}` : ''}`].filter(Boolean).join(' · ');
}

const inSection = (f: KeyFigure, n: string) => f.section === n || (f.section?.startsWith(`${n}.`) ?? false);

/**
 * The figures a page opens with: the first figure of each main section (6.1, 6.2,
 * 6.3 …) in page order, preferring one that is part of a comparison, topped up with the next figures in frontmatter order to at
 * least three, at most six. A page without sections opens with its first figures.
 */
export function headlineFigures(figures: readonly KeyFigure[], sections: readonly { number: string }[]): KeyFigure[] {
  const main = sections.map((s) => s.number).filter((n) => n.split('.').length === 2);
  const chosen: KeyFigure[] = [];
  for (const n of main) {
    // A figure that is part of a comparison says more than a count of respondents.
    const first = figures.find((f) => inSection(f, n) && f.comparison) ?? figures.find((f) => inSection(f, n));
    if (first && !chosen.includes(first)) chosen.push(first);
  }
  for (const f of figures) {
    if (chosen.length >= HEADLINE_MIN) break;
    if (!chosen.includes(f)) chosen.push(f);
  }
  const order = new Map(figures.map((f, i) => [f, i]));
  return chosen.slice(0, HEADLINE_MAX).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** The figures that stand in one section (not its subsections), in frontmatter order. */
export function sectionFigures(figures: readonly KeyFigure[], n: string): KeyFigure[] {
  return figures.filter((f) => f.section === n);
}

/**
 * Whether a comparison compares like with like, so a chart says something true:
 * one unit, every figure with a known period and no range, and either every figure
 * from the same period (groups side by side) or groups followed over several
 * periods (lines). Different periods side by side as equal bars (October 2023
 * beside an estimate without a year) are not drawn; their table remains.
 */
export function isLikeWithLike(figures: readonly KeyFigure[]): boolean {
  if (figures.length < 2) return false;
  const first = figures[0];
  if (!first) return false;
  const unit = plotted(first).unit;
  if (figures.some((f) => plotted(f).unit !== unit || f.upTo !== undefined || f.period === undefined)) return false;
  const periods = new Set(figures.map((f) => f.period));
  if (periods.size === 1) return new Set(figures.map((f) => f.group ?? f.sector?.join(', ') ?? '')).size === figures.length;
  const groupOf = (f: KeyFigure) => f.group ?? f.sector?.join(', ') ?? '';
  const groups = new Set(figures.map(groupOf));
  // Each group a series over time: no group has two figures for one period, and some group has several periods.
  const perGroup = [...groups].map((g) => figures.filter((f) => groupOf(f) === g).map((f) => f.period));
  return perGroup.every((ps) => new Set(ps).size === ps.length) && perGroup.some((ps) => ps.length > 1);
}

/** The comparisons of a page grouped by the section of their first figure, in frontmatter order. */
export function comparisonsBySection(figures: readonly KeyFigure[]): Map<string | undefined, { key: string; figures: KeyFigure[] }[]> {
  const byKey = new Map<string, KeyFigure[]>();
  for (const f of figures) if (f.comparison) byKey.set(f.comparison, [...(byKey.get(f.comparison) ?? []), f]);
  const out = new Map<string | undefined, { key: string; figures: KeyFigure[] }[]>();
  for (const [key, list] of byKey) {
    const section = list[0]?.section;
    out.set(section, [...(out.get(section) ?? []), { key, figures: list }]);
  }
  return out;
}
