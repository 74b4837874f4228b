/**
 * The text side of search, without the browser: which words of a query count, what
 * counts as a figure, and which part of a page answers a query (the excerpt a result
 * shows). Used by src/scripts/search.ts and by the tests.
 */

/** Pagefind's data for one result (the fields this site uses). */
export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text: string; location: number };
  locations: number[];
  weighted_locations?: PagefindWeightedLocation[];
}
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
  /** The page's text, with < and > escaped (what Pagefind builds its excerpts from). */
  raw_content?: string;
  anchors?: PagefindAnchor[];
  weighted_locations?: PagefindWeightedLocation[];
}
/**
 * Question and function words that say nothing about what a reader looks for
 * ("hoeveel leerlingen blijven zitten"): left out of a query that has other words.
 */
const STOP_WORDS = new Set(
  'de het een en of van in op te met voor aan bij naar over om uit is zijn was waren er die dat dit deze hoe hoeveel wat welke wie waar wanneer waarom hebben heeft had worden wordt werd door ook nog als dan al veel zich'.split(
    ' ',
  ),
);

/** The words of a query that count, in order, without repeats. */
export function queryWords(query: string): string[] {
  const words = [...new Set(query.split(/\s+/).filter((w) => w.length > 0))];
  const meaningful = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  return meaningful.length > 0 ? meaningful : words;
}

/** What a result shows: the section that answers best (none: the top of the page) and an excerpt from it. */
export interface Answer {
  section?: { title: string; url: string } | undefined;
  excerpt: string;
}

/** Pagefind's word boundaries (as in its own excerpts). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;
const UNIT_WORDS = new Set(['procent', 'procentpunt', 'fte', 'miljoen', 'miljard', 'euro', 'keer', 'dagen', 'jaar']);

/** Whether a word (with the next one) is a figure: "24%", "9.800", "6,03", "143 miljoen"; not a year. */
export function isFigure(word: string, next = ''): boolean {
  const w = word.replace(/^[(“"'€]+/, '');
  if (/^\d[\d.,]*%/.test(w)) return true;
  if (/^\d{1,3}(\.\d{3})+\b/.test(w)) return true;
  if (/^\d+,\d+/.test(w)) return true;
  return /^\d+[.,;:)]?$/.test(w) && UNIT_WORDS.has(next.toLowerCase().replace(/[.,;:)]$/, ''));
}

/**
 * The part of the page that answers the query: of every section with a match, the
 * window of words with the most weight of matches, counted double when it holds a
 * figure. Pagefind's own excerpts centre on the densest matches, often a heading; a
 * reader asking "hoeveel" wants the figure next to them.
 */
/** A text that is a list of keywords or links rather than a sentence: many short comma-separated items. */
export function isKeywordList(text: string): boolean {
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 6) return false;
  const words = parts.map((p) => p.split(/\s+/).length);
  return words.reduce((a, b) => a + b, 0) / parts.length <= 3;
}

export function answer(d: PagefindResultData, length: number, terms: readonly string[] = []): Answer {
  const words = d.raw_content?.split(WORD_SEPARATORS) ?? [];
  if (words.length === 0 || !d.weighted_locations?.length) return { excerpt: d.excerpt };
  const scoreAt = new Map<number, number>();
  for (const m of d.weighted_locations) scoreAt.set(m.location, (scoreAt.get(m.location) ?? 0) + m.balanced_score);
  // The matches in order, each with the query word it is (Pagefind also matches stems and prefixes).
  const stems = terms.map((t) => fold(t).slice(0, Math.max(3, t.length - 2)));
  const locations = [...scoreAt.keys()].sort((a, b) => a - b);
  const termBit = locations.map((location) => {
    const w = fold(words[location] ?? '');
    const i = stems.findIndex((stem) => w.startsWith(stem) || w.includes(stem));
    return i < 0 ? 1 << 30 : 1 << Math.min(i, 29);
  });
  // Whether a word is a figure, worked out only for words near a match.
  const figureCache = new Int8Array(words.length).fill(-1);
  const figureAt = (i: number) => {
    if (figureCache[i] === -1) figureCache[i] = isFigure(words[i] ?? '', words[i + 1]) ? 1 : 0;
    return figureCache[i] === 1;
  };
  // The sections as Pagefind makes them: from one heading with an id to the next.
  const anchors = (d.anchors ?? [])
    .filter((a) => (a.title && /\S/.test(a.title)) || (/h\d/i.test(a.element) && a.text && /\S/.test(a.text)))
    .sort((a, b) => a.location - b.location);
  const ranges: { from: number; to: number; anchor: PagefindAnchor | undefined }[] = [];
  let from = 0;
  let current: PagefindAnchor | undefined;
  for (const a of anchors) {
    ranges.push({ from, to: a.location, anchor: current });
    from = a.location;
    current = a;
  }
  ranges.push({ from, to: words.length, anchor: current });
  const rangeOf = (location: number) => ranges.find((r) => location >= r.from && location < r.to) ?? ranges[ranges.length - 1];
  let best = { score: 0, start: 0, end: Math.min(length, words.length), range: ranges[0] };
  let first = 0; // the first match at or after a window's start
  let next = 0; // the first start not yet scored: each window is scored once
  for (const m of locations) {
    const range = rangeOf(m);
    if (!range) continue;
    // Every window of the section that holds this match.
    for (let start = Math.max(range.from, m - length + 1, next); start <= m; start++) {
      next = start + 1;
      const end = Math.min(start + length, range.to);
      while (first < locations.length && (locations[first] ?? 0) < start) first++;
      let matched = 0;
      let bits = 0;
      for (let k = first; k < locations.length && (locations[k] ?? end) < end; k++) {
        matched += scoreAt.get(locations[k] ?? 0) ?? 0;
        bits |= termBit[k] ?? 0;
      }
      let distinct = 0;
      for (let b = bits; b; b &= b - 1) distinct++;
      // Headings weigh several times more than text in Pagefind; the square root keeps a
      // heading from outweighing a sentence that holds more of the query's words.
      const plain = Math.sqrt(matched) * distinct ** 2;
      if (plain * 2 <= best.score) continue; // even with a figure it would not win
      let figure = false;
      for (let i = start; i < end && !figure; i++) figure = figureAt(i);
      let score = figure ? plain * 2 : plain;
      // A list of links or keywords answers nothing: any sentence beats it.
      if (score > best.score && isKeywordList(words.slice(start, end).join(' '))) score /= 4;
      if (score > best.score) best = { score, start, end, range };
    }
  }
  if (best.score === 0) return { excerpt: d.excerpt };
  // A figure at the very end of the window comes whole: "€ 143" with its "miljoen".
  const limit = Math.min(best.range?.to ?? words.length, words.length);
  while (best.end < limit && best.end - best.start < length + 3 && (figureAt(best.end - 1) || figureAt(best.end - 2))) best.end++;
  const shown = words.slice(best.start, best.end).map((w, i) => (scoreAt.has(best.start + i) ? `<mark>${w}</mark>` : w));
  const anchor = best.range?.anchor;
  const section =
    anchor && anchor.id !== '_top'
      ? { title: anchor.title ?? anchor.text ?? '', url: `${d.url.replace(/#.*$/, '')}#${anchor.id}` }
      : undefined;
  return {
    section,
    excerpt: `${best.start > (best.range?.from ?? 0) ? '… ' : ''}${shown.join(' ')}${best.end < (best.range?.to ?? 0) ? ' …' : ''}`,
  };
}

/** Lower case, without accents and punctuation: how a word in the text is compared with a query word. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
