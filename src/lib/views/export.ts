/**
 * The open data: every indicator with its target and every realisation figure, as
 * JSON and as CSV (all indicators, and one file per indicator). Built from the same
 * collection as the pages, so the files hold exactly the figures the pages show.
 * The column list below is also what the format page documents.
 */
import type { IndicatorData, Page } from '../../schemas/index.ts';
import type { KeyFigure, Realisation } from '../../schemas/figure.ts';
import { indicatorStatus } from '../domain/status.ts';
import { absoluteUrl, indicatorCsvUrl, pageUrl, PATHS } from '../domain/urls.ts';
import { listInWords } from '../domain/documents.ts';
import { SECTORS } from '../../schemas/vocabulary.ts';

/** The CSV columns, in order, with what each holds (shown on the /data/ page). */
export const CSV_COLUMNS = [
  ['akkoord', 'Code van het akkoord, zoals in het adres van zijn pagina (/code/).'],
  [
    'sector',
    `Sector van het akkoord, als code: ${Object.entries(SECTORS)
      .map(([code, label]) => `${code} (${label.toLowerCase()})`)
      .join(', ')}.`,
  ],
  ['indicator', 'Nummer van de indicator in het akkoord.'],
  ['titel', 'Naam van de indicator.'],
  [
    'soort',
    'Wat de regel is: streefwaarde, startpunt (van de streefwaarde), meting (van wat de indicator meet), ander-cijfer (een ander cijfer op de pagina, zoals een budget of een aantal deelnemers) of meetwijziging (vanaf deze periode wordt anders gemeten; geen waarde, de uitleg staat in toelichting).',
  ],
  ['meet', 'Wat het cijfer meet.'],
  ['groep', 'Groep waarvoor het cijfer geldt; leeg voor het geheel.'],
  ['periode', 'Jaar (2019), schooljaar (2018/2019) of reeks jaren (2017-2018); leeg als de bron geen jaar noemt.'],
  ['periode_omschrijving', 'Hoe de bron het moment noemt ("cohort 2018", "al jaren"), als dat meer zegt.'],
  [
    'waarde',
    'Het getal zoals de bron het geeft, met een punt als decimaalteken (in de Excel-versie een komma). Een negatief getal begint met een minteken.',
  ],
  ['bovengrens', 'Bij een bereik ("1.800 tot 1.900"): de bovengrens; waarde is dan de ondergrens.'],
  ['voorvoegsel', 'Woord dat de bron vóór het getal zet: ongeveer, ruim, bijna, meer-dan, minder-dan, minimaal, maximaal, gemiddeld.'],
  ['in_woorden', 'Als de bron het getal in woorden geeft: die woorden.'],
  [
    'eenheid',
    'percent, percentage-points, count, euro, million-euro, billion-euro, million, fte, days, grade, one-in, hours-per-week, months, years, rank, times (keer zo veel) of grade-points (cijferpunt).',
  ],
  ['richting', 'Bij een streefwaarde: higher (hoger is beter) of lower (lager is beter).'],
  ['bron', 'Code van het brondocument (zie bronnen in het JSON-bestand).'],
  ['vindplaats', 'Waar in de bron het cijfer staat.'],
  ['toelichting', 'Korte toelichting.'],
  ['pagina', 'Adres van de pagina op deze site.'],
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number][0];
export type CsvRow = Record<CsvColumn, string>;

const empty = (): CsvRow => Object.fromEntries(CSV_COLUMNS.map(([c]) => [c, ''])) as CsvRow;

/** The rows of one indicator: its target and baseline (if they have a value), every realisation figure, every other figure on the page and every break in the series. */
export function indicatorRows(page: Page<IndicatorData>, siteUrl: string): CsvRow[] {
  const d = page.data;
  const base = {
    akkoord: d.agreement,
    sector: d.sector,
    indicator: String(d.number),
    titel: d.title,
    pagina: absoluteUrl(pageUrl(page.id), siteUrl),
  };
  const rows: CsvRow[] = [];
  const t = d.target;
  if (t.value !== undefined) {
    rows.push({
      ...empty(),
      ...base,
      soort: 'streefwaarde',
      meet: d.measure,
      groep: t.group ?? '',
      periode: t.year === undefined ? '' : String(t.year),
      waarde: String(t.value),
      eenheid: t.unit ?? '',
      richting: t.direction ?? '',
      bron: t.source,
      vindplaats: t.locator,
      toelichting: t.description,
    });
    if (t.baseline) {
      rows.push({
        ...empty(),
        ...base,
        soort: 'startpunt',
        meet: d.measure,
        groep: t.group ?? '',
        periode: String(t.baseline.year),
        waarde: String(t.baseline.value),
        eenheid: t.unit ?? '',
        bron: t.source,
        vindplaats: t.locator,
      });
    }
  }
  // A realisation and another figure on the page differ only in what they measure and whether source and place may default.
  const figureRow = (soort: string, meet: string, f: Realisation | KeyFigure): CsvRow => ({
    ...empty(),
    ...base,
    soort,
    meet,
    groep: f.group ?? '',
    periode: f.period ?? '',
    periode_omschrijving: f.periodLabel ?? '',
    waarde: String(f.value),
    bovengrens: f.upTo ? String(f.upTo.value) : '',
    voorvoegsel: f.qualifier ?? '',
    in_woorden: f.asWritten ?? '',
    eenheid: f.unit,
    bron: f.source ?? '',
    vindplaats: f.locator ?? '',
    toelichting: f.note ?? '',
  });
  for (const r of d.realisation) rows.push(figureRow('meting', r.measure ?? d.measure, r));
  for (const f of d.facts) rows.push(figureRow('ander-cijfer', f.label, f));
  for (const b of d.breaks) {
    rows.push({
      ...empty(),
      ...base,
      soort: 'meetwijziging',
      meet: d.measure,
      periode: b.period,
      bron: b.source,
      vindplaats: b.locator,
      toelichting: b.description,
    });
  }
  return rows;
}

