/**
 * `npm run bench`: builds the site and prints, as a table and as JSON, what a reader
 * on a phone and an editor waiting for a build care about: build time and memory,
 * bytes per page kind on a first visit, the chart code and where it loads, the search
 * index and what a first query fetches, search latency, Lighthouse scores, and how the
 * build scales with 200 and 2,000 generated pages next to a plain Starlight site.
 *
 * Options: --skip-browser (no Chromium parts), --skip-lighthouse, --skip-scaling,
 * --sizes 200,2000, --json-only. Browser parts need CHROME_PATH or /usr/bin/chromium;
 * without it they are skipped, and the output says so.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from './serve.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const args = process.argv.slice(2);
const has = (f: string) => args.includes(`--${f}`);
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [200, 2000];
const CHROME = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const browserOk = !has('skip-browser') && existsSync(CHROME);
const notes: string[] = [];
if (!browserOk) notes.push(`browser parts skipped: ${has('skip-browser') ? '--skip-browser' : `no Chromium at ${CHROME}`}`);

const PAGES = {
  home: '/',
  indicator: '/sectorakkoord-vo/indicatoren/4-zittenblijven/',
  chapter: '/staat-2024/hoofdstukken/6-onderwijsprofessionals/',
  topic: '/themas/lerarentekort/',
  search: '/zoeken/',
} as const;

const BUDGETS = {
  buildSeconds: 30,
  chartGzipKB: 60,
  scalingRatio: 1.2,
  searchMedianMs: 150,
  firstQueryKB: 150,
  lighthousePerformance: 98,
  lighthouseOther: 100,
};

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gz = (buf: Buffer) => gzipSync(buf).length;

/** Runs `astro build` in `cwd`; wall time in seconds and peak memory (MB, from /usr/bin/time). */
function build(cwd: string): { seconds: number; peakMB: number | null; ok: boolean; output: string } {
  const astro = join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const cmdArgs = useTime ? ['-f', 'OM_TIME %e %M', process.execPath, astro, 'build', '--force'] : [astro, 'build', '--force'];
  const start = performance.now();
  const run = spawnSync(cmd, cmdArgs, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - start) / 1000;
  const m = /OM_TIME ([\d.]+) (\d+)/.exec(run.stderr ?? '');
  return {
    seconds: Math.round(seconds * 10) / 10,
    peakMB: m ? Math.round(Number(m[2]) / 1024) : null,
    ok: run.status === 0,
    output: `${run.stdout ?? ''}\n${run.stderr ?? ''}`,
  };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? filesUnder(f) : [f];
  });
}

