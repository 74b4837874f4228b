/**
 * Helpers for `npm run bench` that read the project and its build: which files make up
 * the project (to copy it for the scaling runs), how many pages the content should give,
 * which built pages are the heaviest of each kind, and small statistics.
 *
 * None of this assumes a git checkout or a working folder: every path is given.
 */
import { linkNodeModules } from './link-modules.ts';
import { htmlFiles } from '../src/lib/build/html-files.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { gunzipSync, gzipSync } from 'node:zlib';

/** Folders that are never part of the project's own files (build output, caches, dependencies). */
export const NOT_PROJECT = new Set(['node_modules', 'dist', '.astro', '.bench', '.git', 'screenshots', 'test-results']);

/** Every file under `dir` (relative paths), skipping the folders in NOT_PROJECT at any depth. */
export function walkFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return NOT_PROJECT.has(e.name) ? [] : walkFiles(full, base);
    return e.isFile() ? [relative(base, full)] : [];
  });
}

/**
 * The project's files, relative to `root`: with git when `root` is inside a git work tree
 * (tracked and untracked-but-not-ignored files), else by walking the folder. The walk also
 * serves when git answers with no files at all, so a copy is never silently empty.
 */
export function projectFiles(root: string): { files: string[]; via: 'git' | 'walk' } {
  const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root, encoding: 'utf8' });
  if (inGit.status === 0 && inGit.stdout.trim() === 'true') {
    const ls = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const files = (ls.stdout ?? '')
      .split('\0')
      .filter(Boolean)
      .filter((f) => !f.split('/').some((part) => NOT_PROJECT.has(part)))
      .filter((f) => existsSync(join(root, f)) && lstatSync(join(root, f)).isFile());
    if (ls.status === 0 && files.length > 0) return { files, via: 'git' };
  }
  return { files: walkFiles(root).map((f) => f.split(sep).join('/')), via: 'walk' };
}

/** The pages the content must give: one per MDX/Markdown file in content/docs, one per topic. */
export function expectedPages(root: string): { docs: number; topics: number; total: number } {
  const docs = walkFiles(join(root, 'content', 'docs')).filter((f) => /\.mdx?$/.test(f)).length;
  const topicsFile = join(root, 'content', 'data', 'topics.yaml');
  const topicsData: unknown = existsSync(topicsFile) ? parse(readFileSync(topicsFile, 'utf8')) : [];
  const topics = Array.isArray(topicsData) ? topicsData.filter((t) => t && typeof t === 'object' && 'id' in t).length : 0;
  return { docs, topics, total: docs + topics };
}

/** Built HTML pages (absolute paths), the 404 page left out. */
export function builtPages(dist: string): string[] {
  return existsSync(dist) ? htmlFiles(dist).filter((f) => !f.endsWith(`${sep}404.html`)) : [];
}

/**
 * Copies the project into `into` (created if needed) and hard-links node_modules (its
 * real folder, so a symlinked node_modules is not shared). Throws when the copy lacks the
 * content or the configuration, so a broken copy can never be measured.
 */
export function copyProject(root: string, into: string): { via: 'git' | 'walk'; files: number } {
  const { files, via } = projectFiles(root);
  for (const f of files) {
    mkdirSync(dirname(join(into, f)), { recursive: true });
    cpSync(join(root, f), join(into, f));
  }
  linkNodeModules(join(root, 'node_modules'), join(into, 'node_modules'));
  const want = expectedPages(root);
  const got = expectedPages(into);
  if (!existsSync(join(into, 'package.json')) || !existsSync(join(into, 'astro.config.mjs')))
    throw new Error(`the copy of ${root} (via ${via}, ${String(files.length)} files) lacks package.json or astro.config.mjs`);
  if (got.docs !== want.docs || got.topics !== want.topics || want.docs === 0)
    throw new Error(
      `the copy of ${root} (via ${via}) has ${String(got.docs)} content pages and ${String(got.topics)} topics; the project has ${String(want.docs)} and ${String(want.topics)}`,
    );
  return { via, files: files.length };
}

export interface PickedPage {
  kind: 'chapter' | 'indicator' | 'topic' | 'home' | 'search';
  path: string;
  why: string;
}

/**
 * The kind of every indexed page ("hoofdstuk", "indicator", "thema" …), by URL, from
 * Pagefind's index: the `soort` metadata the pages carried while they were indexed (the
 * build then takes it out of the pages, src/integrations/search-data.ts). A fragment is
 * gzipped JSON after the marker "pagefind_dcd".
 */
function indexedKinds(dist: string): Map<string, string> {
  const dir = join(dist, 'pagefind', 'fragment');
  if (!existsSync(dir)) throw new Error(`the build has no search index (${dir})`);
  const kinds = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const { url, meta } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta?: Record<string, string> };
    if (meta?.['soort']) kinds.set(url, meta['soort']);
  }
  return kinds;
}

const urlOf = (dist: string, file: string) =>
  `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, '/');

/**
 * The heaviest built page of each kind, read from the build: the chapter with the largest
 * HTML gzipped, the indicator with the most charts (then the largest HTML), the largest topic page,
 * the home page and the search page. Throws when a kind has no page.
 */
export function pickPages(dist: string, searchPath = '/zoeken/'): PickedPage[] {
  const kinds = indexedKinds(dist);
  const pages = builtPages(dist).map((f) => {
    const html = readFileSync(f, 'utf8');
    const path = urlOf(dist, f);
    return {
      path,
      kind: kinds.get(path),
      bytes: Buffer.byteLength(html),
      // Over the wire, as the chapter budget counts it (only for chapters: the others go by size or charts).
      gzipped: kinds.get(path) === 'hoofdstuk' ? gzipSync(html).length : 0,
      charts: [...html.matchAll(/<canvas\b[^>]*\bdata-chart=/g)].length,
    };
  });
  const heaviest = (kind: string, by: (p: (typeof pages)[number]) => number[]) => {
    const of = pages.filter((p) => p.kind === kind);
    if (of.length === 0) throw new Error(`no page in the search index has "soort:${kind}"; the bench cannot choose a ${kind} page`);
    return of.sort((a, b) => {
      const [x, y] = [by(a), by(b)];
      for (let i = 0; i < x.length; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
      return a.path.localeCompare(b.path);
    })[0]!;
  };
  const chapter = heaviest('hoofdstuk', (p) => [p.gzipped, p.bytes]);
  const indicator = heaviest('indicator', (p) => [p.charts, p.bytes]);
  const topic = heaviest('thema', (p) => [p.bytes]);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB HTML`;
  const need = (path: string) => {
    if (!pages.some((p) => p.path === path)) throw new Error(`the build has no page ${path}`);
    return path;
  };
  return [
    { kind: 'home', path: need('/'), why: 'the home page' },
    { kind: 'indicator', path: indicator.path, why: `most charts: ${String(indicator.charts)}, ${kb(indicator.bytes)}` },
    {
      kind: 'chapter',
      path: chapter.path,
      why: `largest chapter over the wire: ${kb(chapter.bytes)}, ${(chapter.gzipped / 1024).toFixed(1)} KB gzipped`,
    },
    { kind: 'topic', path: topic.path, why: `largest topic page: ${kb(topic.bytes)}` },
    { kind: 'search', path: need(searchPath), why: 'the search page' },
  ];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function spread(xs: number[], digits = 1): { median: number; min: number; max: number; n: number } {
  const r = (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  return { median: r(median(xs)), min: r(Math.min(...xs)), max: r(Math.max(...xs)), n: xs.length };
}
