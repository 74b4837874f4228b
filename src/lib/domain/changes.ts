/**
 * What changed in the content, commit by commit: which pages were added and which
 * figures were added, changed (old → new) or removed. Pure functions over the text
 * of two versions of a page; the git reading lives in git.ts.
 */
import { parse } from 'yaml';
import { FIGURE_KINDS, walkFigures } from './figure-walk.ts';

/** One figure as it stands in a page's frontmatter, with what identifies it. */
export interface FigureEntry {
  /** Stable identity within the page: kind, label or measure, period, group, sector, section. */
  key: string;
  /** A short Dutch description for the change list. */
  label: string;
  /** What the figure measures (its label), and everything else that identifies it: kind, period, group, sector, section. */
  what: string;
  context: string;
  value: number;
  unit: string;
}

/** One change to one page in one commit. */
export interface PageChange {
  /** Page id as the site uses it ("sectorakkoord-vo/indicatoren/4-zittenblijven"). */
  page: string;
  title: string;
  kind: 'pagina-toegevoegd' | 'pagina-verwijderd' | 'cijfers-gewijzigd';
  figures: FigureChange[];
}

/** A figure added, changed or removed, or only described in other words. */
export interface FigureChange {
  label: string;
  unit: string;
  old?: number;
  new?: number;
  /** The figure's earlier description, when only that changed (same value, period, group and section). */
  renamedFrom?: string;
}

/** All changes of one commit. */
export interface ContentChange {
  commit: string;
  /** ISO date of the commit (author date), so two builds of one commit are identical. */
  date: string;
  subject: string;
  pages: PageChange[];
}

type Yaml = null | boolean | number | string | Yaml[] | { [key: string]: Yaml };

