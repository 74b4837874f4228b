/**
 * `npm run bench`: builds the site and prints, as a table and as JSON, what a reader
 * on a phone and an editor waiting for a build care about: build wall and CPU time and
 * memory, bytes per page kind on a first visit, the chart code and where it loads, the
 * search index and what a first query fetches, search latency, Lighthouse (mobile) on the
 * heaviest page of each kind (median of several runs, with the load average at each run), and how the build scales with 200
 * and 2,000 generated pages next to a plain Starlight site (interleaved runs).
 *
 * Options: --skip-browser (no Chromium parts), --skip-lighthouse, --skip-scaling,
 * --sizes 200,2000, --runs N (Lighthouse runs per page and build pairs per size; 3),
 * --query WORD (typed into the search page for Lighthouse; lerarentekort), --json-only.
 * Chromium: CHROME_PATH or /usr/bin/chromium.
 *
 * Exits non-zero, with the reasons printed last, when something could not be measured
 * (a build failed, a build gave fewer pages than the content has, Chromium or Lighthouse
 * could not measure, a project copy was incomplete) or a hard budget was missed. Budgets
 * that depend on the machine's load (build times, scaling ratios, search latency) are
 * reported, not enforced.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, copyProject, expectedPages, pickPages, spread, type PickedPage } from './bench-project.ts';
import { addGenerated, writePlain } from './bench-sites.ts';
import { serve } from './serve.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const args = process.argv.slice(2);
const has = (f: string) => args.includes(`--${f}`);
const valueOf = (f: string) => (args.includes(`--${f}`) ? args[args.indexOf(`--${f}`) + 1] : undefined);
const SIZES = (valueOf('sizes') ?? '200,2000').split(',').map(Number);
const RUNS = Number(valueOf('runs') ?? 3);
const QUERY = valueOf('query') ?? 'lerarentekort';
const CHROME = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const wantBrowser = !has('skip-browser');
const browserOk = wantBrowser && existsSync(CHROME);
const notes: string[] = [];
/** Reasons to exit non-zero: what could not be measured, and hard budgets missed. */
const failures: string[] = [];
if (SIZES.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes wants whole numbers, e.g. 200,2000 (got ${String(valueOf('sizes'))})`);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs wants a whole number ≥ 1 (got ${String(valueOf('runs'))})`);
if (!wantBrowser) notes.push('browser parts skipped: --skip-browser');
else if (!browserOk) failures.push(`no Chromium at ${CHROME} (set CHROME_PATH, or pass --skip-browser)`);

const BUDGETS = {
  buildSeconds: 30,
  chartGzipKB: 60,
  scalingTimeRatio: 1.1,
  scalingMemoryRatio: 1.2,
  searchMedianMs: 150,
  firstQueryKB: 150,
  lighthousePerformance: 98,
  lighthouseOther: 100,
  chapterHtmlGzipKB: 20,
  chapterDomElements: 1500,
  searchCls: 0,
};

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gz = (buf: Buffer) => gzipSync(buf).length;

interface BuildRun {
  ok: boolean;
  wallSeconds: number;
  /** user + system CPU time of the build and its children (from /usr/bin/time), or null */
  cpuSeconds: number | null;
  /** peak resident memory of the largest process of the build (MB), or null */
  peakMB: number | null;
  /** HTML pages written, without the embed pages (/embed/…/), which plain Starlight has no counterpart for */
  pages: number;
  /** embed pages written (/embed/<akkoord>-<nummer>/: one chart each, a few KB) */
  embeds: number;
  output: string;
}

/** The pages a build wrote to `dist`: content pages and embed pages apart. */
function countPages(dist: string): { pages: number; embeds: number } {
  const all = builtPages(dist);
  const embeds = all.filter((f) => relative(dist, f).split(/[\\/]/)[0] === 'embed').length;
  return { pages: all.length - embeds, embeds };
}

