/**
 * The site's one search, used by the search page (/zoeken/) and the search dialog in
 * the header: Pagefind's JavaScript API with the shared ranking, results that show
 * kind, status, target and latest figure, the best section of a page (its heading
 * links to the section), and a fallback when not every word of the query occurs on
 * one page. On the search page the query and filters live in the URL; in the dialog
 * the query lives in the history entry, so Back returns to the same results.
 */
import { EXCERPT_LENGTH, SEARCH_RANKING } from '../lib/search-config.ts';

interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text: string; location: number };
  locations: number[];
  weighted_locations?: PagefindWeightedLocation[];
}
interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
  /** The page's text, with < and > escaped (what Pagefind builds its excerpts from). */
  raw_content?: string;
  anchors?: PagefindAnchor[];
  weighted_locations?: PagefindWeightedLocation[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options?: { filters?: Filters }) => Promise<PagefindSearch>;
}

/** What a query found, and what the results say about it when not every word matched. */
interface Outcome {
  results: PagefindResult[];
  counts: Record<string, Record<string, number>>;
  note?: string;
}

const PAGE_SIZE = 10;
const FILTER_NAMES = ['soort', 'document', 'sector', 'status', 'thema'];

interface TopicEntry {
  url: string;
  label: string;
  words: string[];
}

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
let pagefind: Promise<Pagefind> | undefined;

/** Pagefind, loaded once per page on first use, with the one shared configuration. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}/pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ excerptLength: EXCERPT_LENGTH, baseUrl: import.meta.env.BASE_URL, ranking: SEARCH_RANKING });
    await pf.init();
    return pf;
  })();
  return pagefind;
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

/** Fewer results than this with all words: results with some of the words follow. */
const FEW = 3;

/**
 * Searches for the query; when no page has every word (Pagefind needs all of them),
 * drops the words that occur nowhere, and when that still finds nothing, searches each
 * word on its own and merges the results, best total score first.
 */
async function find(pf: Pagefind, query: string, filters: Filters): Promise<Outcome> {
  const words = queryWords(query);
  const all = await pf.search(words.join(' ') || null, { filters });
  if (all.results.length >= FEW || words.length < 2) return { results: all.results, counts: all.filters };
  const each = await Promise.all(words.map((w) => pf.search(w, { filters })));
  const kept = words.filter((_, i) => (each[i]?.results.length ?? 0) > 0);
  if (kept.length === 0) return { results: [], counts: all.filters };
  const keptText = kept.map((w) => `“${w}”`).join(' ');
  if (all.results.length > 0) {
    // A few pages have every word: those first, then pages with some of the words.
    const seen = new Set(all.results.map((r) => r.id));
    const rest = merge(each).results.filter((r) => !seen.has(r.id));
    return {
      results: [...all.results, ...rest],
      counts: all.filters,
      note: rest.length > 0 ? 'Na de resultaten met alle woorden volgen resultaten met een deel van de woorden.' : undefined,
    };
  }
  if (kept.length < words.length) {
    const some = kept.length === 1 ? each[words.indexOf(kept[0] ?? '')] : await pf.search(kept.join(' '), { filters });
    if (some && some.results.length > 0) {
      const dropped = words.filter((w) => !kept.includes(w)).map((w) => `“${w}”`);
      return {
        results: some.results,
        counts: some.filters,
        note: `Geen resultaten met alle woorden: ${dropped.join(' en ')} ${dropped.length === 1 ? 'komt' : 'komen'} op geen enkele pagina voor. Dit zijn de resultaten voor ${keptText}.`,
      };
    }
  }
  // Every word occurs somewhere, but no page has them all: merge the results per word.
  return {
    ...merge(each),
    note: `Geen pagina heeft alle woorden. Dit zijn de resultaten voor de woorden apart: ${keptText}.`,
  };
}

