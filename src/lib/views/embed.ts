/**
 * Embeds: each indicator chart has a small page of its own (/embed/<akkoord>-<nummer>/,
 * further charts of the same indicator -2, -3 …) that other sites can show in an iframe.
 */
import type { IndicatorData, Page } from '../../schemas/index.ts';
import type { FigureView } from '../domain/series.ts';
import { embedPath } from '../domain/urls.ts';

/** The iframe code a reader copies to show a chart on another site. */
export function embedCode(url: string, title: string): string {
  const safe = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${url}" title="${safe}" width="100%" height="620" style="border:0" loading="lazy"></iframe>`;
}

/** The charts of an indicator that get an embed page, with their paths. */
export function embeddableViews(page: Page<IndicatorData>, views: readonly FigureView[]): { path: string; view: FigureView }[] {
  return views.filter((view) => view.chart).map((view, i) => ({ path: embedPath(page.data, i), view }));
}
