/**
 * Dutch number formatting: "6,03%", "2.141", "€ 9 miljoen", "1 op de 8". Every number
 * a reader sees goes through here, so the site writes numbers one way everywhere.
 */
import { QUALIFIERS, UNITS, type Qualifier, type Unit } from '../../schemas/vocabulary.ts';

const LOCALE = 'nl-NL';

/** Decimals as the source gives them: 6.03 keeps two, 80.4 one, 14 none. */
export function decimalsOf(value: number): number {
  const s = String(value);
  const i = s.indexOf('.');
  return i === -1 ? 0 : s.length - i - 1;
}

// Creating an Intl formatter is costly and every page formats dozens of numbers: keep one per number of decimals.
const numberFormats = new Map<number, Intl.NumberFormat>();

/** A plain number the Dutch way: 6,03 and 2.141 (thousands grouped from 1.000 on). */
export function formatNumber(value: number, decimals = decimalsOf(value)): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: 'always' });
    numberFormats.set(decimals, format);
  }
  return format.format(value);
}

/** An amount in euro, with "miljoen"/"miljard" where the source would write it so. */
export function formatEuro(value: number): string {
  for (const [size, word] of [
    [1e9, 'miljard'],
    [1e6, 'miljoen'],
  ] as const) {
    if (Math.abs(value) >= size) return `€ ${formatNumber(value / size)} ${word}`;
  }
  return `€ ${formatNumber(value)}`;
}

/** The number with its unit, without qualifier: "6,03%", "2.141", "7,0" (grade), "1 op de 8". */
export function formatValue(value: number, unit: Unit, decimals?: number): string {
  if (decimals !== undefined && decimals > decimalsOf(value)) {
    // Keep the trailing zero the source writes ("22,0%"): format with the decimals, then add the unit.
    const n = formatNumber(value, decimals);
    const plain = formatValue(value, unit);
    return plain.replace(formatNumber(value), n);
  }
  switch (unit) {
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'percentage-points':
      return `${formatNumber(value)} procentpunt`;
    case 'euro':
      return formatEuro(value);
    case 'million-euro':
      return `€ ${formatNumber(value)} miljoen`;
    case 'billion-euro':
      return `€ ${formatNumber(value)} miljard`;
    case 'million':
      return `${formatNumber(value)} miljoen`;
    case 'fte':
      return `${formatNumber(value)} fte`;
    case 'days':
      return `${formatNumber(value)} ${value === 1 ? 'dag' : 'dagen'}`;
    case 'one-in':
      return `1 op de ${formatNumber(value)}`;
    case 'hours-per-week':
      return `${formatNumber(value)} ${value === 1 ? 'lesuur' : 'lesuren'} per week`;
    case 'months':
      return `${formatNumber(value)} ${value === 1 ? 'maand' : 'maanden'}`;
    case 'years':
      return `${formatNumber(value)} jaar`;
    case 'rank':
      return `plaats ${formatNumber(value)}`;
    case 'times':
      return `${formatNumber(value)} keer`;
    case 'grade-points':
      return `${formatNumber(value)} cijferpunt`;
    case 'grade':
    case 'count':
      return formatNumber(value);
  }
}

/** A figure as a reader should read it: qualifier, number or range, unit ("ongeveer 14%", "1.800 tot 1.900"). */
export function formatFigure(figure: {
  value: number;
  unit: Unit;
  qualifier?: Qualifier | undefined;
  upTo?: { value: number } | undefined;
  asWritten?: string | undefined;
  decimals?: number | undefined;
}): string {
  if (figure.asWritten) return figure.asWritten;
  const main = figure.upTo
    ? `${formatRangeStart(figure.value, figure.unit)} tot ${formatValue(figure.upTo.value, figure.unit, figure.decimals)}`
    : formatValue(figure.value, figure.unit, figure.decimals);
  return figure.qualifier ? `${QUALIFIERS[figure.qualifier]} ${main}` : main;
}

/**
 * A figure for a table's "Cijfer" column: always the number ("10", not "tien"). When
 * the source writes the figure in words, `inWords` holds those words for a note.
 */
export function formatTableFigure(figure: Parameters<typeof formatFigure>[0]): { value: string; inWords?: string | undefined } {
  const value = formatFigure({ ...figure, asWritten: undefined });
  return figure.asWritten && figure.asWritten !== value ? { value, inWords: figure.asWritten } : { value };
}

/** The note a table shows under a figure the source writes in words. */
export function inWordsNote(words: string): string {
  return `De bron schrijft dit cijfer in woorden: “${words}”.`;
}

/** The lower end of a range: the unit is written once, after the upper end. */
function formatRangeStart(value: number, unit: Unit): string {
  if (unit === 'euro') return formatEuro(value);
  if (unit === 'million-euro' || unit === 'billion-euro') return `€ ${formatNumber(value)}`;
  return formatNumber(value);
}

/** The unit's name as a table header or axis title shows it. */
export function unitLabel(unit: Unit): string {
  return UNITS[unit].label;
}

/** A period as readers see it: "2019", "2018/2019", "2017-2018". */
export function formatPeriod(period: string | undefined, label?: string): string {
  if (period && label) return label.includes(period) ? label : `${period} (${label})`;
  return period ?? label ?? 'periode niet vermeld';
}

/** When a figure was measured, in plain words: "in 2019", "in juni 2020", or the source's own words. */
export function whenText(figure: { period?: string | undefined; periodLabel?: string | undefined }): string {
  const shown = formatPeriod(figure.period, figure.periodLabel);
  if (/^\d{1,2} [a-z]+ \d{4}/.test(shown)) return `op ${shown}`;
  return /^(\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)/.test(shown)
    ? `in ${shown}`
    : shown;
}

const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date in Dutch, "23 november 2026". */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
