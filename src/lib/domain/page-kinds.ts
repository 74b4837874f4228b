/**
 * Type guards per page kind. A page's data is a union discriminated on `type`, but a
 * check on `page.data.type` narrows only the data, not the page: these guards narrow
 * the page itself, so code can pass it on as `Page<IndicatorData>` without a cast.
 */
import type {
  AgreementData,
  AmbitionData,
  ChapterData,
  DocumentData,
  GlossaryData,
  IndicatorData,
  Page,
  PageData,
  PlainPageData,
  PortraitData,
  ReportData,
} from '../../schemas/index.ts';

/** A page kind: the `type` in the frontmatter. */
export type PageKind = PageData['type'];

/** The data of pages of kind K ("home" and "page" share one schema, so this narrows its `type` as well). */
export type DataOf<K extends PageKind> = PageData extends infer D
  ? D extends PageData
    ? K & D['type'] extends never
      ? never
      : D & { type: K & D['type'] }
    : never
  : never;

/** A page of kind K. */
export type PageOf<K extends PageKind> = Page<DataOf<K>>;

/** Whether a page is of one of the given kinds. */
export function isKind<K extends PageKind>(page: Page | undefined, ...kinds: readonly K[]): page is PageOf<K> {
  return page !== undefined && (kinds as readonly string[]).includes(page.data.type);
}

export const isAgreement = (page: Page | undefined): page is Page<AgreementData> => isKind(page, 'agreement');
export const isAmbition = (page: Page | undefined): page is Page<AmbitionData> => isKind(page, 'ambition');
export const isIndicator = (page: Page | undefined): page is Page<IndicatorData> => isKind(page, 'indicator');
export const isReport = (page: Page | undefined): page is Page<ReportData> => isKind(page, 'report');
export const isChapter = (page: Page | undefined): page is Page<ChapterData> => isKind(page, 'chapter');
export const isPortrait = (page: Page | undefined): page is Page<PortraitData> => isKind(page, 'portrait');
export const isGlossary = (page: Page | undefined): page is Page<GlossaryData> => isKind(page, 'glossary');
export const isDocument = (page: Page | undefined): page is Page<DocumentData> => isKind(page, 'document');
/** A plain page or the home page. */
export const isPlainPage = (page: Page | undefined): page is Page<PlainPageData> => isKind(page, 'page', 'home');
