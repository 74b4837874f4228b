import { describe, expect, it } from 'vitest';
import { comparePeriods, endYear, parsePeriod } from '../../src/lib/domain/periods.ts';

describe('periods', () => {
  it('parses years, school years and spans', () => {
    expect(parsePeriod('2019')).toEqual({ start: 2019, end: 2019, sortKey: 2019 });
    expect(parsePeriod('2018/2019')).toEqual({ start: 2018, end: 2019, sortKey: 2018.5 });
    expect(parsePeriod('2015-2020')?.end).toBe(2020);
    expect(parsePeriod('20199')).toBeUndefined();
    expect(parsePeriod(undefined)).toBeUndefined();
  });

  it('orders a school year between the years it spans, and unknown periods last', () => {
    const sorted = ['2019', undefined, '2018/2019', '2018'].sort(comparePeriods);
    expect(sorted).toEqual(['2018', '2018/2019', '2019', undefined]);
  });

  it('takes the last calendar year a period covers', () => {
    expect(endYear('2019/2020')).toBe(2020);
    expect(endYear('2017')).toBe(2017);
  });
});
