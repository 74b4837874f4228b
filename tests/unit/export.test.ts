/**
 * The CSV export is safe to open in a spreadsheet: a cell that a spreadsheet would read
 * as a formula stays text, real negative numbers stay numbers, both files start with a
 * byte-order mark, and the Excel variant uses semicolons and a decimal comma.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.ts';
import { BOM, CSV_COLUMNS, CSV_EXCEL_NL, CSV_STANDARD, safeCell, toCsv, type CsvRow } from '../../src/lib/views/export.ts';

const row = (fields: Partial<CsvRow>): CsvRow => ({ ...(Object.fromEntries(CSV_COLUMNS.map(([c]) => [c, ''])) as CsvRow), ...fields });

const column = (name: string) => CSV_COLUMNS.findIndex(([c]) => c === name);

describe('formula injection', () => {
  it.each(['=HYPERLINK("https://example.org","klik")', '+1+2', '-1+2', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', "=cmd|' /C calc'!A0"])(
    'a text cell starting like a formula stays text: %j',
    (value) => {
      expect(safeCell(value, false)).toBe(`'${value}`);
      const [, cells] = parseCsv(toCsv([row({ toelichting: value })]).slice(1), ',');
      expect(cells?.[column('toelichting')]).toBe(`'${value}`);
    },
  );

  it('leaves ordinary text alone, also with a formula character later on', () => {
    for (const value of ['Leerlingen in het vmbo', '3,8% (cohort 2018)', 'a=b', 'e-mail', "'s avonds", ''])
      expect(safeCell(value, false)).toBe(value);
  });

  it('keeps a real negative number in a numeric column a number, with the decimal comma in the Excel variant', () => {
    expect(safeCell('-3.5', true)).toBe('-3.5');
    expect(safeCell('-3.5', true, CSV_EXCEL_NL)).toBe('-3,5');
    expect(safeCell('12', true, CSV_EXCEL_NL)).toBe('12');
    const [, cells] = parseCsv(toCsv([row({ waarde: '-0.4', bovengrens: '-0.1' })], CSV_EXCEL_NL).slice(1), ';');
    expect(cells?.[column('waarde')]).toBe('-0,4');
    expect(cells?.[column('bovengrens')]).toBe('-0,1');
  });

  it('neutralises anything in a numeric column that is not a plain number', () => {
    for (const value of ['-1+2', '-3.5)*cmd', '+3', '=1', '-']) expect(safeCell(value, true)).toBe(`'${value}`);
  });

  it('does not treat the same "-3.5" as a number in a text column', () => {
    expect(safeCell('-3.5', false)).toBe("'-3.5");
  });
});

describe('file format', () => {
  const rows = [
    row({
      akkoord: 'sectorakkoord-vo',
      indicator: '4',
      titel: 'Zittenblijven; op- en afstroom',
      waarde: '3.8',
      toelichting: 'Leerlingen "thuis"',
    }),
    row({ akkoord: 'sectorakkoord-vo', indicator: '4', titel: 'Coëfficiënt, één', waarde: '-1.25', eenheid: 'percentage-points' }),
  ];

  it('starts both variants with a byte-order mark, then the header, with CRLF line ends', () => {
    for (const format of [CSV_STANDARD, CSV_EXCEL_NL]) {
      const text = toCsv(rows, format);
      expect(text.startsWith(`${BOM}akkoord${format.separator}sector${format.separator}`)).toBe(true);
      expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(text.endsWith('\r\n')).toBe(true);
    }
  });

  it('standard: commas and a decimal point; Excel variant: semicolons and a decimal comma; same cells otherwise', () => {
    const standard = parseCsv(toCsv(rows, CSV_STANDARD).slice(1), ',');
    const excel = parseCsv(toCsv(rows, CSV_EXCEL_NL).slice(1), ';');
    expect(standard[0]).toEqual(CSV_COLUMNS.map(([c]) => c));
    expect(excel[0]).toEqual(CSV_COLUMNS.map(([c]) => c));
    expect(standard).toHaveLength(3);
    expect(excel).toHaveLength(3);
    expect(standard[1]?.[column('waarde')]).toBe('3.8');
    expect(excel[1]?.[column('waarde')]).toBe('3,8');
    expect(excel[2]?.[column('waarde')]).toBe('-1,25');
    for (const [i, r] of standard.entries()) {
      if (i === 0) continue;
      for (const [j, cell] of r.entries()) if (j !== column('waarde')) expect(excel[i]?.[j]).toBe(cell);
    }
    expect(excel[1]?.[column('titel')]).toBe('Zittenblijven; op- en afstroom');
    expect(excel[1]?.[column('toelichting')]).toBe('Leerlingen "thuis"');
    expect(standard[2]?.[column('titel')]).toBe('Coëfficiënt, één');
  });
});