const isRecord = (v: Yaml | undefined): v is { [key: string]: Yaml } => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** The frontmatter of an MDX text as plain data, or undefined when it has none or does not parse. */
export function frontmatterOf(source: string): Record<string, Yaml> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) return undefined;
  try {
    // Dates stay text and aliases are capped, as in the content check.
    const data = parse(match[1] ?? '', { schema: 'core', maxAliasCount: 50 }) as Yaml;
    return isRecord(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Every figure (an object with a numeric `value`) in a page's frontmatter, keyed so that the same figure in two versions gets the same key. */
export function figuresOf(data: Record<string, Yaml>): Map<string, FigureEntry> {
  const out = new Map<string, FigureEntry>();
  const target = data['target'];
  const pageUnit = text(isRecord(target) ? target['unit'] : undefined);
  for (const { kind, node } of walkFigures(data)) {
    const what = text(node['label']) || text(node['measure']) || text(data['measure']) || text(data['title']);
    const when = text(node['period']) || text(node['periodLabel']) || text(node['year']);
    const who = [node['group'], node['sector'], node['section'] ? `§ ${text(node['section'])}` : undefined]
      .map((v) => (Array.isArray(v) ? v.map(text).join('/') : text(v)))
      .filter(Boolean)
      .join(', ');
    let key = [kind, what, when, who].join('|');
    for (let n = 2; out.has(key); n++) key = [kind, what, when, who, n].join('|');
    const label = [FIGURE_KINDS[kind], what, [when, who].filter(Boolean).join(', ')].filter(Boolean).join(' · ');
    out.set(key, {
      key,
      label,
      what,
      context: [kind, when, who].join('|'),
      value: Number(node['value']),
      unit: text(node['unit']) || pageUnit,
    });
  }
  return out;
}

/**
 * The figure changes between two versions of a page (either may be missing). A figure
 * that only got another description (the same value, unit, kind, period, group and
 * section) is one change, "renamed", not a new figure and a removed one.
 */
export function diffFigures(before: Map<string, FigureEntry>, after: Map<string, FigureEntry>): FigureChange[] {
  const gone = [...before.values()].filter((prev) => !after.has(prev.key));
  const sameFigure = (a: FigureEntry, b: FigureEntry) => a.context === b.context && a.unit === b.unit && a.value === b.value;
  const changes: FigureChange[] = [];
  for (const [key, next] of after) {
    const prev = before.get(key);
    if (prev) {
      if (prev.value !== next.value) changes.push({ label: next.label, unit: next.unit, old: prev.value, new: next.value });
      continue;
    }
    const renamed = gone.findIndex((g) => sameFigure(g, next));
    const was = renamed >= 0 ? gone.splice(renamed, 1)[0] : undefined;
    if (was) changes.push({ label: next.label, unit: next.unit, old: next.value, new: next.value, renamedFrom: was.what });
    else changes.push({ label: next.label, unit: next.unit, new: next.value });
  }
  for (const prev of gone) changes.push({ label: prev.label, unit: prev.unit, old: prev.value });
  return changes;
}

/** What one commit did to one page, or undefined when no page appeared or disappeared and no figure changed. */
export function pageChange(page: string, before: string | undefined, after: string | undefined): PageChange | undefined {
  const old = before === undefined ? undefined : frontmatterOf(before);
  const next = after === undefined ? undefined : frontmatterOf(after);
  const title = text((next ?? old)?.['title']) || page;
  if (!old && next) return { page, title, kind: 'pagina-toegevoegd', figures: diffFigures(new Map(), figuresOf(next)) };
  if (old && !next) return { page, title, kind: 'pagina-verwijderd', figures: [] };
  if (!old || !next) return undefined;
  const figures = diffFigures(figuresOf(old), figuresOf(next));
  return figures.length ? { page, title, kind: 'cijfers-gewijzigd', figures } : undefined;
}

/** The changes that concern one page, newest first. */
export function changesOfPage(history: readonly ContentChange[], page: string): { commit: string; date: string; change: PageChange }[] {
  return history.flatMap((c) => c.pages.filter((p) => p.page === page).map((change) => ({ commit: c.commit, date: c.date, change })));
}

/**
 * What one change did to a page's figures, counted in words: "2 nieuw, 1 gewijzigd, 1 anders omschreven, 1 vervallen";
 * for a new page "3 cijfers". Empty when no figure changed (a page removed, or added without figures).
 */
export function figureChangeCount(change: PageChange): string {
  const n = change.figures.length;
  if (change.kind === 'pagina-toegevoegd') return n ? `${String(n)} ${n === 1 ? 'cijfer' : 'cijfers'}` : '';
  if (change.kind !== 'cijfers-gewijzigd') return '';
  const added = change.figures.filter((f) => f.old === undefined).length;
  const removed = change.figures.filter((f) => f.new === undefined).length;
  const renamed = change.figures.filter((f) => f.renamedFrom !== undefined).length;
  const counts: [number, string][] = [
    [added, 'nieuw'],
    [n - added - removed - renamed, 'gewijzigd'],
    [renamed, 'anders omschreven'],
    [removed, 'vervallen'],
  ];
  return counts
    .filter(([count]) => count > 0)
    .map(([count, word]) => `${String(count)} ${word}`)
    .join(', ');
}

/** Dutch words for what happened to a page. */
export const CHANGE_KIND_TEXT: Record<PageChange['kind'], string> = {
  'pagina-toegevoegd': 'pagina toegevoegd',
  'pagina-verwijderd': 'pagina verwijderd',
  'cijfers-gewijzigd': 'cijfers gewijzigd',
};

/**
 * One figure change in words: "meting · … · 2019: 6,03% → 6,1%", "… : nieuw, 9.800 fte",
 * "… : vervallen (was 12)", "… : anders omschreven, eerst “…” (82%, ongewijzigd)".
 */
export function figureChangeText(change: FigureChange, format: (value: number, unit: string) => string): string {
  if (change.renamedFrom !== undefined)
    return `${change.label}: anders omschreven, eerst “${change.renamedFrom}” (${format(change.new ?? 0, change.unit)}, ongewijzigd)`;
  if (change.old === undefined && change.new !== undefined) return `${change.label}: nieuw, ${format(change.new, change.unit)}`;
  if (change.new === undefined && change.old !== undefined) return `${change.label}: vervallen (was ${format(change.old, change.unit)})`;
  return `${change.label}: ${format(change.old ?? 0, change.unit)} → ${format(change.new ?? 0, change.unit)}`;
}
