/**
 * Closed vocabularies of the content model. Each is a const map from the value an
 * editor writes to the Dutch label a reader sees; the Zod enums are built from the
 * keys so the schema, the labels and the editors' reference cannot drift apart.
 */

/** Education sectors, as the sources use them. */
export const SECTORS = {
  vve: 'Voor- en vroegschoolse educatie',
  po: 'Primair onderwijs',
  vo: 'Voortgezet onderwijs',
  so: '(Voortgezet) speciaal onderwijs',
  mbo: 'Middelbaar beroepsonderwijs',
  ho: 'Hoger onderwijs',
} as const;
export type Sector = keyof typeof SECTORS;

/** Short sector labels for tables, badges and filters. */
export const SECTOR_SHORT: Record<Sector, string> = {
  vve: 'vve',
  po: 'po',
  vo: 'vo',
  so: '(v)so',
  mbo: 'mbo',
  ho: 'ho',
};

/**
 * Units a figure can have. `min`/`max` bound the value to what is plausible for Dutch
 * education (a percentage of 140 is a typo, not a finding; there are about 4 million
 * pupils and students and the budget is about 50 billion euro, so a count of 40
 * million or 900 billion in "euro" is a typo or the wrong unit); `label` is how the
 * unit is named in tables and messages.
 */
export const UNITS = {
  percent: { label: 'procent', min: 0, max: 100 },
  'percentage-points': { label: 'procentpunt', min: -100, max: 100 },
  count: { label: 'aantal', min: 0, max: 10_000_000 },
  euro: { label: 'euro', min: 0, max: 10_000_000_000 },
  'million-euro': { label: 'miljoen euro', min: 0, max: 100_000 },
  'billion-euro': { label: 'miljard euro', min: 0, max: 200 },
  million: { label: 'miljoen', min: 0, max: 100 },
  fte: { label: 'fte (voltijdbanen)', min: 0, max: 1_000_000 },
  days: { label: 'dagen', min: 0, max: 3660 },
  grade: { label: 'rapportcijfer (1–10)', min: 1, max: 10 },
  'one-in': { label: '1 op de …', min: 1, max: 10_000 },
  'hours-per-week': { label: 'lesuren per week', min: 0, max: 60 },
  months: { label: 'maanden', min: 0, max: 1200 },
  years: { label: 'jaar', min: 0, max: 100 },
  rank: { label: 'plaats in een rangorde', min: 1, max: 1000 },
  times: { label: 'keer zo veel (factor)', min: 0, max: 1000 },
  'grade-points': { label: 'cijferpunt (verschil in een examencijfer)', min: -10, max: 10 },
} as const;
export type Unit = keyof typeof UNITS;

/**
 * Words the sources put before a figure ("ongeveer 14 procent", "ruim 10%").
 * Kept apart from the number so the number stays exactly as the source gives it.
 */
export const QUALIFIERS = {
  ongeveer: 'ongeveer',
  ruim: 'ruim',
  bijna: 'bijna',
  'meer-dan': 'meer dan',
  'minder-dan': 'minder dan',
  minimaal: 'minimaal',
  maximaal: 'maximaal',
  gemiddeld: 'gemiddeld',
} as const;
export type Qualifier = keyof typeof QUALIFIERS;

/** Which way is better for a target. */
export const DIRECTIONS = {
  higher: 'hoger is beter',
  lower: 'lager is beter',
} as const;
export type Direction = keyof typeof DIRECTIONS;

/**
 * Status of an indicator. `gehaald`/`niet-gehaald` may be computed from the figures;
 * the others only come from the words of a source. `onbekend` is the default.
 */
export const STATUSES = {
  gehaald: 'Gehaald',
  'deels-gehaald': 'Deels gehaald',
  'niet-gehaald': 'Niet gehaald',
  'naar-verwachting-niet-gehaald': 'Naar verwachting niet gehaald',
  achterblijvend: 'Blijft achter',
  onbekend: 'Onbekend',
} as const;
export type Status = keyof typeof STATUSES;

/** The page kinds, with the Dutch name readers and editors see. */
export const PAGE_KINDS = {
  home: 'startpagina',
  page: 'pagina',
  agreement: 'akkoord',
  ambition: 'ambitie',
  indicator: 'indicator',
  report: 'rapport',
  chapter: 'hoofdstuk',
  portrait: 'sectorbeeld',
  glossary: 'afkortingen',
  document: 'document',
} as const;
export type PageKind = keyof typeof PAGE_KINDS;

/** Kinds of source document. */
export const SOURCE_KINDS = {
  dashboard: 'dashboard',
  kamerbrief: 'Kamerbrief',
  folder: 'folder',
  rapport: 'rapport',
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;

/** Keys of a const map as a non-empty tuple, the shape `z.enum` wants. */
export function keysOf<T extends Record<string, unknown>>(map: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(map) as [keyof T & string, ...(keyof T & string)[]];
}
