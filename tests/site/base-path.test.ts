/**
 * A site in a subfolder (BASE_PATH, as on GitHub Pages): a real `astro build` of a
 * temporary copy of the site with BASE_PATH=/onderwijsmonitor/. The base path is put
 * in while pages render (nothing rewrites the built HTML), so every internal link,
 * asset, form, search index and data file a reader or a program is sent to lies under
 * the base path, none outside it, and every link leads to a page, anchor or file that
 * the build wrote.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/settings.ts';
import { buildProject, copyProject, filesUnder } from '../support/project.ts';

const BASE = '/onderwijsmonitor/';
/** Attributes that hold an address a browser follows or loads. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data-src'];

describe(`the site built with BASE_PATH=${BASE}`, () => {
  let dir = '';
  let dist = '';
  let status: number | null = null;
  let output = '';
  let files: string[] = [];
  const html = new Map<string, string>();

  beforeAll(() => {
    dir = copyProject('om-base-');
    ({ status, output } = buildProject(dir, { BASE_PATH: BASE }));
    dist = join(dir, 'dist');
    files = filesUnder(dist).map((f) => relative(dist, f).replace(/\\/g, '/'));
    for (const f of files) if (f.endsWith('.html')) html.set(f, readFileSync(join(dist, f), 'utf8'));
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The file a site path leads to (without the base), or undefined. */
  const fileOf = (path: string): string | undefined => {
    const rel = decodeURIComponent(path.slice(BASE.length));
    const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    return files.includes(file) ? file : undefined;
  };
  const idsOf = new Map<string, Set<string>>();
  const hasId = (file: string, id: string) => {
    let ids = idsOf.get(file);
    if (!ids) {
      ids = new Set();
      walkSync(parse(html.get(file) ?? ''), (n: Node) => {
        if (n.type === ELEMENT_NODE && typeof n.attributes['id'] === 'string') ids?.add(n.attributes['id']);
      });
      idsOf.set(file, ids);
    }
    return ids.has(id);
  };

  it('builds', () => {
    expect(status, output.slice(-3000)).toBe(0);
    expect(html.size).toBeGreaterThan(100);
  });

  it('has every internal link, asset and form of every page under the base path, leading to something the build wrote', () => {
    const outside: string[] = [];
    const broken: string[] = [];
    let checked = 0;
    for (const [file, text] of html) {
      const page = `${BASE}${file.replace(/index\.html$/, '')}`;
      walkSync(parse(text), (n: Node) => {
        if (n.type !== ELEMENT_NODE) return;
        const values = URL_ATTRIBUTES.map((a) => n.attributes[a] as string | undefined).filter((v): v is string => !!v);
        if (typeof n.attributes['srcset'] === 'string')
          values.push(
            ...String(n.attributes['srcset'])
              .split(',')
              .map((s) => s.trim().split(/\s+/)[0] ?? ''),
          );
        // The 404 page names an address that is not a page (Starlight's canonical link, also without a base path).
        if (file === '404.html' && n.name === 'link' && n.attributes['rel'] === 'canonical') return;
        for (const raw of values) {
          const value = raw.replace(/&amp;/g, '&');
          if (/^(mailto:|tel:|data:|blob:|javascript:)/.test(value) || value.startsWith('#')) continue;
          const url = new URL(value, `${SITE_URL}${page}`);
          if (url.origin !== new URL(SITE_URL).origin) continue;
          checked++;
          if (!url.pathname.startsWith(BASE)) {
            outside.push(`${page}: <${n.name}> ${value}`);
            continue;
          }
          const target = fileOf(url.pathname);
          if (!target) broken.push(`${page}: <${n.name}> ${value} (bestaat niet)`);
          else if (
            n.name === 'a' &&
            url.hash.length > 1 &&
            target.endsWith('.html') &&
            !hasId(target, decodeURIComponent(url.hash.slice(1)))
          )
            broken.push(`${page}: ${value} (anker bestaat niet)`);
        }
      });
    }
    console.log(`base path: ${String(checked)} adressen in ${String(html.size)} pagina's gecontroleerd`);
    expect(checked).toBeGreaterThan(html.size * 10);
    expect(outside).toEqual([]);
    expect(broken).toEqual([]);
  });

  it('has every full address of the site under the base path: in pages (canonical, JSON-LD, citations, chart downloads, embed code) and in the other files (Markdown, llms.txt, feed, sitemap, open data, CSS, scripts)', () => {
    const outside: string[] = [];
    const site = SITE_URL.replace(/\/$/, '');
    for (const f of files) {
      if (!/\.(html|md|txt|xml|json|csv|css|js|webmanifest)$/.test(f) || (f.startsWith('pagefind/') && !f.endsWith('.js'))) continue;
      const text = readFileSync(join(dist, f), 'utf8');
      for (const m of text.matchAll(new RegExp(`${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[^\\s"'<>)\\]&]*)?`, 'g')))
        if (!(m[1] ?? '').startsWith(BASE) && !(f === '404.html' && m[1] === '/404/')) outside.push(`${f}: ${m[0]}`);
      if (f.endsWith('.html')) continue;
      // Root-relative links in Markdown and url(/…) in CSS.
      for (const m of text.matchAll(/\]\((\/(?!\/)[^)\s]*)\)|url\((\/(?!\/)[^)\s]*)\)/g))
        if (!(m[1] ?? m[2] ?? '').startsWith(BASE)) outside.push(`${f}: ${m[0]}`);
    }
    expect(outside).toEqual([]);
  });

  it('loads the search index from under the base path', () => {
    expect(files).toContain('pagefind/pagefind.js');
    const scripts = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.js')).map((f) => readFileSync(join(dist, f), 'utf8'));
    // The search script (/zoeken/ and the header dialog) imports Pagefind from the base path and gives it the base for its results.
    const search = scripts.filter((s) => s.includes('pagefind/pagefind.js'));
    expect(search.length).toBeGreaterThan(0);
    for (const s of search) {
      expect(s).toMatch(new RegExp(`baseUrl:["'\`]${BASE}["'\`]`));
      expect(s.split(BASE).length).toBeGreaterThan(2);
    }
    expect(scripts.join('\n')).not.toMatch(/["'`]\/pagefind\//);
  });

  it('still writes _headers and the meta Content-Security-Policy, and changes no page after rendering', () => {
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain('Content-Security-Policy');
    const home = html.get('index.html') ?? '';
    expect(home).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'/);
    expect(output).not.toMatch(/rewr|herschr/i);
    expect(existsSync(join(dist, 'onderwijsmonitor'))).toBe(false);
  });
});
