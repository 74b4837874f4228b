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
