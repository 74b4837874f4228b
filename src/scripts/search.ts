/**
 * The site's one search, used by the search page (/zoeken/) and the search dialog in
 * the header: Pagefind's JavaScript API with the shared ranking, results that show
 * kind, status, target and latest figure, the best section of a page (its heading
 * links to the section), and a fallback when not every word of the query occurs on
 * one page. On the search page the query and filters live in the URL; in the dialog
 * the query lives in the history entry, so Back returns to the same results.
 */
import { EXCERPT_LENGTH, SEARCH_FILTER_NAMES, SEARCH_RANKING, TOPIC_KIND } from '../lib/domain/search-config.ts';
import { answer, queryWords, type PagefindResultData } from '../lib/domain/search-text.ts';
import { PAGEFIND_SCRIPT } from '../lib/domain/urls.ts';

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
  note?: string | undefined;
  /** The words the results are for, when not all of the query's words are. */
  words?: string[] | undefined;
}

const PAGE_SIZE = 10;

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
    const pf = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}${PAGEFIND_SCRIPT}`)) as Pagefind;
    await pf.options({ excerptLength: EXCERPT_LENGTH, baseUrl: import.meta.env.BASE_URL, ranking: SEARCH_RANKING });
    await pf.init();
    return pf;
  })();
  return pagefind;
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
  if (words.length < 2) {
    const one = await pf.search(words.join(' ') || null, { filters });
    return { results: one.results, counts: one.filters };
  }
  // Each word on its own too, at the same time: a word that occurs nowhere is left out, and said so.
  const [whole, ...each] = await Promise.all([pf.search(words.join(' '), { filters }), ...words.map((w) => pf.search(w, { filters }))]);
  const kept = words.filter((_, i) => (each[i]?.results.length ?? 0) > 0);
  const keptEach = each.filter((s) => s.results.length > 0);
  if (kept.length === 0) return { results: [], counts: each[0]?.filters ?? {} };
  const quote = (list: string[]) => list.map((w) => `“${w}”`);
  const dropped = quote(words.filter((w) => !kept.includes(w)));
  const droppedNote =
    dropped.length > 0
      ? `Geen resultaten met alle woorden: ${dropped.join(' en ')} ${dropped.length === 1 ? 'komt' : 'komen'} op geen enkele pagina voor. Dit zijn de resultaten voor ${quote(kept).join(' ')}.`
      : undefined;
  const used = dropped.length > 0 ? kept : undefined;
  // Pagefind leaves out words it does not know itself; search the others only if it did not.
  const all =
    kept.length === 1 && keptEach[0]
      ? keptEach[0]
      : whole && (whole.results.length > 0 || dropped.length === 0)
        ? whole
        : await pf.search(kept.join(' '), { filters });
  if (all.results.length >= FEW || kept.length === 1) return { results: all.results, counts: all.filters, note: droppedNote, words: used };
  if (all.results.length > 0) {
    // A few pages have every word: those first, then pages with some of the words.
    const seen = new Set(all.results.map((r) => r.id));
    const rest = merge(keptEach).results.filter((r) => !seen.has(r.id));
    const partial = rest.length > 0 ? 'Na de resultaten met alle woorden volgen resultaten met een deel van de woorden.' : undefined;
    return {
      results: [...all.results, ...rest],
      counts: all.filters,
      note: [droppedNote, partial].filter(Boolean).join(' ') || undefined,
      words: used,
    };
  }
  // Every word occurs somewhere, but no page has them all: merge the results per word.
  return {
    ...merge(keptEach),
    note: `${droppedNote ? `${droppedNote} ` : ''}Geen pagina heeft ${dropped.length > 0 ? 'die woorden' : 'alle woorden'} samen. Dit zijn de resultaten voor de woorden apart: ${quote(kept).join(' ')}.`,
    words: used,
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

class OmSearch extends HTMLElement {
  #run = 0;
  #shown = PAGE_SIZE;
  #outcome: Outcome = { results: [], counts: {} };
  #topics: Promise<TopicEntry[]> | undefined;

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
    const asked = SEARCH_FILTER_NAMES.some((name) => params.has(name));
    if (filters instanceof HTMLDetailsElement && (asked || matchMedia('(min-width: 50rem)').matches)) filters.open = true;
    this.querySelectorAll<HTMLInputElement>('.search-filters input[type="checkbox"]').forEach((box) => {
      box.checked = params.getAll(box.name).includes(box.value);
      box.addEventListener('change', () => void this.update());
    });
    void this.update(false);
  }

  /**
   * The topics whose words a query may name: inline on /zoeken/ (data-topics), fetched
   * once from data-topics-src by the header dialog, so they are not in every page's HTML.
   * Without them a search still works, only without a topic page first.
   */
  topics(): Promise<TopicEntry[]> {
    const inline = this.dataset['topics'];
    const src = this.dataset['topicsSrc'];
    this.#topics ??= inline
      ? Promise.resolve(JSON.parse(inline) as TopicEntry[])
      : src
        ? fetch(src)
            .then((r) => (r.ok ? (r.json() as Promise<TopicEntry[]>) : []))
            .catch(() => [])
        : Promise.resolve([]);
    return this.#topics;
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
    void this.topics(); // fetched while Pagefind loads
    const pf = await loadPagefind();
    // Pagefind counts results per filter only once its filter data is loaded (the dialog has no filters).
    if (!this.#dialog) await pf.filters();
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
    const [data, topics] = await Promise.all([Promise.all(results.slice(0, this.#shown).map((r) => r.data())), this.topics()]);
    let page = data;
    if (run !== this.#run) return;
    // A query that names a topic ("tekort aan leraren" for Lerarentekort) puts that topic page first.
    const query = this.#input?.value.trim() ?? '';
    // After dropping words that occur nowhere, the words that are left name the topic.
    const normal = normalize(this.#outcome.words?.join(' ') ?? query);
    const topic = normal ? topics.find((t) => t.words.some((w) => normalize(w) === normal)) : undefined;
    const filtered = Object.keys(this.selected()).length > 0;
    if (topic && !filtered) {
      const url = `${base}${topic.url}`;
      const existing = page.find((d) => d.url === url);
      page = [
        existing ?? { url, excerpt: `Thema: ${topic.label}`, meta: { title: topic.label, soort: TOPIC_KIND } },
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

/** One result: title, what it is (kind, status, target, latest figure; a topic's headline figure), its best section and an excerpt. */
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
  // A topic's first headline figure (content/data/topics.yaml).
  add(d.meta['kerncijfer'] ? `Kerncijfer: ${d.meta['kerncijfer']}` : undefined, 'result-latest');
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

/** Lower case, single spaces: how queries and topic words are compared. */
function normalize(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

if (!customElements.get('om-search')) customElements.define('om-search', OmSearch);

declare global {
  interface HTMLElementTagNameMap {
    'om-search': OmSearch;
  }
}
