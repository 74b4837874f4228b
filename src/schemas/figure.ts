/**
 * Figures: the numbers a page shows. Every figure keeps the number exactly as the
 * source gives it (`value`, read by ../shared/tools/check-figures.py), its unit, its
 * period and where in which source it stands.
 */
import { z } from 'astro/zod';
import { checkFigure, figureShape, slug, strict, text, sectors } from './fields.ts';

/**
 * A realisation figure of an indicator: what was measured, for which period and
 * group. Figures without `measure` measure what the target measures and are drawn
 * with it; figures with a `measure` form their own chart and table.
 */
export function realisationSchema(sourceIds: readonly string[]) {
  return strict({
    ...figureShape(sourceIds),
    group: text(
      'Groep waarvoor het cijfer geldt: "vmbo-gt", "havo", "besturen", "cohort 2018"… Cijfers met dezelfde groep vormen één lijn in de grafiek.',
    ).optional(),
    measure: text(
      'Alleen als dit cijfer iets anders meet dan de doelstelling: wat het meet ("Besturen met maatregelen voor starters"). Cijfers met dezelfde measure vormen samen een eigen grafiek en tabel.',
    ).optional(),
  }).superRefine(checkFigure);
}
export type RealisationInput = z.input<ReturnType<typeof realisationSchema>>;
export type Realisation = z.output<ReturnType<typeof realisationSchema>>;

/**
 * A key figure of a report chapter, sector portrait or document, or a figure beside
 * an indicator that is not a realisation (a budget, a count of participants).
 * `source` and `locator` may be left out on pages that have a `section` and a
 * report: they default to that report and section.
 */
export function keyFigureSchema(sourceIds: readonly string[]) {
  const base = figureShape(sourceIds);
  return strict({
    ...base,
    source: base.source.optional(),
    locator: base.locator.optional(),
    label: text('Wat het cijfer meet, in eigen woorden ("Scholen met het oordeel onvoldoende of zeer zwak").'),
    sector: sectors.optional(),
    section: text('Nummer van de paragraaf waar het cijfer staat ("6.2.1"); moet een van de `sections` van de pagina zijn.').optional(),
    group: text('Groep of categorie binnen een vergelijking ("po", "havo", "leerlingen met een migratieachtergrond").').optional(),
    comparison: slug(
      'Cijfers die een vergelijking vormen (sectoren, jaren, groepen) krijgen dezelfde code; de pagina toont ze samen in een tabel en grafiek.',
    ).optional(),
    comparisonTitle: text(
      'Titel van de tabel en grafiek van een vergelijking, als het label van het eerste cijfer niet voor alle cijfers geldt ("Werkenden die zeggen vaak of altijd extra hard te moeten werken"). Anders is het label van het eerste cijfer de titel.',
    ).optional(),
  }).superRefine(checkFigure);
}
export type KeyFigureInput = z.input<ReturnType<typeof keyFigureSchema>>;
export type KeyFigure = z.output<ReturnType<typeof keyFigureSchema>>;