/** Runs `astro build --force` in `cwd` and counts the pages it wrote to `cwd/dist`. */
function build(cwd: string): BuildRun {
  const astro = join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const cmdArgs = useTime ? ['-f', 'OM_TIME %e %U %S %M', process.execPath, astro, 'build', '--force'] : [astro, 'build', '--force'];
  const start = performance.now();
  const run = spawnSync(cmd, cmdArgs, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const wall = (performance.now() - start) / 1000;
  const m = /OM_TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? '');
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return {
    ok: run.status === 0,
    wallSeconds: r1(wall),
    cpuSeconds: m ? r1(Number(m[2]) + Number(m[3])) : null,
    peakMB: m ? Math.round(Number(m[4]) / 1024) : null,
    ...countPages(join(cwd, 'dist')),
    output: `${run.stdout ?? ''}\n${run.stderr ?? ''}${run.error ? `\n${run.error.message}` : ''}`,
  };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? filesUnder(f) : [f];
  });
}

interface Weight {
  html: [number, number];
  css: [number, number];
  js: [number, number];
  other: [number, number];
  requests: number;
}

function emptyWeight(): Weight {
  return { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0], requests: 0 };
}

/** Adds a file's raw size and its size over the wire (given, or gzipped here). */
function addFile(w: Weight, path: string, transferred?: number) {
  const file = join(DIST, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
  if (!existsSync(file) || statSync(file).isDirectory()) return;
  const buf = readFileSync(file);
  const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : /\.m?js$/.test(file) ? 'js' : 'other';
  w[kind][0] += buf.length;
  w[kind][1] += transferred ?? gz(buf);
  w.requests++;
}

/** Without a browser: what the HTML itself links (styles, scripts, preloads). */
function staticWeight(path: string): Weight {
  const w = emptyWeight();
  addFile(w, path);
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  for (const m of html.matchAll(/<(?:link[^>]+rel="(?:stylesheet|modulepreload)"[^>]+href|script[^>]+src)="(\/[^"]+)"/g))
    addFile(w, m[1] ?? '');
  return w;
}

/** Prints the end of a failed build's output and records the failure. */
function buildFailed(what: string, r: BuildRun) {
  console.error(`\n--- ${what}: last lines of the build output ---\n${r.output.trim().split('\n').slice(-40).join('\n')}\n---`);
  failures.push(`${what}: the build failed (exit code non-zero)`);
}

async function main() {
  const result: Record<string, unknown> = {
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverageAtStart: loadavg().map((x) => Math.round(x * 10) / 10),
      chromium: browserOk ? spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout.trim() : null,
      lighthouse: (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')) as { version: string })
        .version,
    },
    date: new Date().toISOString(),
    runs: RUNS,
  };

  // 1. The build, and whether it gave every page the content has.
  const b = build(ROOT);
  const want = expectedPages(ROOT);
  result['build'] = {
    wallSeconds: b.wallSeconds,
    cpuSeconds: b.cpuSeconds,
    peakMemoryMB: b.peakMB,
    pages: b.pages,
    embedPages: b.embeds,
    expectedAtLeast: want.total,
    expected: `${String(want.docs)} content pages + ${String(want.topics)} topic pages`,
  };
  if (!b.ok) buildFailed('the site', b);
  else if (b.pages < want.total)
    failures.push(
      `the build wrote ${String(b.pages)} pages; the content has ${String(want.docs)} pages and ${String(want.topics)} topics, so at least ${String(want.total)}`,
    );
  if (failures.length > 0) return finish(result);

  let picked: PickedPage[];
  try {
    picked = pickPages(DIST);
  } catch (e) {
    failures.push(`choosing the pages to measure: ${(e as Error).message}`);
    return finish(result);
  }
  result['pages'] = picked;
  const PAGES = Object.fromEntries(picked.map((p) => [p.kind, p.path])) as Record<PickedPage['kind'], string>;

  // The heaviest chapter's HTML as it goes over the wire.
  const chapterHtml = readFileSync(join(DIST, PAGES.chapter, 'index.html'));
  result['heaviestChapter'] = { path: PAGES.chapter, htmlKB: kb(chapterHtml.length), htmlGzKB: kb(gz(chapterHtml)) };

  // 2. The chart code.
  const chartFile = filesUnder(join(DIST, '_astro')).find((f) => /\.js$/.test(f) && readFileSync(f, 'utf8').includes('omBreaks'));
  const chartPages = filesUnder(DIST).filter((f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes('class="om-chart"'));
  const chartBuf = chartFile ? readFileSync(chartFile) : Buffer.alloc(0);
  result['chart'] = {
    file: chartFile ? relative(DIST, chartFile) : null,
    rawKB: kb(chartBuf.length),
    gzipKB: kb(gz(chartBuf)),
    pagesWithCharts: chartPages.length,
    loads: 'only on pages with a chart, when a chart comes within 300px of the viewport (dynamic import)',
  };

  // 3. The search index.
  const pf = filesUnder(join(DIST, 'pagefind'));
  const pfBytes = pf.reduce((n, f) => n + statSync(f).size, 0);
  result['pagefind'] = { files: pf.length, totalKB: kb(pfBytes) };

  // 4. Bytes per page kind on a first visit.
  const weights: Record<string, Weight> = {};
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: import('playwright-core').Browser | undefined;
  if (browserOk) {
    const { chromium } = await import('playwright-core');
    server = await serve(DIST, 0);
    const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    browser = await chromium.launch({
      executablePath: CHROME,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    for (const [kind, path] of Object.entries(PAGES)) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
      const page = await context.newPage();
      const seen = new Set<string>();
      const wire = new Map<string, number>();
      page.on('requestfinished', async (r) => {
        const p = new URL(r.url()).pathname;
        seen.add(p);
        wire.set(p, (await r.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize);
      });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      const w = emptyWeight();
      for (const p of seen) addFile(w, p, wire.get(p));
      weights[kind] = w;
      // Pages without a chart must not load the chart code.
      const chartName = chartFile ? `/_astro/${chartFile.split('/').pop() ?? ''}` : '#';
      if (kind !== 'indicator' && kind !== 'chapter' && seen.has(chartName)) {
        notes.push(`${kind} loads the chart code`);
      }
      await context.close();
    }

    // 5. Search: bytes of a first query, and latency from keystroke to results.
    const context = await browser.newContext();
    const page = await context.newPage();
    // Bytes over the wire (compressed as a static host serves them), every request of the search page.
    const pfBytesSeen: number[] = [];
    page.on('requestfinished', async (r) => {
      pfBytesSeen.push((await r.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize);
    });
    await page.goto(base + PAGES.search, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const beforeQuery = pfBytesSeen.reduce((a, c) => a + c, 0);
    const queries = [
      'lerarentekort',
      'zittenblijven',
      'thuiszitters',
      'startende leraren',
      'burgerschap',
      'kwaliteitszorg',
      'passend onderwijs',
      'basisvaardigheden',
      'Vensters',
    ];
    const times: number[] = [];
    let firstQueryBytes = 0;
    for (const [i, q] of queries.entries()) {
      const ms = await page.evaluate(async (query) => {
        const input = document.querySelector<HTMLInputElement>('#zoekterm');
        const status = document.querySelector('.search-status');
        const list = document.querySelector('.search-results');
        if (!input || !status || !list) return -1;
        const start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve) => {
          const check = () =>
            list.getAttribute('data-query') === query && list.querySelector('li') ? resolve() : requestAnimationFrame(check);
          check();
        });
        return performance.now() - start;
      }, q);
      await page.waitForLoadState('networkidle');
      if (i === 0) firstQueryBytes = pfBytesSeen.reduce((a, c) => a + c, 0);
      else times.push(ms); // the first query warms up the index; the rest are measured warm
      await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#zoekterm');
        if (input) input.value = '';
      });
    }
    times.sort((a, c) => a - c);
    result['search'] = {
      searchPageLoadKB: kb(beforeQuery),
      firstQueryFetchesKB: kb(firstQueryBytes - beforeQuery),
      bytesMeasured: 'transferred (gzip as a static host serves it); the page load includes Pagefind itself and its filter data',
      medianLatencyMs: Math.round(times[Math.floor(times.length / 2)] ?? -1),
      latenciesMs: times.map(Math.round),
      measured: 'from setting the query and firing the input event to the results shown, warm index',
    };
    await context.close();
  } else {
    for (const [kind, path] of Object.entries(PAGES)) weights[kind] = staticWeight(path);
  }
  result['firstVisit'] = Object.fromEntries(
    Object.entries(weights).map(([k, w]) => [
      k,
      {
        requests: w.requests,
        htmlKB: kb(w.html[0]),
        htmlGzKB: kb(w.html[1]),
        cssKB: kb(w.css[0]),
        cssGzKB: kb(w.css[1]),
        jsKB: kb(w.js[0]),
        jsGzKB: kb(w.js[1]),
        otherKB: kb(w.other[0]),
      },
    ]),
  );
  result['firstVisitMeasured'] = browserOk
    ? 'requests of a first visit in Chromium (phone size, no scrolling)'
    : 'files the HTML links (no browser)';

  // 6. Lighthouse (mobile), the heaviest page of each kind, RUNS times each, interleaved.
  if (browserOk && !has('skip-lighthouse') && server) {
    const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    result['lighthouse'] = await lighthouseRuns(base, picked);
  } else notes.push(`Lighthouse skipped${has('skip-lighthouse') ? ': --skip-lighthouse' : ''}`);
  await browser?.close();
  server?.close();

  // 7. Scaling.
  if (!has('skip-scaling')) result['scaling'] = scalingRuns(b.pages, b.embeds);

  return finish(result);
}

type Categories = 'performance' | 'accessibility' | 'best-practices' | 'seo';
const CATEGORIES: Categories[] = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  cls: 'cumulative-layout-shift',
  tbtMs: 'total-blocking-time',
  domElements: 'dom-size-insight',
} as const;
type Metric = keyof typeof METRICS;

/** One Lighthouse run in a fresh browser; throws when Lighthouse or Chromium cannot measure. */
async function measureOnce(url: string, isSearch: boolean) {
  const { navigation } = await import('lighthouse');
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const selector = `.search-results[data-query="${QUERY.replace(/["\\]/g, '\\$&')}"] li`;
    const lh = await navigation(
      page,
      async () => {
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
        if (isSearch) await page.waitForSelector(selector, { timeout: 60_000 });
      },
      { config: { extends: 'lighthouse:default', settings: { onlyCategories: CATEGORIES } } },
    );
    const lhr = lh?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores = {} as Record<Categories, number>;
    for (const c of CATEGORIES) {
      const s = lhr.categories[c]?.score;
      if (s === null || s === undefined) throw new Error(`no ${c} score (Lighthouse could not measure it)`);
      scores[c] = Math.round(s * 100);
    }
    const metrics = {} as Record<Metric, number>;
    for (const [k, id] of Object.entries(METRICS) as [Metric, string][]) {
      let v = lhr.audits[id]?.numericValue;
      // Elements in the page as loaded, if this Lighthouse version has no DOM-size figure.
      if (v === undefined && k === 'domElements') v = await page.evaluate(() => document.getElementsByTagName('*').length);
      if (v === undefined) throw new Error(`no value for ${id}`);
      metrics[k] = k === 'cls' ? Math.round(v * 1000) / 1000 : Math.round(v);
    }
    if (isSearch) {
      const shown = await page.$$eval(selector, (lis) => lis.length);
      if (shown === 0) throw new Error(`no search results for "${QUERY}" were shown`);
    }
    return { scores, metrics, warnings: lhr.runWarnings };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/**
 * Lighthouse in its default (mobile) settings through puppeteer, one fresh browser per
 * run. On the search page the query is in the address (`?q=`, which the page reads on
 * load) and the navigation only ends once the results for it are in the list, so their
 * layout shifts and paint fall inside the measurement.
 */
async function lighthouseRuns(base: string, pages: PickedPage[]) {
  const runs: Record<string, { scores: Record<Categories, number>[]; metrics: Record<Metric, number>[]; loads: number[]; url: string }> =
    {};
  for (let run = 1; run <= RUNS; run++) {
    for (const p of pages) {
      const url = base + p.path + (p.kind === 'search' ? `?q=${encodeURIComponent(QUERY)}` : '');
      const entry = (runs[p.kind] ??= { scores: [], metrics: [], loads: [], url: url.slice(base.length) });
      const label = `Lighthouse ${p.kind} ${entry.url} (run ${String(run)})`;
      if (!has('json-only')) process.stderr.write(`${label}…\n`);
      // Under load Chromium sometimes loses the trace (NO_NAVSTART); one retry, and it counts as a failure only if that fails too.
      for (let attempt = 1; attempt <= 2; attempt++) {
        try {
          // The machine's 1-minute load average as the run starts: scores on a busy machine drop.
          const load = Math.round((loadavg()[0] ?? 0) * 10) / 10;
          const m = await measureOnce(url, p.kind === 'search');
          entry.loads.push(load);
          for (const w of m.warnings) notes.push(`${label}: Lighthouse warns: ${w}`);
          entry.scores.push(m.scores);
          entry.metrics.push(m.metrics);
          break;
        } catch (e) {
          const why = (e as Error).message.split('\n')[0] ?? '';
          if (attempt === 1) notes.push(`${label}: first attempt could not measure (${why}); measured again`);
          else failures.push(`${label} could not measure (twice): ${why}`);
        }
      }
    }
  }
  const out: Record<string, unknown> = {};
  for (const [kind, r] of Object.entries(runs)) {
    if (r.scores.length === 0) continue;
    out[kind] = {
      url: r.url,
      measuredRuns: r.scores.length,
      loadAverage: { min: Math.min(...r.loads), max: Math.max(...r.loads) },
      median: {
        ...Object.fromEntries(
          CATEGORIES.map((c) => [
            c,
            spread(
              r.scores.map((s) => s[c]),
              0,
            ).median,
          ]),
        ),
        ...Object.fromEntries(
          Object.keys(METRICS).map((m) => [
            m,
            spread(
              r.metrics.map((x) => x[m as Metric]),
              3,
            ).median,
          ]),
        ),
      },
      runs: r.scores.map((s, i) => ({ ...s, ...r.metrics[i], loadAverage: r.loads[i] })),
    };
  }
  return {
    formFactor: 'mobile (Lighthouse defaults: emulated Moto G Power, simulated slow 4G and 4× CPU slowdown)',
    query: QUERY,
    pages: out,
  };
}

interface Side {
  pages: number;
  embeds: number;
  wallSeconds: ReturnType<typeof spread>;
  cpuSeconds: ReturnType<typeof spread> | null;
  peakMemoryMB: ReturnType<typeof spread> | null;
}

/**
 * Our site with N generated indicator pages against a plain Starlight site with the same
 * number of pages: both prepared once, then built RUNS times each, alternating which goes
 * first, so a busy moment of the machine falls on both. Every build's page count is checked.
 * Our embed pages (one per generated indicator, as each has a chart) are extra work of our
 * site: plain Starlight gets as many pages as our site has content pages, not more.
 */
function scalingRuns(sitePages: number, siteEmbeds: number) {
  const out: Record<string, unknown>[] = [];
  for (const n of SIZES) {
    const work = mkdtempSync(join(tmpdir(), 'om-bench-'));
    try {
      const oursDir = join(work, 'ours');
      let copied: { via: string; files: number };
      try {
        copied = copyProject(ROOT, oursDir);
      } catch (e) {
        failures.push(`scaling ${String(n)}: ${(e as Error).message}`);
        continue;
      }
      addGenerated(oursDir, n);
      // The two bench pages besides the N indicators: the agreement and its ambition.
      const oursExpected = sitePages + n + 2;
      const embedsExpected = siteEmbeds + n;
      const plainDir = join(work, 'plain');
      writePlain(ROOT, plainDir, oursExpected);
      const runs: { ours: BuildRun[]; plain: BuildRun[] } = { ours: [], plain: [] };
      let broken = false;
      for (let i = 0; i < RUNS && !broken; i++) {
        const order: ('ours' | 'plain')[] = i % 2 === 0 ? ['ours', 'plain'] : ['plain', 'ours'];
        for (const side of order) {
          if (!has('json-only')) process.stderr.write(`scaling +${String(n)}: ${side} build ${String(i + 1)}/${String(RUNS)}…\n`);
          const r = build(side === 'ours' ? oursDir : plainDir);
          const what = `scaling +${String(n)}, ${side === 'ours' ? 'our site' : 'plain Starlight'}`;
          if (!r.ok) {
            buildFailed(what, r);
            broken = true;
            break;
          }
          if (r.pages !== oursExpected) {
            failures.push(`${what}: the build wrote ${String(r.pages)} pages, expected ${String(oursExpected)}; not comparable`);
            broken = true;
            break;
          }
          if (side === 'ours' && r.embeds !== embedsExpected) {
            failures.push(`${what}: the build wrote ${String(r.embeds)} embed pages, expected ${String(embedsExpected)}; not comparable`);
            broken = true;
            break;
          }
          runs[side].push(r);
        }
      }
      if (broken) continue;
      const side = (rs: BuildRun[]): Side => ({
        pages: rs[0]?.pages ?? 0,
        embeds: rs[0]?.embeds ?? 0,
        wallSeconds: spread(rs.map((r) => r.wallSeconds)),
        cpuSeconds: rs.every((r) => r.cpuSeconds !== null) ? spread(rs.map((r) => r.cpuSeconds ?? 0)) : null,
        peakMemoryMB: rs.every((r) => r.peakMB !== null)
          ? spread(
              rs.map((r) => r.peakMB ?? 0),
              0,
            )
          : null,
      });
      const ours = side(runs.ours);
      const plain = side(runs.plain);
      const ratio = (a: number | undefined, c: number | undefined) =>
        a === undefined || c === undefined || c === 0 ? null : Math.round((a / c) * 100) / 100;
      out.push({
        generatedPages: n,
        copiedVia: `${copied.via} (${String(copied.files)} files)`,
        ours,
        plainStarlight: plain,
        ratio: {
          wall: ratio(ours.wallSeconds.median, plain.wallSeconds.median),
          cpu: ratio(ours.cpuSeconds?.median, plain.cpuSeconds?.median),
          peakMemory: ratio(ours.peakMemoryMB?.median, plain.peakMemoryMB?.median),
        },
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return out;
}

interface Budget {
  budget: string;
  value: string;
  met: boolean | null;
  /** hard: missing it fails the bench; reported: shown only (it depends on the machine's load) */
  kind: 'hard' | 'reported';
}

function checkBudgets(r: Record<string, unknown>): Budget[] {
  const out: Budget[] = [];
  const add = (kind: Budget['kind'], budget: string, value: number | null | undefined, met: (v: number) => boolean, unit = '') =>
    out.push({
      budget,
      kind,
      value: value === null || value === undefined || Number.isNaN(value) ? 'n/a' : `${String(value)}${unit}`,
      met: value === null || value === undefined || Number.isNaN(value) ? null : met(value),
    });
  const build = r['build'] as { wallSeconds: number } | undefined;
  add(
    'reported',
    `whole site builds in under ${String(BUDGETS.buildSeconds)} s (wall)`,
    build?.wallSeconds,
    (v) => v < BUDGETS.buildSeconds,
    ' s',
  );
  const chart = r['chart'] as { gzipKB: number } | undefined;
  add('hard', `chart code at most ${String(BUDGETS.chartGzipKB)} KB gzipped`, chart?.gzipKB, (v) => v <= BUDGETS.chartGzipKB, ' KB');
  const chapter = r['heaviestChapter'] as { htmlGzKB: number } | undefined;
  add(
    'hard',
    `heaviest chapter: HTML at most ${String(BUDGETS.chapterHtmlGzipKB)} KB gzipped`,
    chapter?.htmlGzKB,
    (v) => v <= BUDGETS.chapterHtmlGzipKB,
    ' KB',
  );
  const search = r['search'] as { medianLatencyMs: number; firstQueryFetchesKB: number } | undefined;
  add(
    'reported',
    `search results within ${String(BUDGETS.searchMedianMs)} ms (median, warm)`,
    search?.medianLatencyMs,
    (v) => v <= BUDGETS.searchMedianMs,
    ' ms',
  );
  add(
    'hard',
    `first query fetches under ${String(BUDGETS.firstQueryKB)} KB`,
    search?.firstQueryFetchesKB,
    (v) => v < BUDGETS.firstQueryKB,
    ' KB',
  );
  const fv = r['firstVisit'] as Record<string, { jsKB: number }> | undefined;
  const starlightJs = fv?.['topic']?.jsKB;
  add(
    'hard',
    'home page loads no more JS than a topic page (Starlight only)',
    fv?.['home']?.jsKB,
    (v) => starlightJs !== undefined && v <= starlightJs,
    ' KB',
  );
  const lh = (r['lighthouse'] as { pages: Record<string, { median: Record<string, number> }> } | undefined)?.pages;
  for (const [page, { median: s }] of Object.entries(lh ?? {})) {
    add(
      'hard',
      `Lighthouse ${page}: performance ≥ ${String(BUDGETS.lighthousePerformance)} (median)`,
      s['performance'],
      (v) => v >= BUDGETS.lighthousePerformance,
    );
    for (const cat of ['accessibility', 'best-practices', 'seo'])
      add('hard', `Lighthouse ${page}: ${cat} = 100 (median)`, s[cat], (v) => v >= BUDGETS.lighthouseOther);
    if (page === 'chapter')
      add(
        'hard',
        `heaviest chapter: under ${String(BUDGETS.chapterDomElements)} DOM elements`,
        s['domElements'],
        (v) => v < BUDGETS.chapterDomElements,
      );
    if (page === 'search')
      add('hard', `search page with a query: CLS ${String(BUDGETS.searchCls)} (median)`, s['cls'], (v) => v <= BUDGETS.searchCls);
  }
  for (const s of (r['scaling'] as
    { generatedPages: number; ratio: { wall: number | null; cpu: number | null; peakMemory: number | null } }[] | undefined) ?? []) {
    add(
      'reported',
      `+${String(s.generatedPages)} pages: build time at most ${String(BUDGETS.scalingTimeRatio)}× plain Starlight (median wall)`,
      s.ratio.wall,
      (v) => v <= BUDGETS.scalingTimeRatio,
      '×',
    );
    add(
      'reported',
      `+${String(s.generatedPages)} pages: peak memory at most ${String(BUDGETS.scalingMemoryRatio)}× plain Starlight (median)`,
      s.ratio.peakMemory,
      (v) => v <= BUDGETS.scalingMemoryRatio,
      '×',
    );
    add(
      'reported',
      `+${String(s.generatedPages)} pages: build CPU time at most ${String(BUDGETS.scalingTimeRatio)}× plain Starlight (median; steadier than wall time on a busy machine)`,
      s.ratio.cpu,
      (v) => v <= BUDGETS.scalingTimeRatio,
      '×',
    );
  }
  return out;
}

function finish(result: Record<string, unknown>) {
  const budgets = checkBudgets(result);
  for (const x of budgets) if (x.kind === 'hard' && x.met === false) failures.push(`budget missed: ${x.budget} (measured ${x.value})`);
  result['budgets'] = budgets;
  result['notes'] = notes;
  result['failures'] = failures;
  result['machine'] = { ...(result['machine'] as object), loadAverageAtEnd: loadavg().map((x) => Math.round(x * 10) / 10) };
  if (!has('json-only')) printTable(result);
  console.log(JSON.stringify(result, null, 2));
  if (failures.length > 0) {
    console.error(`\nBENCH FAILED (${String(failures.length)}):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exitCode = 1;
  } else if (!has('json-only')) console.error('\nbench: everything measured, every hard budget met');
}

function printTable(r: Record<string, unknown>) {
  const line = (cells: (string | number | null | undefined)[]) => console.log(`| ${cells.map((c) => String(c ?? '')).join(' | ')} |`);
  const m = r['machine'] as {
    cpus: number;
    cpu: string;
    memoryGB: number;
    node: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
    chromium: string | null;
    lighthouse: string;
  };
  console.log(
    `\nOnderwijsmonitor benchmark, ${String(r['date'])}: ${String(m.cpus)} cores (${m.cpu}), ${String(m.memoryGB)} GB, Node ${m.node}, ${m.chromium ?? 'no browser'}, Lighthouse ${m.lighthouse}; load average ${m.loadAverageAtStart.join(' ')} at the start, ${m.loadAverageAtEnd.join(' ')} at the end\n`,
  );
  const b = r['build'] as { wallSeconds: number; cpuSeconds: number | null; peakMemoryMB: number | null; pages: number; expected: string };
  line(['build', 'wall s', 'CPU s (user + sys)', 'peak memory MB', 'pages']);
  line(['---', '---', '---', '---', '---']);
  line(['site', b.wallSeconds, b.cpuSeconds ?? 'n/a', b.peakMemoryMB ?? 'n/a', `${String(b.pages)} (content: ${b.expected})`]);
  const picked = r['pages'] as PickedPage[] | undefined;
  if (!picked) return;
  console.log('\npages measured (the heaviest of each kind in this build):');
  for (const p of picked) console.log(`  ${p.kind}: ${p.path} (${p.why})`);
  console.log('');
  const fv = r['firstVisit'] as
    | Record<
        string,
        {
          requests: number;
          htmlKB: number;
          htmlGzKB: number;
          cssKB: number;
          cssGzKB: number;
          jsKB: number;
          jsGzKB: number;
          otherKB: number;
        }
      >
    | undefined;
  if (fv) {
    line(['first visit', 'requests', 'HTML KB (wire)', 'CSS KB (wire)', 'JS KB (wire)', 'other KB']);
    line(['---', '---', '---', '---', '---', '---']);
    for (const [k, w] of Object.entries(fv))
      line([
        k,
        w.requests,
        `${String(w.htmlKB)} (${String(w.htmlGzKB)})`,
        `${String(w.cssKB)} (${String(w.cssGzKB)})`,
        `${String(w.jsKB)} (${String(w.jsGzKB)})`,
        w.otherKB,
      ]);
  }
  const c = r['chart'] as { rawKB: number; gzipKB: number; pagesWithCharts: number; loads: string } | undefined;
  if (c)
    console.log(
      `\nchart code: ${String(c.rawKB)} KB, ${String(c.gzipKB)} KB gzipped; on ${String(c.pagesWithCharts)} pages with a chart; ${c.loads}`,
    );
  const p = r['pagefind'] as { files: number; totalKB: number } | undefined;
  if (p) console.log(`search index: ${String(p.files)} files, ${String(p.totalKB)} KB in all`);
  const s = r['search'] as { firstQueryFetchesKB: number; medianLatencyMs: number } | undefined;
  if (s)
    console.log(
      `search: the first query fetches ${String(s.firstQueryFetchesKB)} KB over the wire (after the search page itself loaded); median latency ${String(s.medianLatencyMs)} ms (warm)`,
    );
  const lh = r['lighthouse'] as
    | {
        pages: Record<
          string,
          { url: string; measuredRuns: number; loadAverage: { min: number; max: number }; median: Record<string, number> }
        >;
      }
    | undefined;
  if (lh) {
    console.log('');
    line([
      'Lighthouse (mobile), median',
      'performance',
      'accessibility',
      'best practices',
      'SEO',
      'FCP s',
      'LCP s',
      'CLS',
      'TBT ms',
      'DOM elements',
      'runs',
      'load (1 min)',
    ]);
    line(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---']);
    for (const [k, { url, measuredRuns, loadAverage, median: v }] of Object.entries(lh.pages))
      line([
        `${k} ${url}`,
        v['performance'],
        v['accessibility'],
        v['best-practices'],
        v['seo'],
        ((v['fcpMs'] ?? 0) / 1000).toFixed(1),
        ((v['lcpMs'] ?? 0) / 1000).toFixed(1),
        v['cls'],
        v['tbtMs'],
        v['domElements'],
        measuredRuns,
        `${String(loadAverage.min)}–${String(loadAverage.max)}`,
      ]);
  }
  const sc = r['scaling'] as
    | {
        generatedPages: number;
        ours: Side;
        plainStarlight: Side;
        ratio: { wall: number | null; cpu: number | null; peakMemory: number | null };
      }[]
    | undefined;
  if (sc) {
    const f = (x: ReturnType<typeof spread> | null) => (x ? `${String(x.median)} (${String(x.min)}–${String(x.max)})` : 'n/a');
    console.log('');
    line(['scaling (median (min–max) of interleaved builds)', 'pages', 'wall s', 'CPU s', 'peak MB']);
    line(['---', '---', '---', '---', '---']);
    for (const x of sc) {
      line([
        `+${String(x.generatedPages)}: our site`,
        `${String(x.ours.pages)} + ${String(x.ours.embeds)} embeds`,
        f(x.ours.wallSeconds),
        f(x.ours.cpuSeconds),
        f(x.ours.peakMemoryMB),
      ]);
      line([
        `+${String(x.generatedPages)}: plain Starlight`,
        x.plainStarlight.pages,
        f(x.plainStarlight.wallSeconds),
        f(x.plainStarlight.cpuSeconds),
        f(x.plainStarlight.peakMemoryMB),
      ]);
      line([
        `+${String(x.generatedPages)}: ratio`,
        '',
        `${String(x.ratio.wall)}×`,
        `${String(x.ratio.cpu)}×`,
        `${String(x.ratio.peakMemory)}×`,
      ]);
    }
  }
  console.log('');
  line(['budget', 'kind', 'measured', 'met']);
  line(['---', '---', '---', '---']);
  for (const x of r['budgets'] as Budget[]) line([x.budget, x.kind, x.value, x.met === null ? 'not measured' : x.met ? 'yes' : 'NO']);
  for (const n of r['notes'] as string[]) console.log(`note: ${n}`);
  console.log('');
}

try {
  await main();
} catch (e) {
  console.error(`\nBENCH FAILED: ${(e as Error).stack ?? String(e)}`);
  process.exitCode = 1;
}
