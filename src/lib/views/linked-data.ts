/**
 * The layer for machines: schema.org `Dataset` JSON-LD for indicator pages and /data/,
 * and a Frictionless `datapackage.json` that describes the CSV files. Built from the
 * same indicator data and CSV columns as the pages and the CSV, so they cannot drift.
 */
import type { IndicatorData, Page } from '../../schemas/index.ts';
import { UNITS } from '../../schemas/vocabulary.ts';
import { absoluteUrl, indicatorCsvName, indicatorCsvUrl, pageUrl, PATHS } from '../domain/urls.ts';
import { CSV_COLUMNS, indicatorRows, type CsvColumn } from './export.ts';

/** The licence of the site's data and texts (the figures themselves come from public documents). */
export const DATA_LICENSE = {
  id: 'CC-BY-4.0',
  title: 'Creative Commons Naamsvermelding 4.0 Internationaal',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
} as const;

const CREATOR = { '@type': 'Organization', name: 'Onderwijsmonitor' } as const;

export interface SourceInfo {
  id: string;
  title: string;
  publisher: string;
  year: number;
}

/** schema.org Dataset for one indicator: what it measures, every figure of its CSV, the CSV as distribution. */
export function indicatorDataset(
  page: Page<IndicatorData>,
  options: { root: string; dateModified?: Date | undefined; sources: ReadonlyMap<string, SourceInfo> },
): Record<string, unknown> {
  const d = page.data;
  const url = absoluteUrl(pageUrl(page.id), options.root);
  const rows = indicatorRows(page, options.root);
  const periods = rows.map((r) => r.periode).filter((p) => /^\d{4}/.test(p));
  const years = periods.flatMap((p) => p.match(/\d{4}/g) ?? []).sort();
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${url}#dataset`,
    name: d.title,
    description: d.description ?? `${d.measure}: doel, metingen en bronnen.`,
    url,
    inLanguage: 'nl',
    license: DATA_LICENSE.url,
    creator: CREATOR,
    publisher: CREATOR,
    ...(options.dateModified ? { dateModified: options.dateModified.toISOString().slice(0, 10) } : {}),
    ...(years.length ? { temporalCoverage: `${years[0] ?? ''}/${years.at(-1) ?? ''}` } : {}),
    spatialCoverage: { '@type': 'Country', name: 'Nederland' },
    keywords: [...d.topics, ...d.keywords],
    isBasedOn: d.sources.flatMap((id) => {
      const s = options.sources.get(id);
      return s ? [{ '@type': 'CreativeWork', name: s.title, datePublished: String(s.year), publisher: s.publisher }] : [];
    }),
    distribution: [
      {
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: absoluteUrl(indicatorCsvUrl(d), options.root),
      },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absoluteUrl(PATHS.dataJson, options.root) },
    ],
    variableMeasured: rows
      .filter((r) => r.waarde !== '')
      .map((r) => ({
        '@type': 'PropertyValue',
        name: `${r.soort}: ${r.meet}${r.groep ? ` (${r.groep})` : ''}`,
        value: Number(r.waarde),
        ...(r.bovengrens ? { maxValue: Number(r.bovengrens) } : {}),
        unitText: r.eenheid,
        ...(r.periode || r.periode_omschrijving ? { description: [r.periode, r.periode_omschrijving].filter(Boolean).join(', ') } : {}),
      })),
  };
}

/** schema.org Dataset for /data/: all indicators, with the CSV and JSON files as distributions. */
export function catalogDataset(options: {
  root: string;
  dateModified?: Date | undefined;
  indicatorCount: number;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${absoluteUrl(PATHS.data, options.root)}#dataset`,
    name: 'Indicatoren van de onderwijsakkoorden: doelen en metingen',
    description: `Alle ${String(options.indicatorCount)} indicatoren met streefwaarde, startpunt en metingen, elk cijfer met bron en vindplaats.`,
    url: absoluteUrl(PATHS.data, options.root),
    inLanguage: 'nl',
    license: DATA_LICENSE.url,
    creator: CREATOR,
    publisher: CREATOR,
    ...(options.dateModified ? { dateModified: options.dateModified.toISOString().slice(0, 10) } : {}),
    spatialCoverage: { '@type': 'Country', name: 'Nederland' },
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absoluteUrl(PATHS.dataCsv, options.root) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absoluteUrl(PATHS.dataJson, options.root) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absoluteUrl(PATHS.dataPackage, options.root) },
    ],
  };
}

/** The Frictionless Table Schema type of each CSV column. */
const COLUMN_TYPES: Partial<Record<CsvColumn, 'integer' | 'number'>> = { indicator: 'integer', waarde: 'number', bovengrens: 'number' };

/** The Frictionless Data Package (v1) that describes the CSV files: each column's type, and the unit vocabulary. */
export function dataPackage(options: { root: string; indicators: readonly Page<IndicatorData>[] }): Record<string, unknown> {
  const fields = CSV_COLUMNS.map(([name, description]) => ({
    name,
    type: COLUMN_TYPES[name] ?? 'string',
    description,
    ...(name === 'eenheid' ? { constraints: { enum: [...Object.keys(UNITS), ''] } } : {}),
    ...(name === 'waarde' || name === 'bovengrens' ? { unitField: 'eenheid' } : {}),
  }));
  const schema = { fields, missingValues: [''] };
  const resource = (name: string, path: string, title: string) => ({
    name,
    path: absoluteUrl(path, options.root),
    title,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', header: true },
    schema,
  });
  return {
    profile: 'tabular-data-package',
    name: 'onderwijsmonitor-indicatoren',
    title: 'Onderwijsmonitor: indicatoren van de onderwijsakkoorden',
    homepage: absoluteUrl(PATHS.data, options.root),
    licenses: [{ name: DATA_LICENSE.id, path: DATA_LICENSE.url, title: DATA_LICENSE.title }],
    resources: [
      resource('indicatoren', PATHS.dataCsv, 'Alle indicatoren'),
      ...options.indicators.map((p) => resource(indicatorCsvName(p.data).replace(/\.csv$/, ''), indicatorCsvUrl(p.data), p.data.title)),
    ],
  };
}

/** A JSON-LD block for a page's head; "<" is escaped so the data can never close the script element. */
export function jsonLdScript(data: Record<string, unknown>): { tag: 'script'; attrs: { type: string }; content: string } {
  return { tag: 'script', attrs: { type: 'application/ld+json' }, content: JSON.stringify(data).replace(/</g, '\\u003c') };
}
