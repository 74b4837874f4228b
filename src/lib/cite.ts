/**
 * "Citeer deze pagina": a Dutch reference with the publisher and year of the source,
 * the title, the page's stable URL and the date of consultation.
 */
import { formatDate } from './format.ts';

export interface CiteSource {
  title: string;
  publisher: string;
  year: number;
}

/** The reference text. Sources without a named publisher are cited by title. */
export function citation(options: { pageTitle: string; url: string; consulted: Date; source?: CiteSource | undefined }): string {
  const { pageTitle, url, consulted, source } = options;
  const date = formatDate(consulted);
  if (!source) return `Onderwijsmonitor. ${pageTitle}. Geraadpleegd op ${date}, van ${url}`;
  const author = source.publisher === 'niet vermeld' ? source.title : source.publisher;
  const work = source.publisher === 'niet vermeld' || pageTitle === source.title ? '' : ` ${source.title}.`;
  return `${author} (${String(source.year)}).${work} ${pageTitle}. Onderwijsmonitor. Geraadpleegd op ${date}, van ${url}`;
}
