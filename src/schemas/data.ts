/**
 * Schemas of the data collections beside the pages (content/data/*.yaml): the
 * source documents, the topic vocabulary and the abbreviations of a report.
 */
import { z } from 'astro/zod';
import { listOf, NO_ANGLE_BRACKETS, number, oneOf, reportPlace, slug, strict, text, year } from './fields.ts';
import { SOURCE_KINDS } from './vocabulary.ts';

/** A source document: everything on the site comes from one of these. */
export const sourceSchema = strict({
  id: slug('Korte code waarmee pagina’s naar de bron verwijzen, bijvoorbeeld de naam van het rapport met zijn jaar.'),
  title: text('Titel van het document.'),
  shortTitle: text('Korte naam voor tabellen en bronvermeldingen ("Dashboard VO 2020").'),
  publisher: text('Uitgever zoals in het document, of "niet vermeld".'),
  publisherNote: text('Toelichting als de uitgever niet in het document staat.').optional(),
  year: year('Jaar van verschijnen.'),
  kamerstukken: text(
    'Alleen bij een Kamerbrief: de Kamerstuknummers die de brief zelf noemt ("Kamerstukken 31 293 en 31 289"). Citaties noemen ze.',
  ).optional(),
  kind: oneOf(SOURCE_KINDS, 'Soort document.'),
  file: text('Bestandsnaam van de brontekst in ../shared/sources/.'),
  description: text('Wat het document is, in één zin.'),
});
export type Source = z.output<typeof sourceSchema>;

/** How many headline figures a topic may have. */
export const TOPIC_FIGURES_MAX = 3;

/**
 * A topic's headline figure: a reference to a key figure of a report chapter (by its
 * section) or sector portrait, found by its value, and by its group or label where
 * figures there share the value (src/lib/domain/topic-figures.ts).
 */
const topicFigureSchema = reportPlace(
  {
    value: number('De waarde van het cijfer, precies zoals in keyFigures van die pagina (9800).'),
    group: text('Alleen als meer cijfers daar dezelfde waarde hebben: de group van het cijfer, precies zoals op die pagina.').optional(),
    label: text('Alleen als group niet genoeg is: het label van het cijfer, precies zoals op die pagina.').optional(),
  },
  'als het cijfer in een sectorbeeld staat',
  'een kerncijfer van een thema staat óf in een paragraaf ("section": "6.2.1") óf in een sectorbeeld ("portrait": po/vo/so/mbo/ho), niet allebei en niet geen van beide',
);
export type TopicFigureRef = z.output<typeof topicFigureSchema>;

/** A topic: ties agreement indicators to inspection findings. */
export const topicSchema = strict({
  id: slug('Code van het thema ("startende-leraren").'),
  // The label is the title of the topic's page (and of its browser tab).
  label: text('Naam van het thema zoals lezers het zien ("Startende leraren").').refine((v) => !/[<>]/.test(v), {
    message: NO_ANGLE_BRACKETS('label'),
  }),
  description: text('Waar het thema over gaat, in één zin.'),
  keywords: listOf(text('Zoekwoord')).describe('Andere woorden voor het thema die een lezer kan zoeken ("tekort aan leraren").'),
  keyFigures: listOf(topicFigureSchema)
    .refine((list) => list.length <= TOPIC_FIGURES_MAX, {
      error: `een thema heeft hoogstens ${String(TOPIC_FIGURES_MAX)} kerncijfers; kies de belangrijkste`,
    })
    .describe(
      `De cijfers die het thema samenvatten (hoogstens ${String(TOPIC_FIGURES_MAX)}, de belangrijkste eerst): bovenaan de themapagina en in het zoekresultaat. Elk verwijst naar een kerncijfer (keyFigures) van een hoofdstuk of sectorbeeld; laat weg als geen cijfer het thema samenvat.`,
    ),
});
export type Topic = z.output<typeof topicSchema>;

/** An abbreviation from a report's list (Afkortingen). */
export const abbreviationSchema = strict({
  id: text('De afkorting zoals in het rapport ("vsv").'),
  report: slug('Code van het rapport (uit content/data/sources.yaml) in wiens lijst Afkortingen de afkorting staat.'),
  meaning: text('Wat de afkorting betekent.'),
  listed: z.boolean().default(true).describe('false als het rapport de afkorting gebruikt maar niet in zijn lijst zet.'),
});
export type Abbreviation = z.output<typeof abbreviationSchema>;
