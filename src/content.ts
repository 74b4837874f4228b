/**
 * The site's content as components use it: every collection read once per build
 * and the cross-link graph built once, then shared by all pages (module scope).
 * Components ask this module instead of calling getCollection themselves, so no
 * page scans all pages.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Abbreviation, Source, Topic } from './schemas/data.ts';
import type { Page } from './schemas/index.ts';
import { buildGraph, type SiteGraph } from './lib/domain/graph.ts';
import type { ContentChange } from './lib/domain/changes.ts';
import { contentHistory, lastCommits, type LastCommit } from './lib/build/git.ts';
import { REPOSITORY_URL } from './settings.ts';
import { pageIdOf } from './lib/domain/page-id.ts';

export interface Site {
  graph: SiteGraph;
  sources: Map<string, Source>;
  topics: Map<string, Topic>;
  abbreviations: Abbreviation[];
  /** Short title of a source id, for tables and citations. */
  sourceTitle: (id: string) => string;
}

let cached: Promise<Site> | undefined;

/** The site's content and graph, built on first use. */
export function site(): Promise<Site> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Site> {
  const [docs, sources, topics, abbreviations] = await Promise.all([
    getCollection('docs'),
    getCollection('sources'),
    getCollection('topics'),
    getCollection('abbreviations'),
  ]);
  const pages: Page[] = docs.map((entry) => ({
    // Starlight calls the root page "" (its file is index.mdx); so do we.
    id: entry.id === 'index' ? '' : entry.id,
    filePath: entry.filePath,
    data: entry.data as unknown as Page['data'],
  }));
  const graph = buildGraph(pages);
  if (graph.errors.length) {
    throw new AstroError(
      `De inhoud heeft ${String(graph.errors.length)} fout(en) in de verwijzingen tussen pagina's`,
      graph.errors.map((e) => `${e.file} → ${e.field}: ${e.message}`).join('\n') + '\n\nDraai `npm run check:content` voor regelnummers.',
    );
  }
  const sourceMap = new Map(sources.map((s) => [s.id, s.data]));
  return {
    graph,
    sources: sourceMap,
    topics: new Map(topics.map((t) => [t.id, t.data])),
    abbreviations: abbreviations.map((a) => a.data),
    sourceTitle: (id) => sourceMap.get(id)?.shortTitle ?? id,
  };
}

let historyCache: ContentChange[] | undefined;

/** The site's page id of a file path relative to the repository root, by the loader's own rule; undefined for other files. */
function pageIdOfPath(path: string): string | undefined {
  if (!/^content\/docs\/.+\.mdx$/.test(path)) return undefined;
  const id = pageIdOf(path.slice('content/docs/'.length));
  return id === 'index' ? '' : id;
}

/** The content's change history from git (figures and pages), read once per build. */
export function contentChanges(): ContentChange[] {
  historyCache ??= contentHistory(process.cwd(), 'content/docs', pageIdOfPath);
  return historyCache;
}

let commitsCache: Map<string, LastCommit> | undefined;

/** A permalink to the version of a content file as it was last changed (the file at that commit in the repository), or undefined outside git. */
export function versionPermalink(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  commitsCache ??= lastCommits(process.cwd());
  const last = commitsCache.get(filePath);
  return last ? `${REPOSITORY_URL}/blob/${last.commit}/${filePath}` : undefined;
}
