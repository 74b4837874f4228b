/**
 * The schema of the docs collection: Starlight's frontmatter merged with the union
 * of our page kinds. Used by the content collection and by the content checker, so
 * both judge a page the same way.
 */
import { docsSchema } from '@astrojs/starlight/schema';
import type { z } from 'astro/zod';
import { pageSchemaUnion, type Vocabulary } from './pages.ts';
import { NO_ANGLE_BRACKETS } from './fields.ts';
import type {
  agreementSchema,
  ambitionSchema,
  chapterSchema,
  documentSchema,
  glossarySchema,
  indicatorSchema,
  pageSchema,
  portraitSchema,
  reportSchema,
  targetSchema,
} from './pages.ts';

export type { Vocabulary } from './pages.ts';

/** Starlight's docs schema extended with our page kinds, without the fields that could put code or links in every page. */
export function docsPageSchema(vocab: Vocabulary) {
  const schema = docsSchema({ extend: pageSchemaUnion(vocab) });
  return (context: Parameters<typeof schema>[0]) => schema(context).superRefine(guardStarlightFields);
}

/**
 * Starlight's frontmatter lets a page add tags to its <head>, an HTML banner, hero
 * buttons with any link, an edit link, and HTML attributes on its sidebar entry (which
 * appears on every page). A page here needs none of that: these fields are refused,
 * or restricted to the harmless values the site uses.
 */
export function guardStarlightFields(data: Record<string, unknown>, ctx: z.core.$RefinementCtx): void {
  const refuse = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, input: undefined, message });
  const set = (v: unknown) => v !== undefined && v !== null;
  if (Array.isArray(data['head']) && data['head'].length)
    refuse(['head'], '"head" is niet toegestaan: een pagina voegt geen tags aan de kop toe; haal het veld weg');
  if (set(data['banner'])) refuse(['banner'], '"banner" is niet toegestaan (de tekst is HTML); haal het veld weg');
  if (typeof data['editUrl'] === 'string')
    refuse(['editUrl'], '"editUrl" is niet toegestaan: de bewerklink maakt de site zelf; haal het veld weg');
  if (set(data['slug']))
    refuse(['slug'], '"slug" is niet toegestaan: het adres van een pagina volgt uit de bestandsnaam; hernoem het bestand');
  const sidebar = data['sidebar'] as Record<string, unknown> | undefined;
  if (sidebar?.['attrs'] && Object.keys(sidebar['attrs'] as object).length)
    refuse(['sidebar', 'attrs'], '"sidebar.attrs" is niet toegestaan (HTML-attributen in het menu van elke pagina); haal het veld weg');
  if (sidebar?.['badge'] !== undefined) refuse(['sidebar', 'badge'], '"sidebar.badge" wordt niet gebruikt; haal het veld weg');
  const hero = data['hero'] as Record<string, unknown> | undefined;
  if (hero) {
    for (const key of Object.keys(hero))
      if (!['tagline', 'title'].includes(key) && set(hero[key]) && !(Array.isArray(hero[key]) && !hero[key].length))
        refuse(
          ['hero', key],
          `"hero.${key}" is niet toegestaan; de startpagina heeft alleen "hero.tagline" (en eventueel "hero.title"), als tekst`,
        );
    if (data['type'] !== 'home') refuse(['hero'], '"hero" hoort alleen op de startpagina (type: home); haal het veld weg');
    // Starlight puts the hero's title (the page title if it has none) and tagline in the page as HTML.
    for (const path of [['title'], ['hero', 'title'], ['hero', 'tagline']] as const) {
      const value = path.length === 1 ? data['title'] : hero[path[1]];
      if (typeof value === 'string' && /[<>&]/.test(value))
        refuse(
          [...path],
          `op de startpagina wordt "${path.join('.')}" als HTML getoond: schrijf gewone tekst, zonder <, > of & (schrijf "en" voor &)`,
        );
    }
  }
  // Starlight writes the title into <title> as HTML (src/route-data.ts escapes it; this says why).
  if (!hero && typeof data['title'] === 'string' && /[<>]/.test(data['title'])) refuse(['title'], NO_ANGLE_BRACKETS('title'));
  for (const key of ['prev', 'next'] as const) {
    const v = data[key];
    if (v !== undefined && typeof v !== 'boolean')
      refuse([key], `"${key}" mag alleen true of false zijn; een eigen link of tekst is niet toegestaan`);
  }
  if (data['lastUpdated'] !== undefined)
    refuse(['lastUpdated'], '"lastUpdated" is niet toegestaan: de datum komt uit de geschiedenis van het bestand; haal het veld weg');
}

/** Fields Starlight adds to every page, as far as our code reads them. */
interface StarlightFields {
  title: string;
  description?: string | undefined;
  sidebar?: { order?: number | undefined; label?: string | undefined; hidden?: boolean } | undefined;
  template?: 'doc' | 'splash';
}

type Out<F extends (v: Vocabulary) => z.ZodType> = z.output<ReturnType<F>> & StarlightFields;
export type AgreementData = Out<typeof agreementSchema>;
export type AmbitionData = Out<typeof ambitionSchema>;
export type IndicatorData = Out<typeof indicatorSchema>;
export type ReportData = Out<typeof reportSchema>;
export type ChapterData = Out<typeof chapterSchema>;
export type PortraitData = Out<typeof portraitSchema>;
export type GlossaryData = Out<typeof glossarySchema>;
export type DocumentData = Out<typeof documentSchema>;
export type PlainPageData = Out<typeof pageSchema>;
export type Target = z.output<ReturnType<typeof targetSchema>>;

/** The data of any page, discriminated on `type`. */
export type PageData =
  AgreementData | AmbitionData | IndicatorData | ReportData | ChapterData | PortraitData | GlossaryData | DocumentData | PlainPageData;

/** A page as the site code sees it: its id (the URL path), its file and its data. */
export interface Page<D extends PageData = PageData> {
  id: string;
  filePath?: string | undefined;
  data: D;
}
