import { describe, expect, it } from 'vitest';
import { formatFigure, formatValue, unitLabel } from '../../src/lib/domain/format.ts';

describe('units for factors and exam-mark differences', () => {
  it('writes a factor as "keer" and a difference in exam marks as "cijferpunt"', () => {
    expect(formatValue(1.4, 'times')).toBe('1,4 keer');
    expect(formatFigure({ value: 2, unit: 'times', qualifier: 'bijna' })).toBe('bijna 2 keer');
    expect(formatFigure({ value: 0.4, unit: 'grade-points', qualifier: 'ongeveer' })).toBe('ongeveer 0,4 cijferpunt');
  });

  it('names both units in tables and axes', () => {
    expect(unitLabel('times')).toContain('keer');
    expect(unitLabel('grade-points')).toContain('cijferpunt');
  });
});
