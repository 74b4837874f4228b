/**
 * The status of an indicator, by one of three rules, in this order:
 * 1. computed: the target has a value and there is a figure for the target year or
 *    later (same measure, group and unit); compared using the direction;
 * 2. stated: the judgement the source itself gives, with where it gives it;
 * 3. unknown ("onbekend").
 * A status is never guessed from a trend.
 */
import type { Realisation } from '../../schemas/figure.ts';
import type { IndicatorData, Target } from '../../schemas/index.ts';
import { STATUSES, type Status } from '../../schemas/vocabulary.ts';
import { formatFigure, formatValue } from './format.ts';
import { comparePeriods, endYear } from './periods.ts';

export type StatusRule = 'computed' | 'stated' | 'unknown';

export interface StatusResult {
  status: Status;
  label: string;
  rule: StatusRule;
  /** Dutch: which rule applied and why, in full (one click away on the page). */
  explanation: string;
  /** Dutch: the rule in one short line, shown beside the badge. */
  short: string;
  /** The figure compared with the target (rule `computed`). */
  figure?: Realisation;
  source?: string;
  locator?: string;
}

/** Qualifiers that make a figure equal to the target undecidable ("ongeveer 80%" vs 80%). */
const APPROXIMATE = new Set(['ongeveer', 'ruim', 'bijna', 'meer-dan', 'minder-dan', 'gemiddeld']);

/** Figures that measure what the target measures, for the target year or later. */
export function figuresForTarget(target: Target, realisation: readonly Realisation[]): Realisation[] {
  const targetYear = target.year;
  if (target.value === undefined || targetYear === undefined) return [];
  return realisation.filter((r) => {
    const end = endYear(r.period);
    return (
      r.measure === undefined &&
      r.unit === target.unit &&
      (r.group ?? null) === (target.group ?? null) &&
      end !== undefined &&
      end >= targetYear
    );
  });
}

/** Whether a figure meets the target; undefined when the qualifier makes it undecidable. */
export function meetsTarget(figure: Realisation, target: Target): boolean | undefined {
  if (target.value === undefined || target.direction === undefined) return undefined;
  if (figure.value === target.value && figure.qualifier && APPROXIMATE.has(figure.qualifier)) return undefined;
  return target.direction === 'higher' ? figure.value >= target.value : figure.value <= target.value;
}

/** The status of an indicator and the rule that gave it. */
export function indicatorStatus(
  indicator: Pick<IndicatorData, 'target' | 'realisation' | 'status'>,
  sourceTitle: (id: string) => string = (id) => id,
): StatusResult {
  const { target, realisation, status: stated } = indicator;
  const candidates = figuresForTarget(target, realisation).sort((a, b) => comparePeriods(b.period, a.period));
  const latest = candidates[0];
  if (latest && target.value !== undefined && target.unit !== undefined) {
    const met = meetsTarget(latest, target);
    if (met !== undefined) {
      const status: Status = met ? 'gehaald' : 'niet-gehaald';
      const goal = formatValue(target.value, target.unit);
      const better = target.direction === 'higher' ? 'hoger' : 'lager';
      const words = target.inWords ? ` Het doel geeft die in woorden: “${target.inWords}”; dat is ${goal}.` : '';
      const figure = formatFigure(latest);
      const relation = latest.value === target.value ? 'gelijk aan' : latest.value > target.value ? 'hoger dan' : 'lager dan';
      return {
        status,
        label: STATUSES[status],
        rule: 'computed',
        figure: latest,
        source: latest.source,
        locator: latest.locator,
        short: `Berekend: ${figure} over ${latest.period ?? ''} is ${relation} de streefwaarde ${goal}.`,
        explanation:
          `Berekend uit de cijfers: de streefwaarde is ${goal} in ${String(target.year)}, en ${better} is beter.${words} ` +
          `Het cijfer over ${latest.period ?? ''} is ${figure}; bron: ${sourceTitle(latest.source)}, ${latest.locator}. ` +
          `Daarmee is het doel ${met ? 'gehaald' : 'niet gehaald'}.`,
      };
    }
  }
  const whyNotComputed =
    target.value === undefined
      ? 'De doelstelling heeft geen streefwaarde in cijfers.'
      : `Er is geen cijfer over ${String(target.year)} of later om met de streefwaarde te vergelijken.`;
  if (stated) {
    const status = stated.judgement as Status;
    return {
      status,
      label: STATUSES[status],
      rule: 'stated',
      source: stated.source,
      locator: stated.locator,
      short: `Het oordeel van de bron zelf (${sourceTitle(stated.source)}).`,
      explanation: `${whyNotComputed} Het oordeel komt uit de bron zelf: ${stated.text}. Bron: ${sourceTitle(stated.source)}, ${stated.locator}.`,
    };
  }
  return {
    status: 'onbekend',
    label: STATUSES.onbekend,
    rule: 'unknown',
    short:
      target.value === undefined
        ? 'Geen streefwaarde in cijfers, en de bron zegt niet of het doel gehaald is.'
        : `Geen cijfer over ${String(target.year)} of later, en de bron zegt niet of het doel gehaald is.`,
    explanation: `${whyNotComputed} De bron zegt zelf niet of het doel gehaald is. Daarom is de status onbekend.`,
  };
}

/**
 * The figure a summary shows as "latest": the newest figure for the target's group,
 * else the newest figure of the main measure (dated before undated). Figures that
 * measure something else never stand in for it: a teacher figure is no school figure.
 */
export function latestFigure(indicator: Pick<IndicatorData, 'target' | 'realisation'>): Realisation | undefined {
  const newest = (list: Realisation[]) => [...list].sort((a, b) => comparePeriods(b.period, a.period))[0];
  const main = indicator.realisation.filter((r) => r.measure === undefined);
  const forTarget = main.filter((r) => (r.group ?? null) === (indicator.target.group ?? null) && r.period !== undefined);
  return newest(forTarget) ?? newest(main);
}
