/**
 * The schema of the docs collection: Starlight's frontmatter merged with the union
 * of our page kinds. Used by the content collection and by the content checker, so
 * both judge a page the same way.
 */
import { docsSchema } from '@astrojs/starlight/schema';
import type { z } from 'astro/zod';
import { pageSchemaUnion, type Vocabulary } from './pages.ts';
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

/** Starlight's docs schema extended with our page kinds. */
export function docsPageSchema(vocab: Vocabulary) {
  return docsSchema({ extend: pageSchemaUnion(vocab) });
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
