/**
 * Citations in a Dutch reference style (after APA as Dutch universities teach it):
 * the organisation is the author, then the year, the title, the series (Kamerstukken)
 * and where in the document the figure stands. A source without a named publisher is
 * cited by its title, with "uitgever niet vermeld".
 *
 * Nothing here reads the clock: the same commit always builds the same text. The
 * date of consultation is added in the reader's browser.
 */
import { formatDate } from '../domain/format.ts';

export interface CiteSource {
  title: string;
  publisher: string;
  year: number;
  /** Kamerstuk numbers the document names ("Kamerstukken 31 293 en 31 289"). */
  kamerstukken?: string | undefined;
}

const NOT_NAMED = 'niet vermeld';

/** The organisation as author: "Ministerie van OCW (staatssecretaris S. Dekker)" → "Ministerie van OCW". */
function author(publisher: string): string {
  return publisher.replace(/\s*\(.*\)\s*$/, '').trim();
}

/** "Inspectie van het Onderwijs (2024). De Staat van het Onderwijs 2024." */
export function sourceReference(source: CiteSource): string {
  const series = source.kamerstukken ? ` ${source.kamerstukken}.` : '';
  if (source.publisher === NOT_NAMED) return `${source.title} (${String(source.year)}). Uitgever niet vermeld.${series}`;
  return `${author(source.publisher)} (${String(source.year)}). ${source.title}.${series}`;
}

/** A source in a list of sources: "De Staat van het Onderwijs 2024, Inspectie van het Onderwijs, 2024". */
function sourceInList(source: CiteSource): string {
  const by = source.publisher === NOT_NAMED ? 'uitgever niet vermeld' : author(source.publisher);
  return `${source.title}, ${by}, ${String(source.year)}${source.kamerstukken ? `, ${source.kamerstukken}` : ''}`;
}

/** "Geraadpleegd op 23 november 2026, van https://…", or just the address when no date is given. */
function retrieved(url: string, consulted: Date | undefined): string {
  return consulted ? `Geraadpleegd op ${formatDate(consulted)}, van ${url}` : url;
}

/**
 * "Citeer deze pagina": the site is the author, dated by the page's last change.
 * Every source of the page is named.
 */
export function citation(options: {
  pageTitle: string;
  url: string;
  /** When the page last changed (from git); "z.d." (no date) without it. */
  updated?: Date | undefined;
  consulted?: Date | undefined;
  sources?: readonly CiteSource[] | undefined;
  /** A permalink to this version of the page's text (the file at its last commit), so the reference still points to the same text later. */
  version?: string | undefined;
}): string {
  const { pageTitle, url, updated, consulted, sources = [], version } = options;
  const date = updated ? `${String(updated.getUTCFullYear())}, ${formatDate(updated).replace(/ \d{4}$/, '')}` : 'z.d.';
  const basis = sources.length ? ` Op basis van: ${sources.map(sourceInList).join('; ')}.` : '';
  const permalink = version ? `. Deze versie: ${version}` : '';
  return `Onderwijsmonitor (${date}). ${pageTitle}.${basis} ${retrieved(url, consulted)}${permalink}`;
}

export interface FigureCiteParts {
  /** The figure as the page shows it: "6,03%". */
  figure: string;
  /** What it measures: "Percentage zittenblijvers". */
  what: string;
  /** When, in words: "in 2019". */
  when: string;
  group?: string | undefined;
  source: CiteSource;
  /** Where in the source: "Indicator 4, Welke beweging is zichtbaar?". */
  locator: string;
  /** The page's stable URL, with the figure's anchor if it has one. */
  url: string;
}

/** Ends a phrase with a full stop unless it already ends with a mark. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** A citation of one figure: the figure, its period and group, the source with its locator, and the page. */
export function figureCitation(parts: FigureCiteParts, consulted?: Date): string {
  const group = parts.group ? `, ${parts.group}` : '';
  return (
    `${parts.what}: ${parts.figure}, ${parts.when}${group}. ` +
    `Bron: ${sourceReference(parts.source)} Vindplaats: ${sentence(parts.locator)} ` +
    `Via Onderwijsmonitor: ${retrieved(parts.url, consulted)}`
  );
}