/**
 * The two CSV variants. Both are UTF-8 with a byte-order mark, so spreadsheet programs
 * read "ë" and "€" as such. The standard file uses commas and a decimal point (for
 * software and international spreadsheets); the Excel variant uses semicolons and a
 * decimal comma, which Dutch Excel opens in columns, with numbers as numbers.
 */
export interface CsvFormat {
  separator: ',' | ';';
  decimal: '.' | ',';
}
export const CSV_STANDARD: CsvFormat = { separator: ',', decimal: '.' };
export const CSV_EXCEL_NL: CsvFormat = { separator: ';', decimal: ',' };

/** The byte-order mark both CSV variants start with. */
export const BOM = '\uFEFF';

/** Columns that hold a number; the only cells that may start with a minus sign unchanged. */
export const NUMERIC_COLUMNS: ReadonlySet<CsvColumn> = new Set<CsvColumn>(['indicator', 'waarde', 'bovengrens']);

/** A first character that makes a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number, as String(number) writes one from the data: "-3.5", "12", "0.25". */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * One cell, made safe for a spreadsheet. A cell that starts with =, +, -, @, a tab or a
 * carriage return would be read as a formula (formula injection: "=HYPERLINK(…)" or
 * "=cmd|…" from a page's text), so it gets an apostrophe in front and stays text.
 * The exception is a real number in a numeric column: "-3.5" in `waarde` is a negative
 * figure, and a spreadsheet reads it as the number -3.5, not as a formula; it is only
 * given the decimal comma in the Excel variant. Anything else in a numeric column
 * ("-1+2") is neutralised like text, so the exception cannot carry a formula.
 */
export function safeCell(value: string, numeric: boolean, format: CsvFormat = CSV_STANDARD): string {
  if (numeric && PLAIN_NUMBER.test(value)) return format.decimal === ',' ? value.replace('.', ',') : value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field, quoted where needed (RFC 4180). */
function field(value: string): string {
  return /[",\n\r;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text: byte-order mark, a header line, CRLF line ends, formula-safe cells. */
export function toCsv(rows: readonly CsvRow[], format: CsvFormat = CSV_STANDARD): string {
  const line = (cells: string[]) => cells.map(field).join(format.separator);
  const header = line(CSV_COLUMNS.map(([c]) => c));
  const body = rows.map((r) => line(CSV_COLUMNS.map(([c]) => safeCell(r[c], NUMERIC_COLUMNS.has(c), format))));
  return `${BOM}${[header, ...body].join('\r\n')}\r\n`;
}

/** The JSON export: indicators with target, status and figures, and the sources they cite. */
export function toJson(
  indicators: readonly Page<IndicatorData>[],
  sources: readonly { id: string; title: string; publisher: string; year: number }[],
  siteUrl: string,
  sourceTitle: (id: string) => string,
  /** The agreements' titles, in their order ("Sectorakkoord VO", …). */
  agreementTitles: readonly string[],
) {
  return {
    beschrijving: `Alle indicatoren van de akkoorden (${listInWords([...agreementTitles])}) met streefwaarde en metingen. Uitleg: ${PATHS.data}`,
    bronnen: sources.map((s) => ({ id: s.id, titel: s.title, uitgever: s.publisher, jaar: s.year })),
    indicatoren: indicators.map((p) => {
      const d = p.data;
      const status = indicatorStatus(d, sourceTitle);
      return {
        akkoord: d.agreement,
        sector: d.sector,
        ambitie: d.ambition,
        indicator: d.number,
        titel: d.title,
        meet: d.measure,
        pagina: absoluteUrl(pageUrl(p.id), siteUrl),
        csv: absoluteUrl(indicatorCsvUrl(d), siteUrl),
        doel: {
          omschrijving: d.target.description,
          waarde: d.target.value ?? null,
          eenheid: d.target.unit ?? null,
          jaar: d.target.year ?? null,
          richting: d.target.direction ?? null,
          startpunt: d.target.baseline ? { waarde: d.target.baseline.value, jaar: d.target.baseline.year } : null,
          groep: d.target.group ?? null,
          bron: d.target.source,
          vindplaats: d.target.locator,
        },
        status: { waarde: status.status, regel: status.rule, uitleg: status.explanation },
        metingen: d.realisation.map((r) => ({
          meet: r.measure ?? d.measure,
          groep: r.group ?? null,
          periode: r.period ?? null,
          periode_omschrijving: r.periodLabel ?? null,
          waarde: r.value,
          bovengrens: r.upTo?.value ?? null,
          voorvoegsel: r.qualifier ?? null,
          in_woorden: r.asWritten ?? null,
          eenheid: r.unit,
          bron: r.source,
          vindplaats: r.locator,
          toelichting: r.note ?? null,
        })),
      };
    }),
  };
}
