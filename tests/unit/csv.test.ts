import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, safeCell, toCsv, type CsvRow } from '../../src/lib/views/export.ts';

const row = (values: Partial<CsvRow>): CsvRow => ({ ...(Object.fromEntries(CSV_COLUMNS.map(([c]) => [c, ''])) as CsvRow), ...values });

describe('CSV cells a spreadsheet would read as a formula', () => {
  it.each(['=HYPERLINK("https://evil.example")', '+31 6', '-2+3', '@SUM(A1)', '\t=1'])('%s stays text', (text) => {
    const cell = safeCell(text, false);
    expect(cell.replace(/^"/, '')).toMatch(/^'/);
  });

  it('leaves numbers, negative ones included, as they are', () => {
    expect(safeCell('-1.5', true)).toBe('-1.5');
    expect(safeCell('6.03', true)).toBe('6.03');
  });

  it('neutralises a group name from the content in the file', () => {
    const csv = toCsv([row({ groep: '@G1 =1+1', waarde: '-3' })]);
    const line = csv.split('\r\n')[1] ?? '';
    expect(line).toContain(",'@G1 =1+1,");
    expect(line).toContain(',-3,');
  });
});