/** Results of several searches as one list: a page found by more words, with more weight, first. */
function merge(searches: PagefindSearch[]): { results: PagefindResult[]; counts: Record<string, Record<string, number>> } {
  const merged = new Map<string, { result: PagefindResult; score: number }>();
  const counts: Record<string, Record<string, number>> = {};
  for (const s of searches) {
    for (const r of s.results) {
      const known = merged.get(r.id);
      merged.set(r.id, { result: r, score: (known?.score ?? 0) + r.score });
    }
    for (const [name, values] of Object.entries(s.filters)) {
      const target = (counts[name] ??= {});
      for (const [value, n] of Object.entries(values)) target[value] = Math.max(target[value] ?? 0, n);
    }
  }
  return { results: [...merged.values()].sort((a, b) => b.score - a.score).map((m) => m.result), counts };
}

/** What a result shows: the section that answers best (none: the top of the page) and an excerpt from it. */
export interface Answer {
  section?: { title: string; url: string };
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
export function answer(d: PagefindResultData, length: number, terms: readonly string[] = []): Answer {
  const words = d.raw_content?.split(WORD_SEPARATORS) ?? [];
  const matches = d.weighted_locations ?? [];
  if (words.length === 0 || matches.length === 0) return { excerpt: d.excerpt };
  const scoreAt = new Map<number, number>();
  for (const m of matches) scoreAt.set(m.location, (scoreAt.get(m.location) ?? 0) + m.balanced_score);
  // Which query word each match is (Pagefind also matches on stems and prefixes).
  const stems = terms.map((t) => fold(t).slice(0, Math.max(3, t.length - 2)));
  const termAt = new Map<number, number>();
  for (const location of scoreAt.keys()) {
    const w = fold(words[location] ?? '');
    const i = stems.findIndex((stem) => w.startsWith(stem) || w.includes(stem));
    termAt.set(location, i);
  }
  const figureAt = words.map((w, i) => isFigure(w, words[i + 1]));
  // The sections as Pagefind makes them: from one heading with an id to the next.
  const anchors = (d.anchors ?? [])
    .filter((a) => (a.title && /\S/.test(a.title)) || (/h\d/i.test(a.element) && a.text && /\S/.test(a.text)))
    .sort((a, b) => a.location - b.location);
  const ranges: { from: number; to: number; anchor?: PagefindAnchor }[] = [];
  let from = 0;
  let current: PagefindAnchor | undefined;
  for (const a of anchors) {
    ranges.push({ from, to: a.location, anchor: current });
    from = a.location;
    current = a;
  }
  ranges.push({ from, to: words.length, anchor: current });
  // Running sums, so every window is scored in constant time.
  const scoreSum = [0];
  const figureSum = [0];
  for (let i = 0; i < words.length; i++) {
    scoreSum.push((scoreSum[i] ?? 0) + (scoreAt.get(i) ?? 0));
    figureSum.push((figureSum[i] ?? 0) + (figureAt[i] ? 1 : 0));
  }
  // Per query word (and one for matches of no query word), running counts of its matches.
  const termSums = [...stems.map((_, i) => i), -1].map((t) => {
    const sums = [0];
    for (let i = 0; i < words.length; i++) sums.push((sums[i] ?? 0) + (termAt.get(i) === t ? 1 : 0));
    return sums;
  });
  /** How many different query words a window holds (a window with all of them answers best). */
  const distinct = (start: number, end: number) => termSums.filter((sums) => (sums[end] ?? 0) > (sums[start] ?? 0)).length;
  let best = { score: 0, start: 0, end: Math.min(length, words.length), range: ranges[0] };
  for (const range of ranges) {
    for (let start = range.from; start < Math.max(range.from + 1, range.to - length + 1); start++) {
      const end = Math.min(start + length, range.to);
      const matched = (scoreSum[end] ?? 0) - (scoreSum[start] ?? 0);
      if (matched === 0) continue;
      const figure = (figureSum[end] ?? 0) > (figureSum[start] ?? 0);
      // Headings weigh several times more than text in Pagefind; the square root keeps a
      // heading from outweighing a sentence that holds more of the query's words.
      const score = Math.sqrt(matched) * (figure ? 2 : 1) * distinct(start, end) ** 2;
      if (score > best.score) best = { score, start, end, range };
    }
  }
  if (best.score === 0) return { excerpt: d.excerpt };
  // A figure at the very end of the window comes whole: "€ 143" with its "miljoen".
  const limit = Math.min(best.range?.to ?? words.length, words.length);
  while (best.end < limit && best.end - best.start < length + 3 && figureAt.slice(best.end - 2, best.end).some(Boolean)) best.end++;
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

class OmSearch extends HTMLElement {
  #run = 0;
  #shown = PAGE_SIZE;
  #outcome: Outcome = { results: [], counts: {} };
  #topics: TopicEntry[] = [];

  get #dialog(): boolean {
    return this.dataset['mode'] === 'dialog';
  }
  #part<T extends Element = HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-part="${name}"]`);
  }
  get #input(): HTMLInputElement | null {
    return this.#part<HTMLInputElement>('input');
  }

  connectedCallback() {
    this.#topics = JSON.parse(this.dataset['topics'] ?? '[]') as TopicEntry[];
    const input = this.#input;
    this.querySelector('form')?.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.update();
    });
    input?.addEventListener('input', () => void this.update());
    this.#part('clear')?.addEventListener('click', () => {
      this.querySelectorAll<HTMLInputElement>('.search-filters input:checked').forEach((c) => (c.checked = false));
      void this.update();
    });
    this.#part('more')?.addEventListener('click', () => {
      this.#shown += PAGE_SIZE;
      void this.render(this.#run);
    });
    if (this.#dialog) {
      // Back to this page: the history entry remembers the query typed in the dialog.
      window.addEventListener('pageshow', () => this.restore());
      return;
    }
    const params = new URLSearchParams(location.search);
    if (input) input.value = params.get('q') ?? '';
    // On a phone the filters stay folded away, so the results come first on the screen
    // (unless the link asks for filters); on a wide screen they open beside them.
    const filters = this.querySelector('details.search-filters');
    const asked = FILTER_NAMES.some((name) => params.has(name));
    if (filters instanceof HTMLDetailsElement && (asked || matchMedia('(min-width: 50rem)').matches)) filters.open = true;
    this.querySelectorAll<HTMLInputElement>('.search-filters input[type="checkbox"]').forEach((box) => {
      box.checked = params.getAll(box.name).includes(box.value);
      box.addEventListener('change', () => void this.update());
    });
    void this.update(false);
  }

  /** The dialog's query from the history entry, shown again with its results. */
  restore() {
    const state = history.state as { omSearch?: string } | null;
    const query = state?.omSearch;
    const input = this.#input;
    if (!query || !input) return;
    input.value = query;
    this.dispatchEvent(new CustomEvent('om-search-restore', { bubbles: true }));
    void this.update(false);
  }

  selected(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    this.querySelectorAll<HTMLInputElement>('.search-filters input:checked').forEach((c) => {
      (out[c.name] ??= []).push(c.value);
    });
    return out;
  }

  async update(remember = true) {
    const run = ++this.#run;
    this.#shown = PAGE_SIZE;
    const query = this.#input?.value.trim() ?? '';
    const selected = this.selected();
    if (remember) this.remember(query, selected);
    const hasFilters = Object.keys(selected).length > 0;
    if (!query && !hasFilters) {
      this.#outcome = { results: [], counts: {} };
      this.setStatus(this.#dialog ? '' : 'Typ een zoekterm of kies een filter.');
      this.#part('results')?.replaceChildren();
      this.#part('more')?.setAttribute('hidden', '');
      if (!this.#dialog) this.setCounts((await (await loadPagefind()).filters()) ?? {});
      return;
    }
    const pf = await loadPagefind();
    const filters = Object.fromEntries(Object.entries(selected).map(([k, v]) => [k, { any: v }]));
    const outcome = await find(pf, query, filters);
    if (run !== this.#run) return; // a newer keystroke superseded this one
    this.#outcome = outcome;
    this.setCounts(outcome.counts);
    await this.render(run);
  }

  /** Keeps the search in the URL (search page) or in the history entry (dialog). */
  remember(query: string, selected: Record<string, string[]>) {
    if (this.#dialog) {
      history.replaceState({ ...(history.state as object | null), omSearch: query }, '');
      return;
    }
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [k, values] of Object.entries(selected)) for (const v of values) params.append(k, v);
    const qs = params.toString();
    history.replaceState(history.state, '', qs ? `?${qs}` : location.pathname);
  }

  /** Filter counts; an option with no results is hidden unless it is checked. */
  setCounts(counts: Record<string, Record<string, number>>) {
    this.querySelectorAll<HTMLElement>('.search-filters .count').forEach((el) => {
      const name = el.closest('fieldset')?.getAttribute('data-filter') ?? '';
      const n = counts[name]?.[el.dataset['value'] ?? ''] ?? 0;
      el.textContent = `(${String(n)})`;
      const label = el.closest('label');
      const box = label?.querySelector('input');
      if (label) label.hidden = n === 0 && !box?.checked;
    });
    this.dataset['ready'] = '';
  }

  setStatus(text: string) {
    const status = this.#part('status');
    if (status) status.textContent = text;
  }

  async render(run: number) {
    const list = this.#part('results');
    const more = this.#part<HTMLButtonElement>('more');
    if (!list) return;
    const { results, note } = this.#outcome;
    let page = await Promise.all(results.slice(0, this.#shown).map((r) => r.data()));
    if (run !== this.#run) return;
    // A query that names a topic ("tekort aan leraren" for Lerarentekort) puts that topic page first.
    const query = this.#input?.value.trim() ?? '';
    const normal = normalize(query);
    const topic = normal ? this.#topics.find((t) => t.words.some((w) => normalize(w) === normal)) : undefined;
    const filtered = Object.keys(this.selected()).length > 0;
    if (topic && !filtered) {
      const url = `${base}${topic.url}`;
      const existing = page.find((d) => d.url === url);
      page = [
        existing ?? { url, excerpt: `Thema: ${topic.label}`, meta: { title: topic.label, soort: 'thema' } },
        ...page.filter((d) => d.url !== url),
      ];
    }
    const n = results.length;
    const count =
      n === 0 ? 'Geen resultaten. Probeer een ander woord of minder filters.' : `${String(n)} ${n === 1 ? 'resultaat' : 'resultaten'}`;
    this.setStatus(note && n > 0 ? `${count}. ${note}` : count);
    const terms = queryWords(query);
    list.replaceChildren(...page.map((d) => item(d, terms)));
    // What these results are for: lets tests and the benchmark see when a query's results are shown.
    list.setAttribute('data-query', query);
    if (more) more.hidden = n <= this.#shown;
  }
}

/** One result: title, what it is (kind, status, target, latest figure), its best section and an excerpt. */
function item(d: PagefindResultData, terms: readonly string[]): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = d.url;
  a.className = 'result-title';
  a.textContent = d.meta['title'] ?? d.url;
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  const add = (text: string | undefined, cls: string) => {
    if (!text) return;
    const span = document.createElement('span');
    span.className = cls;
    span.textContent = text;
    meta.append(span);
  };
  // "Hoofdstuk 5" says the kind already.
  const number = d.meta['nummer'];
  if (!number?.toLowerCase().startsWith(d.meta['soort'] ?? '-')) add(d.meta['soort'], 'result-kind');
  add(d.meta['nummer'], 'result-number');
  add(d.meta['status'] ? `Status: ${d.meta['status']}` : undefined, 'result-status');
  add(d.meta['doel'] ? `Doel: ${d.meta['doel']}` : undefined, 'result-target');
  add(d.meta['laatste'] ? `Laatste cijfer: ${d.meta['laatste']}` : undefined, 'result-latest');
  li.append(a);
  if (meta.childElementCount) li.append(meta);
  const { section, excerpt: html } = answer(d, EXCERPT_LENGTH, terms);
  if (section) {
    const link = document.createElement('a');
    link.href = section.url;
    link.className = 'result-section';
    link.textContent = section.title;
    li.append(link);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  // Our own page text as Pagefind holds it (with < and > escaped), with <mark> around the matches.
  excerpt.innerHTML = html;
  li.append(excerpt);
  return li;
}

/** Lower case, without accents and punctuation: how a word in the text is compared with a query word. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Lower case, single spaces: how queries and topic words are compared. */
function normalize(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

if (!customElements.get('om-search')) customElements.define('om-search', OmSearch);
