/**
 * The search page's behaviour: Pagefind's JavaScript API with filters, results
 * that show kind, status and latest figure, and the query and filters kept in the
 * URL so a search can be shared.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options?: { filters?: Record<string, { any: string[] }> }) => Promise<PagefindSearch>;
  preload: (query: string) => Promise<void>;
}

const PAGE_SIZE = 10;
const FILTER_NAMES = ['soort', 'document', 'sector', 'status', 'thema'];

interface TopicEntry {
  url: string;
  label: string;
  words: string[];
}

class OmSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #run = 0;
  #shown = PAGE_SIZE;
  #results: PagefindResult[] = [];
  #topics: TopicEntry[] = [];

  connectedCallback() {
    this.#topics = JSON.parse(this.dataset['topics'] ?? '[]') as TopicEntry[];
    const input = this.querySelector<HTMLInputElement>('#zoekterm');
    const form = this.querySelector('form');
    const params = new URLSearchParams(location.search);
    if (input) input.value = params.get('q') ?? '';
    form?.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.update();
    });
    input?.addEventListener('input', () => void this.update());
    this.querySelector('.clear-filters')?.addEventListener('click', () => {
      this.querySelectorAll<HTMLInputElement>('.search-filters input:checked').forEach((c) => (c.checked = false));
      void this.update();
    });
    this.querySelector('.more-results')?.addEventListener('click', () => {
      this.#shown += PAGE_SIZE;
      void this.render(this.#run);
    });
    // On a phone the filters are folded away, so the results come first on the screen
    // (unless the link asks for filters); on a wide screen they stay open beside them.
    const filters = this.querySelector('details.search-filters');
    const asked = FILTER_NAMES.some((name) => params.has(name));
    if (filters instanceof HTMLDetailsElement && !asked && !matchMedia('(min-width: 50rem)').matches) filters.open = false;
    void this.setup(params);
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pf.options({ excerptLength: 24, baseUrl: import.meta.env.BASE_URL });
      await pf.init();
      return pf;
    })();
    return this.#pagefind;
  }

  async setup(params: URLSearchParams) {
    // The filter boxes are in the page already; set the ones the URL asks for.
    this.querySelectorAll<HTMLInputElement>('.search-filters input[type="checkbox"]').forEach((box) => {
      box.checked = params.getAll(box.name).includes(box.value);
      box.addEventListener('change', () => void this.update());
    });
    await this.update(false);
  }

  selected(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    this.querySelectorAll<HTMLInputElement>('.search-filters input:checked').forEach((c) => {
      (out[c.name] ??= []).push(c.value);
    });
    return out;
  }

  async update(pushUrl = true) {
    const run = ++this.#run;
    this.#shown = PAGE_SIZE;
    const pf = await this.#load();
    const query = this.querySelector<HTMLInputElement>('#zoekterm')?.value.trim() ?? '';
    const selected = this.selected();
    const filters = Object.fromEntries(Object.entries(selected).map(([k, v]) => [k, { any: v }]));
    if (pushUrl) {
      const params = new URLSearchParams();
      if (query) params.set('q', query);
      for (const [k, values] of Object.entries(selected)) for (const v of values) params.append(k, v);
      const qs = params.toString();
      history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
    }
    const hasFilters = Object.keys(selected).length > 0;
    if (!query && !hasFilters) {
      this.#results = [];
      this.setStatus('Typ een zoekterm of kies een filter.');
      this.querySelector('.search-results')?.replaceChildren();
      this.querySelector<HTMLButtonElement>('.more-results')?.setAttribute('hidden', '');
      this.setCounts((await pf.filters()) ?? {});
      return;
    }
    const search = await pf.search(query || null, { filters });
    if (run !== this.#run) return; // a newer keystroke superseded this one
    this.#results = search.results;
    this.setCounts(search.filters);
    await this.render(run);
  }

  setCounts(counts: Record<string, Record<string, number>>) {
    this.querySelectorAll<HTMLElement>('.search-filters .count').forEach((el) => {
      const name = el.closest('fieldset')?.getAttribute('data-filter') ?? '';
      el.textContent = `(${String(counts[name]?.[el.dataset['value'] ?? ''] ?? 0)})`;
    });
  }

  setStatus(text: string) {
    const status = this.querySelector('.search-status');
    if (status) status.textContent = text;
  }

  async render(run: number) {
    const list = this.querySelector('.search-results');
    const more = this.querySelector<HTMLButtonElement>('.more-results');
    if (!list) return;
    let page = await Promise.all(this.#results.slice(0, this.#shown).map((r) => r.data()));
    if (run !== this.#run) return;
    // A query that names a topic ("tekort aan leraren" for Lerarentekort) puts that topic page first.
    const query = normalize(this.querySelector<HTMLInputElement>('#zoekterm')?.value ?? '');
    const topic = query ? this.#topics.find((t) => t.words.some((w) => normalize(w) === query)) : undefined;
    const filtered = Object.keys(this.selected()).length > 0;
    if (topic && !filtered) {
      const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${topic.url}`;
      const existing = page.find((d) => d.url === url);
      page = [
        existing ?? { url, excerpt: `Thema: ${topic.label}`, meta: { title: topic.label, soort: 'thema' } },
        ...page.filter((d) => d.url !== url),
      ];
    }
    const n = this.#results.length;
    this.setStatus(
      n === 0 ? 'Geen resultaten. Probeer een ander woord of minder filters.' : `${String(n)} ${n === 1 ? 'resultaat' : 'resultaten'}`,
    );
    list.replaceChildren(...page.map((d) => this.item(d)));
    // What these results are for: lets tests and the benchmark see when a query's results are shown.
    list.setAttribute('data-query', this.querySelector<HTMLInputElement>('#zoekterm')?.value.trim() ?? '');
    if (more) more.hidden = n <= this.#shown;
  }

  item(d: PagefindResultData): HTMLLIElement {
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
    add(d.meta['soort'], 'result-kind');
    add(d.meta['nummer'], 'result-number');
    add(d.meta['status'] ? `Status: ${d.meta['status']}` : undefined, 'result-status');
    add(d.meta['laatste'] ? `Laatste cijfer: ${d.meta['laatste']}` : undefined, 'result-latest');
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    // Pagefind's excerpt is our own page text with <mark> around the matches.
    excerpt.innerHTML = d.excerpt;
    li.append(a, meta, excerpt);
    return li;
  }
}

/** Lower case, single spaces: how queries and topic words are compared. */
function normalize(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

customElements.define('om-search', OmSearch);