function countPages(): number {
  return filesUnder(DIST).filter((f) => f.endsWith('.html') && !f.endsWith('404.html')).length;
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

async function main() {
  const result: Record<string, unknown> = {
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    date: new Date().toISOString(),
  };

  // 1. The build.
  const b = build(ROOT);
  if (!b.ok) {
    console.error(b.output);
    throw new Error('the build failed');
  }
  result['build'] = { seconds: b.seconds, peakMemoryMB: b.peakMB, pages: countPages() };

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
    await page.goto(`${base}/zoeken/`, { waitUntil: 'networkidle' });
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

  // 6. Lighthouse.
  if (browserOk && !has('skip-lighthouse') && server) {
    const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    const lighthouse = (await import('lighthouse')).default;
    const { launch } = await import('chrome-launcher');
    const scores: Record<string, Record<string, number>> = {};
    for (const kind of ['home', 'indicator', 'chapter', 'search'] as const) {
      const chrome = await launch({
        chromePath: CHROME,
        chromeFlags: [
          '--headless=new',
          '--no-sandbox',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-gpu',
        ],
      });
      try {
        const run = await lighthouse(base + PAGES[kind], {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const cats = run?.lhr.categories ?? {};
        scores[kind] = Object.fromEntries(Object.entries(cats).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
      } finally {
        chrome.kill();
      }
    }
    result['lighthouse'] = { formFactor: 'mobile (Lighthouse default: emulated Moto G power, slow 4G)', scores };
  } else if (!browserOk || has('skip-lighthouse')) {
    notes.push('Lighthouse skipped');
  }
  await browser?.close();
  server?.close();

  // 7. Scaling.
  if (!has('skip-scaling')) {
    const scaling: Record<string, unknown>[] = [];
    for (const n of SIZES) {
      const ours = scaledOurs(n);
      const plain = scaledPlain(n + countPages());
      scaling.push({
        generatedPages: n,
        ours: { seconds: ours.seconds, peakMemoryMB: ours.peakMB, ok: ours.ok },
        plainStarlight: { pages: n + countPages(), seconds: plain.seconds, peakMemoryMB: plain.peakMB, ok: plain.ok },
        ratio: Math.round((ours.seconds / plain.seconds) * 100) / 100,
      });
      if (!ours.ok) notes.push(`scaling ${String(n)}: our build failed: ${ours.output.slice(-600)}`);
      if (!plain.ok) notes.push(`scaling ${String(n)}: plain build failed: ${plain.output.slice(-600)}`);
    }
    result['scaling'] = scaling;
  }

  result['budgets'] = checkBudgets(result);
  result['notes'] = notes;
  if (!has('json-only')) printTable(result);
  console.log(JSON.stringify(result, null, 2));
}

/** A copy of the project (its tracked files, hard-linked node_modules) in a temporary folder. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'om-bench-'));
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(ROOT, f))) continue;
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(ROOT, f), join(dir, f));
  }
  linkTree(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, '..', 'shared'), { recursive: true });
  return dir;
}

/** Hard-links a tree (fast, no extra disk), as `cp -al` does. */
function linkTree(from: string, to: string) {
  const r = spawnSync('cp', ['-al', from, to]);
  if (r.status !== 0) cpSync(from, to, { recursive: true });
  // Astro keeps its content cache in node_modules/.astro: the copy must not share (or write into) ours.
  rmSync(join(to, '.astro'), { recursive: true, force: true });
}

/** Text of a generated page body, about the size of a real indicator page's text. */
function filler(i: number): string {
  const para = `Dit is gegenereerde tekst voor de meting van de bouwtijd, pagina ${String(i)}. Leerlingen, leraren en scholen komen erin voor, net als doelen en cijfers. `;
  return ['## Doel', para.repeat(4), '## Wat is er veranderd?', para.repeat(6), '## Wat wordt er gedaan?', para.repeat(4)].join('\n\n');
}

function scaledOurs(n: number) {
  const dir = copyProject();
  const folder = join(dir, 'content', 'docs', 'bench-akkoord');
  mkdirSync(join(folder, 'indicatoren'), { recursive: true });
  mkdirSync(join(folder, 'ambities'), { recursive: true });
  writeFileSync(
    join(folder, 'index.mdx'),
    `---\ntitle: Benchakkoord\ntype: agreement\nagreement: bench-akkoord\nsector: vo\nsigned: 2014\nterm: { from: 2014, to: 2020 }\nparties: [Bench]\nsources: [dashboard-vo-2020]\n---\n\nGegenereerd.\n`,
  );
  writeFileSync(
    join(folder, 'ambities', '1-bench.mdx'),
    `---\ntitle: Benchambitie\ntype: ambition\nagreement: bench-akkoord\nnumber: 1\nsources: [dashboard-vo-2020]\n---\n\nGegenereerd.\n`,
  );
  for (let i = 1; i <= n; i++) {
    const figures = [2016, 2017, 2018, 2019]
      .map(
        (y, k) =>
          `  - period: ${String(y)}\n    value: ${String(40 + ((i + k) % 50))}\n    unit: percent\n    group: groep ${String(k % 2)}\n    source: dashboard-vo-2020\n    locator: Indicator ${String(i)}`,
      )
      .join('\n');
    writeFileSync(
      join(folder, 'indicatoren', `${String(i)}-bench.mdx`),
      `---\ntitle: Gegenereerde indicator ${String(i)}\ntype: indicator\nagreement: bench-akkoord\nambition: 1\nnumber: ${String(i)}\nsector: vo\nmeasure: Gegenereerde meting\ntopics: [lerarentekort]\ntarget:\n  description: Gegenereerd doel.\n  value: 60\n  unit: percent\n  year: 2020\n  direction: higher\n  source: dashboard-vo-2020\n  locator: Indicator ${String(i)}\nrealisation:\n${figures}\nsources: [dashboard-vo-2020]\nrelated:\n  - report: staat-2024\n    section: "6.2.1"\n---\n\n${filler(i)}\n`,
    );
  }
  const r = build(dir);
  rmSync(dir, { recursive: true, force: true });
  return r;
}

function scaledPlain(total: number) {
  const dir = mkdtempSync(join(tmpdir(), 'om-bench-plain-'));
  linkTree(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // Astro bundles the integrations it finds among the dependencies; list them as a real project does.
  const ours = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'plain',
      type: 'module',
      private: true,
      dependencies: ours.dependencies,
      devDependencies: ours.devDependencies,
    }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Plain', defaultLocale: 'root', locales: { root: { label: 'Nederlands', lang: 'nl' } } })] });\n`,
  );
  mkdirSync(join(dir, 'src', 'content', 'docs', 'pages'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(join(dir, 'src', 'content', 'docs', 'index.mdx'), '---\ntitle: Plain\n---\n\nStart.\n');
  for (let i = 1; i < total; i++) {
    const table = `| Periode | Groep | Cijfer |\n| --- | --- | --- |\n${[2016, 2017, 2018, 2019].map((y) => `| ${String(y)} | groep | ${String(40 + (i % 50))}% |`).join('\n')}`;
    writeFileSync(
      join(dir, 'src', 'content', 'docs', 'pages', `${String(i)}.mdx`),
      `---\ntitle: Pagina ${String(i)}\ndescription: Gegenereerd.\n---\n\n${filler(i)}\n\n${table}\n`,
    );
  }
  const r = build(dir);
  rmSync(dir, { recursive: true, force: true });
  return r;
}

function checkBudgets(r: Record<string, unknown>) {
  const out: { budget: string; value: string; met: boolean | null }[] = [];
  const add = (budget: string, value: number | null | undefined, met: (v: number) => boolean, unit = '') =>
    out.push({
      budget,
      value: value === null || value === undefined ? 'n/a' : `${String(value)}${unit}`,
      met: value === null || value === undefined ? null : met(value),
    });
  const build = r['build'] as { seconds: number };
  add(`whole site builds in under ${String(BUDGETS.buildSeconds)} s`, build.seconds, (v) => v < BUDGETS.buildSeconds, ' s');
  const chart = r['chart'] as { gzipKB: number };
  add(`chart code at most ${String(BUDGETS.chartGzipKB)} KB gzipped`, chart.gzipKB, (v) => v <= BUDGETS.chartGzipKB, ' KB');
  const search = r['search'] as { medianLatencyMs: number; firstQueryFetchesKB: number } | undefined;
  add(
    `search results within ${String(BUDGETS.searchMedianMs)} ms (median, warm)`,
    search?.medianLatencyMs,
    (v) => v <= BUDGETS.searchMedianMs,
    ' ms',
  );
  add(`first query fetches under ${String(BUDGETS.firstQueryKB)} KB`, search?.firstQueryFetchesKB, (v) => v < BUDGETS.firstQueryKB, ' KB');
  const fv = r['firstVisit'] as Record<string, { jsKB: number }>;
  const starlightJs = fv['topic']?.jsKB;
  add(
    'pages without a chart load no more JS than a topic page (Starlight only)',
    fv['home']?.jsKB,
    (v) => starlightJs !== undefined && v <= starlightJs,
    ' KB',
  );
  const lh = (r['lighthouse'] as { scores: Record<string, Record<string, number>> } | undefined)?.scores;
  for (const [page, s] of Object.entries(lh ?? {})) {
    add(
      `Lighthouse ${page}: performance ≥ ${String(BUDGETS.lighthousePerformance)}`,
      s['performance'],
      (v) => v >= BUDGETS.lighthousePerformance,
    );
    for (const cat of ['accessibility', 'best-practices', 'seo'])
      add(`Lighthouse ${page}: ${cat} = 100`, s[cat], (v) => v >= BUDGETS.lighthouseOther);
  }
  for (const s of (r['scaling'] as { generatedPages: number; ratio: number }[] | undefined) ?? []) {
    add(
      `${String(s.generatedPages)} generated pages: at most ${String(BUDGETS.scalingRatio)}× plain Starlight`,
      s.ratio,
      (v) => v <= BUDGETS.scalingRatio,
      '×',
    );
  }
  return out;
}

function printTable(r: Record<string, unknown>) {
  const line = (cells: (string | number | null | undefined)[]) => console.log(`| ${cells.map((c) => String(c ?? '')).join(' | ')} |`);
  const m = r['machine'] as { cpus: number; cpu: string; memoryGB: number; node: string };
  console.log(`\nOnderwijsmonitor benchmark — ${String(m.cpus)} cores (${m.cpu}), ${String(m.memoryGB)} GB, Node ${m.node}\n`);
  const b = r['build'] as { seconds: number; peakMemoryMB: number | null; pages: number };
  line(['build', 'seconds', 'peak memory MB', 'pages']);
  line(['---', '---', '---', '---']);
  line(['site', b.seconds, b.peakMemoryMB, b.pages]);
  console.log('');
  line(['first visit', 'requests', 'HTML KB (wire)', 'CSS KB (wire)', 'JS KB (wire)', 'other KB']);
  line(['---', '---', '---', '---', '---', '---']);
  for (const [k, w] of Object.entries(
    r['firstVisit'] as Record<
      string,
      { requests: number; htmlKB: number; htmlGzKB: number; cssKB: number; cssGzKB: number; jsKB: number; jsGzKB: number; otherKB: number }
    >,
  )) {
    line([
      k,
      w.requests,
      `${String(w.htmlKB)} (${String(w.htmlGzKB)})`,
      `${String(w.cssKB)} (${String(w.cssGzKB)})`,
      `${String(w.jsKB)} (${String(w.jsGzKB)})`,
      w.otherKB,
    ]);
  }
  const c = r['chart'] as { rawKB: number; gzipKB: number; pagesWithCharts: number; loads: string };
  console.log(
    `\nchart code: ${String(c.rawKB)} KB, ${String(c.gzipKB)} KB gzipped; on ${String(c.pagesWithCharts)} pages with a chart; ${c.loads}`,
  );
  const p = r['pagefind'] as { files: number; totalKB: number };
  console.log(`search index: ${String(p.files)} files, ${String(p.totalKB)} KB in all`);
  const s = r['search'] as { firstQueryFetchesKB: number; medianLatencyMs: number } | undefined;
  if (s)
    console.log(
      `search: the first query fetches ${String(s.firstQueryFetchesKB)} KB over the wire (after the search page itself loaded); median latency ${String(s.medianLatencyMs)} ms (warm)`,
    );
  const lh = r['lighthouse'] as { scores: Record<string, Record<string, number>> } | undefined;
  if (lh) {
    console.log('');
    line(['Lighthouse (mobile)', 'performance', 'accessibility', 'best practices', 'SEO']);
    line(['---', '---', '---', '---', '---']);
    for (const [k, v] of Object.entries(lh.scores)) line([k, v['performance'], v['accessibility'], v['best-practices'], v['seo']]);
  }
  const sc = r['scaling'] as
    | {
        generatedPages: number;
        ours: { seconds: number; peakMemoryMB: number | null };
        plainStarlight: { pages: number; seconds: number };
        ratio: number;
      }[]
    | undefined;
  if (sc) {
    console.log('');
    line(['scaling', 'our build s', 'peak MB', 'plain Starlight s (same page count)', 'ratio']);
    line(['---', '---', '---', '---', '---']);
    for (const x of sc)
      line([
        `+${String(x.generatedPages)} pages`,
        x.ours.seconds,
        x.ours.peakMemoryMB,
        `${String(x.plainStarlight.seconds)} (${String(x.plainStarlight.pages)})`,
        `${String(x.ratio)}×`,
      ]);
  }
  console.log('');
  line(['budget', 'measured', 'met']);
  line(['---', '---', '---']);
  for (const x of r['budgets'] as { budget: string; value: string; met: boolean | null }[])
    line([x.budget, x.value, x.met === null ? 'not measured' : x.met ? 'yes' : 'NO']);
  for (const n of r['notes'] as string[]) console.log(`note: ${n}`);
  console.log('');
}

await main();
