import { describe, expect, it } from 'vitest';
import {
  decimalsOf,
  formatDate,
  formatFigure,
  formatNumber,
  formatPeriod,
  formatTableFigure,
  formatValue,
  whenText,
} from '../../src/lib/domain/format.ts';

describe('Dutch number formatting', () => {
  it('writes decimals with a comma and keeps the decimals of the source', () => {
    expect(formatNumber(6.03)).toBe('6,03');
    expect(formatNumber(80.4)).toBe('80,4');
    expect(formatNumber(14)).toBe('14');
    expect(decimalsOf(0.077)).toBe(3);
  });

  it('groups thousands with a dot from 1.000 on', () => {
    expect(formatNumber(2141)).toBe('2.141');
    expect(formatNumber(19000)).toBe('19.000');
    expect(formatNumber(999)).toBe('999');
  });

  it('writes units the Dutch way', () => {
    expect(formatValue(6.03, 'percent')).toBe('6,03%');
    expect(formatValue(9, 'million-euro')).toBe('€ 9 miljoen');
    expect(formatValue(23.5, 'million-euro')).toBe('€ 23,5 miljoen');
    expect(formatValue(50000, 'euro')).toBe('€ 50.000');
    expect(formatValue(9000000, 'euro')).toBe('€ 9 miljoen');
    expect(formatValue(8, 'one-in')).toBe('1 op de 8');
    expect(formatValue(9800, 'fte')).toBe('9.800 fte');
    expect(formatValue(2, 'percentage-points')).toBe('2 procentpunt');
  });

  it('puts the qualifier before the figure and writes ranges', () => {
    expect(formatFigure({ value: 14, unit: 'percent', qualifier: 'ongeveer' })).toBe('ongeveer 14%');
    expect(formatFigure({ value: 1800, unit: 'count', upTo: { value: 1900 } })).toBe('1.800 tot 1.900');
    expect(formatFigure({ value: 25, unit: 'percent', asWritten: 'een kwart' })).toBe('een kwart');
    expect(formatFigure({ value: 22, unit: 'percent', decimals: 1 })).toBe('22,0%');
    expect(formatFigure({ value: 99, unit: 'percent', decimals: 1, qualifier: 'ongeveer' })).toBe('ongeveer 99,0%');
  });

  it('writes periods and dates', () => {
    expect(formatPeriod('2018/2019')).toBe('2018/2019');
    expect(formatPeriod('2018', 'cohort 2018')).toBe('cohort 2018');
    expect(formatPeriod('2023', 'najaar')).toBe('2023 (najaar)');
    expect(formatPeriod(undefined, 'al jaren')).toBe('al jaren');
    expect(formatPeriod(undefined)).toBe('periode niet vermeld');
    expect(formatDate(new Date(Date.UTC(2024, 3, 15)))).toBe('15 april 2024');
  });
});

describe('figures in tables and cards', () => {
  it('shows the number where the source writes words, and keeps the words for a note', () => {
    expect(formatTableFigure({ value: 10, unit: 'count', asWritten: 'tien' })).toEqual({ value: '10', inWords: 'tien' });
    expect(formatTableFigure({ value: 9, unit: 'percent', asWritten: 'negen procent' })).toEqual({ value: '9%', inWords: 'negen procent' });
    expect(formatTableFigure({ value: 86, unit: 'percent', qualifier: 'gemiddeld' })).toEqual({ value: 'gemiddeld 86%' });
  });

  it('says when in plain words', () => {
    expect(whenText({ period: '2019' })).toBe('in 2019');
    expect(whenText({ period: '2020', periodLabel: 'juni 2020' })).toBe('in juni 2020');
    expect(whenText({ periodLabel: '1 augustus 2023' })).toBe('op 1 augustus 2023');
    expect(whenText({ periodLabel: 'cohort 2018' })).toBe('cohort 2018');
  });
});
