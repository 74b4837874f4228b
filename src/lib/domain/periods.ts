/**
 * Periods as the sources give them: a year ("2019"), a school year ("2018/2019") or
 * a span ("2017-2018"). Charts and tables order figures by them.
 */
import { PERIOD_PATTERN } from '../../schemas/fields.ts';

export interface ParsedPeriod {
  start: number;
  end: number;
  /** Position on a time axis: the middle of the period. */
  sortKey: number;
}

/** Parses a period string; undefined if it is not one. */
export function parsePeriod(period: string | undefined): ParsedPeriod | undefined {
  if (period === undefined) return undefined;
  const m = PERIOD_PATTERN.exec(period);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[3] === undefined ? start : Number(m[3]);
  return { start, end, sortKey: (start + end) / 2 };
}

/** Compares two periods for sorting; figures without a period come last. */
export function comparePeriods(a: string | undefined, b: string | undefined): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa && !pb) return 0;
  if (!pa) return 1;
  if (!pb) return -1;
  return pa.sortKey - pb.sortKey || pa.end - pb.end;
}

/** The last calendar year a period covers: "2019/2020" → 2020. */
export function endYear(period: string | undefined): number | undefined {
  return parsePeriod(period)?.end;
}
