/**
 * The one search configuration: the header search and /zoeken/ both pass these
 * options to Pagefind, so they rank alike. astro.config.mjs gives the ranking to
 * Starlight too (its `pagefind` option).
 */

/** Pagefind ranking (https://pagefind.app/docs/ranking/). */
export const SEARCH_RANKING = {
  // Short pages (an indicator) should not lose to long chapters only for their length.
  pageLength: 0.3,
  termFrequency: 1.0,
  termSaturation: 1.4,
  termSimilarity: 9.0,
  diacriticSimilarity: 0.8,
  /**
   * Metadata matches add to the body score. The title counts most; the page's own
   * keywords and its topics' names (`zoekwoorden`) next; other words for its topics
   * (`verwant`) a little, so the topic page itself ranks above pages that share it.
   */
  metaWeights: { title: 5.0, zoekwoorden: 3.0, verwant: 0.5 },
} as const;

/** Words of context around the best match in an excerpt. */
export const EXCERPT_LENGTH = 26;

/**
 * The search filters by what they filter on: the name a page gives Pagefind
 * (`data-pagefind-filter="soort:indicator"`), also the name in the address of the
 * search page (`/zoeken/?sector=po`). The pages (search-meta.ts), the search page and
 * the browser script all take them from here.
 */
export const SEARCH_FILTER = { kind: 'soort', document: 'document', sector: 'sector', status: 'status', topic: 'thema' } as const;

export type SearchFilterName = (typeof SEARCH_FILTER)[keyof typeof SEARCH_FILTER];

/** Every filter name, in the search page's order. */
export const SEARCH_FILTER_NAMES: readonly SearchFilterName[] = Object.values(SEARCH_FILTER);

/** The label of each filter on the search page. */
export const SEARCH_FILTER_LABELS: Readonly<Record<SearchFilterName, string>> = {
  soort: 'Soort pagina',
  document: 'Document',
  sector: 'Sector',
  status: 'Status (indicatoren)',
  thema: 'Thema',
};

/** The kind ("soort") of a topic page, which is not a content page and so has no page kind of its own. */
export const TOPIC_KIND = 'thema';
